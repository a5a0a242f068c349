//! Pure text analysis of news English: no UI, no I/O, deterministic.
//!
//! `analyze` is the one entry point: it segments the article once
//! ([`segment`]), finds the named entities ([`entities`]) and then the
//! quotations and their speakers ([`quotes`]), which lean on the entities.

pub mod entities;
pub mod lexicon;
pub mod quotes;
pub mod segment;
mod windows;

use crate::article::{Article, Span};
use serde::{Deserialize, Serialize};

/// What kind of referent an entity row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Date,
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Date,
        EntityKind::Other,
    ];

    /// Heading for a group of entities of this kind (sidebar, summaries).
    pub fn plural(self) -> &'static str {
        match self {
            EntityKind::Person => "People",
            EntityKind::Organization => "Organizations",
            EntityKind::Place => "Places",
            EntityKind::Date => "Dates",
            EntityKind::Other => "Other",
        }
    }
}

/// One real-world referent named in the story: one sidebar row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable within one analysis: "e1", "e2", ...
    pub id: String,
    pub kind: EntityKind,
    /// The fullest form of the name seen in the story.
    pub name: String,
    /// Other forms seen ("Trump" for "Donald Trump"), without the name itself.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Titles and roles seen with the name ("President", "special envoy").
    #[serde(default)]
    pub titles: Vec<String>,
    /// Every mention, in story order; the name alone, without title or 's.
    pub mentions: Vec<Span>,
}

/// Whether quoted words reproduce someone's speech or only set a term apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Someone's words.
    #[default]
    Quote,
    /// Scare quotes, so-called terms, quoted titles: nobody is quoted.
    Scare,
}

/// One quotation (one paragraph part of it), its span and its speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// "q1", "q2", ... in story order.
    pub id: String,
    /// The quoted words, without the quotation marks.
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
    /// The speaker's entity id, when the story names them.
    pub speaker: Option<String>,
    /// The name shown for the speaker, also for unnamed sources ("a spokesman").
    pub speaker_name: Option<String>,
    /// The reporting verb or phrase that attributes the quote ("said", "according to").
    pub cue: Option<String>,
    #[serde(default)]
    pub kind: QuoteKind,
}

/// Everything the analysis finds in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Analysis {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

impl Analysis {
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    pub fn count(&self, kind: EntityKind) -> usize {
        self.entities.iter().filter(|e| e.kind == kind).count()
    }

    /// Quotes that reproduce speech (scare quotes left out).
    pub fn real_quotes(&self) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(|q| q.kind == QuoteKind::Quote)
    }
}

/// Analyse one article: entities first, then quotes attributed to them.
/// A very long paragraph is analysed in windows ([`windows`]); spans are
/// byte offsets into the article's own paragraphs all the same.
pub fn analyze(article: &Article) -> Analysis {
    let windows = windows::Windows::new(&article.paragraphs);
    let doc = segment::Document::new(&windows.texts);
    let mut entities = entities::extract(&doc);
    let mut quotes = quotes::extract(&doc, &entities);
    drop(doc);
    for span in entities.iter_mut().flat_map(|e| e.mentions.iter_mut()) {
        windows.place(span);
    }
    for quote in &mut quotes {
        windows.place(&mut quote.span);
    }
    Analysis { entities, quotes }
}
