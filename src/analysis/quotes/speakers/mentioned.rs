//! The last resort of a pronoun: a person the sentences just before it
//! mention without making them their subject ("For Tom Reilly, the issue
//! is personal. … “It was terrifying,” he says."). Only when no speaker
//! and no subject within reach fits, and only a few sentences back: a
//! person named in passing is a weaker antecedent than a subject.

use super::{Resolver, Speaker, SpeakerKind};
use crate::analysis::EntityKind;
use crate::analysis::quotes::spans::Para;

/// How many sentences back, counting the pronoun's own, a person merely
/// mentioned may be what the pronoun stands for.
const MENTION_DEPTH: usize = 3;

impl Resolver<'_, '_> {
    /// The latest person mentioned before token `tok` of `para` (the
    /// current paragraph), within [`MENTION_DEPTH`] sentences, that
    /// `wanted` accepts.
    pub(super) fn recently_mentioned(
        &self,
        para: &Para,
        tok: usize,
        wanted: impl Fn(&Speaker) -> bool,
    ) -> Option<Speaker> {
        let mut here = para;
        let mut s = para.sentence_of(tok);
        let mut earlier = self.window.iter().rev();
        for _ in 0..MENTION_DEPTH {
            let sentence = &here.sentences[s];
            let lo = here.toks[sentence.start].start;
            let hi = if std::ptr::eq(here, para) {
                here.toks[tok].start
            } else {
                here.toks[sentence.end - 1].end
            };
            let found = self
                .mentions_in(here.index, lo, hi)
                .into_iter()
                .rev()
                .filter(|&(_, e, i)| e <= hi && self.entities[i].kind == EntityKind::Person)
                .map(|(_, _, i)| self.speaker_for(i, Vec::new(), SpeakerKind::Person))
                .find(|speaker| wanted(speaker));
            if found.is_some() {
                return found;
            }
            if s > 0 {
                s -= 1;
            } else {
                here = earlier.next()?;
                s = here.sentences.len().checked_sub(1)?;
            }
        }
        None
    }
}
