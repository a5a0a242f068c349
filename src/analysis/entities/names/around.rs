//! What the words around a name say about it: a cue or a role before it,
//! a role after a comma, an employer's "a spokesman for" (or "analyst Ada
//! Lind at"), a label noun of a body ("news agency", "the Kestra group"),
//! words that put it on the map ("the town of", "east of"), initials in
//! brackets after it, a dateline's dash, a plural possessive inside it, a
//! sports club named after its town, a surname spelled like a title, a
//! road's number.

use super::Scanner;
use super::{MATCH_NOUNS, MATCH_VERBS, MEMBERSHIP_WORDS, ORGANIZATION_CUES, TEAM_WORDS};
use crate::analysis::EntityKind;
use crate::analysis::entities::Mention;
use crate::analysis::entities::PLACE_NOUNS;
use crate::analysis::entities::kinds;
use crate::analysis::entities::shapes::{has_possessive, with_lowercase};
use crate::analysis::entities::titles;
use crate::analysis::lexicon;
use crate::analysis::lexicon::fasthash::FastSet;
use crate::analysis::lexicon::gazetteer::{self, PlaceId};
use std::sync::LazyLock;

static COMPASS_WORDS: LazyLock<&'static [&'static str]> =
    LazyLock::new(|| lexicon::list("compass words"));
static STANDINGS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("standings before a club"));
static ROAD_WORDS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("road words"));
static ROLES_IN_A_BODY: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("roles in a body"));
static NUMBERED_DIVISIONS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("numbered divisions"));
static VENUE_PREPOSITIONS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("venue prepositions"));
static PLACE_NOUNS_AFTER_A_NAME: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("place nouns after a name"));

