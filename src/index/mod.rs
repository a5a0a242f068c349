//! The library-wide view: who is named and who is quoted across every
//! story, built from each story's analysis.
//!
//! [`Index::add`] takes stories, analyses the new ones in parallel (or
//! reads them back from an [`AnalysisCache`]), keeps of each only what the
//! library view needs ([`IndexedStory`]) and regroups the people and
//! organisations into [`Figure`]s ([`identity`] says how names meet).
//! Adding stories analyses only those; reopening with a kept cache
//! analyses nothing.
//!
//! - [`cache`]: content hashes and the cache trait.
//! - [`identity`]: name keys and how short names resolve.
//! - [`figures`]: the figures made from the clusters.
//! - `find`: a figure by what a user types (name, alias, after a title).
//! - [`cite`]: quotes with their citations, as JSON rows and Markdown.
//! - [`store_cache`]: the store as the cache, and its entries as stories.

pub mod cache;
pub mod cite;
pub mod figures;
mod find;
pub mod identity;
pub mod store_cache;

pub use cache::{AnalysisCache, ContentHash, MemoryCache, NoCache};
pub use cite::Citation;
pub use figures::{Figure, FigureId};
pub use store_cache::{store_articles, store_entries};

use crate::analysis::{self, Analysis, EntityKind, QuoteKind};
use crate::article::{Article, Span};
use identity::Clusters;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;

/// Where a story came from, for citing it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoryMeta {
    pub title: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub path: PathBuf,
}

/// A person or organisation as one story names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// Index into the story's `analysis.entities`.
    pub entity: usize,
    pub kind: EntityKind,
    pub name: String,
    pub aliases: Vec<String>,
    pub titles: Vec<String>,
    /// Its quotes: indices into the story's `quotes`.
    pub quotes: Vec<u32>,
}

/// One quotation of a story (scare quotes are left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedQuote {
    /// Index into the story's `analysis.quotes`: the reader selects it.
    pub index: usize,
    pub span: Span,
    pub text: String,
    /// The speaker's row in `named`, when the story names them.
    pub speaker: Option<u32>,
    /// The speaker as the story gives them ("a spokesman" included).
    pub speaker_name: Option<String>,
}

/// What the index keeps of a story: enough to cite it and its people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexedStory {
    pub meta: StoryMeta,
    pub hash: ContentHash,
    pub named: Vec<Named>,
    pub quotes: Vec<IndexedQuote>,
    /// Quotations past the most a story lists (`analysis::MOST_QUOTES`),
    /// counted but not kept.
    pub quotes_not_listed: usize,
    /// A newer version of the story (same path, other text) replaced it.
    pub retired: bool,
    /// Per row of `named`: the identity cluster and group it was filed in.
    pub placed: Vec<(u32, u32)>,
}

impl IndexedStory {
    fn new(article: &Article, hash: ContentHash, analysis: &Analysis) -> IndexedStory {
        let mut row_of = HashMap::new();
        let mut named = Vec::new();
        for (number, entity) in analysis.entities.iter().enumerate() {
            if matches!(entity.kind, EntityKind::Person | EntityKind::Organization) {
                row_of.insert(entity.id.as_str(), named.len() as u32);
                named.push(Named {
                    entity: number,
                    kind: entity.kind,
                    name: entity.name.clone(),
                    aliases: entity.aliases.clone(),
                    titles: entity.titles.clone(),
                    quotes: Vec::new(),
                });
            }
        }
        let mut quotes = Vec::new();
        for (index, quote) in analysis.quotes.iter().enumerate() {
            if quote.kind != QuoteKind::Quote {
                continue;
            }
            let speaker = quote.speaker().and_then(|id| row_of.get(id).copied());
            if let Some(row) = speaker {
                named[row as usize].quotes.push(quotes.len() as u32);
            }
            quotes.push(IndexedQuote {
                index,
                span: quote.span,
                text: quote.text(article).to_string(),
                speaker,
                speaker_name: quote.speaker_name().map(str::to_string),
            });
        }
        IndexedStory {
            meta: StoryMeta {
                title: article.title.clone(),
                source: article.source.clone(),
                published: article.published.clone(),
                url: article.url.clone(),
                path: article.path.clone(),
            },
            hash,
            named,
            quotes,
            quotes_not_listed: analysis.quotes_not_listed,
            retired: false,
            placed: Vec::new(),
        }
    }
}

