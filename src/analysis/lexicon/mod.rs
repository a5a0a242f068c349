//! The one knowledge base of news English that entities and quotes both
//! read, compiled into the binary: word lists (`lexicon.txt`: titles and
//! roles, organisation and place head words, group words, sentence
//! openers, abbreviations), given and family names (`given_names.txt`),
//! the sex a given name tells (`given_names_sex.txt`), given names and
//! their familiar forms (`nicknames.txt`), common nouns for a person
//! (`person_nouns.txt`), places
//! ([`gazetteer`]), well-known organisations ([`organizations`]),
//! reporting verbs ([`verbs`]) and the per-token word
//! classes the quote finder tests ([`words`]). Where each list comes from,
//! and under what licence, is in `SOURCES.md` beside this file.
//!
//! Text files are parsed once, on first use; each section is looked up as
//! a list or a set.

pub mod fasthash;
pub mod gazetteer;
pub mod organizations;
pub mod verbs;
pub mod word_table;
pub mod words;

use fasthash::{FastMap, FastSet};
use std::sync::LazyLock;

static SOURCE: &str = include_str!("lexicon.txt");

static SECTIONS: LazyLock<FastMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    let mut sections: FastMap<&str, Vec<&str>> = FastMap::default();
    let mut current = "";
    for line in SOURCE.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name;
            continue;
        }
        let entries = line.split(',').map(str::trim).filter(|e| !e.is_empty());
        sections.entry(current).or_default().extend(entries);
    }
    sections
});

/// The hand list, then the names of many languages that
/// `tools/lexicon/build.py` takes from the Faker package.
static GIVEN_NAMES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    names_of(&[
        include_str!("given_names.txt"),
        include_str!("given_names_world.txt"),
    ])
});

/// The US Social Security given names `tools/lexicon/build.py` adds: many
/// rare ones, good evidence before a surname, weak evidence alone.
static MORE_GIVEN_NAMES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| names_of(&[include_str!("given_names_us.txt")]));

fn names_of(files: &[&'static str]) -> FastSet<&'static str> {
    files
        .iter()
        .flat_map(|file| file.lines())
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// Whether a word is a given name that can open a person's name
/// ("Donald", "Ada", "Hazel").
pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word) || MORE_GIVEN_NAMES.contains(word)
}

/// Whether a word is a given name common enough to name a person alone
/// ("Ada said"), not only before a surname.
pub fn is_common_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// The sex a given name tells, for the pronoun that may stand for its
/// bearer ("she" is not "Tom Berg").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Female,
    Male,
}

/// Given names that are clearly one sex (`given_names_sex.txt`, built by
/// `tools/lexicon/build.py` from US Social Security records).
static NAME_SEX: LazyLock<FastMap<&'static str, Sex>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    let mut sex = None;
    for line in include_str!("given_names_sex.txt").lines() {
        match line.trim() {
            "[female]" => sex = Some(Sex::Female),
            "[male]" => sex = Some(Sex::Male),
            l if l.starts_with('#') => {}
            l => {
                if let Some(sex) = sex {
                    map.extend(l.split_whitespace().map(|name| (name, sex)));
                }
            }
        }
    }
    map
});

/// The sex a given name tells, when nearly everyone who bears it is one.
pub fn sex_of_given_name(word: &str) -> Option<Sex> {
    NAME_SEX.get(word).copied()
}

static FAMILY_NAMES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set("family names"));

/// Whether a word is a common family name that ends a person's name
/// ("Smith", "Chan").
pub fn is_family_name(word: &str) -> bool {
    FAMILY_NAMES.contains(word)
}

/// SCOWL's common English words, as `tools/lexicon/build.py` writes them.
static COMMON_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    include_str!("common_words.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect()
});

/// Whether a lower-case word is a common English word ("gospel",
/// "petitioner"), no given name, family name or place: capitalised alone
/// it is a word at the head of a phrase or a sentence, not a name.
pub fn is_common_word(lower: &str) -> bool {
    COMMON_WORDS.contains(lower)
}

/// Given names paired with their familiar forms, both ways round, as
/// `tools/lexicon/build_nicknames.py` writes them (`nicknames.txt`).
static NICKNAMES: LazyLock<FastSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    let mut pairs = FastSet::default();
    for line in include_str!("nicknames.txt").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let Some(name) = words.next() else { continue };
        for form in words {
            pairs.insert((name, form));
            pairs.insert((form, name));
        }
    }
    pairs
});

/// Whether one given name is a familiar form of the other ("Larry" and
/// "Lawrence", "Bill" and "William"), either way round.
pub fn is_nickname_pair(a: &str, b: &str) -> bool {
    NICKNAMES.contains(&(a, b))
}

static REPORTING_VERBS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set("reporting verbs"));

/// Whether a word reports speech ("said", "told"): a name before one
/// speaks, so it is a person.
pub fn is_reporting_verb(word: &str) -> bool {
    // Asked after every name, and most names are followed by punctuation
    // or a capital: every reporting verb starts with a lowercase letter.
    word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) && REPORTING_VERBS.contains(word)
}

/// The entries of one section, in file order.
pub fn list(section: &str) -> &'static [&'static str] {
    SECTIONS
        .get(section)
        .unwrap_or_else(|| panic!("lexicon.txt has no [{section}] section"))
}

