//! Evidence shared within one story: a name that a title, a head word or
//! the gazetteer classed once keeps that kind everywhere; a bare surname
//! of a person named in full is that person; what is still unknown gets a
//! kind from its shape and surroundings (a given name first, a reporting
//! verb after: a person; an acronym or a name used again and again: an
//! organisation), and a lone sentence-initial word nothing confirms is
//! dropped ("Despite").

use super::shapes::{NAME_PARTICLES, is_acronym, is_run_together, with_lowercase};
use super::texts::{TextFlags, TextId, Texts};
use super::wordset::WordSet;
use super::{Before, Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::fasthash::FastSet;
use crate::analysis::lexicon::{self, gazetteer, organizations};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

static SENTENCE_WORDS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("sentence words"));
static COMPASS_WORDS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("compass words"));
static PLACE_MODIFIERS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("place modifiers"));
static INSTITUTIONS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("institutions"));
static EVENTS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("events"));
static NOT_NAMES: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("not names"));
static REFERENCE_WORDS: LazyLock<FastSet<&str>> = LazyLock::new(|| lexicon::set("reference words"));

/// "Chung-tai", "Lung-bin": romanised two-syllable given names.
fn syllable_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, second)| {
        first.starts_with(char::is_uppercase)
            && first.len() <= 5
            && (2..=6).contains(&second.len())
            && second.chars().all(char::is_lowercase)
            && !(second.len() >= 5
                && ["er", "ed", "ly", "ion", "ist", "ism"]
                    .iter()
                    .any(|suffix| second.ends_with(suffix)))
    })
}

/// An initial: "L." in "L. Ron Hubbard".
fn initial(word: &str) -> bool {
    word.len() <= 3 && word.ends_with('.') && word.starts_with(char::is_uppercase)
}

/// Whether every word could be part of a personal name.
pub(crate) fn name_shaped(words: &[&str], lowercase_seen: &WordSet) -> bool {
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            !w.chars().any(|c| c.is_ascii_digit())
                && (w.starts_with(char::is_uppercase) || w.contains('-'))
                && !is_acronym(w)
                && !w
                    .split('-')
                    .any(|part| part.chars().skip(1).any(char::is_uppercase))
                && with_lowercase(w, |lower| {
                    !lowercase_seen.contains(lower) && !SENTENCE_WORDS.contains(lower)
                })
        })
}

