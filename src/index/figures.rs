//! Figures: one per person or organisation of the library, made from the
//! clusters' sums once [`identity::resolve`] has settled the short names.
//! A figure's name is the fullest form the stories use most.
//!
//! Nothing here walks the stories: each cluster group keeps a [`Sum`] of
//! its rows (name forms, titles, stories, quotes) as stories arrive, and a
//! figure adds up a few sums. Remaking every figure after an addition so
//! costs a step per group and a copy of the story lists, not a pass over
//! every row of the library.

use super::Named;
use super::identity::{self, Clusters, Destination};
use crate::analysis::EntityKind;
use std::cmp::Reverse;
use std::collections::HashMap;

/// A figure's number in the index (in one version of the index).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FigureId(pub usize);

/// A person or organisation across the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub id: FigureId,
    pub kind: EntityKind,
    /// The fullest form the stories use most.
    pub name: String,
    /// Every other form, most used first.
    pub aliases: Vec<String>,
    /// Titles and roles the stories give, most used first.
    pub titles: Vec<String>,
    /// The stories naming it (story numbers, ascending, once each).
    pub stories: Vec<u32>,
    /// Its quotes: (story number, quote number in that story).
    pub quotes: Vec<(u32, u32)>,
    /// For a short name that could be several figures: those figures,
    /// likelier first. Empty when the name is not ambiguous.
    pub ambiguous: Vec<FigureId>,
}

impl Figure {
    pub fn is_ambiguous(&self) -> bool {
        !self.ambiguous.is_empty()
    }
}

/// What some story rows add up to.
#[derive(Debug, Clone, Default)]
pub struct Sum {
    /// Names of two words or more, which name a figure first.
    full_names: Tally,
    short_names: Tally,
    aliases: Tally,
    titles: Tally,
    /// Ascending, once each.
    stories: Vec<u32>,
    quotes: Vec<(u32, u32)>,
}

impl Sum {
    /// Count one row of story `story` (stories arrive in ascending order).
    pub fn add(&mut self, story: u32, named: &Named) {
        if named.name.split_whitespace().nth(1).is_some() {
            self.full_names.count(&named.name, 1);
        } else {
            self.short_names.count(&named.name, 1);
        }
        named.aliases.iter().for_each(|a| self.aliases.count(a, 1));
        named.titles.iter().for_each(|t| self.titles.count(t, 1));
        if self.stories.last() != Some(&story) {
            self.stories.push(story);
        }
        self.quotes.extend(named.quotes.iter().map(|&q| (story, q)));
    }

    fn merge(&mut self, other: &Sum) {
        self.full_names.merge(&other.full_names);
        self.short_names.merge(&other.short_names);
        self.aliases.merge(&other.aliases);
        self.titles.merge(&other.titles);
        self.stories = merge_sorted(&self.stories, &other.stories);
        self.quotes.extend_from_slice(&other.quotes);
    }
}

/// The union of two ascending lists, ascending, once each.
fn merge_sorted(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let next = a[i].min(b[j]);
        out.push(next);
        i += usize::from(a[i] == next);
        j += usize::from(b[j] == next);
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// The figures, and which figure each cluster group belongs to.
pub struct Made {
    pub figures: Vec<Figure>,
    /// Per cluster, per group: its figure.
    pub figure_of_group: Vec<Vec<FigureId>>,
}

/// Make the figures: every full cluster, with the short groups resolved
/// to it, and every short cluster with the groups left to it.
pub fn make(clusters: &Clusters) -> Made {
    let resolution = identity::resolve(clusters);
    let target = |cluster: usize, group: usize| match resolution.destinations[cluster][group] {
        Destination::Own => cluster,
        Destination::Into(full) => full as usize,
    };
    let mut sums: Vec<Option<Sum>> = vec![None; clusters.all.len()];
    for (c, cluster) in clusters.all.iter().enumerate() {
        for (g, group) in cluster.groups.iter().enumerate() {
            if group.sum.stories.is_empty() {
                continue;
            }
            match &mut sums[target(c, g)] {
                Some(sum) => sum.merge(&group.sum),
                slot => *slot = Some(group.sum.clone()),
            }
        }
    }
    let mut figure_of_cluster = vec![None; clusters.all.len()];
    let mut figures = Vec::new();
    for (c, sum) in sums.into_iter().enumerate() {
        if let Some(sum) = sum {
            let id = FigureId(figures.len());
            figure_of_cluster[c] = Some(id);
            figures.push(figure(id, clusters.all[c].kind, sum));
        }
    }
    for (c, candidates) in resolution.candidates.iter().enumerate() {
        let Some(id) = figure_of_cluster[c] else {
            continue;
        };
        let mut could_be: Vec<FigureId> = candidates
            .iter()
            .filter_map(|&full| figure_of_cluster[full as usize])
            .collect();
        could_be.sort_by_key(|f| {
            let f = &figures[f.0];
            (
                Reverse(f.stories.len()),
                Reverse(f.quotes.len()),
                f.name.clone(),
            )
        });
        figures[id.0].ambiguous = could_be;
    }
    let figure_of_group = clusters
        .all
        .iter()
        .enumerate()
        .map(|(c, cluster)| {
            (0..cluster.groups.len())
                .map(|g| figure_of_cluster[target(c, g)].unwrap_or(FigureId(usize::MAX)))
                .collect()
        })
        .collect();
    Made {
        figures,
        figure_of_group,
    }
}

fn figure(id: FigureId, kind: EntityKind, sum: Sum) -> Figure {
    let mut forms = sum.full_names.ranked();
    forms.extend(sum.short_names.ranked());
    let name = forms.remove(0);
    forms.extend(sum.aliases.ranked());
    let mut aliases: Vec<String> = Vec::new();
    for form in forms {
        let folded = form.to_lowercase();
        if folded != name.to_lowercase() && !aliases.iter().any(|a| a.to_lowercase() == folded) {
            aliases.push(form);
        }
    }
    Figure {
        id,
        kind,
        name,
        aliases,
        titles: sum.titles.ranked(),
        stories: sum.stories,
        quotes: sum.quotes,
        ambiguous: Vec::new(),
    }
}

/// Forms counted case-insensitively, the first spelling kept.
#[derive(Debug, Clone, Default)]
struct Tally {
    counts: HashMap<String, (String, usize)>,
}

impl Tally {
    fn count(&mut self, form: &str, times: usize) {
        let folded = form.to_lowercase();
        self.counts
            .entry(folded)
            .or_insert_with(|| (form.to_string(), 0))
            .1 += times;
    }

    fn merge(&mut self, other: &Tally) {
        for (folded, (form, times)) in &other.counts {
            self.counts
                .entry(folded.clone())
                .or_insert_with(|| (form.clone(), 0))
                .1 += times;
        }
    }

    /// Most used first; ties go to the longer (fuller) form, then A-Z.
    fn ranked(&self) -> Vec<String> {
        let mut counts: Vec<&(String, usize)> = self.counts.values().collect();
        counts
            .sort_by(|(a, n), (b, m)| m.cmp(n).then(b.len().cmp(&a.len())).then_with(|| a.cmp(b)));
        counts.into_iter().map(|(form, _)| form.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::merge_sorted;

    #[test]
    fn story_lists_merge_ascending_once_each() {
        assert_eq!(merge_sorted(&[1, 3, 5], &[2, 3, 6]), vec![1, 2, 3, 5, 6]);
        assert_eq!(merge_sorted(&[], &[4]), vec![4]);
    }
}
