//! Names an organisation's shape gives away: a firm's ampersand, a
//! club's town and nickname, a body of "X and Y Commission", a maker before
//! its product, a body followed by the person who speaks for it, a known
//! body after a common word that a Title Case line capitalised.

use super::{CLUB_WORDS, Scanner};
use crate::analysis::EntityKind;
use crate::analysis::entities::kinds;
use crate::analysis::entities::shapes::{is_acronym, is_capitalised, with_lowercase};
use crate::analysis::lexicon::fasthash::FastSet;
use crate::analysis::lexicon::{self, gazetteer, organizations};
use std::sync::LazyLock;

/// Initials of clubs' legal forms ("FC", "SK").
static CLUB_FORMS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| lexicon::set("club forms"));

impl Scanner<'_, '_> {
    /// Whether an "X of Y" body's run ends in two name words and a
    /// reporting verb: a person named after the body they speak for.
    pub(super) fn speaker_ends_body(&self, words: &[&str], end: usize) -> bool {
        let n = words.len();
        n >= 5
            && words[..n - 2].iter().any(|w| matches!(*w, "of" | "for"))
            && lexicon::is_reporting_verb(self.word(end))
            && words[n - 2..].iter().all(|w| {
                is_capitalised(w)
                    && !is_acronym(w)
                    && !kinds::is_head(w)
                    && gazetteer::get().longest_match(&[w]).is_none()
            })
            && kinds::kind_from_words(&words[..n - 2]) == Some(EntityKind::Organization)
    }

    /// The length of a known organisation opening a longer run of one or
    /// two more capitalised words that name no body or place of their own
    /// ("Google Chrome"); not when the organisation's name is also a given
    /// name ("Chelsea Clinton").
    pub(super) fn known_organization_before_product(&self, words: &[&str]) -> Option<usize> {
        let n = words.len();
        (1..n)
            .rev()
            .filter(|&len| n - len <= 2)
            .find(|&len| organizations::is_known_organization(&words[..len]))
            .filter(|&len| {
                let rest = &words[len..];
                !lexicon::is_given_name(words[0])
                    && rest.iter().all(|w| is_capitalised(w) && !kinds::is_head(w))
                    && kinds::kind_from_words(words).is_none()
                    && gazetteer::get().longest_match(rest).is_none()
            })
    }

    /// How many common words open a run that ends in a known organisation
    /// ("to Fight Airbnb" in a Title Case headline, "Boycott Reuters"):
    /// one or two words, each a common English word and no name, none
    /// shaped as an adjective, which may be the body's own first word
    /// ("International Red Cross", "Northern Rail").
    pub(super) fn common_words_before_known_organization(words: &[&str]) -> Option<usize> {
        const ADJECTIVE_ENDINGS: [&str; 8] = ["al", "an", "ic", "ish", "ese", "ern", "ed", "ive"];
        (1..words.len().min(3))
            .find(|&k| organizations::is_known_organization(&words[k..]))
            .filter(|&k| {
                // "Green Bay Packers": a town, then its club.
                gazetteer::get().longest_match(&words[..k]).is_none()
                    && words[..k].iter().all(|w| {
                        with_lowercase(w, lexicon::is_common_word)
                            && !ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
                            && !lexicon::is_given_name(w)
                            && !lexicon::is_family_name(w)
                            && !gazetteer::get().is_demonym(w)
                            && gazetteer::get().longest_match(&[w]).is_none()
                    })
            })
    }

    /// Names shaped as a firm's or a club's: "Douglas & Lomason" (names
    /// joined by an ampersand, unless a year follows as in a citation:
    /// "Dye & Lind, 2010" are two authors), "Seattle Mariners" (a town,
    /// then a plural nickname; not "Ohio Democrats"), "Dynamo Moscow" (a
    /// club word, then its town, known or not, but no common word). `end` is the token after the name.
    pub(super) fn club_or_firm(
        &self,
        words: &[&str],
        end: usize,
        place_prefix: Option<(usize, gazetteer::PlaceId)>,
    ) -> bool {
        let gazetteer = gazetteer::get();
        let last = words[words.len() - 1];
        let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        let citation = matches!(self.word(end), "," | "(") && year(self.word(end + 1));
        let ampersand = words.len() >= 3 && words[1..words.len() - 1].contains(&"&") && !citation;
        let nickname = place_prefix.is_some_and(|(len, place)| {
            let rest = &words[len..];
            !gazetteer.is_country(place)
                && (1..=2).contains(&rest.len())
                && last.len() > 3
                && last.ends_with('s')
                && !last.ends_with("ss")
                && rest
                    .iter()
                    .all(|w| is_capitalised(w) && !kinds::is_group_word(w))
                && gazetteer.longest_match(rest).is_none()
        });
        // "Dynamo Kestra": the club's town need not be one we know. "SC
        // Dortmund", "SK Rapid": a club's form, then a town or a club word.
        let town_after = || gazetteer.longest_match(&words[1..]).is_some();
        let club_then_town = words.len() == 2
            && ((CLUB_WORDS.contains(words[0])
                && (town_after() || !with_lowercase(words[1], lexicon::is_common_word)))
                || (CLUB_FORMS.contains(words[0])
                    && (town_after() || CLUB_WORDS.contains(words[1]))));
        ampersand || nickname || club_then_town
    }

