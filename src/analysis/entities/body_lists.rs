//! Names listed with organisations are organisations: "Kestrel Bank,
//! Norvale, Brindle Trust and First Osk said the banks ...", "Tarvello,
//! Orvik Controls and Lindqvist have been building up". A list names
//! things of one kind; where two of its names are already bodies, the
//! names nothing else has given a kind (Other) are bodies too. A list
//! with a place or a person in it is left alone, and so is a name shaped
//! as a product's ("Ubisoft, Kestrel and GameSphere VR had stands").

use super::place_lists::list_end;
use super::shapes::{is_acronym, is_run_together, with_lowercase};
use super::texts::{TextFlags, Texts};
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon;
use crate::analysis::segment::Document;

/// How many names of a list must already be bodies.
const BODIES_IN_A_LIST: usize = 2;

/// What joins two names of one list.
fn joins_a_list(between: &str) -> bool {
    matches!(between, ", " | " and " | ", and ")
}

/// Makes organisations of the Other names that a list shows to be bodies.
/// `mentions` are one story's in story order, every kind settled.
pub(super) fn bodies_listed_together(mentions: &mut [Mention<'_>], texts: &Texts, doc: &Document) {
    let mut bodies = TextFlags::new(texts);
    let mut any = false;
    let mut first = 0;
    while first < mentions.len() {
        let paragraph = mentions[first].paragraph;
        let text = doc.text(paragraph as usize);
        let last = list_end(mentions, first, text, joins_a_list);
        let list = &mentions[first..=last];
        let known = list
            .iter()
            .filter(|m| m.kind() == Some(EntityKind::Organization))
            .count();
        let open = list.iter().filter(|m| is_open(m)).count();
        if known >= BODIES_IN_A_LIST && open > 0 && known + open == list.len() {
            for m in list.iter().filter(|m| is_open(m)) {
                bodies.set(m.text_id);
                any = true;
            }
        }
        first = last + 1;
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind() == Some(EntityKind::Other) && bodies.get(m.text_id) {
            m.cue = Cue::Strong(EntityKind::Organization);
        }
    }
}

/// A name of no kind yet, not a term of common words ("Yak Butter"),
/// nor shaped as a product's: a brand's run-together word or a model's
/// letters ("GameSphere VR" beside the firms that make such things).
fn is_open(m: &Mention<'_>) -> bool {
    m.kind() == Some(EntityKind::Other)
        && !m
            .word_iter()
            .all(|w| with_lowercase(w, lexicon::is_common_word))
        && !m.word_iter().any(|w| is_acronym(w) || is_run_together(w))
}
