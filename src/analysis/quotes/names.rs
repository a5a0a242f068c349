//! Who a stretch of words names: a capitalised name ("Ambassador Mohib"), a
//! pronoun ("He"), or a description ("a spokesman", "the ministry"). Used
//! when the entity extractor has no row for the speaker, and to tell a
//! speaker phrase's kind.

use super::spans::{Para, TokKind};
use crate::analysis::lexicon::words::{class, classify};

/// Pronouns that can stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she: a person.
    Person,
    /// it: an organisation or a document.
    Thing,
    /// they, we: a group, an organisation or people.
    Group,
}

// Pronouns are compared without regard to ASCII case and without building
// a lower-case String: no character outside ASCII lowercases to a single
// ASCII letter of these words, so the answer is the same as with
// to_lowercase(), for a fraction of the cost.

pub fn pronoun(word: &str) -> Option<Pronoun> {
    let is = |p: &str| word.eq_ignore_ascii_case(p);
    if is("he") || is("she") || is("i") {
        Some(Pronoun::Person)
    } else if is("it") {
        Some(Pronoun::Thing)
    } else if is("they") || is("we") {
        Some(Pronoun::Group)
    } else {
        None
    }
}

/// "His", "her", "its": whose remarks.
pub fn possessive(word: &str) -> Option<Pronoun> {
    let is = |p: &str| word.eq_ignore_ascii_case(p);
    if is("his") || is("her") {
        Some(Pronoun::Person)
    } else if is("its") {
        Some(Pronoun::Thing)
    } else {
        None
    }
}

pub fn is_title(word: &str) -> bool {
    classify(word) & class::TITLE != 0
}

pub fn is_preposition(word: &str) -> bool {
    classify(word) & class::PREPOSITION != 0
}

/// Name particles that may sit inside a name in lower case.
fn particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "von"
            | "bin"
            | "al"
            | "da"
            | "di"
            | "la"
            | "le"
            | "der"
            | "du"
            | "del"
            | "dos"
            | "ibn"
    )
}

/// Whether token `i` is a word that may belong to a name.
fn capitalised(para: &Para, i: usize) -> bool {
    para.toks[i].kind == TokKind::Word
        && !para.has(i, class::NOT_NAME)
        && capitalised_word(para.word(i))
}

fn capitalised_word(word: &str) -> bool {
    // "al-Amr", "bin-Salman": a lower-case particle joined to a name.
    let upper = word.chars().next().is_some_and(char::is_uppercase);
    // Only the first hyphen counts and the particle is at most 3 bytes, so
    // the first 4 bytes are all there is to search.
    let particle_joined = || {
        let hyphen = word.as_bytes().iter().take(4).position(|&b| b == b'-');
        hyphen.is_some_and(|i| word[i + 1..].starts_with(char::is_uppercase))
    };
    upper || particle_joined()
}

/// A run of capitalised words in a paragraph: byte range, name without titles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRun {
    pub start: usize,
    pub end: usize,
    /// Where the name proper starts, after titles ("Donald" in "President Donald Trump").
    pub name_start: usize,
    pub organization: bool,
    /// The word before the run is a preposition ("of the Globe").
    pub after_preposition: bool,
    /// The run modifies what follows: "Labour's leader", "the Afghan team".
    pub modifier: bool,
    /// Nothing but titles: "President", "Secretary of State".
    pub titles_only: bool,
}

impl NameRun {
    pub fn name<'a>(&self, text: &'a str) -> &'a str {
        strip_possessive(&text[self.name_start..self.end])
    }
}

pub fn strip_possessive(name: &str) -> &str {
    name.strip_suffix("’s")
        .or_else(|| name.strip_suffix("'s"))
        .or_else(|| name.strip_suffix('’'))
        .unwrap_or(name)
}

