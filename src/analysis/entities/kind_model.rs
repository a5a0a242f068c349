//! A learned second opinion on the kind of a name the rules could only
//! guess: a linear model (averaged perceptron over hashed features) that
//! reads the name's shape, its words, what the lexicon knows of them, the
//! words around each of its mentions and the rules' own guess, and
//! overrules that guess when it is confident.
//!
//! It only looks at names no title, head word, gazetteer entry or known
//! organisation settled (the rules' weak defaults: "an acronym is an
//! organisation", "two unknown words are Other"), so what the rules know
//! for sure stays. Weights come from `lexicon/kind_weights.bin`, trained
//! by `cargo run --release --example train_kinds` on the shared GUM
//! documents (see the README, "How the extraction learns"); the same
//! weights give the same kinds on every run.

use super::shapes::{is_acronym, with_lowercase};
use super::texts::{TextFlags, TextId, Texts};
use super::wordset::WordSet;
use super::{Before, Mention, evidence, kinds};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{self, gazetteer};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

/// The classes the model tells apart, in weight-table order.
pub const CLASSES: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Other,
];

/// Hashed feature buckets: 2^15, each with one weight per class.
pub const BUCKETS: usize = 1 << 15;

/// How many mentions of a name lend it their context: a name used often
/// would otherwise outweigh its own shape.
const CONTEXTS_READ: usize = 3;

/// How far the best class must lead the rules' class (in weight units)
/// before the model overrules them. Chosen on held-out documents
/// (`train_kinds --hold-out`, weights trained on the other half): at 200
/// an unknown pair of words becomes a person 21 times rightly and 8 times
/// wrongly, against 21 and 13 at 100, and no held-out news name breaks.
const MARGIN: i32 = 200;

/// The weights, one little-endian i16 per bucket and class; an empty or
/// malformed file leaves every guess to the rules.
static WEIGHTS: LazyLock<Option<Vec<i16>>> = LazyLock::new(|| {
    let bytes: &[u8] = include_bytes!("../lexicon/kind_weights.bin");
    (bytes.len() == BUCKETS * CLASSES.len() * 2).then(|| {
        bytes
            .chunks_exact(2)
            .map(|pair| i16::from_le_bytes([pair[0], pair[1]]))
            .collect()
    })
});

/// One name the rules guessed at: its features and the rules' kind.
#[derive(Debug, Clone)]
pub struct Guess {
    /// Byte spans (paragraph, start, end) of its mentions.
    pub spans: Vec<(usize, usize, usize)>,
    /// Hashed feature buckets, with repeats (a feature seen at two
    /// mentions counts twice).
    pub features: Vec<u32>,
    pub rule: EntityKind,
}

/// FNV-1a over a tag and a value, the value's ASCII letters in lower
/// case: no allocation per feature.
fn feature(tag: &str, value: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in tag.bytes().chain([0xff]).chain(value.bytes()) {
        hash ^= u32::from(byte.to_ascii_lowercase());
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash % BUCKETS as u32
}

/// "Xx", "XX", "X.X.", "Xx-xx", "dX": the word's letters by case, runs
/// squeezed.
fn shape(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars().take(12) {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if !out.ends_with(class) {
            out.push(class);
        }
    }
    out
}

/// What a neighbouring word looks like, for words the training stories
/// never had: a past tense or present verb ("scored", "thanks"), a
/// capitalised word, punctuation.
fn word_class(word: &str) -> &'static str {
    if word.starts_with(|c: char| c.is_uppercase()) {
        "capitalised"
    } else if !word.starts_with(char::is_alphanumeric) {
        "punctuation"
    } else if word.len() > 3 && word.ends_with("ed") {
        "ed"
    } else if word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") {
        "s"
    } else if word.ends_with("ing") {
        "ing"
    } else {
        "word"
    }
}

/// The last `n` characters of a word.
fn suffix(word: &str, n: usize) -> &str {
    let start = word.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &word[start..]
}