/// Give every mention a kind (or drop it), using the whole story.
/// `texts` numbers every mention's text.
/// `terms` are the acronyms of lower-case phrases, never names.
pub(crate) fn resolve(
    mentions: &mut Vec<Mention<'_>>,
    texts: &Texts,
    lowercase_seen: &WordSet,
    terms: &TextFlags,
) {
    settle_by_text(mentions, texts);
    // Names whose story shows a person: said-verbs after any mention.
    let mut cued = TextFlags::new(texts);
    for m in mentions.iter().filter(|m| m.verb_after) {
        cued.set(m.text_id);
    }
    // One-word mentions: a surname used again alone marks a person. A
    // word is such a text exactly when some mention has it as its text.
    let standalone = |word: &str| texts.get(word).is_some();
    let surnames_with_articles = tails_of_longer_names(mentions);
    for m in mentions.iter_mut().filter(|m| m.cue == Cue::None) {
        // Lone words wait for the story-wide rules below.
        if !m.has_several_words() {
            continue;
        }
        let words = m.words();
        let first = words[0];
        let last = words[words.len() - 1];
        let kind = if COMPASS_WORDS.contains(first) {
            EntityKind::Place
        } else if m.member_of {
            // "analysts at Morgan Stanley": an employer, whatever its words.
            EntityKind::Organization
        } else if ROMANCE_ARTICLES.contains(&first)
            && !cued.get(m.text_id)
            && !surnames_with_articles.contains(m.text)
        {
            // "Les Saintes", "La Désirade", "El Castillo": a place named
            // with its article; not "Le Pen", the end of "Marine Le Pen".
            EntityKind::Place
        } else if lexicon::is_given_name(first)
            || (lexicon::is_family_name(last) && !is_run_together(first))
            || m.role_after
            || words[1..words.len() - 1]
                .iter()
                .any(|w| with_lowercase(w, |lower| NAME_PARTICLES.contains(lower)))
            || initial(first)
            || words.iter().any(|w| syllable_name(w))
        {
            EntityKind::Person
        } else if COMPASS_WORDS.contains(last) || ends_with_place(&words, lowercase_seen) {
            EntityKind::Place
        } else if !name_shaped(&words, lowercase_seen) {
            EntityKind::Other
        } else if cued.get(m.text_id) || (words.len() == 2 && standalone(last)) {
            EntityKind::Person
        } else {
            EntityKind::Other
        };
        m.cue = Cue::Strong(kind);
    }
    settle_by_text(mentions, texts);

    // What each text is in the rest of the story. A text repeats, so its
    // words are looked at once, on its first mention of the kind.
    let mut person_words = TextFlags::new(texts);
    // A surname that is also a place ("Ada Paris" ... "Paris said").
    let mut surnames = TextFlags::new(texts);
    // "the Church" after "Church of Scientology": a word of an
    // organisation's name, used alone.
    let mut organization_words = TextFlags::new(texts);
    // Acronyms introduced in brackets are names even if they spell a word
    // ("the World Health Organization (WHO)").
    let mut introduced = TextFlags::new(texts);
    // Names that employ or house people somewhere in the story.
    let mut employers = TextFlags::new(texts);
    let mut seen_as_person = TextFlags::new(texts);
    let mut seen_as_organization = TextFlags::new(texts);
    for m in mentions.iter() {
        let kind = m.kind();
        if kind == Some(EntityKind::Person) && !seen_as_person.get(m.text_id) {
            seen_as_person.set(m.text_id);
            for word in m.word_iter() {
                person_words.set_text(texts, word);
            }
            if m.has_several_words() {
                surnames.set_text(texts, m.last_word());
            }
        }
        if kind == Some(EntityKind::Organization)
            && m.text.contains(' ')
            && !seen_as_organization.get(m.text_id)
        {
            seen_as_organization.set(m.text_id);
            organization_words.set_text(texts, m.first_word());
            organization_words.set_text(texts, m.last_word());
        }
        if m.in_parens && is_acronym(m.text) && !terms.get(m.text_id) {
            introduced.set(m.text_id);
        }
        if m.member_of {
            employers.set(m.text_id);
        }
    }
    for m in mentions.iter_mut() {
        // "Chelsea" after "Chelsea Clinton": the person, not the club.
        if m.kind() == Some(EntityKind::Organization)
            && !m.has_several_words()
            && person_words.get(m.text_id)
            && organizations::is_known_organization(&[m.text])
        {
            m.cue = Cue::Strong(EntityKind::Person);
        }
        if m.place.is_some() && surnames.get(m.text_id) && m.before != Before::PlacePreposition {
            m.cue = Cue::Strong(EntityKind::Person);
            m.place = None;
        }
    }
    // How a lone unknown word is used across the story.
    #[derive(Default, Clone)]
    struct Uses {
        all: usize,
        inside_sentence: usize,
        after_place_preposition: usize,
        after_direction: usize,
        after_article: usize,
        after_the: usize,
    }
    let mut uses: Vec<Uses> = vec![Uses::default(); texts.count()];
    for m in mentions.iter().filter(|m| m.cue == Cue::None) {
        let u = &mut uses[m.text_id as usize];
        u.all += 1;
        u.inside_sentence += usize::from(!m.sentence_initial);
        u.after_place_preposition += usize::from(m.before == Before::PlacePreposition);
        u.after_direction += usize::from(m.before == Before::Directional);
        u.after_article += usize::from(m.before == Before::Article);
        u.after_the += usize::from(m.before == Before::The);
    }
    // The kind of a lone unknown word, or `None` to drop it: the same for
    // every mention of its text, so worked out once per text.
    let lone_word_kind = |text: &str, id: TextId| -> Option<EntityKind> {
        let used = &uses[id as usize];
        if REFERENCE_WORDS.contains(text) {
            // "Figure 3", "Wave 2": a pointer into the text, not a name.
            return None;
        }
        if used.after_article == used.all && !person_words.get(id) {
            // "a Roman emperor", "an Afghan official": a word describing
            // the noun after it, not a name, whatever it could spell.
            return None;
        }
        let kind = if terms.get(id) {
            EntityKind::Other
        } else if person_words.get(id) {
            EntityKind::Person
        } else if organization_words.get(id) {
            // "Tessa Holdings Inc ... Tessa fell": a word of an
            // organisation the story names in full, though a given name too.
            EntityKind::Organization
        } else if lexicon::is_common_given_name(text) && used.after_the < used.all {
            // ("the Maya", "the Jordan": a given name's spelling, but a
            // people, a river or a ship, every time it is used.)
            EntityKind::Person
        } else if introduced.get(id) || INSTITUTIONS.contains(text) || employers.get(id) {
            EntityKind::Organization
        } else if EVENTS.contains(text) {
            EntityKind::Other
        } else if is_acronym(text) {
            if with_lowercase(text, |lower| {
                lowercase_seen.contains(lower) || SENTENCE_WORDS.contains(lower)
            }) {
                return None;
            }
            if NOT_NAMES.contains(text) {
                EntityKind::Other
            } else {
                EntityKind::Organization
            }
        } else if used.inside_sentence == 0 {
            return None;
        } else if (used.after_place_preposition + directions(text, used.after_direction)) * 2
            >= used.all
            && used.after_place_preposition + directions(text, used.after_direction) > 0
        {
            // "born at Stridon", "travelled to Gaul", "a bus from Hadibo":
            // a word nothing else names, reached or left half the times
            // the story uses it, is somewhere.
            EntityKind::Place
        } else if !text.ends_with('s')
            && !lexicon::is_family_name(text)
            && with_lowercase(text, |lower| {
                lexicon::is_common_word(lower) && !common_shape(text, lower, lowercase_seen)
            })
        {
            // (A word the story also writes in lower case, or an adverb or
            // a participle, is dropped below.)
            // "the Gospel", "Petitioner argues": a common word with a
            // capital, however often the story uses it; Other, so that the
            // learned model may still find a person in it ("Joker said").
            // Plurals are left to the rules below: a team or a band goes
            // by one ("the Immortals").
            EntityKind::Other
        } else if used.all >= 2
            && text.ends_with('s')
            && !with_lowercase(text, |lower| lowercase_seen.contains(lower))
        {
            // "the Immortals beat the Wolves": a team or a band goes by a
            // plural. A lone unknown word in the singular, used again and
            // again, is as often a place ("Neiafu"), a person ("Spang") or
            // a work as a body: no kind is better than a wrong one.
            EntityKind::Organization
        } else if with_lowercase(text, |lower| common_shape(text, lower, lowercase_seen)) {
            // "Refusing", "Usually", "I'll": a common word with a capital.
            return None;
        } else {
            EntityKind::Other
        };
        Some(kind)
    };
    let mut decided: Vec<Option<Option<EntityKind>>> = vec![None; texts.count()];
    mentions.retain_mut(|m| {
        if m.cue != Cue::None {
            return true;
        }
        let kind =
            *decided[m.text_id as usize].get_or_insert_with(|| lone_word_kind(m.text, m.text_id));
        if let Some(kind) = kind {
            m.cue = Cue::Strong(kind);
        }
        kind.is_some()
    });
}

