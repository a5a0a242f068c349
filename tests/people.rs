//! The library-wide index over a library written for it
//! (tests/fixtures/people): the same people recur under different forms
//! (full name, surname, title and surname), two different Johnsons share a
//! surname, a bare "Dr Johnson" could be either, and the mayor is quoted in
//! four stories.

use byline::analysis::EntityKind;
use byline::article::{Article, load_path};
use byline::index::{Added, Figure, Index, MemoryCache};
use std::path::Path;

fn library() -> Vec<Article> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/people");
    let loaded = load_path(&folder);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.articles
}

/// The stories whose file name starts with one of `names`.
fn stories(names: &[&str]) -> Vec<Article> {
    library()
        .into_iter()
        .filter(|a| {
            let file = a.path.file_name().unwrap().to_string_lossy().into_owned();
            names.iter().any(|n| file.starts_with(n))
        })
        .collect()
}

fn named<'a>(index: &'a Index, name: &str) -> &'a Figure {
    let found: Vec<&Figure> = index.ranked().filter(|f| f.name == name).collect();
    assert_eq!(found.len(), 1, "one figure called {name}: {found:#?}");
    found[0]
}

fn titles_of_stories(index: &Index, figure: &Figure) -> Vec<String> {
    figure
        .stories
        .iter()
        .map(|&s| index.stories()[s as usize].meta.title.clone())
        .collect()
}

#[test]
fn the_mayor_under_three_forms_is_one_person_in_five_stories() {
    let index = Index::build(&library());
    let mayor = named(&index, "Marta Kowalczyk");
    assert_eq!(mayor.kind, EntityKind::Person);
    assert_eq!((mayor.stories.len(), mayor.quotes.len()), (5, 4));
    assert_eq!(mayor.titles, vec!["Mayor"]);
    assert_eq!(mayor.aliases, vec!["Kowalczyk"]);
    // "Mayor Kowalczyk" alone in the council story is her.
    assert!(
        titles_of_stories(&index, mayor).contains(&"Council passes emergency bridge budget".into())
    );
    assert!(index.ranked().all(|f| f.name != "Kowalczyk"));
    // She has the most stories, so she comes first.
    assert_eq!(index.ranked().next().unwrap().name, "Marta Kowalczyk");
}

#[test]
fn two_johnsons_stay_apart_and_a_bare_dr_johnson_is_marked_ambiguous() {
    let index = Index::build(&library());
    let helen = named(&index, "Helen Johnson");
    let peter = named(&index, "Peter Johnson");
    assert_eq!((helen.stories.len(), helen.quotes.len()), (2, 2));
    assert_eq!((peter.stories.len(), peter.quotes.len()), (2, 3));
    assert!(!helen.is_ambiguous() && !peter.is_ambiguous());

    let bare = named(&index, "Johnson");
    assert_eq!((bare.stories.len(), bare.quotes.len()), (1, 1));
    assert_eq!(bare.titles, vec!["Dr"]);
    let mut could_be: Vec<&str> = bare
        .ambiguous
        .iter()
        .map(|&id| index.figure(id).name.as_str())
        .collect();
    could_be.sort();
    assert_eq!(could_be, vec!["Helen Johnson", "Peter Johnson"]);
    assert_eq!(index.find("Johnson"), Ok(bare.id));
}

#[test]
fn an_acronym_alone_joins_the_body_another_story_spelled_out() {
    let index = Index::build(&library());
    let authority = named(&index, "Brindle Water Authority");
    assert_eq!(authority.kind, EntityKind::Organization);
    assert_eq!(authority.stories.len(), 3);
    assert!(authority.aliases.contains(&"BWA".to_string()));
    assert!(index.ranked().all(|f| f.name != "BWA"));
}

#[test]
fn a_surname_with_one_candidate_joins_it_until_a_second_arrives() {
    let mut index = Index::new();
    let mut cache = MemoryCache::default();
    index.add(&stories(&["brindle-flood", "gauge-report"]), &mut cache);
    assert_eq!(named(&index, "Helen Johnson").stories.len(), 2);
    assert!(index.ranked().all(|f| f.name != "Johnson"));

    let added = index.add(&stories(&["council-budget"]), &mut cache);
    assert_eq!(
        added,
        Added {
            analysed: 1,
            cached: 0,
            unchanged: 0
        }
    );
    assert_eq!(named(&index, "Helen Johnson").stories.len(), 1);
    assert!(named(&index, "Johnson").is_ambiguous());
}

#[test]
fn adding_stories_analyses_only_the_new_ones_and_a_cache_spares_the_rest() {
    let mut cache = MemoryCache::default();
    let mut index = Index::new();
    let first = index.add(&stories(&["brindle", "council", "farm"]), &mut cache);
    assert_eq!(
        first,
        Added {
            analysed: 3,
            cached: 0,
            unchanged: 0
        }
    );
    let second = index.add(&library(), &mut cache);
    assert_eq!(
        second,
        Added {
            analysed: 2,
            cached: 0,
            unchanged: 3
        }
    );
    assert_eq!(index.story_count(), 5);
    assert_eq!(cache.len(), 5);

    // Reopening the library with the cache analyses nothing, and finds
    // the same people.
    let mut reopened = Index::new();
    let third = reopened.add(&library(), &mut cache);
    assert_eq!(
        third,
        Added {
            analysed: 0,
            cached: 5,
            unchanged: 0
        }
    );
    let rows = |index: &Index| -> Vec<(String, usize, usize)> {
        index
            .ranked()
            .map(|f| (f.name.clone(), f.stories.len(), f.quotes.len()))
            .collect()
    };
    assert_eq!(rows(&reopened), rows(&index));
}