/// What the name's own words say, once per name.
fn text_features(m: &Mention, lowercase_seen: &WordSet, uses: usize, out: &mut Vec<u32>) {
    let words: Vec<&str> = m.word_iter().collect();
    let (first, last) = (words[0], words[words.len() - 1]);
    let count = match words.len() {
        1 => "1",
        2 => "2",
        3 => "3",
        _ => "4+",
    };
    let used = match uses {
        1 => "1",
        2 => "2",
        3..=5 => "3-5",
        _ => "6+",
    };
    out.push(feature("bias", ""));
    out.push(feature("words", count));
    out.push(feature("uses", used));
    // Not the words themselves: the model learns how names look and
    // where they stand, not which names the training stories had.
    out.push(feature("shape", &shape(m.text)));
    out.push(feature("suffix3", suffix(last, 3)));
    out.push(feature("suffix2", suffix(last, 2)));
    out.push(feature("first-suffix3", suffix(first, 3)));
    let flags = [
        ("given", lexicon::is_given_name(first)),
        ("family", lexicon::is_family_name(last)),
        ("acronym", is_acronym(m.text)),
        ("head", kinds::is_head(last)),
        ("group", kinds::is_group_word(first)),
        (
            "place-word",
            words
                .iter()
                .any(|w| gazetteer::get().longest_match(&[w]).is_some()),
        ),
        (
            "lowercase-seen",
            words
                .iter()
                .any(|w| with_lowercase(w, |lower| lowercase_seen.contains(lower))),
        ),
        ("name-shaped", evidence::name_shaped(&words, lowercase_seen)),
        ("digit", m.text.contains(|c: char| c.is_ascii_digit())),
        ("hyphen", m.text.contains('-')),
        ("ampersand", m.text.contains('&')),
        ("non-ascii", !m.text.is_ascii()),
    ];
    for (name, set) in flags {
        if set {
            out.push(feature("flag", name));
        }
    }
}

/// What the words around one mention say.
fn context_features(m: &Mention, doc: &Document, out: &mut Vec<u32>) {
    let paragraph = doc.paragraph(m.paragraph as usize);
    let word = |i: Option<usize>| -> &str {
        i.and_then(|i| paragraph.tokens.get(i))
            .map_or("<none>", |t| &paragraph.text[t.start()..t.end()])
    };
    let start = m.tokens.start as usize;
    let end = m.tokens.end as usize;
    let before = word(start.checked_sub(1));
    let before2 = word(start.checked_sub(2));
    let after = word(Some(end));
    let after2 = word(Some(end + 1));
    out.push(feature("before", before));
    out.push(feature("before2", before2));
    out.push(feature("before-pair", &format!("{before2} {before}")));
    out.push(feature("after", after));
    out.push(feature("after2", after2));
    out.push(feature("after-pair", &format!("{after} {after2}")));
    out.push(feature("after-class", word_class(after)));
    out.push(feature("before-class", word_class(before)));
    let flags = [
        ("sentence-initial", m.sentence_initial),
        ("verb-after", m.verb_after),
        ("role-after", m.role_after),
        ("member-of", m.member_of),
        ("in-parens", m.in_parens),
        (
            "after-place-preposition",
            m.before == Before::PlacePreposition,
        ),
        ("after-article", m.before == Before::Article),
    ];
    for (name, set) in flags {
        if set {
            out.push(feature("context", name));
        }
    }
}

/// Which texts no strong cue settled: every mention of them is a guess
/// the rules will make.
pub(crate) fn undecided(mentions: &[Mention], texts: &Texts) -> TextFlags {
    let mut decided = TextFlags::new(texts);
    let mut seen = TextFlags::new(texts);
    for m in mentions {
        seen.set(m.text_id);
        if m.kind().is_some() {
            decided.set(m.text_id);
        }
    }
    let mut flags = TextFlags::new(texts);
    for m in mentions {
        if seen.get(m.text_id) && !decided.get(m.text_id) {
            flags.set(m.text_id);
        }
    }
    flags
}

/// The guesses the rules made on `undecided` texts, with their features,
/// in order of first mention.
pub(crate) fn guesses(
    mentions: &[Mention],
    texts: &Texts,
    undecided: &TextFlags,
    doc: &Document,
    lowercase_seen: &WordSet,
) -> Vec<Guess> {
    guesses_by_text(mentions, texts, undecided, doc, lowercase_seen).0
}

/// The guesses, and the text each one is about.
fn guesses_by_text(
    mentions: &[Mention],
    texts: &Texts,
    undecided: &TextFlags,
    doc: &Document,
    lowercase_seen: &WordSet,
) -> (Vec<Guess>, Vec<TextId>) {
    let mut slot: Vec<Option<usize>> = vec![None; texts.count()];
    let mut uses = vec![0usize; texts.count()];
    for m in mentions.iter().filter(|m| undecided.get(m.text_id)) {
        uses[m.text_id as usize] += 1;
    }
    let mut out: Vec<Guess> = Vec::new();
    let mut ids: Vec<TextId> = Vec::new();
    for m in mentions.iter().filter(|m| undecided.get(m.text_id)) {
        let Some(rule) = m.kind() else { continue };
        let index = *slot[m.text_id as usize].get_or_insert_with(|| {
            ids.push(m.text_id);
            let mut features = Vec::new();
            text_features(m, lowercase_seen, uses[m.text_id as usize], &mut features);
            features.push(feature("rule", rule.plural()));
            out.push(Guess {
                spans: Vec::new(),
                features,
                rule,
            });
            out.len() - 1
        });
        let guess = &mut out[index];
        // A name used a thousand times says enough in its first few uses.
        if guess.spans.len() < CONTEXTS_READ {
            context_features(m, doc, &mut guess.features);
        }
        guess.spans.push((m.paragraph as usize, m.start(), m.end()));
    }
    (out, ids)
}