impl<'a> Scanner<'_, 'a> {
    /// Whether a cue word or a role (`has_role`: `role_before` found one)
    /// stands before the name at `[start, end)`. Not "by" before an
    /// owner: in "the plan by Acme's leather unit" the plan is the
    /// unit's, and Acme's kind is not told.
    pub(super) fn person_cue_before(&self, start: usize, end: usize, has_role: bool) -> bool {
        let before = match self.word(start.wrapping_sub(1)) {
            "," => start.saturating_sub(2),
            _ => start.wrapping_sub(1),
        };
        let owner_after_by = self.word(before) == "by" && has_possessive(self.words[end - 1]);
        start > 0 && ((titles::is_person_cue(self.word(before)) && !owner_after_by) || has_role)
    }

    /// A lowercase role right before the name ("special envoy"), as text.
    pub(super) fn role_before(&self, start: usize) -> Option<&'a str> {
        // "the team's coach, Ada Lind": a role, a comma, the name.
        let end = if self.word(start.wrapping_sub(1)) == "," {
            start - 1
        } else {
            start
        };
        let from = end.saturating_sub(2);
        let len = titles::role_before(&self.words[from..end])?;
        let tokens = &self.paragraph.tokens;
        Some(&self.paragraph.text[tokens[end - len].start()..tokens[end - 1].end()])
    }

    /// "a spokesman for X", "analysts at X", "shares of X": X employs,
    /// issues or houses people, so it is an organisation.
    pub(super) fn member_of(&self, start: usize) -> bool {
        start >= 2 && matches!(self.words[start - 1], "of" | "at" | "for") && {
            with_lowercase(self.words[start - 2], |noun| {
                MEMBERSHIP_WORDS.contains(noun) || titles::role_before(&[noun]).is_some()
            })
        }
    }

    /// Whether the place at `[start, end)` names a sports club: "Leeds
    /// striker", "Ohio coach", "Leeds beat Everton", "to beat Leeds", "drew
    /// with Leeds", "winners over Leeds". Not
    /// a country: a national side is written as the country.
    pub(super) fn team_named_after(&self, start: usize, end: usize, place: PlaceId) -> bool {
        if gazetteer::get().is_country(place) {
            return false;
        }
        let after = self.word(end);
        // A name's word, not a sentence's first common word ("Storms").
        let capitalised = |i: usize| {
            self.word(i).starts_with(char::is_uppercase)
                && !(self.sentence_start[i]
                    && with_lowercase(self.words[i], lexicon::is_common_word))
        };
        let before = start.checked_sub(1).map_or("", |i| self.words[i]);
        // "Leeds's Dutch striker": a nationality may come between.
        let team_word_after = TEAM_WORDS.contains(after)
            || (gazetteer::get().is_demonym(after) && TEAM_WORDS.contains(self.word(end + 1)));
        // "to beat Leeds", "who edged Leeds": a contest's verb before the
        // place, whoever its subject; not "hammered", "thrashed" or
        // "routed", which storms and troops do to places too.
        let beaten = MATCH_VERBS.contains(before)
            && ((start >= 2 && capitalised(start - 2))
                || !matches!(before, "hammered" | "thrashed" | "routed"));
        // "champions Bath", "title rivals Kent": what a club is in a table.
        let standing = STANDINGS.contains(before);
        team_word_after
            || self.end_of_a_move(start, end)
            || (MATCH_VERBS.contains(after) && capitalised(end + 1))
            || beaten
            || standing
            || (before == "with"
                && start >= 3
                && self.word(start - 2) == "drew"
                && capitalised(start - 3))
            || (matches!(before, "against" | "over" | "to" | "by")
                && start >= 2
                && MATCH_NOUNS.contains(self.words[start - 2]))
    }

    /// "shoe giant Ravello", "state news agency Tavnik": a noun naming a
    /// kind of body, right before the name `words` at `[start, end)`. After
    /// a determiner the noun may open a relative clause instead ("the firm
    /// Ada Lind founded"), so there a reporting verb or a stop must follow.
    /// A name that opens with a given name is left to the person rules.
    /// The noun may also follow the name: "the Dziennik Polny newspaper",
    /// "the Kestra group".
    pub(super) fn organization_cue_around(&self, words: &[&str], start: usize, end: usize) -> bool {
        if words.len() > 1 && lexicon::is_given_name(words[0]) {
            return false;
        }
        // Not an owner's: "North Oakland's group of cafés".
        if ORGANIZATION_CUES.contains(self.word(end)) && !has_possessive(self.words[end - 1]) {
            return true;
        }
        // "Dziennik Polny daily said": a paper, named before what it is
        // (before a name, "weekly" is only a word of how often).
        if matches!(self.word(end), "daily" | "weekly")
            && (lexicon::is_reporting_verb(self.word(end + 1))
                || matches!(self.word(end + 1), "," | "." | ";" | ")" | ""))
        {
            return true;
        }
        if start == 0 || !ORGANIZATION_CUES.contains(self.words[start - 1]) {
            return false;
        }
        let determiner = start >= 2
            && with_lowercase(self.words[start - 2], |word| {
                matches!(
                    word,
                    "the" | "a" | "an" | "this" | "that" | "its" | "his" | "her" | "their" | "our"
                )
            });
        let after = self.word(end);
        !determiner
            || lexicon::is_reporting_verb(after)
            || matches!(after, "," | "." | ";" | ":" | ")" | "")
    }

    /// "Tarvel economist Ada Lind", "Kessmann chief executive Tom Berg": a
    /// name (not an adjective, a nationality or a party word) before a
    /// role held in a body, then the holder's name: the employer.
    pub(super) fn employer_before_role(&self, words: &[&str], end: usize) -> bool {
        let role = |i: usize| ROLES_IN_A_BODY.contains(self.word(i));
        if !role(end) {
            return false;
        }
        let holder = if role(end + 1) { end + 2 } else { end + 1 };
        let last = words.last().copied().unwrap_or("");
        self.name_word(holder)
            && !has_possessive(last)
            && !adjective_shaped(last)
            && !kinds::is_group_word(last)
    }

    /// "the town of Varkadon", "12 km east of Varkadon", "Varkadon, a
    /// mining village", "Varkadon province": words around the unknown name at `[start, end)`
    /// that put it on the map. Not an owner ("east of Lind's farm").
    pub(super) fn place_cue_around(&self, start: usize, end: usize) -> bool {
        if has_possessive(self.words[end - 1]) {
            return false;
        }
        let of_place = start >= 2 && self.words[start - 1] == "of" && {
            let noun = self.words[start - 2];
            PLACE_NOUNS.contains(noun)
                || COMPASS_WORDS
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(noun) && *c != "Central")
        };
        // "Varkadon province", "Osk airport": the noun the name is of; not
        // an adjective ("Huge stadium lights", "a Siberian town").
        let noun_follows = PLACE_NOUNS_AFTER_A_NAME.contains(self.word(end))
            && !(end == start + 1 && adjective_shaped(self.words[start]));
        of_place || noun_follows || self.place_noun_after(end) || self.venue_named_after(start, end)
    }

    /// "at the Santiago Bernabeu", "taken to the John Radcliffe": a name
    /// shaped like a person's after "the" and a preposition of place is a
    /// venue named after someone; English puts no "the" before a person's
    /// bare name. Not a name that describes the noun after it ("at the
    /// Ada Lind memorial"), nor an owner ("at the Ada Lind's").
    fn venue_named_after(&self, start: usize, end: usize) -> bool {
        start >= 2
            && self.words[start - 1] == "the"
            && VENUE_PREPOSITIONS.contains(self.words[start - 2])
            && end - start >= 2
            && lexicon::is_given_name(self.words[start])
            && ends_a_phrase(self.word(end))
    }

    /// ", a mining village", ", the main town on the island": a place
    /// noun, after a determiner and at most two describing words, after a
    /// comma that follows the name.
    fn place_noun_after(&self, end: usize) -> bool {
        if self.word(end) != "," || !matches!(self.word(end + 1), "a" | "an" | "the") {
            return false;
        }
        (end + 2..end + 5)
            .take_while(|&k| self.word(k).starts_with(char::is_lowercase))
            .any(|k| {
                // The noun heads the phrase: "a city councillor" is no city.
                PLACE_NOUNS.contains(self.word(k))
                    && matches!(
                        self.word(k + 1),
                        "," | "."
                            | ";"
                            | ":"
                            | ")"
                            | ""
                            | "of"
                            | "in"
                            | "on"
                            | "near"
                            | "where"
                            | "that"
                            | "which"
                            | "with"
                            | "about"
                            | "some"
                            | "known"
                    )
            })
    }

    /// "..., a spokesman for", ", undersecretary to": a role after a comma.
    pub(super) fn role_after(&self, end: usize) -> bool {
        if self.word(end) != "," {
            return false;
        }
        let mut k = end + 1;
        while matches!(
            self.word(k),
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "former"
        ) {
            k += 1;
        }
        // The role may follow a word or two that describe it: "the elected
        // chair of", "a senior government official".
        for k in k..k + 3 {
            let next = [self.word(k), self.word(k + 1)];
            if titles::role_before(&next[..1]).is_some() || titles::role_before(&next).is_some() {
                return true;
            }
            if !next[0].starts_with(|c: char| c.is_lowercase()) {
                return false;
            }
        }
        false
    }

    /// Whether "(XYZ)" follows token `end`, spelling the initials of the
    /// capitalised `words` of the name.
    pub(super) fn initials_follow(&self, words: &[&str], end: usize) -> bool {
        if self.word(end) != "(" || self.word(end + 2) != ")" {
            return false;
        }
        let initials = words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter_map(|w| w.chars().next());
        words.len() >= 2 && initials.eq(self.word(end + 1).chars())
    }

    /// "Interstate 95", "Highway 401", "State Route 9", "Ward 12": the run
    /// `[start, end)` ends in a road word or a division of a city and a
    /// number follows; the end of the place's name, past the number.
    pub(super) fn road_number_after(&self, start: usize, end: usize) -> Option<usize> {
        let number = self.word(end);
        let is_number =
            !number.is_empty() && number.len() <= 4 && number.bytes().all(|b| b.is_ascii_digit());
        let numbered = |word: &str| ROAD_WORDS.contains(word) || NUMBERED_DIVISIONS.contains(word);
        (end > start && is_number && numbered(self.words[end - 1])).then_some(end + 1)
    }

    /// Whether the word before token `end` opens the paragraph as a
    /// dateline does: a dash after it, or a comma and a known place ("SPLIT,
    /// Croatia -").
    pub(super) fn opens_dateline(&self, end: usize) -> bool {
        const DASHES: &[&str] = &["-", "–", "—", "--"];
        let after = self.word(end);
        DASHES.contains(&after)
            || (after == ","
                && gazetteer::get()
                    .longest_match(&[self.word(end + 1)])
                    .is_some()
                && DASHES.contains(&self.word(end + 2)))
    }

    /// Whether the apostrophe at token `j` makes a plural possessive inside
    /// a name: "the Growers’ Cooperative", "the Commuters' Association",
    /// the mark written right after an -s word, a run with a head after.
    pub(super) fn plural_possessive_in_name(&self, j: usize) -> bool {
        let tokens = &self.paragraph.tokens;
        if !matches!(self.word(j), "’" | "'")
            || j == 0
            || !self.words[j - 1].ends_with('s')
            || tokens[j].start() != tokens[j - 1].end()
        {
            return false;
        }
        let rest = self.run_end_plain(j + 1);
        rest > j + 1 && kinds::is_head(self.words[rest - 1])
    }
}

