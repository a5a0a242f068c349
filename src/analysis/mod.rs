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
use std::sync::Arc;

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
///
/// Kept small (40 bytes), since a hostile story holds millions: its words
/// are the article's text at `span` ([`Quote::text`]), its number is its
/// place in [`Analysis::quotes`] ("q1" is the first; `analyze --json`
/// prints both), and quotations with the same speaker and cue share one
/// [`QuoteSource`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "QuoteFields", into = "QuoteFields")]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    /// Who said it and the cue that says so; `None` when nothing does.
    source: Option<Arc<QuoteSource>>,
    pub kind: QuoteKind,
}

/// The speaker of a quotation and the cue that attributes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct QuoteSource {
    /// The speaker's entity id, when the story names them.
    pub speaker: Option<String>,
    /// The name shown for the speaker, also for unnamed sources ("a spokesman").
    pub speaker_name: Option<String>,
    /// The reporting verb or phrase that attributes the quote ("said", "according to").
    pub cue: Option<String>,
}

impl Quote {
    /// A quotation at `span`, attributed by `source` (shared with the
    /// story's other quotations of the same speaker and cue, if any).
    pub fn new(span: Span, source: Option<Arc<QuoteSource>>, kind: QuoteKind) -> Self {
        let source = source.filter(|a| **a != QuoteSource::default());
        Quote { span, source, kind }
    }

    /// The quoted words: the article's text at `span`.
    pub fn text<'a>(&self, article: &'a Article) -> &'a str {
        self.span.text(article)
    }

    /// The speaker's entity id, when the story names them.
    pub fn speaker(&self) -> Option<&str> {
        self.source.as_ref()?.speaker.as_deref()
    }

    /// The name shown for the speaker, also for unnamed sources ("a spokesman").
    pub fn speaker_name(&self) -> Option<&str> {
        self.source.as_ref()?.speaker_name.as_deref()
    }

    /// The reporting verb or phrase that attributes the quote ("said", "according to").
    pub fn cue(&self) -> Option<&str> {
        self.source.as_ref()?.cue.as_deref()
    }

    /// The id `analyze --json` gives the quotation at `index` of the story's list.
    pub fn id_at(index: usize) -> String {
        format!("q{}", index + 1)
    }
}

/// A quotation as serde writes and reads it (in the analysis cache).
#[derive(Serialize, Deserialize)]
struct QuoteFields {
    #[serde(flatten)]
    span: Span,
    speaker: Option<String>,
    speaker_name: Option<String>,
    cue: Option<String>,
    #[serde(default)]
    kind: QuoteKind,
}

impl From<Quote> for QuoteFields {
    fn from(quote: Quote) -> Self {
        let source = quote.source.as_deref().cloned().unwrap_or_default();
        QuoteFields {
            span: quote.span,
            speaker: source.speaker,
            speaker_name: source.speaker_name,
            cue: source.cue,
            kind: quote.kind,
        }
    }
}

impl From<QuoteFields> for Quote {
    fn from(fields: QuoteFields) -> Self {
        let source = QuoteSource {
            speaker: fields.speaker,
            speaker_name: fields.speaker_name,
            cue: fields.cue,
        };
        Quote::new(fields.span, Some(Arc::new(source)), fields.kind)
    }
}

/// The most quotations a story lists. No story comes near it (a 20 MB
/// file of news paragraphs has some 60,000); a file of nothing but
/// one-letter quotations (`"a" ` repeated: one every four bytes) would
/// otherwise hold 40 bytes of `Quote` for every 4 of text. Quotations
/// past it are found and counted ([`Analysis::quotes_not_listed`]), not
/// kept, and everyone who shows the list says so.
pub const MOST_QUOTES: usize = 100_000;

/// Everything the analysis finds in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Analysis {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    /// Quotations found past the first [`MOST_QUOTES`]: counted, not listed.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub quotes_not_listed: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
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
    let quotes::Found {
        mut listed,
        not_listed,
    } = quotes::find(&doc, &entities, MOST_QUOTES);
    drop(doc);
    for span in entities.iter_mut().flat_map(|e| e.mentions.iter_mut()) {
        windows.place(span);
    }
    for quote in &mut listed {
        windows.place(&mut quote.span);
    }
    Analysis {
        entities,
        quotes: listed,
        quotes_not_listed: not_listed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_stays_within_40_bytes() {
        // A hostile story holds millions at once (`"a" ` repeated: one
        // every four bytes).
        assert!(std::mem::size_of::<Quote>() <= 40);
    }

    #[test]
    fn quotations_past_the_limit_are_counted_not_kept() {
        let text = ["She said \"one\" and \"two\" and \"three\" and \"four\"."];
        let doc = segment::Document::new(&text);
        let all = quotes::extract(&doc, &[]);
        let found = quotes::find(&doc, &[], 2);
        assert_eq!(all.len(), 4);
        assert_eq!(found.listed, all[..2]);
        assert_eq!(found.not_listed, 2);
    }
}