/// The definite articles of French, Spanish and Italian, which open the
/// names of places and rarely a person's ("Le Pen", "La Russa").
const ROMANCE_ARTICLES: &[&str] = &["La", "Le", "Les", "Las", "Los", "El", "Il"];

/// The last two words of every name of three words or more that opens
/// with them after a Romance article ("Marine Le Pen" -> "Le Pen").
fn tails_of_longer_names<'a>(mentions: &[Mention<'a>]) -> FastSet<&'a str> {
    let mut tails = FastSet::default();
    for m in mentions.iter().filter(|m| m.has_several_words()) {
        let mut spaces = m.text.rmatch_indices(' ');
        if let (Some(_), Some((second, _))) = (spaces.next(), spaces.next()) {
            let tail = &m.text[second + 1..];
            if ROMANCE_ARTICLES.iter().any(|a| tail.starts_with(a)) {
                tails.insert(tail);
            }
        }
    }
    tails
}

/// How many uses of a lone word follow a direction ("at", "from",
/// "through"), unless the word is a given name or a family name: "a letter
/// from Green" is from a person.
fn directions(text: &str, after_direction: usize) -> usize {
    if lexicon::is_given_name(text) || lexicon::is_family_name(text) {
        0
    } else {
        after_direction
    }
}

/// Whether `a` and `b` stand next to each other in a list: the same
/// paragraph, only a comma, "and" or ", and" between them.
pub(crate) fn listed_together(doc: &Document, a: &Mention<'_>, b: &Mention<'_>) -> bool {
    a.paragraph == b.paragraph
        && a.end() <= b.start()
        && matches!(
            doc.text(a.paragraph as usize)[a.end()..b.start()].trim(),
            "," | "and" | ", and"
        )
}

