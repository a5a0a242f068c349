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
use crate::analysis::lexicon::{self, fasthash::FastSet};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

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

/// Nouns of works: after "X, a" they make X the work's title, and before
/// a quoted name ("the album “Blue Coast”") they make it one.
static WORK_NOUNS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("work nouns"));

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
    // "her album “Blue Coast”": a title, whatever its words would make it
    // (a coast, a body) and wherever else the story names it.
    let mut titled = TextFlags::new(texts);
    for m in mentions.iter().filter(|m| m.title.is_none()) {
        let text = doc.text(m.paragraph as usize);
        if quoted_alone(&text[..m.start()], &text[m.end()..])
            && work_noun_before_quote(&text[..m.start()])
        {
            titled.set(m.text_id);
            works.set(m.text_id);
            any = true;
        }
    }
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
        let title_of_work = titled.get(m.text_id) && m.title.is_none();
        if works.get(m.text_id) && (title_of_work || kinds::nothing_else_settles(m)) {
            m.cue = Cue::Strong(EntityKind::Other);
        }
    }
}

/// The text before a name without the article that opens a title
/// ("“The Quiet Coast”": the name found is "Quiet Coast").
fn without_article(before: &str) -> &str {
    ["The ", "A ", "An "]
        .iter()
        .find_map(|article| before.strip_suffix(article))
        .unwrap_or(before)
}

/// "the album “", "her 1994 novel "": a noun of a work right before the
/// opening quotation mark.
fn work_noun_before_quote(before: &str) -> bool {
    WORK_NOUNS.contains(word_before_quote(before))
}

/// The word before the opening quotation mark (and a title's article)
/// that ends `before`: "album" in "her album “".
fn word_before_quote(before: &str) -> &str {
    without_article(before)
        .trim_end_matches(['“', '"', '‘'])
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}

/// "“Silver Rain”": quotation marks right around the name.
fn quoted_alone(before: &str, after: &str) -> bool {
    let opens = without_article(before).ends_with(['“', '"', '‘']);
    let closes = after
        .trim_start_matches([',', '.'])
        .starts_with(['”', '"', '’']);
    opens && closes
}

/// "better known as “Kit Lark”", "nicknamed “the Hammer”": the quoted
/// name after these is a name someone goes by, not a title.
fn introduces_a_name(before: &str) -> bool {
    matches!(
        word_before_quote(before),
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
    let work = |bare: &str| WORK_NOUNS.contains(bare);
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
        assert!(quoted_alone("his novel “The ", "” won"));
        assert!(super::introduces_a_name("better known as “"));
        assert!(!super::introduces_a_name("a “"));
        assert!(super::introduces_a_name("nicknamed “The "));
        assert!(described_as_a_work(", a film based on a novel"));
        assert!(described_as_a_work(", a 2016 animated film by Lind."));
        assert!(!described_as_a_work(", a film critic from Leeds"));
        assert!(!described_as_a_work(" is a film"));
        assert!(super::work_noun_before_quote("whose 1994 album “"));
        assert!(!super::work_noun_before_quote("she said “"));
    }
}
