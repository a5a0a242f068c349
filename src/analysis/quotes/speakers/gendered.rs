//! "Tom Berg met Ann Lee. “…,” she said.": when no subject or speaker
//! before fits "she", the woman just mentioned is the one. Only a person
//! whose given name or title tells the sex the pronoun asks for qualifies,
//! and only when no one nearer might be meant.

use super::pronouns::sex_of;
use super::{Resolver, Speaker, SpeakerKind};
use crate::analysis::EntityKind;
use crate::analysis::lexicon::Sex;
use crate::analysis::quotes::spans::Para;

impl Resolver<'_, '_> {
    /// The person mentioned last before byte `before` of `para`, or in the
    /// paragraph right before it, when that person is known to be `want`.
    /// People of the other sex are passed over; one whose sex is unknown
    /// stops the look (it may be the one meant).
    pub(super) fn mentioned_of_sex(
        &self,
        para: &Para,
        before: usize,
        want: Sex,
    ) -> Option<Speaker> {
        let previous = self
            .window
            .back()
            .filter(|p| p.index + 1 == para.index)
            .map(|p| (p.index, usize::MAX));
        for (p, upto) in std::iter::once((para.index, before)).chain(previous) {
            let list = self.mentions.of(p);
            let upto = list.partition_point(|&(s, _, _)| (s as usize) < upto);
            for &(_, _, i) in list[..upto].iter().rev() {
                let i = i as usize;
                if self.entities[i].kind != EntityKind::Person {
                    continue;
                }
                let speaker = self.speaker_for(i, Vec::new(), SpeakerKind::Person);
                match sex_of(&speaker) {
                    Some(sex) if sex == want => return Some(speaker),
                    Some(_) => continue,
                    None => return None,
                }
            }
        }
        None
    }

    /// A subject the entities typed as neither person nor body, several
    /// words long ("Salt Lanterns", a novel): "he" is not it. A
    /// lone untyped name may be a person the extractor could not place.
    pub(super) fn is_work_or_thing(&self, s: &Speaker) -> bool {
        s.entity.is_some_and(|i| {
            let e = &self.entities[i];
            e.kind == EntityKind::Other && e.name.contains(' ')
        })
    }
}
