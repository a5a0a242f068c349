//! Other names a person goes by, as the story introduces them: "Ada Lind,
//! better known as Lady Lark", "Ada Lind (born Ada Moss)", "Ada Lind,
//! better known by her pen name Kit Marlow", "also known as", "Kit Marlow
//! was the pen name of Ada Lind". The two
//! names are one row however unlike they are. A name written once with
//! its accents and once without ("Zoë Lindqvist", "Zoe Lindqvist") is
//! one person too (a place or a body too, and so with a hyphen or a space:
//! "Basse-Terre", "Basse Terre"), and so is one written with a given name and with its
//! familiar form ([`super::nicknames`]: "Bill Lind", "William Lind"), and a
//! body named with its head word first or last ([`super::reordered`]: "the
//! Justice Department", "the Department of Justice").

use super::Mention;
use crate::analysis::EntityKind;
use crate::analysis::lexicon::fasthash::FastMap;
use crate::analysis::segment::Document;
use std::borrow::Cow;

/// Longest stretch of text, in bytes, between a name and its other name.
const MAX_BETWEEN: usize = 80;

/// Words that end the text before a person's other name.
const INTRODUCERS: &[&[&str]] = &[
    &["known", "as"],
    &["aka"],
    &["a.k.a."],
    &["born"],
    &["née"],
    &["nee"],
    &["pseudonym"],
    &["pen", "name"],
    &["stage", "name"],
    &["nickname"],
    &["alias"],
];

/// Words that end the text after a name, before the person it names.
const NAME_OF: &[&[&str]] = &[
    &["pseudonym", "of"],
    &["pen", "name", "of"],
    &["stage", "name", "of"],
];

/// Pairs of mentions (by index, earlier first) that name the same person.
/// `mentions` are in story order with their kinds settled.
pub(super) fn alias_pairs(doc: &Document, mentions: &[Mention]) -> Vec<(usize, usize)> {
    let is_person = |m: &Mention| m.kind() == Some(EntityKind::Person);
    let mut pairs = Vec::new();
    let mut previous: Option<usize> = None;
    for (i, m) in mentions.iter().enumerate() {
        if !is_person(m) {
            continue;
        }
        if let Some(p) = previous
            && mentions[p].paragraph == m.paragraph
            && mentions[p].end() <= m.start()
            && m.start() - mentions[p].end() <= MAX_BETWEEN
            && mentions[p].text != m.text
        {
            let text = doc.text(m.paragraph as usize);
            if introduces_other_name(&text[mentions[p].end()..m.start()]) {
                pairs.push((p, i));
            }
        }
        previous = Some(i);
    }
    pairs.extend(spelled_alike(mentions));
    pairs.extend(super::nicknames::nickname_pairs(mentions));
    pairs.extend(super::reordered::reordered_pairs(mentions));
    pairs
}

/// Pairs of mentions of one kind (people, places, bodies) whose names
/// differ only in accents or in a hyphen for a space ("Basse-Terre",
/// "Basse Terre"): each with the first mention spelt so.
fn spelled_alike(mentions: &[Mention]) -> Vec<(usize, usize)> {
    let mut first_of: FastMap<(EntityKind, Cow<str>), usize> = FastMap::default();
    let mut pairs = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(kind @ (EntityKind::Person | EntityKind::Place | EntityKind::Organization)) =
            m.kind()
        else {
            continue;
        };
        let mut folded = without_accents(m.text);
        if folded.contains('-') {
            folded = Cow::Owned(folded.replace('-', " "));
        }
        match first_of.get(&(kind, folded.clone())) {
            Some(&first) if mentions[first].text != m.text => pairs.push((first, i)),
            Some(_) => {}
            None => {
                first_of.insert((kind, folded), i);
            }
        }
    }
    pairs
}

/// The text with the accents of Latin letters taken off ("Ichiyō" ->
/// "Ichiyo"), borrowed when it has none.
fn without_accents(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(base_letter).collect())
}

/// The letter without its accent, for the accented letters of Latin-1
/// and Latin Extended-A; any other character as it is.
fn base_letter(c: char) -> char {
    const TABLE: &[(&str, char)] = &[
        ("àáâãäåāăą", 'a'),
        ("ÀÁÂÃÄÅĀĂĄ", 'A'),
        ("çćĉċč", 'c'),
        ("ÇĆĈĊČ", 'C'),
        ("ďđ", 'd'),
        ("ĎĐ", 'D'),
        ("èéêëēĕėęě", 'e'),
        ("ÈÉÊËĒĔĖĘĚ", 'E'),
        ("ĝğġģ", 'g'),
        ("ĜĞĠĢ", 'G'),
        ("ĥħ", 'h'),
        ("ĤĦ", 'H'),
        ("ìíîïĩīĭįı", 'i'),
        ("ÌÍÎÏĨĪĬĮİ", 'I'),
        ("ĵ", 'j'),
        ("Ĵ", 'J'),
        ("ķ", 'k'),
        ("Ķ", 'K'),
        ("ĺļľŀł", 'l'),
        ("ĹĻĽĿŁ", 'L'),
        ("ñńņň", 'n'),
        ("ÑŃŅŇ", 'N'),
        ("òóôõöøōŏő", 'o'),
        ("ÒÓÔÕÖØŌŎŐ", 'O'),
        ("ŕŗř", 'r'),
        ("ŔŖŘ", 'R'),
        ("śŝşš", 's'),
        ("ŚŜŞŠ", 'S'),
        ("ţťŧ", 't'),
        ("ŢŤŦ", 'T'),
        ("ùúûüũūŭůűų", 'u'),
        ("ÙÚÛÜŨŪŬŮŰŲ", 'U'),
        ("ŵ", 'w'),
        ("Ŵ", 'W'),
        ("ýÿŷ", 'y'),
        ("ÝŸŶ", 'Y'),
        ("źżž", 'z'),
        ("ŹŻŽ", 'Z'),
    ];
    if c.is_ascii() {
        return c;
    }
    TABLE
        .iter()
        .find(|(accented, _)| accented.contains(c))
        .map_or(c, |&(_, base)| base)
}

/// Whether the text between two names ends by introducing the second as
/// another name of the first.
fn introduces_other_name(between: &str) -> bool {
    let words: Vec<String> = between
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ';' | ':'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let ends_with = |ending: &[&str], skip: usize| {
        words.len() >= ending.len() + skip
            && words[words.len() - skip - ending.len()..words.len() - skip]
                .iter()
                .eq(ending.iter())
    };
    // "was the pen name of (the) (Japanese) author": up to three words may
    // describe the person before the name.
    INTRODUCERS.iter().any(|ending| ends_with(ending, 0))
        || NAME_OF
            .iter()
            .any(|ending| (0..=3).any(|skip| ends_with(ending, skip)))
}

#[cfg(test)]
mod tests {
    use super::{introduces_other_name, without_accents};

    #[test]
    fn accents_come_off_latin_letters_only() {
        assert_eq!(without_accents("Ichiyō Zoë Łódź"), "Ichiyo Zoe Lodz");
        assert_eq!(without_accents("Εὐσέβιος"), "Εὐσέβιος");
    }

    #[test]
    fn the_words_before_another_name() {
        assert!(introduces_other_name(", better known as "));
        assert!(introduces_other_name(
            " (born 3 May 1901), better known by her pen name "
        ));
        assert!(introduces_other_name(" (born "));
        assert!(introduces_other_name(
            ", 1872 – 1896) was the pen name of Japanese author "
        ));
        assert!(!introduces_other_name(" and "));
        assert!(!introduces_other_name(", who was born in 1901, met "));
    }
}
