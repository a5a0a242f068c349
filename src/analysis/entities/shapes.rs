//! The shapes of words that matter for names: capitals (and "al-"
//! particles), acronyms, possessive endings, compound adjectives
//! ("Pan-democrat") and place names written in capitals ("OSLO").

use crate::analysis::lexicon::fasthash::FastSet;
use crate::analysis::lexicon::{self, gazetteer};
use std::sync::LazyLock;

/// Lowercase particles inside names ("de", "bin", "al").
pub static NAME_PARTICLES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("name particles"));

/// Honours and degrees after a full name ("FRS", "DBE"): not the name's.
pub static HONOURS_AFTER_A_NAME: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("honours after a name"));

/// Whether a word starts with a capital (or is "al-Something"). Asked of
/// every token, so the common ASCII answers are inlined and the rest wait
/// in [`capitalised_slowly`].
#[inline]
pub fn is_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => return word != "I",
        // Most words: lowercase with no particle hyphen, no lookup needed.
        Some(b) if b.is_ascii_lowercase() => {
            let head = &word.as_bytes()[..word.len().min(5)];
            if !head.iter().fold(false, |hyphen, &b| hyphen | (b == b'-')) {
                return false;
            }
        }
        Some(b) if b.is_ascii() && !b.is_ascii_lowercase() => return false,
        // Curly quotes, dashes and other marks of U+2000..U+203F: uncased.
        Some(0xE2) if word.as_bytes().get(1) == Some(&0x80) => return false,
        _ => {}
    }
    capitalised_slowly(word)
}

#[inline(never)]
fn capitalised_slowly(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => word != "I",
        Some(c) if c.is_lowercase() => {
            // "al-Ikhbariya", "el-Sisi", "bin-Salman", not "pro-Beijing"
            let hyphen = word.bytes().take(5).position(|b| b == b'-');
            hyphen.is_some_and(|h| {
                NAME_PARTICLES.contains(&word[..h]) && word[h + 1..].starts_with(char::is_uppercase)
            })
        }
        _ => false,
    }
}

/// Calls `f` with the word lowercased exactly as `str::to_lowercase`
/// does, without allocating for short ASCII words: lexicon lookups of
/// lowercased words run for nearly every capitalised token.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 48;
    if !word.is_ascii() || word.len() > SHORT {
        return f(&word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buffer = [0u8; SHORT];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII in, ASCII out: always valid UTF-8.
    f(std::str::from_utf8(lower).unwrap_or_default())
}

static MODIFIER_ENDINGS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("modifier endings"));

/// "London-based", "NATO-backed", "Hong Kong-born": a name, a hyphen and
/// a participle, which together describe the noun after them and are never
/// part of its name. The length in bytes of the name before the hyphen.
pub fn modifier_compound(word: &str) -> Option<usize> {
    let (name, ending) = word.rsplit_once('-')?;
    (!name.is_empty() && MODIFIER_ENDINGS.contains(ending)).then_some(name.len())
}

/// "Pan-democrat", "Ex-minister": a capitalised prefix on a common word,
/// which describes the name after it.
pub fn compound_adjective(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, tail)| tail.len() >= 5 && tail.chars().all(char::is_lowercase))
}

/// A place written in capitals, as datelines do ("OSLO", "NEW DELHI",
/// "LOS ANGELES"): its gazetteer entry, when the words title-cased are
/// the whole of one. A single word needs four letters ("ECB" and "LA"
/// are more often initials).
pub fn dateline_place(words: &[&str]) -> Option<gazetteer::PlaceId> {
    let letters = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
    if words.is_empty() || words.len() > 3 || !words.iter().all(|w| letters(w)) {
        return None;
    }
    if words.len() == 1 && words[0].len() < 4 {
        return None;
    }
    // Title case by characters: the first letter may take several bytes.
    let title_case = |word: &str| -> String {
        let lower = word.to_lowercase();
        let mut letters = lower.chars();
        letters
            .next()
            .map(|first| first.to_uppercase().chain(letters).collect())
            .unwrap_or_default()
    };
    let names: Vec<String> = words.iter().map(|w| title_case(w)).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    gazetteer::get()
        .longest_match(&names)
        .filter(|&(len, _)| len == names.len())
        .map(|(_, place)| place)
}

/// Acronyms: "WHO", "NATO", "M5S", "U.N.".
pub fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word.chars().count() <= 8
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
}

/// The word without a possessive ending ("Trump’s" -> "Trump").
/// "I've", "We'll", "It's", "Let's": a pronoun with a verb run into it,
/// never a name however it is capitalised.
pub fn is_pronoun_contraction(word: &str) -> bool {
    let Some((pronoun, ending)) = word.split_once(['\'', '’']) else {
        return false;
    };
    matches!(
        pronoun,
        "I" | "We"
            | "You"
            | "They"
            | "He"
            | "She"
            | "It"
            | "Let"
            | "That"
            | "There"
            | "What"
            | "Who"
            | "Here"
            | "WE"
            | "YOU"
            | "THEY"
    ) && matches!(
        ending,
        "m" | "d" | "ve" | "ll" | "re" | "s" | "M" | "D" | "VE" | "LL" | "RE" | "S"
    )
}

pub fn without_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix).filter(|s| !s.is_empty()) {
            return stem;
        }
    }
    word
}

pub fn has_possessive(word: &str) -> bool {
    without_possessive(word).len() != word.len()
}

