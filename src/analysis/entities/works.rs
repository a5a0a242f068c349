//! Titles of works written "Word of Name": "Song of Marrow", "Game of
//! Lanterns". The name finder joins "of" only after the head of a body or
//! a place ("University of ..."), so such a title falls apart into a
//! capitalised common word and a name, one taken for a person, the other
//! for a band. A common word capitalised inside a sentence before "of"
//! and a name is the first word of a title, and neither half names anyone.
//!
//! Before the kinds are settled, two more signs of a work: a name alone
//! inside quotation marks ("a “Silver Rain” tribute"), and a name the
//! story describes as one ("Silver Rain, a film based on ...").

use super::kinds;
use super::shapes::phrase_headed_by;
use super::texts::{TextFlags, Texts};
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon;
use crate::analysis::segment::Document;

/// Makes both halves of such titles Other wherever the story uses them.
/// `mentions` are one story's in story order, every kind settled, their
/// texts numbered by `texts`.
pub(super) fn titles_of_works(mentions: &mut [Mention<'_>], texts: &Texts, doc: &Document) {
    let mut halves = TextFlags::new(texts);
    let mut any = false;
    for pair in mentions.windows(2) {
        let (word, name) = (&pair[0], &pair[1]);
        if word.paragraph != name.paragraph
            || word.end() > name.start()
            || word.has_several_words()
            || word.sentence_initial
            || word.title.is_some()
            || name.place.is_some()
            || matches!(name.kind(), Some(EntityKind::Place | EntityKind::Date))
        {
            continue;
        }
        let text = doc.text(word.paragraph as usize);
        let common = word.text.chars().all(char::is_alphabetic)
            && lexicon::is_common_word(&word.text.to_lowercase())
            && !lexicon::is_given_name(word.text);
        if common && text[word.end()..name.start()] == *" of " {
            halves.set(word.text_id);
            halves.set(name.text_id);
            any = true;
        }
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        if halves.get(m.text_id) && m.place.is_none() && m.kind() != Some(EntityKind::Date) {
            m.cue = Cue::Strong(EntityKind::Other);
        }
    }
}

/// Nouns of works after "X, a" that make X the work's title.
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "novel",
    "book",
    "song",
    "album",
    "single",
    "series",
    "show",
    "sitcom",
    "play",
    "opera",
    "musical",
    "poem",
    "podcast",
    "documentary",
    "painting",
    "sculpture",
    "memoir",
    "comic",
    "anthology",
    "franchise",
    "video",
];

/// How many words may describe the work ("a 2016 film", "a short
/// animated film").
const DESCRIBING_WORDS: usize = 3;

/// Makes Other every mention of a name the story quotes as a title or
/// describes as a work. `mentions` are one story's in story order, their
/// texts numbered by `texts`, before any kind is settled from the whole
/// story.
pub(super) fn quoted_and_described_works(
    mentions: &mut [Mention<'_>],
    texts: &Texts,
    doc: &Document,
) {
    let mut works = TextFlags::new(texts);
    let mut any = false;
    for m in mentions.iter().filter(|m| kinds::nothing_else_settles(m)) {
        let text = doc.text(m.paragraph as usize);
        let (before, after) = (&text[..m.start()], &text[m.end()..]);
        let quoted_title = quoted_alone(before, after)
            && !lexicon::is_given_name(m.first_word())
            && !introduces_a_name(before);
        if quoted_title || described_as_a_work(after) {
            works.set(m.text_id);
            any = true;
        }
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        if works.get(m.text_id) && kinds::nothing_else_settles(m) {
            m.cue = Cue::Strong(EntityKind::Other);
        }
    }
}

/// "“Silver Rain”": quotation marks right around the name.
fn quoted_alone(before: &str, after: &str) -> bool {
    let opens = before.ends_with(['“', '"', '‘']);
    let closes = after
        .trim_start_matches([',', '.'])
        .starts_with(['”', '"', '’']);
    opens && closes
}

/// "better known as “Kit Lark”", "nicknamed “the Hammer”": the quoted
/// name after these is a name someone goes by, not a title.
fn introduces_a_name(before: &str) -> bool {
    let word = before
        .trim_end_matches(['“', '"', '‘'])
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    matches!(
        word,
        "as" | "named" | "called" | "nicknamed" | "dubbed" | "aka" | "name" | "nickname"
    )
}

/// ", a 2016 film based on ...": the text after a name describes a work.
fn described_as_a_work(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    if !matches!(words.next(), Some("a" | "an" | "the")) {
        return false;
    }
    let work = |bare: &str| WORK_NOUNS.contains(&bare);
    let ends = |next: &str| {
        !next.starts_with(char::is_alphanumeric)
            || matches!(
                next,
                "based"
                    | "by"
                    | "about"
                    | "that"
                    | "which"
                    | "of"
                    | "in"
                    | "from"
                    | "written"
                    | "directed"
                    | "released"
                    | "starring"
                    | "and"
            )
    };
    phrase_headed_by(words, DESCRIBING_WORDS, work, ends)
}

#[cfg(test)]
mod tests {
    use super::{described_as_a_work, quoted_alone};

    #[test]
    fn signs_of_a_work() {
        assert!(quoted_alone("a “", "” tribute"));
        assert!(quoted_alone("sang \"", ",\" she said"));
        assert!(!quoted_alone("said ", " was"));
        assert!(super::introduces_a_name("better known as “"));
        assert!(!super::introduces_a_name("a “"));
        assert!(described_as_a_work(", a film based on a novel"));
        assert!(described_as_a_work(", a 2016 animated film by Lind."));
        assert!(!described_as_a_work(", a film critic from Leeds"));
        assert!(!described_as_a_work(" is a film"));
    }
}