    /// "Securities and Exchange Commission", "Food and Drug
    /// Administration": one plain word, "and", then a body named by its
    /// head. Not when the word is a name of its own ("Britain and ...",
    /// "Ada and ...", "NASA and ...").
    pub(super) fn one_word_joins_body(&self, word_at: usize, next: usize) -> bool {
        let word = self.words[word_at];
        if is_acronym(word)
            || lexicon::is_given_name(word)
            || lexicon::is_family_name(word)
            || gazetteer::get().longest_match(&[word]).is_some()
            || organizations::is_known_organization(&[word])
        {
            return false;
        }
        let end = self.run_end_plain(next);
        end > next + 1
            && kinds::kind_from_words(&self.words[next..end]) == Some(EntityKind::Organization)
    }

    /// Whether the words `[start, end)` are a place the gazetteer knows,
    /// whole: "U.S." before "Food and Drug Administration".
    pub(super) fn place_before(&self, start: usize, end: usize) -> bool {
        end > start
            && gazetteer::get()
                .longest_match(&self.words[start..end])
                .is_some_and(|(len, _)| len == end - start)
    }

    /// Whether the name begun at `i` goes on through the "in" at `in_at`
    /// and the run after it: "Council for Trade and Aid in Europe (CTAE)",
    /// "U.N. Relief Force in Varkadon (UNRFV)". Only where initials in
    /// brackets right after spell the whole name, its first and last
    /// words included; otherwise "in" ends it ("Acme in Lagos").
    pub(super) fn body_goes_on_through_in(&self, i: usize, in_at: usize) -> bool {
        let end = self.run_end_plain(in_at + 1);
        end > in_at + 1
            && end - i <= LONGEST_SPELLED_NAME
            && self.spelled_by_initials_after(&self.words[i..end], end)
    }

    /// Whether a name of a body "in" somewhere is spelled by the initials
    /// in brackets right after token `end` ("U.N. Relief Force in Varkadon
    /// (UNRFV)"): an organisation, whatever its head. (Terms are spelled
    /// by initials too, "Compact Fluorescent Lamp (CFL)", but are not
    /// "in" a place.)
    pub(super) fn body_in_spelled_by_initials(&self, words: &[&str], end: usize) -> bool {
        words.contains(&"in") && self.spelled_by_initials_after(words, end)
    }

    /// Whether initials in brackets right after token `end` spell the
    /// name `words`.
    fn spelled_by_initials_after(&self, words: &[&str], end: usize) -> bool {
        words.len() >= 2
            && self.word(end) == "("
            && self.word(end + 2) == ")"
            && is_acronym(self.word(end + 1))
            && initials_spell(words, self.word(end + 1))
    }

    /// Whether an unknown one-word name reports about "its" own ("Tarvel
    /// said its profit rose", "Tarvel reported its first loss"): a body;
    /// a person speaks of his or her own. Not a known given or family
    /// name, whom "its" may follow for a body named before.
    pub(super) fn speaks_of_its_own(&self, words: &[&str], end: usize) -> bool {
        words.len() == 1
            && self.word(end + 1) == "its"
            && (lexicon::is_reporting_verb(self.word(end))
                || matches!(
                    self.word(end),
                    "reported" | "posted" | "expects" | "expected"
                ))
            && !lexicon::is_given_name(words[0])
            && !lexicon::is_family_name(words[0])
    }

    /// Whether a plain run at `i` is a whole organisation or place by its
    /// head ("... and Colorado State University").
    pub(super) fn complete_name_at(&self, i: usize) -> bool {
        let end = self.run_end_plain(i);
        end > i + 1 && kinds::kind_from_words(&self.words[i..end]).is_some()
    }
}

/// The endings of a registered company's name ("Acme Inc", "Lumo SA").
pub(super) fn is_corporate_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "LLC"
            | "Plc"
            | "PLC"
            | "plc"
            | "SA"
            | "S.A"
            | "NV"
            | "N.V"
            | "GmbH"
            | "SpA"
            | "S.p.A"
            | "Bhd"
            | "Bancorp"
            | "Bancshares"
            | "Holdings"
    )
}

/// The longest name, in words, that initials in brackets may spell.
const LONGEST_SPELLED_NAME: usize = 16;

/// Whether the letters of `acronym` are initials of `words` in order: the
/// first word's and the last word's among them (every letter of a dotted
/// abbreviation such as "U.N." counts; small words and foreign-language
/// initials may be left out or spelled: "in", "of", "for").
fn initials_spell(words: &[&str], acronym: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let initials: Vec<char> = words
        .iter()
        .flat_map(|word| {
            let dotted = word.contains('.') && is_acronym(word);
            let letters: Vec<char> = if dotted {
                word.chars().filter(|c| c.is_alphabetic()).collect()
            } else {
                word.chars().take(1).collect()
            };
            letters.into_iter().map(|c| c.to_ascii_uppercase())
        })
        .collect();
    let (Some(first), Some(last)) = (letters.first(), letters.last()) else {
        return false;
    };
    if letters.len() < 2
        || initials.first() != Some(first)
        || initials.last() != Some(last)
        || initials.len() < letters.len()
    {
        return false;
    }
    // The letters between, in order, among the initials between.
    let mut between = initials[1..initials.len() - 1].iter();
    letters[1..letters.len() - 1]
        .iter()
        .all(|letter| between.any(|initial| initial == letter))
}

#[cfg(test)]
mod tests {
    use super::initials_spell;

    #[test]
    fn initials_spell_a_name_from_its_first_word_to_its_last() {
        let name = ["Council", "for", "Trade", "and", "Aid", "in", "Europe"];
        assert!(initials_spell(&name, "CTAE"));
        assert!(initials_spell(
            &["U.N.", "Relief", "Force", "in", "Varkadon"],
            "UNRFIV"
        ));
        // The last word must be spelled: "in Europe" is not part of "CTA".
        assert!(!initials_spell(&name, "CTA"));
        assert!(!initials_spell(&name, "XTAE"));
    }
}