/// The entries of one section, for lookups.
static CLUB_NICKNAMES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set("club nicknames"));

/// Whether `words` are the nickname of a major-league club ("Indians",
/// "Red Sox"): after a town or region, they name the club.
pub fn is_club_nickname(words: &[&str]) -> bool {
    match words {
        [word] => CLUB_NICKNAMES.contains(word),
        [first, second] => CLUB_NICKNAMES.contains(format!("{first} {second}").as_str()),
        _ => false,
    }
}

static MARKET_INDICES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set("market indices"));

/// Whether `words` name a stock market index or a money-market
/// instrument ("Dow Jones", "Nikkei", "Eurodollars"): a thing.
pub fn is_market_index(words: &[&str]) -> bool {
    match words {
        [word] => MARKET_INDICES.contains(word),
        [first, second] => {
            MARKET_INDICES.contains(first)
                && MARKET_INDICES.contains(format!("{first} {second}").as_str())
        }
        _ => false,
    }
}

static PLACE_ABBREVIATIONS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| set("place abbreviations"));

/// Whether a word, with or without its dot, abbreviates a US state or a
/// Canadian province ("Calif.", "Ky", "B.C.").
pub fn is_place_abbreviation(word: &str) -> bool {
    PLACE_ABBREVIATIONS.contains(word.strip_suffix('.').unwrap_or(word))
}

static GROUP_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| set("group words"));

/// A party, faith or people word ("Republicans", "Catholic", "Sunni"),
/// singular or plural, as the lexicon lists them (nationality words come
/// from the gazetteer's demonyms).
pub fn is_group_word(word: &str) -> bool {
    GROUP_WORDS.contains(word)
}

/// "R-Ky.", "D-Calif", "I-Vt.", "R-Texas": a party's letter, a hyphen and
/// a state, the way US copy tags a lawmaker. It names no one.
pub fn is_party_tag(text: &str) -> bool {
    let Some(state) = ["R-", "D-", "I-"].iter().find_map(|p| text.strip_prefix(p)) else {
        return false;
    };
    is_place_abbreviation(state)
        || gazetteer::get()
            .longest_match(&[state.trim_end_matches('.')])
            .is_some()
}

/// WordNet's common nouns for a person, generated by
/// `tools/lexicon/person_nouns.py` (see `SOURCES.md`).
static PERSON_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| names_of(&[include_str!("person_nouns.txt")]));

/// Whether a lower-case word is a common noun for a person ("nurse",
/// "shopkeepers", "widow"): after a determiner, someone who can speak.
pub fn is_person_noun(lower: &str) -> bool {
    PERSON_NOUNS.contains(lower)
}

pub fn set(section: &str) -> FastSet<&'static str> {
    list(section).iter().copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_tell_a_sex_only_when_nearly_everyone_shares_it() {
        assert_eq!(sex_of_given_name("Margaret"), Some(Sex::Female));
        assert_eq!(sex_of_given_name("John"), Some(Sex::Male));
        // Given to many boys and girls: no answer.
        assert_eq!(sex_of_given_name("Jordan"), None);
        assert_eq!(sex_of_given_name("Kelly"), None);
    }

    #[test]
    fn every_section_the_code_reads_is_there() {
        for section in [
            "titles",
            "roles",
            "verbs after a subject",
            "compounds before a body",
            "moves between clubs",
            "club forms",
            "person cues",
            "organization heads",
            "place heads",
            "place openers",
            "organization openers",
            "other heads",
            "group words",
            "sentence words",
            "name particles",
            "honours after a name",
            "place heads before a name",
            "modifier endings",
            "team words",
            "match verbs",
            "club words",
            "match nouns",
            "club nicknames",
            "market indices",
            "place nouns after a name",
            "road words",
            "numbered divisions",
            "roles in a body",
            "place prepositions",
            "venue prepositions",
            "work nouns",
            "directional prepositions",
            "not directions",
            "journeys",
            "standings before a club",
            "organization cues",
            "place nouns",
            "sentence adverbs",
            "place abbreviations",
            "reference words",
            "abbreviations inside a sentence",
            "abbreviations that may end a sentence",
            "sentence openers",
            "words of match reports",
            "verbs done to places",
            "company suffixes",
            "what a firm owns and reports",
            "moves of shares",
            "deals of which a firm is the prize",
            "newspaper openers abroad",
            "newspaper heads abroad",
            "heads of terms and firms",
        ] {
            assert!(!list(section).is_empty(), "{section}");
        }
        assert!(set("titles").contains("Secretary of State"));
        for verb in list("reporting verbs") {
            assert!(is_reporting_verb(verb), "{verb}");
        }
        assert!(!is_reporting_verb("Said") && !is_reporting_verb(","));
        assert!(is_given_name("Donald"));
        // From the generated table of many languages.
        assert!(is_given_name("Wojciech") && is_given_name("Søren"));
        assert!(!is_given_name("Despite"));
        // SCOWL's words, less the names and places of the other lists.
        assert!(is_common_word("gospel") && is_common_word("petitioner"));
        assert!(!is_common_word("smith") && !is_common_word("paris"));
    }
}