/// Each class's score for some features under some weights.
pub fn scores(weights: &[i16], features: &[u32]) -> [i32; CLASSES.len()] {
    let mut scores = [0i32; CLASSES.len()];
    for &f in features {
        let row = f as usize * CLASSES.len();
        for (class, score) in scores.iter_mut().enumerate() {
            *score += i32::from(weights[row + class]);
        }
    }
    scores
}

/// The class the model prefers over the rules' guess, if it leads it by
/// the margin.
pub fn overrule(weights: &[i16], guess: &Guess, margin: i32) -> Option<EntityKind> {
    let scores = scores(weights, &guess.features);
    let rule_class = CLASSES.iter().position(|&k| k == guess.rule)?;
    let (best, &best_score) = scores
        .iter()
        .enumerate()
        .max_by_key(|&(i, s)| (*s, -(i as i32)))?;
    (best != rule_class
        && best_score - scores[rule_class] >= margin
        && may_overrule(guess.rule, CLASSES[best]))
    .then_some(CLASSES[best])
}

/// The changes the model may make. On held-out documents (half of the
/// shared GUM documents, see `train_kinds --hold-out`) only these fixed
/// more names than they broke, on news as on the other genres: an
/// unknown pair of words that is a person ("Dries Mertens scored"), a
/// guessed place that is no place. Turning the rules' acronyms into
/// common words helped academic prose and hurt news, where acronyms are
/// bodies; a person the rules found stays one.
fn may_overrule(rule: EntityKind, verdict: EntityKind) -> bool {
    matches!(
        (rule, verdict),
        (EntityKind::Other, EntityKind::Person) | (EntityKind::Place, EntityKind::Other)
    )
}

/// Overrules the rules' guesses where the model is confident.
pub(crate) fn apply(
    mentions: &mut [Mention],
    texts: &Texts,
    undecided: &TextFlags,
    doc: &Document,
    lowercase_seen: &WordSet,
) {
    let Some(weights) = WEIGHTS.as_deref() else {
        return;
    };
    let (guesses, ids) = guesses_by_text(mentions, texts, undecided, doc, lowercase_seen);
    let mut verdict: Vec<Option<EntityKind>> = vec![None; texts.count()];
    let mut any = false;
    for (guess, id) in guesses.iter().zip(ids) {
        if let Some(kind) = overrule(weights, guess, MARGIN) {
            verdict[id as usize] = Some(kind);
            any = true;
        }
    }
    if !any {
        return;
    }
    for m in mentions.iter_mut() {
        if let Some(kind) = verdict[m.text_id as usize]
            && undecided.get(m.text_id)
        {
            m.cue = super::Cue::Strong(kind);
            m.place = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_the_same_on_every_run_and_ignore_case() {
        assert_eq!(feature("word", "Lind"), feature("word", "lind"));
        assert_ne!(feature("word", "lind"), feature("first", "lind"));
        assert!((feature("bias", "") as usize) < BUCKETS);
    }

    #[test]
    fn shapes_and_suffixes() {
        assert_eq!(shape("Ada"), "Xx");
        assert_eq!(shape("J.P."), "X.X.");
        assert_eq!(shape("L2"), "Xd");
        assert_eq!(suffix("Łódź", 3), "ódź");
        assert_eq!(suffix("Al", 3), "Al");
    }

    #[test]
    fn the_model_overrules_only_by_the_margin() {
        let mut weights = vec![0i16; BUCKETS * CLASSES.len()];
        let f = feature("word", "quillon");
        weights[f as usize * CLASSES.len()] = 100; // Person
        let guess = Guess {
            spans: vec![(0, 0, 7)],
            features: vec![f],
            rule: EntityKind::Other,
        };
        assert_eq!(overrule(&weights, &guess, 60), Some(EntityKind::Person));
        assert_eq!(overrule(&weights, &guess, 120), None);
        let agreeing = Guess {
            rule: EntityKind::Person,
            ..guess.clone()
        };
        assert_eq!(overrule(&weights, &agreeing, 0), None);
        // An organisation the rules guessed is not the model's to change.
        let organization = Guess {
            rule: EntityKind::Organization,
            ..guess
        };
        assert_eq!(overrule(&weights, &organization, 0), None);
    }
}