#[test]
fn a_story_whose_text_changed_replaces_its_old_version() {
    let mut story = stories(&["farm-losses"]).remove(0);
    let mut index = Index::new();
    let mut cache = MemoryCache::default();
    index.add(std::slice::from_ref(&story), &mut cache);
    assert_eq!(named(&index, "Peter Johnson").quotes.len(), 2);

    story.paragraphs.truncate(2);
    let added = index.add(std::slice::from_ref(&story), &mut cache);
    assert_eq!(added.analysed, 1);
    assert_eq!(index.story_count(), 1);
    assert_eq!(named(&index, "Peter Johnson").quotes.len(), 1);
    assert!(index.ranked().all(|f| f.name != "Marta Kowalczyk"));
}

#[test]
fn a_persons_quotes_come_with_their_citations_newest_story_first() {
    let index = Index::build(&library());
    let peter = index.find("peter johnson").expect("Peter Johnson is known");
    let quotes = index.quotes_of(peter);
    let cited: Vec<(&str, Option<&str>, usize)> = quotes
        .iter()
        .map(|c| {
            (
                c.story_meta.title.as_str(),
                c.story_meta.published.as_deref(),
                c.quote.span.paragraph + 1,
            )
        })
        .collect();
    assert_eq!(
        cited,
        vec![
            (
                "East bank farmers tally their losses",
                Some("2031-03-20"),
                2
            ),
            (
                "East bank farmers tally their losses",
                Some("2031-03-20"),
                3
            ),
            (
                "Council passes emergency bridge budget",
                Some("2031-03-09"),
                3
            ),
        ]
    );
    assert!(quotes.iter().all(|c| c.speaker == Some("Peter Johnson")));
    assert_eq!(
        quotes[2].markdown(),
        "> “Nobody asked the farmers where the first bridge should go” — Peter Johnson, \
         *Council passes emergency bridge budget*, Valley Post, 2031-03-09"
    );
}

/// A cache that keeps nothing, and says so: it is never handed an analysis.
#[derive(Default)]
struct Refusing {
    puts: usize,
}

impl byline::index::AnalysisCache for Refusing {
    fn get(&self, _: &byline::index::ContentHash) -> Option<Vec<u8>> {
        None
    }

    fn put(&mut self, _: &byline::index::ContentHash, _: Vec<u8>) {
        self.puts += 1;
    }

    fn keeps(&self) -> bool {
        false
    }
}

#[test]
fn a_cache_that_keeps_nothing_is_not_given_encoded_analyses() {
    let mut cache = Refusing::default();
    let added = Index::new().add(&library(), &mut cache);
    assert_eq!(added.analysed, 5);
    assert_eq!(cache.puts, 0);
}

mod properties {
    //! For any library of news-like stories, indexing never panics and the
    //! figures add up: each is named by at least one story it lists, a
    //! quote belongs to at most one figure, and every story row maps to a
    //! figure that holds its story.

    use super::*;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "Ada",
        "Lind",
        "Mayor",
        "Dr",
        "van",
        "Dijk",
        "Johnson",
        "Peter",
        "Helen",
        "said",
        "told",
        "the",
        "Council",
        "of",
        "Brindle",
        "BWA",
        "(BWA)",
        "Water",
        "Authority",
        "“",
        "”",
        "\"",
        ",",
        ".",
        "'s",
        "Jr.",
        "J.",
        "de",
        "la",
        "Cruz",
    ];

    fn story() -> impl Strategy<Value = Vec<String>> {
        let sentence = prop::collection::vec(prop::sample::select(WORDS), 0..24)
            .prop_map(|words| words.join(" "));
        prop::collection::vec(sentence, 1..5)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]
        #[test]
        fn the_figures_add_up(stories in prop::collection::vec(story(), 1..6)) {
            let articles: Vec<Article> = stories
                .iter()
                .enumerate()
                .map(|(i, paragraphs)| Article {
                    title: format!("Story {i}"),
                    path: format!("story-{i}").into(),
                    paragraphs: paragraphs.clone(),
                    ..Article::default()
                })
                .collect();
            let index = Index::build(&articles);
            let mut quoted = std::collections::HashSet::new();
            for figure in index.ranked() {
                prop_assert!(!figure.stories.is_empty());
                prop_assert!(figure.stories.windows(2).all(|w| w[0] < w[1]));
                for quote in &figure.quotes {
                    prop_assert!(quoted.insert(*quote), "quote {quote:?} in two figures");
                    prop_assert!(figure.stories.contains(&quote.0));
                }
                for &other in &figure.ambiguous {
                    prop_assert!(other != figure.id);
                }
            }
            for (number, story) in index.stories().iter().enumerate() {
                for row in 0..story.named.len() {
                    let figure = index.figure_of(number as u32, row as u32);
                    let figure = figure.map(|id| index.figure(id));
                    prop_assert!(figure.is_some_and(|f| f.stories.contains(&(number as u32))));
                }
            }
        }
    }
}
