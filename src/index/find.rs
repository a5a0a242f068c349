//! Finding a figure by what a user types (`byline quotes --speaker`): its
//! name or one of its aliases, case aside, or either after a title or an
//! honorific, as stories write them ("Mayor Kowalczyk", "Mr. Reyes",
//! "Dr Helen Johnson").

use super::{Figure, FigureId, Index};
use crate::analysis::lexicon;
use std::collections::HashSet;

/// The longest title a name is looked for after, in words ("Lt. Gen.").
const LONGEST_TITLE_WORDS: usize = 4;

impl Index {
    /// The figure named `name` (case-insensitive): by name first, else the
    /// one figure with it among its aliases; else the same after the
    /// titles in front of it, the figures the stories give that title
    /// preferred. Several figures answering to it come back as `Err` with
    /// them all (none: `Err` of nothing).
    pub fn find(&self, name: &str) -> Result<FigureId, Vec<FigureId>> {
        let found = self.named(name);
        if !found.is_empty() {
            return one_or_all(found);
        }
        let titles = self.known_titles();
        let mut rest = name.trim();
        let mut stripped = Vec::new();
        while let Some((title, after)) = leading_title(rest, &titles) {
            stripped.push(title);
            rest = after;
            let found = self.named(rest);
            if found.is_empty() {
                continue;
            }
            let titled: Vec<FigureId> = found
                .iter()
                .copied()
                .filter(|id| has_any_title(&self.figures[id.0], &stripped))
                .collect();
            return one_or_all(if titled.is_empty() { found } else { titled });
        }
        Err(Vec::new())
    }

    /// The figures called `name` (case aside), else those with it as an
    /// alias, in ranking order.
    fn named(&self, name: &str) -> Vec<FigureId> {
        let wanted = name.trim().to_lowercase();
        let by = |matches: &dyn Fn(&Figure) -> bool| -> Vec<FigureId> {
            self.ranking
                .iter()
                .copied()
                .filter(|id| matches(&self.figures[id.0]))
                .collect()
        };
        let named = by(&|f| f.name.to_lowercase() == wanted);
        if named.is_empty() {
            by(&|f| f.aliases.iter().any(|a| a.to_lowercase() == wanted))
        } else {
            named
        }
    }

    /// Every title a name may follow: the lexicon's, and those the
    /// stories gave the figures, compared as [`title_key`]s.
    fn known_titles(&self) -> HashSet<String> {
        let lexicon = lexicon::list("titles").iter().copied();
        let given = self
            .figures
            .iter()
            .flat_map(|f| &f.titles)
            .map(String::as_str);
        lexicon.chain(given).map(title_key).collect()
    }
}

fn one_or_all(found: Vec<FigureId>) -> Result<FigureId, Vec<FigureId>> {
    match found.as_slice() {
        [one] => Ok(*one),
        _ => Err(found),
    }
}

/// A title as compared: lower case, without its full stops ("Mr." is "Mr").
fn title_key(title: &str) -> String {
    title.to_lowercase().replace('.', "")
}

/// The longest known title `text` starts with (its key), and what follows
/// it; `None` when it starts with none, or nothing follows.
fn leading_title<'a>(text: &'a str, titles: &HashSet<String>) -> Option<(String, &'a str)> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    (1..words.len().min(LONGEST_TITLE_WORDS + 1))
        .rev()
        .find_map(|len| {
            let phrase: Vec<&str> = words[..len].iter().map(|(_, w)| *w).collect();
            let key = title_key(&phrase.join(" "));
            titles
                .contains(&key)
                .then(|| (key, text[words[len].0..].trim()))
        })
}

fn has_any_title(figure: &Figure, titles: &[String]) -> bool {
    figure.titles.iter().any(|t| titles.contains(&title_key(t)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_the_longest_known_one_and_needs_a_name_after_it() {
        let titles: HashSet<String> = ["mayor", "deputy mayor", "mr"].map(String::from).into();
        assert_eq!(
            leading_title("Deputy Mayor  Ada Lind", &titles),
            Some(("deputy mayor".to_string(), "Ada Lind"))
        );
        assert_eq!(
            leading_title("Mr. Reyes", &titles),
            Some(("mr".to_string(), "Reyes"))
        );
        assert_eq!(leading_title("Mayor", &titles), None);
        assert_eq!(leading_title("Ada Lind", &titles), None);
    }
}
