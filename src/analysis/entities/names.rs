//! Finding names: runs of capitalised words (with "of", "for the", "and"
//! inside organisation and place names, and name particles like "de" or
//! "bin"), cut at titles, stripped of a leading "the", nationality words
//! and sentence-initial common words, and split where a gazetteer place
//! opens a longer run ("United States Ambassador ...").

use super::shapes::{
    HONOURS_AFTER_A_NAME, NAME_PARTICLES, compound_adjective, dateline_place, has_possessive,
    is_acronym, is_capitalised, modifier_compound, with_lowercase, without_possessive,
};
use crate::analysis::lexicon::fasthash::FastSet;

mod around;
mod bodies;
mod common;
mod described;
mod firms;
mod push;
mod titled;
use super::joined_places::places_with_small_words;
use super::kinds;
use super::wordset::WordSet;
use super::{Cue, Mention};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::{self, gazetteer, organizations};
use crate::analysis::segment::Paragraph;
use around::surname_of_someone_named;
use bodies::is_corporate_suffix;
use std::borrow::Cow;
use std::sync::LazyLock;

static PLACE_HEADS_BEFORE_NAME: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("place heads before a name"));
static MEMBERSHIP_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("membership words"));
static SENTENCE_WORD_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("sentence words"));
static TEAM_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("team words"));
static CLUB_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("club words"));
static MATCH_VERBS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("match verbs"));
static MATCH_NOUNS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("match nouns"));
static ORGANIZATION_CUES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("organization cues"));

/// How far a look-ahead for a head word goes, in tokens.
const LOOK_AHEAD: usize = 8;

/// Whether a capitalised word at a sentence's start is a common word.
fn is_sentence_word(word: &str, lowercase_seen: &WordSet) -> bool {
    with_lowercase(word, |lower| {
        SENTENCE_WORD_SET.contains(lower) || lowercase_seen.contains(lower)
    })
}

/// One paragraph's names, appended to `out` in story order.
pub struct Scanner<'p, 'a> {
    pub paragraph: &'p Paragraph<'a>,
    pub words: &'p [&'a str],
    pub in_date: &'p [bool],
    pub sentence_start: &'p [bool],
    /// `is_capitalised` of every word, computed once.
    pub capitalised: &'p [bool],
    pub lowercase_seen: &'p WordSet<'a>,
}