/// The capitalised-name runs among tokens `range` of `para`, quotations excluded.
pub fn name_runs(para: &Para, range: std::ops::Range<usize>) -> Vec<NameRun> {
    let mut runs = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if !capitalised(para, i) {
            i += 1;
            continue;
        }
        let first = i;
        let mut last = i;
        // The last word of a title written with "of" ("Secretary of State").
        let mut title_end = None;
        let mut j = i + 1;
        while j < range.end {
            let w = para.word(j);
            let prev = para.word(last);
            let glued_dot = w == "." && para.toks[j].start == para.toks[j - 1].end;
            if strip_possessive(prev).len() < prev.len() {
                break;
            }
            let org_before = para.has(last, class::ORG_HEAD) && j == last + 1;
            // "Refugee Council Enver Solomon": an organisation, then a person.
            if org_before && capitalised(para, j) && !para.has(j, class::ORG_HEAD | class::TITLE) {
                break;
            }
            let joins_next = j + 1 < range.end && capitalised(para, j + 1);
            // "Walter T. King of Ohio": a title word after a given name or
            // an initial is a surname; "of" after it does not join a title.
            let surname = last > first && {
                let before = para.word(last - 1);
                !para.has(last - 1, class::TITLE)
                    && (is_initial(before) || crate::analysis::lexicon::is_given_name(before))
            };
            let title_before = para.has(last, class::TITLE) && !surname;
            let of_join = w == "of" && (org_before || title_before);
            let and_join = matches!(w, "and" | "&") && after_preposition(para, first);
            let is_word = para.toks[j].kind == TokKind::Word;
            if is_word && capitalised(para, j) {
                last = j;
            } else if is_word && joins_next && (particle(w) || of_join || and_join) {
                if of_join && title_before {
                    title_end = Some(j + 1);
                }
                last = j;
            } else if !glued_dot {
                break;
            }
            j += 1;
        }
        runs.push(make_run(para, first, last, title_end));
        i = last + 1;
    }
    runs
}

/// A middle initial: "T.".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

fn make_run(para: &Para, first: usize, last: usize, title_end: Option<usize>) -> NameRun {
    let head = strip_possessive(para.word(last));
    let organization = para.has(last, class::ORG_HEAD);
    // The name proper starts after the last title word ("U.S. President").
    let from = title_end.map_or(first, |t| t + 1);
    let last_title = (from..last).rev().find(|&k| {
        let w = para.word(k);
        para.toks[k].kind == TokKind::Word
            && (para.has(k, class::TITLE) || (w.contains('.') && !is_initial(w)))
    });
    let mut name_first = match last_title {
        Some(k) if !organization => k + 1,
        _ => from,
    };
    while name_first <= last && para.toks[name_first].kind != TokKind::Word {
        name_first += 1;
    }
    // A name never ends with a title: "State Department Spokesperson";
    // after a given name the title word is a surname ("Howard Dean",
    // "Lisa Marshal").
    // "Walter T. King": a given name and an initial before it, too.
    let given_before = |k: usize| {
        !para.has(k, class::TITLE) && crate::analysis::lexicon::is_given_name(para.word(k))
    };
    let surname_after_given = last > name_first
        && (given_before(last - 1)
            || (last >= name_first + 2
                && is_initial(para.word(last - 1))
                && given_before(last - 2)));
    let titles_only = name_first > last
        || (!organization && para.has(last, class::TITLE) && !surname_after_given);
    let name_first = name_first.min(last);
    let next_word = para.toks.get(last + 1).filter(|t| t.kind == TokKind::Word);
    let next_is_noun = next_word.is_some_and(|t| {
        let w = &para.text[t.start..t.end];
        w.starts_with(char::is_lowercase) && t.verb().is_none()
    });
    // "the Afghan team", "the former Florida governor", "a longtime New
    // York lawmaker": a determiner, perhaps lowercase words after it.
    let after_determiner = (1..=3).any(|back| {
        first >= back
            && para.has(first - back, class::ARTICLE)
            && (first - back + 1..first).all(|k| {
                para.toks[k].kind == TokKind::Word
                    && para.word(k).starts_with(char::is_lowercase)
                    && para.toks[k].verb().is_none()
            })
    });
    let place_run = || {
        let words: Vec<&str> = (first..=last)
            .map(|k| strip_possessive(para.word(k)))
            .collect();
        is_place_name(&words)
    };
    // "Castlebridge manager Stefan Wicks", "Former Republican presidential
    // candidate Jeb Lowe": a role of up to three lower-case words, then
    // the person's name.
    let role_then_name = next_is_noun && role_before_name(para, last + 1);
    // "Peter King, Republican of New York,": a party word alone is an
    // affiliation, not a name.
    // "a Tennessee Republican": a place before the party word changes nothing.
    let affiliation = is_affiliation(head)
        && (first == last || {
            let words: Vec<&str> = (first..last).map(|k| para.word(k)).collect();
            is_place_name(&words)
        });
    let modifier = head.len() < para.word(last).len()
        || (after_determiner && next_is_noun && (first == last || place_run()))
        || role_then_name
        || affiliation;
    NameRun {
        start: para.toks[first].start,
        end: para.toks[last].end,
        name_start: para.toks[name_first].start,
        organization,
        after_preposition: after_preposition(para, first),
        modifier,
        titles_only,
    }
}

