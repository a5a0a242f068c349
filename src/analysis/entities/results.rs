//! Stories of results: a match report names its clubs by their towns and
//! by short names nobody lists ("Kestra need another 120 runs", "a narrow
//! win for Varna"). A reader who knows the story is about matches reads
//! every such town, and every unknown one-word name, as a club. A story
//! is one of results when two towns or regions already play in it (see
//! [`super::clubs`]) or when its lower-case words speak of matches
//! ("wickets", "striker", "halftime").

use super::clubs::{club_named_after_place, could_be_club, make_club};
use super::texts::{TextFlags, Texts};
use super::wordset::WordSet;
use super::{Before, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{self, fasthash::FastSet};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

static VERBS_OF_PLACES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("verbs done to places"));
static RESULTS_WORDS: LazyLock<&'static [&'static str]> =
    LazyLock::new(|| lexicon::list("words of match reports"));

/// How many towns must play, or how many words of matches must be seen,
/// before the story reads as one of results.
const CLUBS_IN_A_STORY_OF_RESULTS: usize = 2;
const WORDS_IN_A_STORY_OF_RESULTS: usize = 3;

/// How a story shows it reports matches: towns already play in it (see
/// [`super::clubs`]), or its lower-case words speak of matches.
struct Results {
    towns_play: bool,
    words_of_matches: bool,
}

fn story_of_results(mentions: &[Mention<'_>], texts: &Texts, lowercase_seen: &WordSet) -> Results {
    let mut clubs = TextFlags::new(texts);
    let mut count = 0;
    for m in mentions.iter().filter(|m| club_named_after_place(m)) {
        if !clubs.get(m.text_id) {
            clubs.set(m.text_id);
            count += 1;
        }
    }
    Results {
        towns_play: count >= CLUBS_IN_A_STORY_OF_RESULTS,
        words_of_matches: speaks_of_matches(lowercase_seen),
    }
}

/// Whether the story's lower-case words speak of matches: a few words
/// that mostly occur in match reports ("wickets", "striker", "halftime").
fn speaks_of_matches(lowercase_seen: &WordSet) -> bool {
    RESULTS_WORDS
        .iter()
        .filter(|w| lowercase_seen.contains(w))
        .take(WORDS_IN_A_STORY_OF_RESULTS)
        .count()
        >= WORDS_IN_A_STORY_OF_RESULTS
}

/// Where towns already play, towns and regions not put on the map are
/// clubs; in any story of results, so are one-word names nothing else
/// explains.
pub(crate) fn clubs_of_a_story_of_results(
    mentions: &mut [Mention<'_>],
    texts: &Texts,
    doc: &Document,
    lowercase_seen: &WordSet,
) {
    let results = story_of_results(mentions, texts, lowercase_seen);
    if !results.towns_play && !results.words_of_matches {
        return;
    }
    for m in mentions.iter_mut() {
        let town = results.towns_play
            && could_be_club(m)
            && m.before != Before::Directional
            && !put_on_the_map(m, doc);
        if town || unexplained_short_name(m, doc) {
            make_club(m);
        }
    }
}

/// Whether words before the town put it on the map: "of" ("Kestra of
/// Varna"), a compass word ("north Varna"), or a verb of what storms,
/// wars and travellers do to places ("the rain flooded Varna").
fn put_on_the_map(m: &Mention<'_>, doc: &Document) -> bool {
    let before = doc.text(m.paragraph as usize)[..m.start()]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    matches!(
        before,
        "of" | "north" | "south" | "east" | "west" | "central"
    ) || VERBS_OF_PLACES.contains(before)
}

/// A one-word name of no kind the story settled: not after "the" (a
/// people, a feature: "the Alpine part-timers"), not joined by hyphens
/// (a person's "Inzamam-ul-Haq"), not before a number (an event's
/// "Euro 96").
fn unexplained_short_name(m: &Mention<'_>, doc: &Document) -> bool {
    m.kind() == Some(EntityKind::Other)
        && !m.has_several_words()
        && m.before != Before::The
        && !m.text.contains('-')
        && !doc.text(m.paragraph as usize)[m.end()..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
}