/// Small words an acronym may skip ("soil moisture and ocean salinity"
/// is SMOS).
const SKIPPED_BY_INITIALS: &[&str] = &["of", "and", "the", "for", "in", "on", "a", "to", "&"];

/// Whether an acronym in brackets spells out the lower-case words just
/// before it ("sea surface salinity (SSS)", "the first quartile (Q1)",
/// "other-initiated repair (OIR)"): a term the text abbreviates, not a
/// body's name, whose words would be capitalised ("World Health
/// Organization (WHO)"). Each capital of the acronym, from the last,
/// must start the next word (or hyphenated part) going back; small words
/// may be skipped.
pub fn spells_lowercase_phrase(acronym: &str, words_before: &[&str]) -> bool {
    let capitals: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).collect();
    if capitals.is_empty() || words_before.is_empty() {
        return false;
    }
    // Word parts going back from the bracket: "low-frequency" gives
    // "frequency", then "low".
    let mut parts = words_before
        .iter()
        .rev()
        .take(2 * capitals.len() + 2)
        .flat_map(|w| w.rsplit('-'));
    let mut wanted = capitals.iter().rev().peekable();
    while let Some(&capital) = wanted.peek() {
        let Some(part) = parts.next() else {
            return false;
        };
        let Some(first) = part.chars().next() else {
            return false;
        };
        if first.is_lowercase() && first.to_uppercase().eq(std::iter::once(*capital)) {
            wanted.next();
        } else if !SKIPPED_BY_INITIALS.contains(&part) {
            return false;
        }
    }
    true
}

/// "Considering", "Visiting": a verb's -ing form opening a sentence, as
/// the lexicon's common words have it, and no one's name ("Manning").
pub fn is_participle_opener(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && !crate::analysis::lexicon::is_given_name(word)
        && !crate::analysis::lexicon::is_family_name(word)
        && with_lowercase(word, crate::analysis::lexicon::is_common_word)
}

/// "HealthSpace", "PlayStation": two words run together, the second
/// capitalised after four or more lower-case letters, as brands are
/// written; names such as "McDonald" or "LeBron" capitalise sooner.
pub fn is_run_together(word: &str) -> bool {
    let mut lower_run = 0;
    for (i, c) in word.chars().enumerate() {
        if c.is_lowercase() {
            lower_run += 1;
        } else if c.is_uppercase() && i > 0 && lower_run >= 4 {
            return true;
        } else {
            lower_run = 0;
        }
    }
    false
}

/// Whether the noun phrase in `words` (the words after its determiner)
/// is headed, within `describing` words before it, by a noun `is_noun`
/// accepts: ", a 2016 film based on", "is a small town in". The noun
/// must end the phrase, with a stop on it or a word `ends` accepts after
/// it: "a town planner" is no town.
pub fn phrase_headed_by<'w>(
    words: impl Iterator<Item = &'w str>,
    describing: usize,
    is_noun: impl Fn(&str) -> bool,
    ends: impl Fn(&str) -> bool,
) -> bool {
    let rest: Vec<&str> = words.take(describing + 2).collect();
    rest.iter().enumerate().take(describing + 1).any(|(k, w)| {
        let bare = w.trim_end_matches([',', '.', ';', ':', ')']);
        is_noun(bare) && (bare.len() < w.len() || rest.get(k + 1).is_none_or(|next| ends(next)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_in_capitals_are_places_and_other_scripts_do_not_break() {
        assert!(dateline_place(&["OSLO"]).is_some());
        assert!(dateline_place(&["LOS", "ANGELES"]).is_some());
        assert!(dateline_place(&["SAN", "FRANCISCO"]).is_some());
        assert!(dateline_place(&["ΩΩΩΩ"]).is_none());
        assert!(dateline_place(&["ＷＩＤＥ"]).is_none());
        assert!(dateline_place(&["LOS", "ANGELES", "TIMES"]).is_none());
    }

    #[test]
    fn lowercasing_without_allocation_matches_the_standard_one() {
        for word in ["Despite", "WHO", "said", "Zürich", "ΟΔΟΣ", "McDONALD's"] {
            assert_eq!(with_lowercase(word, str::to_string), word.to_lowercase());
        }
    }

    #[test]
    fn lowercase_words_are_not_capitalised_unless_a_particle_leads() {
        assert!(!is_capitalised("pro-Beijing"));
        assert!(is_capitalised("al-Sisi"));
        assert!(!is_capitalised("despite"));
        assert!(is_capitalised("Élysée"));
        assert!(!is_capitalised("“"));
        assert!(!is_capitalised("—"));
    }

    #[test]
    fn acronyms_of_lowercase_phrases_are_terms() {
        assert!(spells_lowercase_phrase(
            "SSS",
            &["global", "sea", "surface", "salinity"]
        ));
        assert!(spells_lowercase_phrase(
            "SLFMR",
            &["scanning", "low-frequency", "microwave", "radiometer"]
        ));
        assert!(spells_lowercase_phrase(
            "SMOS",
            &["soil", "moisture", "and", "ocean", "salinity"]
        ));
        assert!(spells_lowercase_phrase("Q1", &["the", "first", "quartile"]));
        assert!(!spells_lowercase_phrase(
            "WHO",
            &["the", "World", "Health", "Organization"]
        ));
        assert!(!spells_lowercase_phrase(
            "UKB",
            &["Dutch", "academic", "libraries"]
        ));
        assert!(!spells_lowercase_phrase("GDP", &[]));
    }
}
