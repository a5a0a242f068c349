//! Which run of capitalised words in a speaker's phrase is the speaker:
//! the head of the phrase (see [`Pick`]), not a sentence's capitalised
//! opener ("Sure, …"), nor an owner before a person ("Holt's
//! predecessor"); and the titles in front of it.

use super::super::attribution::Pick;
use super::super::names::{self, NameRun};
use super::super::spans::Para;
use crate::analysis::lexicon;

/// Whether `run` is one word that starts its sentence, a comma after it
/// ("Sure, …"): capitalised for its place, not for being a name. "Small,
/// who …" is someone.
pub(super) fn opens_sentence(para: &Para, run: &NameRun) -> bool {
    let Ok(k) = para.toks.binary_search_by_key(&run.start, |t| t.start) else {
        return false;
    };
    let sentence = &para.sentences[para.sentence_of(k)];
    let word = |i: usize| para.toks.get(i).map(|t| &para.text[t.start..t.end]);
    k == sentence.start
        && para.toks[k].end == run.end
        && word(k + 1) == Some(",")
        && word(k + 2) != Some("who")
}

/// Whether the run is an owner ("Holt's") right before a noun for a person
/// or a role ("predecessor", "spokesman", "chief of staff"), before byte `hi`.
pub(super) fn owns_a_person(para: &Para, run: &NameRun, hi: usize) -> bool {
    let owner = &para.text[run.name_start..run.end];
    if names::strip_possessive(owner).len() == owner.len() {
        return false;
    }
    para.text[run.end..hi.max(run.end)]
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_lowercase))
        .any(|w| {
            let w = w.trim_end_matches([',', '.']);
            lexicon::is_person_noun(w) || names::is_title(w)
        })
}

/// The run that is the speaker: see [`Pick`]; a person before an
/// organisation, a name before a modifier after "of".
pub(super) fn pick_run(runs: &[NameRun], pick: Pick) -> Option<&NameRun> {
    let person = |r: &&NameRun| !r.organization && !r.after_preposition && !r.modifier;
    match pick {
        Pick::Last => return runs.last(),
        Pick::Head => {
            if let Some(head) = runs.iter().rev().find(person) {
                return Some(head);
            }
        }
        Pick::First => {}
    }
    runs.iter()
        .find(person)
        .or_else(|| runs.iter().find(|r| !r.after_preposition))
        .or_else(|| runs.iter().find(|r| !r.organization))
        .or_else(|| runs.first())
}

/// The title words in front of a name ("ambassador" in "Ambassador Mohib").
pub(super) fn roles_of(text: &str, run: &NameRun) -> Vec<String> {
    text[run.start..run.name_start]
        .split_whitespace()
        .filter(|w| names::is_title(w))
        .map(str::to_lowercase)
        .collect()
}