impl<'a> Scanner<'_, 'a> {
    fn word(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn name_word(&self, i: usize) -> bool {
        i < self.words.len()
            && !self.in_date[i]
            && self.capitalised[i]
            && self.word(i + 1) != "$" // "US$ 20,000", "NZ $ 26 million": a currency
            && !(self.word(i + 1) == ":" && is_sentence_word(self.words[i], self.lowercase_seen))
    }

    pub fn scan(&self, out: &mut Vec<Mention<'a>>) {
        let first_of_paragraph = out.len();
        let mut i = 0;
        while i < self.words.len() {
            if !self.name_word(i) {
                i += 1;
                continue;
            }
            if self.common_word_at(i) {
                i += 1;
                continue;
            }
            if let Some(mut title_len) = self.title_at(i) {
                title_len = self.with_portfolio(i, title_len);
                let name_end = self.run_end(i + title_len);
                if name_end == i + title_len {
                    if title_len == 1 && surname_of_someone_named(out, self.words[i]) {
                        // "Ada Jean King ... King said": her surname.
                        let cue = Cue::Strong(EntityKind::Person);
                        self.push(i, i + 1, cue, None, None, out);
                    }
                    i += title_len; // a title alone names nobody
                    continue;
                }
                let absorbed = kinds::kind_from_words(&self.words[i..name_end]).is_some()
                    && !self.words[i..i + title_len]
                        .iter()
                        .any(|w| w.ends_with('.'));
                if !absorbed && has_possessive(self.words[i + title_len - 1]) {
                    // "Prime Minister's Questions": the title's, not a name.
                    i = name_end;
                    continue;
                }
                if !absorbed {
                    let title = self.title_text(i, title_len);
                    self.emit(i + title_len, name_end, Some(title), out);
                    i = name_end;
                    continue;
                }
                // "Justice Department", "General Assembly": the title word is
                // part of an organisation's name, joined to a run just before.
                let mut start = i;
                // Not after an owner: "Trump's Justice Department".
                if let Some(last) = out[first_of_paragraph..].last()
                    && last.tokens.end as usize == i
                    && !has_possessive(self.words[i - 1])
                {
                    start = last.tokens.start as usize;
                    out.pop();
                }
                self.emit(start, name_end, None, out);
                i = name_end;
                continue;
            }
            let end = self.run_end(i);
            if end == i + 1
                && with_lowercase(self.words[i], lexicon::is_common_word)
                && self.person_with_title_at(end)
            {
                // "Agriculture Secretary Ada Lind": the portfolio of the
                // title after it, not a name.
                i = end;
                continue;
            }
            if let Some(road_end) = self.road_number_after(i, end) {
                // "Interstate 95": a road, numbered.
                let cue = Cue::Strong(EntityKind::Place);
                self.push(i, road_end, cue, None, None, out);
                i = road_end;
                continue;
            }
            self.emit(i, end, None, out);
            i = end.max(i + 1);
        }
    }

    /// The end (exclusive) of the run of name words starting at `i`.
    fn run_end(&self, i: usize) -> usize {
        let mut j = i + places_with_small_words(&self.words[i..], self.capitalised.get(i..));
        let mut opened_of = false;
        while self.name_word(j) {
            // A title cuts the run ("U.S. President Ada Lind"), but not
            // inside an "of" phrase ("European Court of Justice").
            if j > i
                && !matches!(self.words[j - 1], "of" | "for" | "the")
                && self.title_at(j).is_some()
                && !self.title_is_surname(i, j)
            {
                break;
            }
            if has_possessive(self.words[j]) {
                // "New People's Party" goes on; "Trump's policies" stops.
                let rest = self.run_end_plain(j + 1);
                let owner: Vec<&str> = self.words[i..=j]
                    .iter()
                    .map(|w| without_possessive(w))
                    .collect();
                let owner_is_place = gazetteer::get()
                    .longest_match(&owner)
                    .is_some_and(|(len, _)| len == owner.len());
                // "Macy's Inc": a one-word owner opens a firm's name.
                let firm = rest > j + 1 && is_corporate_suffix(self.words[rest - 1]);
                if (j > i || firm)
                    && !owner_is_place
                    && rest > j
                    && kinds::is_head(self.words[rest - 1])
                {
                    j = rest;
                    continue;
                }
                return j + 1;
            }
            if modifier_compound(self.words[j]).is_some() {
                // "Hong Kong-based Acme": the name ends inside this word.
                return j + 1;
            }
            j += 1;
            let word = self.word(j);
            let next = j + 1;
            if matches!(word, "of" | "for" | "on")
                && (opened_of || kinds::opens_of_phrase(self.words[j - 1]))
            {
                let skip_the = self.word(next) == "the";
                let name_at = if skip_the { next + 1 } else { next };
                // "University of Sheffield", but not "Colorado State
                // University of the US": a complete name stops at a place.
                let place_after = gazetteer::get()
                    .longest_match(&self.words[name_at.min(self.words.len())..])
                    .is_some();
                if self.name_word(name_at) && !(skip_the && j - i >= 2 && place_after) {
                    opened_of = true;
                    j = name_at;
                }
            } else {
                let joins = (word == "and" && opened_of && !self.complete_name_at(next))
                    || (word == "and"
                        && (j == i + 1 || self.place_before(i, j - 1))
                        && self.one_word_joins_body(j - 1, next))
                    || (word == "and"
                        && organizations::is_known_organization(
                            &self.words[i..self.run_end_plain(next)],
                        ))
                    || word == "&"
                    || (word == "in" && self.body_goes_on_through_in(i, j))
                    || (NAME_PARTICLES.contains(word) && !self.sentence_start[j])
                    || self.plural_possessive_in_name(j);
                if joins && self.name_word(next) {
                    j = next;
                } else if NAME_PARTICLES.contains(word)
                    && NAME_PARTICLES.contains(self.word(next))
                    && !self.sentence_start[j]
                    && self.name_word(next + 1)
                {
                    // "Ursula von der Leyen", "Robin van den Berg".
                    j = next + 1;
                }
            }
        }
        j
    }

    /// A run with no connectors or possessives, for look-ahead.
    fn run_end_plain(&self, i: usize) -> usize {
        // Bounded: a look-ahead never walks a whole capitalised page.
        let limit = i + LOOK_AHEAD;
        let mut j = i;
        while j < limit && self.name_word(j) && !has_possessive(self.words[j]) {
            j += 1;
        }
        j
    }

    /// Turn the run `[start, end)` into mentions: the leading "The" and
    /// nationality words go, a place opening a longer run is split off.
    fn emit(
        &self,
        mut start: usize,
        mut end: usize,
        title: Option<&'a str>,
        out: &mut Vec<Mention<'a>>,
    ) {
        while end > start && matches!(self.words[end - 1], "of" | "for" | "on" | "and" | "the") {
            end -= 1;
        }
        if let Some(name_len) = modifier_compound(self.words[end - 1]) {
            return self.emit_modifier(start, end, name_len, out);
        }
        // "Ada Lind DBE RA": a full name, then her honours.
        while end - start >= 3 && HONOURS_AFTER_A_NAME.contains(self.words[end - 1]) {
            end -= 1;
        }
        while start < end
            && (matches!(self.words[start], "The" | "A" | "An")
                || (end - start >= 3 && compound_adjective(self.words[start]))
                // "Ex-Yankee Ada Lind": what she was, not her name.
                || (end - start >= 2 && self.words[start].starts_with("Ex-")))
        {
            start += 1;
        }
        if start >= end {
            return;
        }
        // The run's words, the last without a possessive: borrowed as they
        // are unless that ending must go.
        let last = without_possessive(self.words[end - 1]);
        let words: Cow<[&str]> = if last.len() == self.words[end - 1].len() {
            Cow::Borrowed(&self.words[start..end])
        } else {
            let mut owned = self.words[start..end].to_vec();
            owned[end - start - 1] = last;
            Cow::Owned(owned)
        };
        if organizations::is_known_organization(&words) {
            // "Goldman Sachs", "Reuters", "Environment Canada": known,
            // whatever their words look like.
            return self.push(
                start,
                end,
                Cue::Strong(EntityKind::Organization),
                None,
                None,
                out,
            );
        }
        if let Some(common) = Self::common_words_before_known_organization(&words) {
            return self.emit(start + common, end, title, out);
        }
        if let Some(len) = self.known_organization_before_product(&words) {
            // "Google Chrome", "Mozilla Firefox": the maker, then what it makes.
            self.push(
                start,
                start + len,
                Cue::Strong(EntityKind::Organization),
                None,
                None,
                out,
            );
            return self.emit(start + len, end, title, out);
        }
        let gazetteer = gazetteer::get();
        let place_prefix = gazetteer.longest_match(&words);
        let head_kind = kinds::kind_from_words(&words);
        let rest_is_place = || {
            gazetteer
                .longest_match(&words[1..])
                .is_some_and(|(len, _)| len == words.len() - 1)
        };
        if words.iter().all(|w| w.chars().all(char::is_uppercase))
            && let Some(place) = dateline_place(&words)
        {
            // "OSLO — ...", "NEW DELHI (AP)": a dateline in capitals.
            return self.push_place(start, end, place, out);
        }
        if lexicon::is_market_index(&words) {
            // "the Dow Jones", "Nikkei": an index, though shaped as a name.
            return self.push(start, end, Cue::Strong(EntityKind::Other), None, None, out);
        }
        if let Some((len, place)) = place_prefix
            && len < words.len()
            && !gazetteer.is_country(place)
            && lexicon::is_club_nickname(&words[len..])
        {
            // "the Tulsa Indians", "Boston Red Sox", "Colorado Rockies": a
            // town, then a major-league club's nickname, whatever the
            // nickname's words are on their own.
            let cue = Cue::Strong(EntityKind::Organization);
            return self.push(start, end, cue, None, None, out);
        }
        if words.len() >= 3
            && gazetteer.is_demonym(words[0])
            && lexicon::is_given_name(words[1])
            && !lexicon::is_given_name(words[0])
            && !kinds::is_group_word(words[words.len() - 1])
        {
            // "Canadian Tomas Hill": a nationality, then a person, even
            // if the surname heads places.
            let cue = Cue::Strong(EntityKind::Person);
            return self.push(start + 1, end, cue, title, None, out);
        }
        if place_prefix.is_none()
            && kinds::is_group_word(words[0])
            && (head_kind.is_none() || rest_is_place())
        {
            // "Russian" alone, "Afghan" before a name, "Jewish" before
            // "West Bank".
            return self.emit(start + 1, end, title, out);
        }
        if head_kind.is_none()
            && place_prefix.is_none()
            && words.len() == 2
            && kinds::is_group_word(words[1])
        {
            // "Roman Catholic", "Greek Orthodox", "Shia Muslims": a faith
            // or a people, qualified; no one's name.
            return;
        }
        if let Some((len, place)) = place_prefix
            && len + 1 == words.len()
            && kinds::is_group_word(words[len])
        {
            // "the Oregon Democrat": a place, then what the person is.
            return self.push_place(start, start + len, place, out);
        }
        if let (Some(EntityKind::Organization), Some((1, place))) = (head_kind, place_prefix)
            && words.len() > 2
            && (words[0].contains('.') || is_acronym(words[0]))
        {
            // "US State Department": the country, then the organisation.
            self.push_place(start, start + 1, place, out);
            return self.emit(start + 1, end, title, out);
        }
        if let Some((len, place)) = place_prefix
            && len == words.len()
            && head_kind.is_some()
        {
            // "West Bank", "Soviet Union": a place the gazetteer knows by
            // its whole name, though its last word heads other names.
            return self.push_place(start, end, place, out);
        }
        if let Some(k) = (1..words.len().saturating_sub(1)).find(|&k| {
            let rest = &words[k + 1..];
            kinds::is_head(words[k])
                && (lexicon::is_given_name(rest[0])
                    || ((2..=3).contains(&rest.len())
                        && rest.iter().all(|w| is_capitalised(w))
                        && kinds::kind_from_words(rest).is_none()))
        }) {
            // "Refugee Council Enver Solomon": an organisation, then a person.
            self.emit(start, start + k + 1, None, out);
            return self.emit(start + k + 1, end, title, out);
        }
        if head_kind == Some(EntityKind::Organization) && self.speaker_ends_body(&words, end) {
            // "University of Texas Arlington Amneh Jafari said": the
            // body, then the person who speaks for it.
            let split = end - 2;
            self.emit(start, split, None, out);
            return self.emit(split, end, title, out);
        }
        if let Some(kind) = head_kind {
            // "the Disaster Response Coordination Centre (DRCC)": a venue
            // word, but a body that goes by its initials.
            let kind = if kind == EntityKind::Place && self.initials_follow(&words, end) {
                EntityKind::Organization
            } else {
                kind
            };
            return self.push(start, end, Cue::Strong(kind), None, None, out);
        }
        if words[..words.len() - 1]
            .iter()
            .take(2)
            .any(|w| PLACE_HEADS_BEFORE_NAME.contains(w))
        {
            return self.push(start, end, Cue::Strong(EntityKind::Place), None, None, out);
        }
        if self.club_or_firm(&words, end, place_prefix) {
            let cue = Cue::Strong(EntityKind::Organization);
            return self.push(start, end, cue, None, None, out);
        }
        if let Some((len, place)) = place_prefix {
            if len == words.len() {
                return self.push_place(start, end, place, out);
            }
            let opener = &words[..len];
            let splits = len > 1
                || opener[0].contains('.')
                || is_acronym(opener[0])
                || self.sentence_start[start];
            if splits {
                self.push_place(start, start + len, place, out);
                return self.emit(start + len, end, title, out);
            }
        }
        if words.len() == 1 && start == 0 && is_acronym(words[0]) && self.opens_dateline(end) {
            // "POKHARA, Nepal - ...": a town the gazetteer does not know.
            return self.push(start, end, Cue::Strong(EntityKind::Place), None, None, out);
        }
        // Looked up once: both the cue and the recorded role need it.
        let role = if title.is_none() {
            self.role_before(start)
        } else {
            None
        };
        // "financed by BRK": initials are a body's, whatever cue is before.
        let initials = words.len() == 1 && is_acronym(words[0]);
        let cue = if title.is_none()
            && (self.speaks_of_its_own(&words, end) || self.employer_before_role(&words, end))
        {
            // "state engineer Tarvel said its profit rose", "denied by
            // Tarvel analyst Ada Lind": a firm, whatever stands before it.
            Cue::Strong(EntityKind::Organization)
        } else if title.is_some()
            || (!initials && self.person_cue_before(start, end, role.is_some()))
        {
            Cue::Strong(EntityKind::Person)
        } else if self.organization_cue_around(&words, start, end)
            || self.body_in_spelled_by_initials(&words, end)
            || self.firm_cue_around(&words, start, end)
        {
            Cue::Strong(EntityKind::Organization)
        } else if self.place_cue_around(start, end) {
            Cue::Strong(EntityKind::Place)
        } else {
            Cue::None
        };
        self.push(start, end, cue, title.or(role), None, out);
    }
}
