//! Turning a found run into a mention: a place the gazetteer knows, a
//! name with its cue and title, or the name part of a modifier ("London-
//! based").

use super::Scanner;
use super::around::works_at;
use crate::analysis::EntityKind;
use crate::analysis::entities::shapes::without_possessive;
use crate::analysis::entities::{Cue, Mention};
use crate::analysis::lexicon::{gazetteer, organizations};

impl<'a> Scanner<'_, 'a> {
    /// "London-based", "Hong Kong-born", "NATO-backed": the run `[start,
    /// end)` ends in a modifier whose name part is `name_len` bytes long.
    /// That part is a mention when it is a known place or organisation;
    /// an unknown one ("Acme-owned") is left out rather than guessed.
    pub(super) fn emit_modifier(
        &self,
        mut start: usize,
        end: usize,
        name_len: usize,
        out: &mut Vec<Mention<'a>>,
    ) {
        while start + 1 < end && matches!(self.words[start], "The" | "A" | "An") {
            start += 1;
        }
        let last = &self.words[end - 1][..name_len];
        let mut words = self.words[start..end].to_vec();
        words[end - start - 1] = last;
        let byte_end = self.paragraph.tokens[end - 1].start() + name_len;
        let place = gazetteer::get()
            .longest_match(&words)
            .filter(|&(len, _)| len == words.len());
        if let Some((_, place)) = place {
            let cue = Cue::Strong(EntityKind::Place);
            self.push_ending(start, end, byte_end, cue, None, Some(place), out);
        } else if organizations::is_known_organization(&words) {
            let cue = Cue::Strong(EntityKind::Organization);
            self.push_ending(start, end, byte_end, cue, None, None, out);
        }
    }

    /// A place mention with no title: the gazetteer already knows it.
    pub(super) fn push_place(
        &self,
        start: usize,
        end: usize,
        place: gazetteer::PlaceId,
        out: &mut Vec<Mention<'a>>,
    ) {
        if self.team_named_after(start, end, place) {
            let cue = Cue::Strong(EntityKind::Organization);
            return self.push(start, end, cue, None, None, out);
        }
        let cue = Cue::Strong(EntityKind::Place);
        self.push(start, end, cue, None, Some(place), out);
    }

    pub(super) fn push(
        &self,
        start: usize,
        end: usize,
        cue: Cue,
        title: Option<&'a str>,
        place: Option<gazetteer::PlaceId>,
        out: &mut Vec<Mention<'a>>,
    ) {
        let last = self.words[end - 1];
        let byte_end = self.paragraph.tokens[end - 1].start() + without_possessive(last).len();
        self.push_ending(start, end, byte_end, cue, title, place, out);
    }

    /// `push`, with the text ending at `byte_end`, inside the last token.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_ending(
        &self,
        start: usize,
        end: usize,
        byte_end: usize,
        cue: Cue,
        title: Option<&'a str>,
        place: Option<gazetteer::PlaceId>,
        out: &mut Vec<Mention<'a>>,
    ) {
        let word_before = if start > 0 { self.words[start - 1] } else { "" };
        let two_before = if start > 1 { self.words[start - 2] } else { "" };
        let mut mention = Mention::new(self.paragraph, start..end, byte_end, cue, place)
            .with_neighbours(
                [two_before, word_before],
                [self.word(end), self.word(end + 1)],
            );
        mention.title = title;
        mention.sentence_initial = self.sentence_start[start];
        mention.role_after = self.role_after(end);
        mention.member_of = self.member_of(start) || works_at(out.last(), &mention, word_before);
        mention.in_parens = start >= 1 && word_before == "(" && self.word(end) == ")";
        out.push(mention);
    }
}
