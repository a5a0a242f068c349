//! Word lists of news English the quote finder leans on: titles, heads of
//! organisation names, nouns for unnamed sources, function words. They
//! describe the language, not any story.
//!
//! Every token is classified once ([`classify`]): a bit per list, so the
//! patterns test bits instead of searching lists.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::verbs::{self, ReportingVerb};
use super::word_table::{LONGEST, WordTable};

/// One bit per word list.
pub mod class {
    pub const TITLE: u32 = 1;
    pub const ORG_HEAD: u32 = 1 << 1;
    pub const SPEAKER_NOUN: u32 = 1 << 2;
    pub const NOT_NAME: u32 = 1 << 3;
    pub const PREPOSITION: u32 = 1 << 4;
    pub const DETERMINER: u32 = 1 << 5;
    pub const BETWEEN: u32 = 1 << 6;
    pub const BE: u32 = 1 << 7;
    pub const CLAUSE_OPENER: u32 = 1 << 8;
    pub const NAMING_WORD: u32 = 1 << 9;
    pub const VERB_MARKER: u32 = 1 << 10;
    pub const ARTICLE: u32 = 1 << 11;
    pub const RELATIVE: u32 = 1 << 12;
    pub const BREAK: u32 = 1 << 13;
    pub const INTRO: u32 = 1 << 14;
}

/// "the", "a", "an".
pub const ARTICLES: &[&str] = &["a", "an", "the"];
/// Relative pronouns that open a clause about the phrase before them.
pub const RELATIVES: &[&str] = &["which", "who"];
/// Words that end a description's noun phrase.
pub const BREAKS: &[&str] = &["and", "but", "is", "then", "was", "while"];
/// Conjunctions that join a sentence to the one before it: in "But Lee,
/// pressed on the vote, said …" the subject follows at once, where "but"
/// inside a sentence opens a clause. Not "so" ("So far, …" introduces).
pub const SENTENCE_CONJUNCTIONS: &[&str] = &["but", "yet"];
/// Words that open an introductory phrase before a sentence's subject.
pub const INTROS: &[&str] = &[
    "after",
    "amid",
    "asked",
    "before",
    "citing",
    "despite",
    "during",
    "following",
    "like",
    "unlike",
];

/// Title and role words: "U.S. President Donald Trump" is Donald Trump.
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "admiral", "ambassador", "archbishop", "attorney", "bishop", "capt", "captain", "cardinal",
    "ceo", "chair", "chairman", "chairwoman", "chancellor", "chief", "coach", "col", "colonel",
    "commander", "commissioner", "correspondent", "dame", "dean", "deputy", "detective",
    "director", "dr", "editor", "emeritus", "envoy", "executive", "father", "foreign", "founder",
    "gen", "general", "gov", "governor", "home", "imam", "inspector", "judge", "justice", "king",
    "lady", "leader", "lieutenant", "lord", "lt", "maj", "major", "manager", "mayor", "minister",
    "miss", "mr", "mrs", "ms", "officer", "pope", "premier", "president", "president-elect",
    "prime", "prince", "princess", "principal", "professor", "prosecutor", "queen", "rabbi",
    "rep", "representative", "rev", "reverend", "secretary", "sen", "senator", "sergeant", "sgt",
    "shadow", "sheikh", "sheriff", "sir", "speaker", "special", "spokesman", "spokesperson",
    "spokeswoman", "state", "undersecretary", "vice",
];

/// Words that end the names of organisations.
#[rustfmt::skip]
pub const ORG_HEADS: &[&str] = &[
    "administration", "agency", "army", "association", "authority", "bank", "board", "bureau",
    "center", "centre", "channel", "church", "club", "college", "commission", "committee",
    "company", "conference", "congress", "corp", "council", "court", "department", "embassy",
    "federation", "forces", "foundation", "fund", "gazette", "government", "group", "guardian",
    "herald", "house", "inc", "institute", "journal", "kremlin", "league", "ltd", "ministry",
    "navy", "network", "news", "office", "organisation", "organization", "parliament", "party",
    "pentagon", "police", "post", "press", "reuters", "school", "senate", "service", "team",
    "telegraph", "times", "tribune", "union", "university", "world",
];