/// "Billy Andrade, Duffy Waldorf and Jesper Parnevik": an unknown two-
/// or three-word name in a list of names joined by commas and "and", in
/// which two other names are people, is one more person of the list. One
/// person beside it is not enough ("George Lucas and Star Wars"). Run once
/// every kind is known.
pub(crate) fn people_listed_with_people(
    mentions: &mut [Mention<'_>],
    doc: &Document,
    lowercase_seen: &WordSet,
) {
    let joined = |a: &Mention, b: &Mention| listed_together(doc, a, b);
    let is_person = |m: &Mention| m.kind() == Some(EntityKind::Person);
    let mut listed = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind() != Some(EntityKind::Other) || !m.has_several_words() {
            continue;
        }
        // The people listed right before it, then right after it.
        let mut people = 0;
        let mut k = i;
        while k > 0
            && people < 2
            && is_person(&mentions[k - 1])
            && joined(&mentions[k - 1], &mentions[k])
        {
            people += 1;
            k -= 1;
        }
        let mut k = i;
        while k + 1 < mentions.len()
            && people < 2
            && is_person(&mentions[k + 1])
            && joined(&mentions[k], &mentions[k + 1])
        {
            people += 1;
            k += 1;
        }
        if people >= 2 && name_shaped(&m.words(), lowercase_seen) {
            listed.push(i);
        }
    }
    for i in listed {
        mentions[i].cue = Cue::Strong(EntityKind::Person);
    }
}

/// "Old Lisbon", "Upper Silesia", "Greater Manila": a known place after
/// common words (the story's lowercase words, or words that name a part
/// of a place), so a part or quarter of it, not a person whose surname it
/// would be. A brand before a country is the company's branch there
/// ("Acme UK"), so the words before must be common ones.
fn ends_with_place(words: &[&str], lowercase_seen: &WordSet) -> bool {
    let gazetteer = gazetteer::get();
    (1..words.len()).any(|k| {
        gazetteer
            .longest_match(&words[k..])
            .is_some_and(|(len, _)| k + len == words.len())
            && words[..k].iter().all(|w| {
                PLACE_MODIFIERS.contains(w)
                    || with_lowercase(w, |lower| lowercase_seen.contains(lower))
            })
    })
}

/// Whether a lone capitalised word looks like a common word: used in
/// lowercase elsewhere, a contraction, or an -ing, -ly or -ed form.
fn common_shape(word: &str, lower: &str, lowercase_seen: &WordSet) -> bool {
    lowercase_seen.contains(lower)
        || word.contains(['\'', '’'])
        || (word.len() > 5 && ["ing", "ly", "ed"].iter().any(|s| word.ends_with(s)))
}

/// Unknown mentions take the kind their text has elsewhere in the story:
/// the kind most of its other mentions have (the first of `EntityKind`'s
/// order on a tie).
fn settle_by_text(mentions: &mut [Mention<'_>], texts: &Texts) {
    let mut votes: Vec<[usize; EntityKind::ALL.len()]> =
        vec![[0; EntityKind::ALL.len()]; texts.count()];
    for m in mentions.iter() {
        if let Cue::Strong(kind) = m.cue {
            votes[m.text_id as usize][kind as usize] += 1;
        }
    }
    for m in mentions.iter_mut() {
        if m.cue != Cue::None {
            continue;
        }
        let counts = &votes[m.text_id as usize];
        let mut best: Option<(EntityKind, usize)> = None;
        for kind in EntityKind::ALL {
            let n = counts[kind as usize];
            if n > 0 && best.is_none_or(|(_, most)| n > most) {
                best = Some((kind, n));
            }
        }
        if let Some((kind, _)) = best {
            m.cue = Cue::Strong(kind);
        }
    }
}
