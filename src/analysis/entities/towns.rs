//! A town named with its state or country after a comma: "residents of
//! Quillfield, Massachusetts", "Dorrel, Kenya" (but not "during the Long
//! Winter, Norway ..."). The name before the comma is a place
//! the gazetteer does not know, and it stays one wherever the story names
//! it again. Only for names nothing else has given a kind: a person or a
//! body before a comma keeps theirs ("Lind, Ohio's senator").

use super::shapes::{is_acronym, with_lowercase};
use super::texts::{TextFlags, Texts};
use super::{Before, Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon;
use crate::analysis::segment::Document;

/// Makes places of the Other mentions a known place follows after a
/// comma. `mentions` are one story's in story order, every kind settled.
pub(super) fn towns_with_their_region(mentions: &mut [Mention<'_>], texts: &Texts, doc: &Document) {
    let mut towns = TextFlags::new(texts);
    let mut any = false;
    for pair in mentions.windows(2) {
        let (town, region) = (&pair[0], &pair[1]);
        if town.kind() != Some(EntityKind::Other)
            || region.kind() != Some(EntityKind::Place)
            || region.place.is_none()
            || town.paragraph != region.paragraph
            || town.end() > region.start()
        {
            continue;
        }
        let text = doc.text(town.paragraph as usize);
        let after = &text[region.end()..];
        // "in Dorrel, Kenya", "residents of Dorrel, Kenya": a way into
        // the place; else a name of no common word ("Dorrel, Kenya"),
        // since "during World War II, Poland ..." names no town.
        let led = matches!(town.before, Before::PlacePreposition | Before::Directional)
            || text[..town.start()].trim_end().ends_with(" of")
            || town
                .word_iter()
                .all(|w| !with_lowercase(w, lexicon::is_common_word));
        // "Dorrel, Kenya's ...": the region owns what follows; no town.
        if led
            && !is_acronym(town.text)
            && &text[town.end()..region.start()] == ", "
            && !after.starts_with(['\'', '’'])
        {
            towns.set(town.text_id);
            any = true;
        }
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind() == Some(EntityKind::Other) && towns.get(m.text_id) {
            m.cue = Cue::Strong(EntityKind::Place);
        }
    }
}