/// Words that end the names of news outlets, and the nouns for them: an
/// outlet that cites words passes them on ([`super::relay`]).
#[rustfmt::skip]
pub const OUTLETS: &[&str] = &[
    "broadcaster", "chronicle", "courier", "gazette", "guardian", "herald", "journal", "magazine",
    "newspaper", "observer", "post", "press", "reuters", "telegraph", "times", "tribune",
];

/// Lower-case heads of descriptions that can speak.
#[rustfmt::skip]
pub const SPEAKER_NOUNS: &[&str] = &[
    "activist", "activists", "administration", "agency", "aide", "aides", "ambassador", "analyst",
    "analysts", "announcement", "army", "attorney", "audience", "author", "authorities", "authors",
    "blogger", "boy", "campaigner", "campaigners", "candidate", "ceo", "chairman", "chief", "child",
    "children", "church", "city", "classmate", "classmates", "coach", "colleague", "colleagues",
    "commission", "committee", "company", "council", "court", "critic", "critics", "crowd",
    "delegate", "delegates", "department", "diplomat", "diplomats", "director", "doctor", "doctors",
    "document", "embassy", "envoy", "executive", "expert", "experts", "family", "fan", "fans",
    "father", "firm", "founder", "friend", "friends", "girl", "government", "governor", "group",
    "judge", "kremlin", "lawyer", "lawyers", "leader", "letter", "man", "manager", "mayor",
    "member", "members", "men", "message", "military", "minister", "ministry", "mother",
    "municipality", "neighbor", "neighbors", "neighbour", "neighbours", "newspaper", "observer",
    "observers", "office", "officer", "officers", "official", "officials", "operative",
    "operatives", "organisation", "organisers", "organization", "organizers", "paper", "parent",
    "parents", "party", "people", "player", "players", "police", "post", "poster", "president",
    "prosecutor", "prosecutors", "protester", "protesters", "report", "reports", "representative",
    "researcher", "researchers", "resident", "residents", "scientist", "scientists", "secretary",
    "senator", "site", "source", "sources", "spokesman", "spokespeople", "spokesperson",
    "spokeswoman", "statement", "student", "students", "study", "supporter", "supporters", "survey",
    "teacher", "team", "union", "user", "users", "voter", "voters", "website", "white", "witness",
    "witnesses", "woman", "women", "worker", "workers",
];

/// Capitalised words that begin sentences or phrases but name no one.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "a", "about", "according", "after", "all", "also", "although", "an", "and", "april", "as",
    "at", "august", "before", "both", "but", "by", "december", "despite", "during", "each",
    "earlier", "every", "february", "for", "friday", "from", "he", "her", "his", "however", "i",
    "if", "in", "into", "it", "its", "january", "july", "june", "last", "later", "many", "march",
    "may", "meanwhile", "monday", "most", "my", "next", "no", "not", "november", "now", "october",
    "of", "on", "one", "or", "our", "over", "saturday", "september", "several", "she", "since",
    "so", "some", "speaking", "sunday", "that", "the", "their", "then", "there", "these", "they",
    "this", "those", "though", "through", "thursday", "to", "today", "tomorrow", "tuesday",
    "under", "until", "upon", "we", "wednesday", "when", "while", "who", "with", "within",
    "without", "writing", "yesterday", "yet", "you", "your",
];

/// Prepositions after which a name is a modifier, not the subject.
#[rustfmt::skip]
pub const PREPOSITIONS: &[&str] = &[
    "about", "against", "at", "by", "for", "from", "help", "in", "into", "of", "on", "to",
    "toward", "towards", "with",
];

