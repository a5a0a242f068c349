//! Words around a name that only a firm has: what it owns and reports
//! ("Tarvel's net profit", "Tarvel's shareholders"), its shares moving
//! ("Tarvel shares fell"), and deals of which it is the prize ("a stake
//! in Tarvel", "the takeover of Tarvel", "its merger with Tarvel").

use super::Scanner;
use crate::analysis::entities::shapes::has_possessive;
use crate::analysis::lexicon::{self, fasthash::FastSet};
use std::sync::LazyLock;

static FIRM_POSSESSIONS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("what a firm owns and reports"));
static SHARE_MOVES: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("moves of shares"));
static DEALS_OF_A_FIRM: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("deals of which a firm is the prize"));

impl Scanner<'_, '_> {
    /// Whether the words around the name `words` at `[start, end)` say it
    /// is a firm (see the module's header). A name that opens with a
    /// given name is left to the person rules ("Ada Lind's shares").
    pub(super) fn firm_cue_around(&self, words: &[&str], start: usize, end: usize) -> bool {
        if words.len() > 1 && lexicon::is_given_name(words[0]) {
            return false;
        }
        let after = self.word(end);
        let owned = has_possessive(self.words[end - 1])
            && (FIRM_POSSESSIONS.contains(after)
                || (after == "chief" && matches!(self.word(end + 1), "executive" | "financial")));
        let shares_move = matches!(after, "shares" | "stock")
            && !has_possessive(self.words[end - 1])
            && SHARE_MOVES.contains(self.word(end + 1));
        owned
            || shares_move
            || self.prize_of_a_deal(start)
            || self.described_as_body(start)
            || self.end_of_a_move(start, end)
    }

    /// "a stake in Tarvel", "the takeover of Tarvel", "merger with Tarvel".
    fn prize_of_a_deal(&self, start: usize) -> bool {
        start >= 2
            && matches!(self.words[start - 1], "in" | "of" | "with")
            && DEALS_OF_A_FIRM
                .contains(format!("{} {}", self.words[start - 2], self.words[start - 1]).as_str())
    }
}