/// Most lower-case words of a role between a modifier and a name.
const ROLE_WORDS: usize = 3;

/// Whether a role opens at token `from` and a name follows it: lower-case
/// words, no verb among them, the last a title or a speaker noun
/// ("manager", "presidential candidate"), then a capitalised word.
fn role_before_name(para: &Para, from: usize) -> bool {
    for k in from..para.toks.len().min(from + ROLE_WORDS) {
        let t = &para.toks[k];
        let word = &para.text[t.start..t.end];
        if t.kind != TokKind::Word || !word.starts_with(char::is_lowercase) || t.verb().is_some() {
            return false;
        }
        if para.has(k, class::TITLE | class::SPEAKER_NOUN) {
            return para.toks.get(k + 1).is_some_and(|n| {
                n.kind == TokKind::Word && para.text[n.start..].starts_with(char::is_uppercase)
            });
        }
    }
    false
}

/// Whether the word before token `first` (past a determiner) is a preposition.
fn after_preposition(para: &Para, first: usize) -> bool {
    let mut k = first;
    if k > 0 && para.has(k - 1, class::ARTICLE) {
        k -= 1;
    }
    k > 0 && para.has(k - 1, class::PREPOSITION)
}

/// Whether a run is only titles ("President", "Prime Minister").
pub fn only_titles(para: &Para, run: &NameRun) -> bool {
    run.titles_only
        || para.text[run.name_start..run.end]
            .split_whitespace()
            .all(|w| is_title(strip_possessive(w)))
}

/// A description that can speak, within tokens `range`: from its determiner
/// to its head noun ("a spokesman for the ministry" gives "a spokesman").
pub fn description(para: &Para, range: std::ops::Range<usize>) -> Option<(usize, usize)> {
    let mut start = None;
    // Whether the phrase opens with a determiner, and where: "one nurse",
    // "two shopkeepers" name someone; a bare noun may be a name ("Baker").
    let mut determiner = None;
    let verb_at = |k: usize| para.toks.get(k).is_some_and(|t| t.verb().is_some());
    for i in range {
        if para.toks[i].kind != TokKind::Word {
            if para.toks[i].kind != TokKind::Punct || para.word(i) != "-" {
                start = None;
            }
            continue;
        }
        let word = para.word(i);
        if para.has(i, class::DETERMINER) || (start.is_none() && !para.has(i, class::PREPOSITION)) {
            start = Some(para.toks[i].start);
            determiner = para.has(i, class::DETERMINER).then_some(i);
        }
        let possessive = strip_possessive(word).len() < word.len();
        if possessive && start.is_some() {
            // "Holt's predecessor": an owner determines the noun as "his" does.
            determiner = Some(i);
        }
        // Any noun for a person, where the phrase is plainly the one who
        // speaks: right before or after the reporting verb ("said one
        // nurse", "two shopkeepers said"), not an object elsewhere ("took
        // a heckler in stride").
        let person_noun = || {
            determiner.is_some_and(|d| verb_at(i + 1) || (d > 0 && verb_at(d - 1)))
                && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && crate::analysis::lexicon::is_person_noun(word)
        };
        if (para.has(i, class::SPEAKER_NOUN) || person_noun()) && !possessive {
            return start.map(|s| (s, para.toks[i].end));
        }
        if para.has(i, class::PREPOSITION | class::BREAK) {
            start = None;
        }
    }
    None
}