/// Words that open a description: "a spokesman", "one poster", "the city".
#[rustfmt::skip]
pub const DETERMINERS: &[&str] = &[
    "a", "an", "another", "her", "his", "its", "many", "most", "one", "other", "our", "several",
    "some", "that", "the", "their", "these", "this", "those", "three", "two",
];

/// Auxiliaries and adverbs between a subject and its verb ("has also said").
#[rustfmt::skip]
pub const BETWEEN: &[&str] = &[
    "again", "already", "also", "angrily", "are", "been", "can", "could", "did", "does",
    "earlier", "finally", "first", "flatly", "further", "had", "has", "have", "initially", "is",
    "just", "later", "may", "might", "never", "not", "often", "once", "openly", "personally",
    "previously", "publicly", "quickly", "recently", "repeatedly", "reportedly", "separately",
    "should", "simply", "subsequently", "then", "was", "were", "will", "would",
];

#[rustfmt::skip]
pub const BE: &[&str] = &[
    "are", "be", "been", "being", "is", "was", "were",
];

/// Words that open a new clause: the subject of a verb comes after them.
#[rustfmt::skip]
pub const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "as", "because", "before", "but", "if", "since", "so", "that", "though",
    "unless", "until", "when", "where", "whereas", "while", "whilst",
];

/// Words right before a quotation that make it a name or a term, not speech.
#[rustfmt::skip]
pub const NAMING_WORDS: &[&str] = &[
    "album", "banner", "book", "brand", "branded", "campaign", "code-named", "codenamed",
    "dubbed", "entitled", "film", "hashtag", "headline", "headlined", "known", "label", "labeled",
    "labelled", "motto", "name", "named", "nickname", "nicknamed", "phrase", "program",
    "programme", "section", "series", "show", "site", "slogan", "so-called", "song", "term",
    "termed", "titled", "website", "word", "words",
];

/// Words after which a noun-like verb form is a verb ("she will note").
#[rustfmt::skip]
pub const VERB_MARKERS: &[&str] = &[
    "also", "always", "can", "could", "did", "does", "later", "may", "might", "must", "never",
    "now", "often", "should", "still", "that", "then", "to", "which", "who", "will", "would",
];

/// FNV-1a: word lookups happen for nearly every token, and the keys are
/// short, so a cheap hash beats the default one.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Every listed word: its list bits, and for verb forms their [`VerbId`].
struct Words {
    table: WordTable,
    /// The reporting verbs that [`VerbId`]s point to.
    verbs: Vec<ReportingVerb>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let lists: [(&[&str], u32); 15] = [
            (TITLES, class::TITLE),
            (ORG_HEADS, class::ORG_HEAD),
            (SPEAKER_NOUNS, class::SPEAKER_NOUN),
            (NOT_NAMES, class::NOT_NAME),
            (PREPOSITIONS, class::PREPOSITION),
            (DETERMINERS, class::DETERMINER),
            (BETWEEN, class::BETWEEN),
            (BE, class::BE),
            (CLAUSE_OPENERS, class::CLAUSE_OPENER),
            (NAMING_WORDS, class::NAMING_WORD),
            (VERB_MARKERS, class::VERB_MARKER),
            (ARTICLES, class::ARTICLE),
            (RELATIVES, class::RELATIVE),
            (BREAKS, class::BREAK),
            (INTROS, class::INTRO),
        ];
        let mut words = Words {
            table: WordTable::new(),
            verbs: Vec::new(),
        };
        for (list, bit) in lists {
            for word in list {
                words.table.add_bits(word, bit);
            }
        }
        for (word, verb) in verbs::forms() {
            let id = VerbId::try_from(words.verbs.len() + 1).expect("few verb forms");
            if words.table.set_value(&word, id) {
                words.verbs.push(verb);
            }
        }
        words
    })
}

/// The lists `word` belongs to, in lower case, without a possessive 's or a
/// final full stop ("Minister’s" and "Mr." count as titles).
pub fn classify(word: &str) -> u32 {
    lookup(word).0
}

