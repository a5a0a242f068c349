//! An index of the names of one kind in a story, for the merge: every
//! shorter run of a name's words ("Trump", "Donald" in "Donald Trump"),
//! and which full names end with or contain a given run, nearest first.

use super::super::Mention;
use std::borrow::Cow;

/// Names longer than this many words have no shorter forms indexed.
const LONGEST_NAME: usize = 8;

/// Every shorter run of consecutive words of a name, joined by spaces, and
/// whether it ends the name ("Trump" and "Donald" in "Donald Trump"). A
/// name written with single spaces, as nearly all are, lends its runs
/// from its own text: a story of many long names would otherwise hold
/// dozens of strings for each.
pub(super) fn word_runs<'a>(name: &Mention<'a>) -> Vec<(Cow<'a, str>, bool)> {
    let words = name.words();
    let n = words.len();
    let mut runs = Vec::new();
    if n > LONGEST_NAME {
        // A capitalised run this long is no one's name: nothing goes by it.
        return runs;
    }
    let spaced = name.spaced_words();
    // Where each word starts in `spaced` when it is the name's own text:
    // one space after each word.
    let mut starts = Vec::with_capacity(n);
    let mut at = 0;
    for word in &words {
        starts.push(at);
        at += word.len() + 1;
    }
    for start in 0..n {
        for end in start + 1..=n {
            if end - start < n {
                let run = match spaced {
                    Cow::Borrowed(text) => {
                        Cow::Borrowed(&text[starts[start]..starts[end - 1] + words[end - 1].len()])
                    }
                    Cow::Owned(_) => Cow::Owned(words[start..end].join(" ")),
                };
                runs.push((run, end == n));
            }
        }
    }
    runs
}

/// A full name's place among the distinct full names of a [`NameIndex`].
pub(super) type Slot = u32;

/// Full names (in story order) by the shorter forms they could go by.
///
/// Flat sorted tables rather than maps of strings to lists: a hostile
/// story of hundreds of thousands of long capitalised "names" indexes
/// every run of words of each, and a map cost some 90 bytes and an
/// allocation per run (12 MB of a 5 MB story's peak); these cost 16 bytes
/// a run and 4 a mention.
pub(super) struct NameIndex<'m, 'a> {
    mentions: &'m [Mention<'a>],
    /// The first full name of each spelling, in story order: a [`Slot`]
    /// is a place in this list.
    pub(super) first_of_text: Vec<usize>,
    /// The mentions of the full name in slot `s`, in story order, are
    /// `occurrences[starts[s]..starts[s + 1]]`.
    starts: Vec<u32>,
    occurrences: Vec<u32>,
    /// (hash of a run of words, slot of a name it ends), sorted.
    by_suffix: Vec<(u64, Slot)>,
    /// (hash of a run of words, slot of a name it is part of), sorted.
    by_part: Vec<(u64, Slot)>,
}

fn run_hash(run: &str) -> u64 {
    use std::hash::BuildHasher;
    std::hash::BuildHasherDefault::<crate::analysis::lexicon::fasthash::FxHasher>::default()
        .hash_one(run)
}

fn mention_number(j: usize) -> u32 {
    u32::try_from(j).expect("fewer than 2^32 mentions")
}

impl<'m, 'a> NameIndex<'m, 'a> {
    /// The full names among `mentions` that `include` picks; `text_count`
    /// is the number of distinct texts ([`Texts::count`]).
    pub(super) fn new(
        mentions: &'m [Mention<'a>],
        text_count: usize,
        include: impl Fn(usize) -> bool,
    ) -> Self {
        let mut slot_of: Vec<Slot> = vec![Slot::MAX; text_count];
        let mut first_of_text = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut by_suffix = Vec::new();
        let mut by_part = Vec::new();
        for (j, m) in mentions.iter().enumerate() {
            if !include(j) {
                continue;
            }
            let slot = &mut slot_of[m.text_id as usize];
            if *slot == Slot::MAX {
                *slot = mention_number(first_of_text.len());
                first_of_text.push(j);
                counts.push(0);
                for (run, is_suffix) in word_runs(m) {
                    let hash = run_hash(&run);
                    if is_suffix {
                        by_suffix.push((hash, *slot));
                    }
                    by_part.push((hash, *slot));
                }
            }
            counts[*slot as usize] += 1;
        }
        // Each slot's mentions in one stretch, in story order.
        let mut starts = Vec::with_capacity(counts.len() + 1);
        let mut total = 0;
        starts.push(0);
        for count in &mut counts {
            let at = total;
            total += *count;
            starts.push(total);
            // From here on, where the slot's next mention goes.
            *count = at;
        }
        let mut occurrences = vec![0; total as usize];
        for (j, m) in mentions.iter().enumerate() {
            if include(j) {
                let next = &mut counts[slot_of[m.text_id as usize] as usize];
                occurrences[*next as usize] = mention_number(j);
                *next += 1;
            }
        }
        // A name repeating a run ("Court Court Ruiz") lists it once.
        for table in [&mut by_suffix, &mut by_part] {
            table.sort_unstable();
            table.dedup();
        }
        NameIndex {
            mentions,
            first_of_text,
            starts,
            occurrences,
            by_suffix,
            by_part,
        }
    }

    /// The full names that end with the words `key` (spelt with single
    /// spaces), in story order.
    pub(super) fn ending_with(&self, key: &str) -> Vec<Slot> {
        self.named_by(&self.by_suffix, key, true)
    }

    /// The full names that have the words `key` in them, in story order.
    pub(super) fn containing(&self, key: &str) -> Vec<Slot> {
        self.named_by(&self.by_part, key, false)
    }

    pub(super) fn named_by(&self, table: &[(u64, Slot)], key: &str, ending: bool) -> Vec<Slot> {
        let hash = run_hash(key);
        let from = table.partition_point(|&(h, _)| h < hash);
        table[from..]
            .iter()
            .take_while(|&&(h, _)| h == hash)
            .map(|&(_, slot)| slot)
            // Another run of the same hash is not this one.
            .filter(|&slot| {
                let name = &self.mentions[self.first_of_text[slot as usize]];
                word_runs(name)
                    .iter()
                    .any(|(run, is_suffix)| run == key && (*is_suffix || !ending))
            })
            .collect()
    }

    /// The mention of one of `names` nearest before mention `i` (else
    /// the first after).
    pub(super) fn nearest(&self, names: &[Slot], i: usize) -> Option<usize> {
        let mut before: Option<usize> = None;
        let mut after: Option<usize> = None;
        for &slot in names {
            let slot = slot as usize;
            let list =
                &self.occurrences[self.starts[slot] as usize..self.starts[slot + 1] as usize];
            let split = list.partition_point(|&j| (j as usize) < i);
            if split > 0 {
                before = before.max(Some(list[split - 1] as usize));
            }
            if let Some(&j) = list.get(split) {
                let j = j as usize;
                after = Some(after.map_or(j, |a| a.min(j)));
            }
        }
        before.or(after)
    }
}