/// A document that speaks for whoever issued it ("a statement said").
pub fn is_document(head: &str) -> bool {
    matches!(
        head,
        "announcement" | "document" | "letter" | "message" | "statement"
    )
}

/// The head noun of a description, for matching it to a person's title.
pub fn description_head(text: &str) -> &str {
    text.split_whitespace().last().unwrap_or("")
}

/// Whether a name the story gives no person or organisation row for names
/// something that cannot speak: a place ("Panama", "Kennedy Space
/// Center"), or a sentence adverb or adjective capitalised because it opens
/// the sentence ("Allegedly, …", "Sure, …"). `opens_sentence`: the name is
/// one word that starts its sentence and a comma follows it.
pub fn cannot_speak(name: &str, opens_sentence: bool) -> bool {
    use crate::analysis::lexicon::{gazetteer, is_family_name, is_given_name};
    let words: Vec<&str> = name.split_whitespace().collect();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return false;
    };
    let known_name = |w: &str| is_given_name(w) || is_family_name(w);
    if words.len() == 1
        && (SENTENCE_ADVERBS.contains(first.to_lowercase().as_str())
            || crate::analysis::lexicon::is_place_abbreviation(first)
            || (opens_sentence && !known_name(first)))
    {
        return true;
    }
    let place = gazetteer::get()
        .longest_match(&words)
        .is_some_and(|(len, _)| len == words.len());
    // "Space Center", not "Peter Hall": the word before the head is no name.
    let facility =
        words.len() >= 2 && PLACE_HEADS.contains(last) && !known_name(words[words.len() - 2]);
    place || facility
}

/// Whether `words` are exactly a place's name ("Delaware", "Pa.").
pub fn is_place_name(words: &[&str]) -> bool {
    match words {
        [] => false,
        [one] if crate::analysis::lexicon::is_place_abbreviation(one) => true,
        _ => crate::analysis::lexicon::gazetteer::get()
            .longest_match(words)
            .is_some_and(|(len, _)| len == words.len()),
    }
}

/// One party or faith word in the singular ("Republican", "Catholic"): an
/// affiliation. The plural ("Republicans") may be a group that speaks;
/// nationality words are left out, as they are also family names (Mark
/// Cuban).
fn is_affiliation(word: &str) -> bool {
    !word.ends_with('s') && crate::analysis::lexicon::is_group_word(word)
}

/// Whether a run is one sentence adverb ("More from Jones:", "Soon
/// after …"): capitalised for its place, never a name.
pub fn is_sentence_adverb(text: &str, run: &NameRun) -> bool {
    let word = &text[run.start..run.end];
    !word.contains(' ') && SENTENCE_ADVERBS.contains(word.to_lowercase().as_str())
}

static SENTENCE_ADVERBS: std::sync::LazyLock<crate::analysis::lexicon::fasthash::FastSet<&str>> =
    std::sync::LazyLock::new(|| crate::analysis::lexicon::set("sentence adverbs"));

static PLACE_HEADS: std::sync::LazyLock<crate::analysis::lexicon::fasthash::FastSet<&str>> =
    std::sync::LazyLock::new(|| crate::analysis::lexicon::set("place heads"));