/// The lists `word` belongs to, and the reporting verb it is a form of: one
/// look-up per token. A verb must be written in lower case as it stands
/// ("Post" is a name, "said’s" nothing).
pub fn lookup_id(word: &str) -> (u32, VerbId) {
    let mut stripped = word;
    // Only words ending in '.', 's' or ’ (whose last byte is 0x99) have
    // anything to strip; testing the last byte spares decoding a character,
    // and a stray 0x99 only costs the exact tests below.
    if matches!(word.as_bytes().last(), Some(b'.' | b's' | 0x99)) {
        stripped = stripped.trim_end_matches('.');
        stripped = stripped
            .strip_suffix("’s")
            .or_else(|| stripped.strip_suffix("'s"))
            .or_else(|| stripped.strip_suffix('’'))
            .unwrap_or(stripped);
    }
    let bytes = stripped.as_bytes();
    let Some((class, verb)) = words().table.get(bytes) else {
        return (0, 0);
    };
    let as_written = || stripped.len() == word.len() && bytes.iter().all(u8::is_ascii_lowercase);
    (class, if verb != 0 && as_written() { verb } else { 0 })
}

/// A reporting verb by number: 0 for none. Tokens keep this instead of the
/// verb itself, so that a token stays small (there is one per word).
pub type VerbId = u16;

/// The reporting verb a [`VerbId`] stands for.
pub fn verb(id: VerbId) -> Option<ReportingVerb> {
    let index = usize::from(id).checked_sub(1)?;
    Some(words().verbs[index])
}

/// [`lookup_id`] with the verb itself.
pub fn lookup(word: &str) -> (u32, Option<ReportingVerb>) {
    let (class, id) = lookup_id(word);
    (class, verb(id))
}

/// Lists longer than this are searched by halves, so they must be sorted.
const SHORT_LIST: usize = 12;

/// Whether `word`, in lower case, is one of `list` (lower-case ASCII; a
/// list sorted by bytes is searched by halves, others one by one). No
/// allocation: this runs for nearly every token.
pub fn lower_in(word: &str, list: &[&str]) -> bool {
    let bytes = word.as_bytes();
    if bytes.len() > LONGEST || !word.is_ascii() {
        return false;
    }
    let mut buf = [0u8; LONGEST];
    for (b, c) in buf.iter_mut().zip(bytes) {
        *b = c.to_ascii_lowercase();
    }
    let lower = &buf[..bytes.len()];
    if list.len() > SHORT_LIST {
        debug_assert!(list.is_sorted(), "long word lists must be sorted");
        return list.binary_search_by(|w| w.as_bytes().cmp(lower)).is_ok();
    }
    list.iter().any(|w| w.as_bytes() == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_are_sorted_for_binary_search() {
        for list in [
            TITLES,
            ORG_HEADS,
            SPEAKER_NOUNS,
            NOT_NAMES,
            PREPOSITIONS,
            DETERMINERS,
            BETWEEN,
            BE,
            CLAUSE_OPENERS,
            NAMING_WORDS,
            VERB_MARKERS,
            OUTLETS,
        ] {
            assert!(
                list.len() <= SHORT_LIST || list.is_sorted(),
                "{:?}",
                &list[..3]
            );
        }
        assert!(lower_in("Spokesman", SPEAKER_NOUNS));
        assert!(lower_in("THE", NOT_NAMES));
        assert!(!lower_in("Zoë", NOT_NAMES));
        assert!(!lower_in("spokesmen-and-women-of-the-world", SPEAKER_NOUNS));
        assert_ne!(classify("Minister’s") & class::TITLE, 0);
        assert_ne!(classify("Mr.") & class::TITLE, 0);
        assert_eq!(
            classify("The") & (class::NOT_NAME | class::ARTICLE),
            class::NOT_NAME | class::ARTICLE
        );
        assert_eq!(classify("Zoë"), 0);
    }
}