/// Numbers of one [`Index::add`]: how the stories were handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Added {
    /// Analysed now.
    pub analysed: usize,
    /// Read back from the cache.
    pub cached: usize,
    /// Already in the index with the same text.
    pub unchanged: usize,
}

/// Stories analysed between two progress reports.
const BATCH: usize = 256;

/// The library-wide index.
#[derive(Debug, Default, Clone)]
pub struct Index {
    stories: Vec<IndexedStory>,
    /// Path (or URL, for stories with no path) -> the story's number.
    by_place: HashMap<String, u32>,
    clusters: Clusters,
    figures: Vec<Figure>,
    /// Per cluster, per group: its figure.
    figure_of_group: Vec<Vec<FigureId>>,
    /// A story was replaced: the clusters must be filed again without it.
    refile: bool,
    /// Figures sorted by stories, then quotes, then name.
    ranking: Vec<FigureId>,
}

impl Index {
    pub fn new() -> Index {
        Index::default()
    }

    /// An index of `articles`, analysed with no cache.
    pub fn build(articles: &[Article]) -> Index {
        let mut index = Index::new();
        index.add(articles, &mut NoCache);
        index
    }

    /// Add stories: new ones are analysed (in parallel, on rayon's current
    /// pool) unless `cache` has them; those already indexed with the same
    /// text are skipped; a known path with new text replaces the old story.
    pub fn add(&mut self, articles: &[Article], cache: &mut dyn AnalysisCache) -> Added {
        self.add_with_progress(articles, cache, |_, _| {})
    }

    /// [`Index::add`], calling `progress(done, total)` after each batch.
    pub fn add_with_progress(
        &mut self,
        articles: &[Article],
        cache: &mut dyn AnalysisCache,
        mut progress: impl FnMut(usize, usize),
    ) -> Added {
        let mut added = Added::default();
        let hashes: Vec<ContentHash> = articles.par_iter().map(ContentHash::of).collect();
        let mut fresh = Vec::new();
        for (i, (article, hash)) in articles.iter().zip(&hashes).enumerate() {
            let place = place_of_article(article);
            if let Some(&known) = self.by_place.get(&place) {
                let story = &mut self.stories[known as usize];
                if story.hash == *hash && !story.retired {
                    added.unchanged += 1;
                    continue;
                }
                story.retired = true;
                self.refile = true;
            }
            fresh.push(i);
        }
        let keeps = cache.keeps();
        for (done, batch) in fresh.chunks(BATCH).enumerate() {
            let cached: Vec<Option<Vec<u8>>> =
                batch.iter().map(|&i| cache.get(&hashes[i])).collect();
            // Per story: None when read from the cache, else Some(the
            // encoded analysis, when the cache keeps them).
            let made: Vec<(IndexedStory, Option<Option<Vec<u8>>>)> = batch
                .par_iter()
                .zip(cached)
                .map(|(&i, bytes)| {
                    let article = &articles[i];
                    let from_cache = bytes.as_deref().and_then(cache::decode);
                    let (analysis, encoded) = match from_cache {
                        Some(analysis) => (analysis, None),
                        None => {
                            let analysis = analysis::analyze(article);
                            let encoded = keeps.then(|| cache::encode(&analysis));
                            (analysis, Some(encoded))
                        }
                    };
                    (IndexedStory::new(article, hashes[i], &analysis), encoded)
                })
                .collect();
            for (story, analysed) in made {
                match analysed {
                    Some(encoded) => {
                        if let Some(bytes) = encoded {
                            cache.put(&story.hash, bytes);
                        }
                        added.analysed += 1;
                    }
                    None => added.cached += 1,
                }
                self.push(story);
            }
            progress((done * BATCH + batch.len()).min(fresh.len()), fresh.len());
        }
        if std::mem::take(&mut self.refile) {
            self.refile_clusters();
        }
        if added.analysed + added.cached > 0 || self.figures.is_empty() {
            self.refigure();
        }
        added
    }

    fn push(&mut self, mut story: IndexedStory) {
        let number = self.stories.len() as u32;
        self.by_place.insert(place_of(&story.meta), number);
        story.placed = story
            .named
            .iter()
            .enumerate()
            .map(|(row, named)| self.clusters.add((number, row as u32), named))
            .collect();
        self.stories.push(story);
    }

    /// File every current story's rows again, leaving replaced ones out
    /// (sums only grow, so a removal starts them afresh).
    fn refile_clusters(&mut self) {
        self.clusters = Clusters::default();
        for (number, story) in self.stories.iter_mut().enumerate() {
            story.placed = if story.retired {
                Vec::new()
            } else {
                let clusters = &mut self.clusters;
                story
                    .named
                    .iter()
                    .enumerate()
                    .map(|(row, named)| clusters.add((number as u32, row as u32), named))
                    .collect()
            };
        }
    }

