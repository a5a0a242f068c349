//! Where the story's entities are mentioned, paragraph by paragraph: what
//! the resolver looks up to find the name under a phrase or the person a
//! pronoun may stand for.

use crate::analysis::{Entity, EntityKind};

/// Every person, organisation or untyped mention, by paragraph: one sorted
/// list and where each paragraph's part of it begins.
pub(super) struct Mentions {
    /// (start, end, entity index), sorted by paragraph, then position.
    all: Vec<(u32, u32, u32)>,
    /// `all[first[p]..first[p + 1]]` are paragraph `p`'s.
    first: Vec<usize>,
}

impl Mentions {
    pub(super) fn new(entities: &[Entity], paragraphs: usize) -> Self {
        let mut keyed = Vec::new();
        for (i, e) in entities.iter().enumerate() {
            // "Other" rows may be speakers the extractor could not type.
            if !matches!(
                e.kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Other
            ) {
                continue;
            }
            for m in e.mentions.iter().filter(|m| m.paragraph < paragraphs) {
                keyed.push((m.paragraph, small(m.start), small(m.end), small(i)));
            }
        }
        keyed.sort_unstable();
        let mut first = Vec::with_capacity(paragraphs + 1);
        let mut k = 0;
        for p in 0..=paragraphs {
            while k < keyed.len() && keyed[k].0 < p {
                k += 1;
            }
            first.push(k);
        }
        let all = keyed.into_iter().map(|(_, s, e, i)| (s, e, i)).collect();
        Mentions { all, first }
    }

    pub(super) fn of(&self, p: usize) -> &[(u32, u32, u32)] {
        match (self.first.get(p), self.first.get(p + 1)) {
            (Some(&from), Some(&to)) => &self.all[from..to],
            _ => &[],
        }
    }
}

/// An offset or index as stored in [`Mentions`]; a paragraph never comes
/// near 4 GiB (files are capped far below).
fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
