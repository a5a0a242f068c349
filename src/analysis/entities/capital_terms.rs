//! Acronyms of terms written in capitals: "Geographic Information Systems
//! (GIS)", "Digital Humanities ... DH", "ROS [Reactive Oxygen Species]".
//! A field, a technique or a substance is often capitalised like a body,
//! but its words are all common English words and none of them says
//! "body" or "place" the way "Organization", "Agency" or "Republic" do
//! ("World Health Organization (WHO)" stays a body). Where a story
//! capitalises such a run of common words and uses an acronym that spells
//! it, the acronym and the run are terms, not names: the acronym
//! wherever it recurs, the run where it is a mention of its own.

use super::shapes::is_capitalised;
use super::texts::{TextFlags, Texts};
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{
    self,
    fasthash::{FastMap, FastSet},
    gazetteer, organizations,
};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

/// The words that make a capitalised run a body's or a place's name.
static NAME_HEADS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    let mut heads = FastSet::default();
    for section in [
        "organization heads",
        "organization openers",
        "place heads",
        "place openers",
        "titles",
    ] {
        heads.extend(lexicon::list(section).iter().copied());
    }
    for head in lexicon::list("heads of terms and firms") {
        heads.remove(head);
    }
    heads
});

/// Small words an acronym's letters skip ("Bureau of Investigation").
const SKIPPED: &[&str] = &["of", "and", "for", "the", "in", "on", "&"];

/// Letters an acronym of a term may have: "AI" to "MMPI2" is too long.
const LETTERS: std::ops::RangeInclusive<usize> = 2..=5;

/// Marks as terms the acronyms the story spells out as a capitalised run
/// of common words, and makes each mention that is such a run Other.
/// `terms` gets the acronyms' texts; `mentions` are numbered by `texts`.
pub(super) fn acronyms_of_capitalised_terms(
    mentions: &mut [Mention<'_>],
    texts: &Texts,
    doc: &Document,
    terms: &mut TextFlags,
) {
    // A name that says or reports something is a body's ("EDS said",
    // "Electronic Data Systems (EDS) said"): a term never speaks.
    let mut speaks = TextFlags::new(texts);
    for m in mentions.iter() {
        if m.verb_after || reports_after_bracket(doc, m) {
            speaks.set(m.text_id);
        }
    }
    let mut acronyms: FastMap<&str, u32> = FastMap::default();
    for m in mentions.iter() {
        if is_plain_acronym(m.text) && !speaks.get(m.text_id) {
            acronyms.insert(m.text, m.text_id);
        }
    }
    if acronyms.is_empty() {
        return;
    }
    // The first letters of the acronyms: a paragraph without a word
    // starting with one spells none.
    let mut first_letters: Vec<u8> = acronyms.keys().map(|a| a.as_bytes()[0]).collect();
    first_letters.sort_unstable();
    first_letters.dedup();
    let mut spelt = Vec::new();
    let mut runs = TextFlags::new(texts);
    let mut words: Vec<&str> = Vec::new();
    for paragraph in doc.paragraphs() {
        // Most paragraphs hold no capital of any acronym: no words needed.
        let bytes = paragraph.text.as_bytes();
        let any_initial = paragraph
            .tokens
            .iter()
            .any(|t| first_letters.contains(&bytes[t.start()]));
        if !any_initial {
            continue;
        }
        words.clear();
        words.extend((0..paragraph.tokens.len()).map(|i| paragraph.token_text(i)));
        let words = words.as_slice();
        let mut i = 0;
        while i < words.len() {
            if !is_capitalised(words[i]) {
                i += 1;
                continue;
            }
            let end = run_end(words, i);
            // Any part of the run may be the term: "In Digital Humanities"
            // at a sentence's start, "the Digital Humanities and Libraries
            // meeting", "the Kestrel Digital Humanities group".
            for start in (i..end).filter(|&k| !SKIPPED.contains(&words[k])) {
                // The initials so far, one capital letter a word.
                let mut initials = [0u8; *LETTERS.end()];
                let mut count = 0;
                for stop in start + 1..=end {
                    let last = words[stop - 1];
                    if SKIPPED.contains(&last) {
                        continue;
                    }
                    if count == initials.len() {
                        break;
                    }
                    initials[count] = last.as_bytes()[0];
                    count += 1;
                    let Some(&id) = std::str::from_utf8(&initials[..count])
                        .ok()
                        .and_then(|spelt| acronyms.get(spelt))
                    else {
                        continue;
                    };
                    let run = &words[start..stop];
                    let text = &paragraph.text
                        [paragraph.tokens[start].start()..paragraph.tokens[stop - 1].end()];
                    if is_common_term(run)
                        && texts.get(text).is_none_or(|run_id| !speaks.get(run_id))
                    {
                        spelt.push(id);
                        runs.set_text(texts, text);
                    }
                }
            }
            i = end;
        }
    }
    for id in spelt {
        terms.set(id);
    }
    for m in mentions.iter_mut() {
        if runs.get(m.text_id) {
            m.cue = Cue::Strong(EntityKind::Other);
        }
    }
}

/// "(EDS) said": a reporting verb after the bracket closing the mention.
fn reports_after_bracket(doc: &Document, m: &Mention<'_>) -> bool {
    if !doc.text(m.paragraph as usize)[m.end()..].starts_with(')') {
        return false;
    }
    let paragraph = doc.paragraph(m.paragraph as usize);
    let end = m.tokens.end as usize;
    end + 1 < paragraph.tokens.len()
        && paragraph.token_text(end) == ")"
        && lexicon::is_reporting_verb(paragraph.token_text(end + 1))
}

/// "GIS", "DH": capital letters only, no body the lexicon knows.
fn is_plain_acronym(text: &str) -> bool {
    LETTERS.contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_uppercase())
        && !organizations::is_known_organization(&[text])
        && gazetteer::get().longest_match(&[text]).is_none()
}

/// The end of the run of capitalised words from `start`, small words
/// inside it kept only where a capitalised word follows them.
fn run_end(words: &[&str], start: usize) -> usize {
    let mut end = start + 1;
    let mut k = end;
    while k < words.len() {
        if is_capitalised(words[k]) {
            k += 1;
            end = k;
        } else if SKIPPED.contains(&words[k]) {
            k += 1;
        } else {
            break;
        }
    }
    end
}

/// A run of common words, none of them a body's or a place's head, and
/// not a body the lexicon knows by name ("Human Rights Watch").
fn is_common_term(run: &[&str]) -> bool {
    run.iter().filter(|w| !SKIPPED.contains(w)).all(|w| {
        // "Unions" as "Union": the heads are listed in the singular.
        !NAME_HEADS.contains(*w)
            && !w
                .strip_suffix('s')
                .is_some_and(|one| NAME_HEADS.contains(one))
            && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && lexicon::is_common_word(&w.to_ascii_lowercase())
    }) && !organizations::is_known_organization(run)
        && gazetteer::get().longest_match(run).is_none()
}

#[cfg(test)]
mod tests {
    use super::is_common_term;

    #[test]
    fn terms_are_common_words_without_a_body_s_head() {
        assert!(is_common_term(&["Geographic", "Information", "Systems"]));
        assert!(is_common_term(&["Digital", "Humanities"]));
        assert!(!is_common_term(&["World", "Health", "Organization"]));
        assert!(!is_common_term(&["Human", "Rights", "Watch"]));
        assert!(!is_common_term(&["United", "Kingdom"]));
        assert!(!is_common_term(&["Varnholt", "Systems"]));
        assert!(!is_common_term(&["Free", "Trade", "Unions"]));
    }
}
