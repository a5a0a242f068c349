//! The person a paragraph of reported speech is about: news often gives a
//! speaker's point in its own words, then the quotation on its own ("Lee is
//! hopeful about the vote. / “We will win.”").

use super::{Resolver, Speaker, SpeakerKind};
use crate::analysis::quotes::spans::{Para, TokKind};

/// How many sentences of the paragraph before, from its end, may name the
/// person; a bound keeps long paragraphs cheap.
const SENTENCES_BACK: usize = 4;

impl Resolver<'_, '_> {
    /// The person the paragraph right before `para` is about, when it
    /// quotes no one: the subject of its last sentences that names a person.
    pub fn paraphrased_person(&self, para: &Para) -> Option<Speaker> {
        let before = self.window.back()?;
        if before.index + 1 != para.index
            || before
                .toks
                .iter()
                .any(|t| matches!(t.kind, TokKind::Quote(_)))
        {
            return None;
        }
        let sentences = before.sentences.len();
        (sentences.saturating_sub(SENTENCES_BACK)..sentences)
            .rev()
            .find_map(|s| self.person_subject(before, s))
            .filter(|s| s.kind == SpeakerKind::Person && s.entity.is_some())
    }
}