    fn refigure(&mut self) {
        let made = figures::make(&self.clusters);
        self.figures = made.figures;
        self.figure_of_group = made.figure_of_group;
        self.ranking = (0..self.figures.len()).map(FigureId).collect();
        let figures = &self.figures;
        self.ranking.sort_by(|a, b| {
            let (a, b) = (&figures[a.0], &figures[b.0]);
            b.stories
                .len()
                .cmp(&a.stories.len())
                .then(b.quotes.len().cmp(&a.quotes.len()))
                .then_with(|| a.name.cmp(&b.name))
        });
    }

    pub fn stories(&self) -> &[IndexedStory] {
        &self.stories
    }

    /// Stories indexed and current (replaced versions left out).
    pub fn story_count(&self) -> usize {
        self.stories.iter().filter(|s| !s.retired).count()
    }

    pub fn figure(&self, id: FigureId) -> &Figure {
        &self.figures[id.0]
    }

    /// Every figure, most stories first.
    pub fn ranked(&self) -> impl Iterator<Item = &Figure> {
        self.ranking.iter().map(|id| &self.figures[id.0])
    }

    /// The figures of one kind, most stories first.
    pub fn ranked_of(&self, kind: EntityKind) -> impl Iterator<Item = &Figure> {
        self.ranked().filter(move |f| f.kind == kind)
    }

    /// The figure a story's row belongs to.
    pub fn figure_of(&self, story: u32, row: u32) -> Option<FigureId> {
        let &(cluster, group) = self.stories.get(story as usize)?.placed.get(row as usize)?;
        let id = *self
            .figure_of_group
            .get(cluster as usize)?
            .get(group as usize)?;
        (id.0 < self.figures.len()).then_some(id)
    }

    /// The number of the current version of `article` in the index.
    pub fn story_number(&self, article: &Article) -> Option<u32> {
        let number = *self.by_place.get(&place_of_article(article))?;
        (!self.stories[number as usize].retired).then_some(number)
    }

    /// The figure an entity of a story's analysis (its index in
    /// `analysis.entities`) belongs to: people and organisations only.
    pub fn figure_of_entity(&self, story: u32, entity: usize) -> Option<FigureId> {
        let named = &self.stories.get(story as usize)?.named;
        let row = named.iter().position(|n| n.entity == entity)?;
        self.figure_of(story, row as u32)
    }

    /// A figure's quotes with their citations, newest story first.
    pub fn quotes_of(&self, id: FigureId) -> Vec<Citation<'_>> {
        let figure = &self.figures[id.0];
        let mut quotes: Vec<Citation> = figure
            .quotes
            .iter()
            .map(|&(story, quote)| self.cite(story, quote))
            .collect();
        cite::sort_newest_first(&mut quotes);
        quotes
    }

    /// Every quote of the library in story order, cited.
    pub fn all_quotes(&self) -> Vec<Citation<'_>> {
        let mut quotes = Vec::new();
        for (number, story) in self.stories.iter().enumerate() {
            if story.retired {
                continue;
            }
            for quote in 0..story.quotes.len() {
                quotes.push(self.cite(number as u32, quote as u32));
            }
        }
        quotes
    }

    fn cite(&self, story: u32, quote: u32) -> Citation<'_> {
        let indexed = &self.stories[story as usize];
        let spoken = &indexed.quotes[quote as usize];
        let figure = spoken.speaker.and_then(|row| self.figure_of(story, row));
        Citation {
            story,
            story_meta: &indexed.meta,
            quote: spoken,
            speaker: figure
                .map(|id| self.figures[id.0].name.as_str())
                .or(spoken.speaker_name.as_deref()),
            figure,
        }
    }
}

/// What tells two versions of one story from two stories: the path (else
/// the URL) and the title, since one JSON Lines file holds many stories.
fn place_of(meta: &StoryMeta) -> String {
    let place = if meta.path.as_os_str().is_empty() {
        meta.url.as_deref().unwrap_or("").into()
    } else {
        meta.path.to_string_lossy()
    };
    format!("{place}\n{}", meta.title)
}

fn place_of_article(article: &Article) -> String {
    place_of(&StoryMeta {
        title: article.title.clone(),
        url: article.url.clone(),
        path: article.path.clone(),
        ..StoryMeta::default()
    })
}