/// Whether a person named earlier in the story (in full: two words or
/// more) has `word` as their surname. Looks back a bounded number of
/// names, so a page of titles costs no more than a page of words.
pub(super) fn surname_of_someone_named(earlier: &[Mention<'_>], word: &str) -> bool {
    earlier.iter().rev().take(256).any(|m| {
        m.has_several_words() && m.kind() == Some(EntityKind::Person) && m.last_word() == word
    })
}

/// "analyst Ada Lind at Kestra", "Ada Lind, a lawyer at Kestra": the name
/// follows "at" right after a person named with a role, so it is where
/// they work. `previous` is the mention found before `name`.
pub(super) fn works_at(
    previous: Option<&Mention<'_>>,
    name: &Mention<'_>,
    word_before: &str,
) -> bool {
    word_before == "at"
        && previous.is_some_and(|p| {
            p.paragraph == name.paragraph
                && p.tokens.end + 1 == name.tokens.start
                && p.title.is_some()
                && p.kind() == Some(EntityKind::Person)
        })
}

/// Whether a capitalised word reads as an adjective before a noun: a
/// common English word ("Huge") or one shaped as a people's ("Siberian",
/// "Javanese", "Kurdish").
/// Whether `word`, after a name, ends the name's phrase: punctuation, a
/// capitalised word, a preposition, "and", "was", "which": not a noun the
/// name describes ("the Ada Lind rally").
fn ends_a_phrase(word: &str) -> bool {
    use crate::analysis::lexicon::words::{class, classify};
    !word.starts_with(char::is_lowercase)
        || classify(word) & (class::PREPOSITION | class::BE | class::BREAK | class::RELATIVE) != 0
}

fn adjective_shaped(word: &str) -> bool {
    with_lowercase(word, lexicon::is_common_word)
        || ["ian", "ean", "ese", "ish"]
            .iter()
            .any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}
