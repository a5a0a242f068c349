//! Words around a name that only a body (a firm, a club, a group) has:
//! a compound that places, owns or backs it by a name ("Varnford-based
//! Tarvello", "Osk-owned Brindle"; not "web-based Kestrel", a product), and a
//! player's or manager's move between clubs ("joined Kestra from Varna",
//! "signed for Varna", "on loan from Kestra"): one joins, signs for or is
//! lent by a club or a firm, never a town or a person.

use super::Scanner;
use crate::analysis::lexicon::{self, fasthash::FastSet};
use std::sync::LazyLock;

/// The second halves of compounds that describe a body ("-based").
static BODY_COMPOUNDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("compounds before a body"));
/// Words before a club a player moves to or from ("signed for", "on
/// loan from"; not "a loan from", which a bank or a country makes).
static MOVES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("moves between clubs"));
/// The last words of those ("for", "from"): most names follow none, and
/// need no phrase built to be looked up.
static LAST_WORDS_OF_MOVES: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    MOVES
        .iter()
        .filter_map(|phrase| phrase.rsplit(' ').next())
        .collect()
});

/// How many words a club's name may have between "joined" and "from"
/// ("joined Real Kestra of Varna from ...").
const LONGEST_CLUB: usize = 5;

impl Scanner<'_, '_> {
    /// Whether a compound describing a body by a name ("Varnford-based")
    /// stands just before `start`.
    pub(super) fn described_as_body(&self, start: usize) -> bool {
        let before = self.word(start.wrapping_sub(1));
        before.rsplit_once('-').is_some_and(|(what, how)| {
            what.starts_with(char::is_uppercase) && BODY_COMPOUNDS.contains(how)
        })
    }

    /// Whether the name at `[start, end)` is one end of a move between
    /// clubs (see the module's header).
    pub(super) fn end_of_a_move(&self, start: usize, end: usize) -> bool {
        if LAST_WORDS_OF_MOVES.contains(self.word(start.wrapping_sub(1))) {
            let two_before = format!(
                "{} {}",
                self.word(start.wrapping_sub(2)),
                self.word(start.wrapping_sub(1))
            );
            let three_before = format!("{} {two_before}", self.word(start.wrapping_sub(3)));
            if MOVES.contains(two_before.as_str()) || MOVES.contains(three_before.as_str()) {
                return true;
            }
        }
        // "joined Kestra (of Varna) from Osk": the club joined ...
        if self.word(start.wrapping_sub(1)) == "joined" {
            let mut k = end;
            if self.word(k) == "of" {
                k += 1;
                while k < end + LONGEST_CLUB && self.name_word(k) {
                    k += 1;
                }
            }
            return self.word(k) == "from" && self.name_word(k + 1);
        }
        // ... and the one left, after the first's name (and its town).
        if self.word(start.wrapping_sub(1)) != "from" || start < 3 {
            return false;
        }
        let mut k = start - 2;
        for _ in 0..LONGEST_CLUB {
            if !(self.name_word(k) || self.word(k) == "of") {
                return false;
            }
            if k == 0 {
                return false;
            }
            k -= 1;
            if self.word(k) == "joined" {
                return self.name_word(k + 1);
            }
        }
        false
    }
}
