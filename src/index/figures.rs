//! Figures: one per person or organisation of the library, made from the
//! clusters of story rows once [`identity::resolve`] has settled the short
//! names. A figure knows its rows, stories and quotes; its name is the form
//! the stories use most.

use super::IndexedStory;
use super::identity::{self, Clusters, Member, NameKey};
use crate::analysis::EntityKind;
use std::cmp::Reverse;
use std::collections::HashMap;

/// A figure's number in the index.
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
    /// The story rows that are this figure.
    pub members: Vec<Member>,
    /// The stories naming it (story numbers, ascending, once each).
    pub stories: Vec<u32>,
    /// Its quotes: (story number, quote number in that story).
    pub quotes: Vec<(u32, u32)>,
    /// For a short name that could be several figures: those figures.
    /// Empty when the name is not ambiguous.
    pub ambiguous: Vec<FigureId>,
}

impl Figure {
    pub fn is_ambiguous(&self) -> bool {
        !self.ambiguous.is_empty()
    }
}

/// The figures, and which figure each story row belongs to.
pub struct Made {
    pub figures: Vec<Figure>,
    pub of_member: HashMap<Member, FigureId>,
}

/// Make the figures: full clusters first (each takes the short rows
/// resolved to it), then the short clusters with the rows left over.
pub fn make(clusters: &Clusters, stories: &[IndexedStory]) -> Made {
    let named = |(story, row): Member| &stories[story as usize].named[row as usize];
    let live = |m: &Member| !stories[m.0 as usize].retired;
    let resolved = identity::resolve(clusters, |m| {
        named(m).titles.iter().map(|t| t.to_lowercase()).collect()
    });
    let mut rows_of: Vec<Vec<Member>> = clusters
        .all
        .iter()
        .map(|c| match c.key {
            NameKey::Full(_) => c.members.iter().copied().filter(live).collect(),
            NameKey::Short(_) => Vec::new(),
        })
        .collect();
    for (&short, resolution) in &resolved {
        for &(member, full) in &resolution.joined {
            if live(&member) {
                rows_of[full as usize].push(member);
            }
        }
        rows_of[short as usize] = resolution.left.iter().copied().filter(live).collect();
    }
    let mut figure_of_cluster = vec![None; clusters.all.len()];
    let mut figures = Vec::new();
    for (cluster, rows) in rows_of.iter_mut().enumerate() {
        if rows.is_empty() {
            continue;
        }
        rows.sort_unstable();
        let id = FigureId(figures.len());
        figure_of_cluster[cluster] = Some(id);
        figures.push(figure(
            id,
            clusters.all[cluster].kind,
            rows,
            &named,
            stories,
        ));
    }
    for (&short, resolution) in &resolved {
        if let Some(id) = figure_of_cluster[short as usize] {
            let mut could_be: Vec<FigureId> = resolution
                .candidates
                .iter()
                .filter_map(|&c| figure_of_cluster[c as usize])
                .collect();
            // The likelier first: more stories, more quotes.
            could_be.sort_by_key(|c| {
                let f = &figures[c.0];
                (
                    Reverse(f.stories.len()),
                    Reverse(f.quotes.len()),
                    f.name.clone(),
                )
            });
            figures[id.0].ambiguous = could_be;
        }
    }
    let mut of_member = HashMap::new();
    for figure in &figures {
        for &member in &figure.members {
            of_member.insert(member, figure.id);
        }
    }
    Made { figures, of_member }
}

fn figure<'a>(
    id: FigureId,
    kind: EntityKind,
    rows: &[Member],
    named: &impl Fn(Member) -> &'a super::Named,
    stories: &[IndexedStory],
) -> Figure {
    // Full forms name the figure; a surname only when there is nothing else.
    let mut full_names = Tally::default();
    let mut short_names = Tally::default();
    let mut others = Tally::default();
    let mut titles = Tally::default();
    let mut quotes = Vec::new();
    for &member in rows {
        let row = named(member);
        if row.name.split_whitespace().nth(1).is_some() {
            full_names.count(&row.name);
        } else {
            short_names.count(&row.name);
        }
        row.aliases.iter().for_each(|a| others.count(a));
        row.titles.iter().for_each(|t| titles.count(t));
        quotes.extend(row.quotes.iter().map(|&q| (member.0, q)));
    }
    let mut forms = full_names.ranked();
    forms.extend(short_names.ranked());
    let name = forms.remove(0);
    forms.extend(others.ranked());
    let mut aliases: Vec<String> = Vec::new();
    for form in forms {
        let folded = form.to_lowercase();
        if folded != name.to_lowercase() && !aliases.iter().any(|a| a.to_lowercase() == folded) {
            aliases.push(form);
        }
    }
    let mut story_numbers: Vec<u32> = rows.iter().map(|m| m.0).collect();
    story_numbers.dedup();
    quotes.sort_unstable();
    debug_assert!(story_numbers.iter().all(|&s| (s as usize) < stories.len()));
    Figure {
        id,
        kind,
        name,
        aliases,
        titles: titles.ranked(),
        members: rows.to_vec(),
        stories: story_numbers,
        quotes,
        ambiguous: Vec::new(),
    }
}

/// Forms counted case-insensitively, the first spelling kept.
#[derive(Default)]
struct Tally {
    counts: HashMap<String, (String, usize)>,
}

impl Tally {
    fn count(&mut self, form: &str) {
        let folded = form.to_lowercase();
        self.counts
            .entry(folded)
            .or_insert_with(|| (form.to_string(), 0))
            .1 += 1;
    }

    /// Most used first; ties go to the longer (fuller) form, then A-Z.
    fn ranked(self) -> Vec<String> {
        let mut counts: Vec<(String, usize)> = self.counts.into_values().collect();
        counts
            .sort_by(|(a, n), (b, m)| m.cmp(n).then(b.len().cmp(&a.len())).then_with(|| a.cmp(b)));
        counts.into_iter().map(|(form, _)| form).collect()
    }
}
