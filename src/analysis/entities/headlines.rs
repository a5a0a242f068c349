//! Title Case headlines ("Trump Meets Putin In Alaska Summit") capitalise
//! every word, so capitals say nothing there. Such a paragraph gets only
//! the names the body of the story or the gazetteer already knows.

use super::shapes::without_possessive;
use super::{Mention, credits, references};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::fasthash::FastMap;
use crate::analysis::lexicon::gazetteer::{self, PlaceId};
use crate::analysis::segment::Paragraph;

/// Small words that Title Case leaves in lowercase.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "as",
    "from", "vs", "vs.", "into", "over", "after", "about",
];

/// The longest known name, in tokens.
const LONGEST_NAME: usize = 6;

/// Whether nearly every word of the paragraph is capitalised, with no
/// sentence-final full stop: a headline in Title Case.
pub fn is_title_case(words: &[&str]) -> bool {
    // Headlines are short; most paragraphs are rejected before any lookup.
    if words.len() > 40 || words.last() == Some(&".") {
        return false;
    }
    let (mut considered, mut capitalised) = (0, 0);
    for word in words {
        if word.starts_with(char::is_alphabetic) && !SMALL_WORDS.contains(word) {
            considered += 1;
            if considered > 16 {
                return false; // too long for a headline
            }
            capitalised += usize::from(word.starts_with(char::is_uppercase));
        }
    }
    (4..=16).contains(&considered) && capitalised * 10 >= considered * 9
}

/// What the rest of the story knows about a surface form.
pub type Known<'a> = FastMap<&'a str, (EntityKind, Option<PlaceId>)>;

/// Surface forms the story's body settled, and people's surnames.
pub fn known_names<'a>(mentions: &[Mention<'a>]) -> Known<'a> {
    let mut known = Known::default();
    for m in mentions {
        let Some(kind) = m.kind() else { continue };
        if kind == EntityKind::Date {
            continue;
        }
        known.entry(m.text).or_insert((kind, m.place));
        if kind == EntityKind::Person
            && m.text.contains(' ')
            && let Some(surname) = m.word_iter().next_back()
        {
            known.entry(surname).or_insert((kind, None));
        }
    }
    known
}

/// Mentions of known names (longest first) and gazetteer places.
pub fn scan<'a>(
    paragraph: &Paragraph<'a>,
    words: &[&'a str],
    in_date: &[bool],
    known: &Known<'a>,
    out: &mut Vec<Mention<'a>>,
) {
    let tokens = &paragraph.tokens;
    let mut i = 0;
    while i < words.len() {
        if in_date[i] || !words[i].starts_with(char::is_uppercase) {
            i += 1;
            continue;
        }
        if let Some(end) = references::inverted_name_at(words, i) {
            // "Lind, Ada. Collected Letters": a reference list's author.
            let cue = EntityKind::Person;
            out.push(Mention::plain(
                paragraph,
                i..i + 1,
                tokens[i].end(),
                cue,
                None,
            ));
            i = end;
            continue;
        }
        if let Some(end) = credits::credited_name_at(words, i) {
            // "..., by Ada Lind": a painter's or an author's credit.
            let byte_end = tokens[end - 1].end();
            out.push(Mention::plain(
                paragraph,
                i..end,
                byte_end,
                EntityKind::Person,
                None,
            ));
            i = end;
            continue;
        }
        let found = (1..=LONGEST_NAME.min(words.len() - i))
            .rev()
            .find_map(|len| {
                let end = i + len;
                let last = words[end - 1];
                let byte_end = tokens[end - 1].start() + without_possessive(last).len();
                let text = &paragraph.text[tokens[i].start()..byte_end];
                known
                    .get(text)
                    .map(|&(kind, place)| (end, byte_end, kind, place))
            });
        let found = found.or_else(|| {
            let (len, place) = gazetteer::get().longest_match(&words[i..])?;
            let last = i + len - 1;
            Some((
                i + len,
                tokens[last].start() + without_possessive(words[last]).len(),
                EntityKind::Place,
                Some(place),
            ))
        });
        let Some((end, byte_end, kind, place)) = found else {
            i += 1;
            continue;
        };
        out.push(Mention::plain(paragraph, i..end, byte_end, kind, place));
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_is_told_from_sentence_case() {
        assert!(is_title_case(&[
            "Leaders", "Meet", "In", "Oslo", "For", "Talks"
        ]));
        assert!(!is_title_case(&[
            "Leaders", "meet", "in", "Oslo", "for", "talks"
        ]));
        assert!(!is_title_case(&["Ada", "Lind", "Won"]));
    }
}
