//! One person written with a given name and with its familiar form:
//! "William Lind ... Bill Lind", "Lawrence Moss ... Larry Moss". Same
//! words after the given name, and the two given names are a name and its
//! nickname in the lexicon's table: one row, as a reader takes them.

use super::Mention;
use crate::analysis::EntityKind;
use crate::analysis::lexicon;
use crate::analysis::lexicon::fasthash::FastMap;

/// Pairs of people's mentions (earlier first) whose names differ only in
/// a given name and its familiar form: each with the first mention of
/// the other form.
pub(super) fn nickname_pairs(mentions: &[Mention]) -> Vec<(usize, usize)> {
    // The rest of the name -> the given names seen before it, each with
    // its first mention.
    let mut seen: FastMap<&str, Vec<(&str, usize)>> = FastMap::default();
    let mut pairs = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind() != Some(EntityKind::Person) {
            continue;
        }
        let Some((given, rest)) = m.text.split_once(' ') else {
            continue;
        };
        let earlier = seen.entry(rest).or_default();
        if earlier.iter().any(|&(name, _)| name == given) {
            continue;
        }
        pairs.extend(
            earlier
                .iter()
                .filter(|&&(name, _)| lexicon::is_nickname_pair(name, given))
                .map(|&(_, first)| (first, i)),
        );
        earlier.push((given, i));
    }
    pairs
}
