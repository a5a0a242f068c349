//! What `byline analyze` prints: the JSON contract read by the evaluation
//! scorer, and a readable summary.

use crate::analysis::{Analysis, Entity, EntityKind, MOST_QUOTES, Quote, QuoteKind};
use crate::article::{Article, Span};
use serde::{Deserialize, Serialize};
use serde_json::ser::Formatter;
use std::fmt::Write;
use std::io;

/// An article with its analysis: the JSON object `analyze --json` prints,
/// each quotation with its id and its words (see [`QuoteJson`]).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Report {
    #[serde(flatten)]
    pub article: Article,
    #[serde(flatten)]
    pub analysis: Analysis,
    /// The paragraphs the analysis read, once `article.paragraphs` holds
    /// the source's own ([`Report::with_verbatim_paragraphs`]): the
    /// quotations' words are printed from these.
    #[serde(skip)]
    analysed: Option<Vec<String>>,
}

impl Report {
    pub fn new(article: Article) -> Self {
        let analysis = crate::analysis::analyze(&article);
        Report::with_analysis(article, analysis)
    }

    /// The report of an analysis made already.
    pub fn with_analysis(article: Article, analysis: Analysis) -> Self {
        Report {
            article,
            analysis,
            analysed: None,
        }
    }

    /// The report with the article's paragraphs as the source had them
    /// (see `Article::verbatim`), for JSON: a program reading it lines spans
    /// up with its own copy of the text. The analysis is unchanged, since
    /// cleaning kept every byte offset.
    pub fn with_verbatim_paragraphs(mut self) -> Self {
        if let Some(verbatim) = self.article.verbatim.take() {
            self.analysed = Some(std::mem::replace(&mut self.article.paragraphs, verbatim));
        }
        self
    }

    pub fn to_json(&self) -> String {
        let mut out = Vec::new();
        self.write_json(&mut out, false)
            .expect("a report always serialises");
        String::from_utf8(out).expect("JSON is UTF-8")
    }

    /// Write the report as JSON (indented when `pretty`), every control or
    /// disguising character in a string written as a `\u` escape: the bytes
    /// are inert on a terminal, and the parsed strings are exact.
    pub fn write_json(&self, out: impl std::io::Write, pretty: bool) -> serde_json::Result<()> {
        if pretty {
            let formatter = InertJson(serde_json::ser::PrettyFormatter::new());
            self.serialize(&mut serde_json::Serializer::with_formatter(out, formatter))
        } else {
            let formatter = InertJson(serde_json::ser::CompactFormatter);
            self.serialize(&mut serde_json::Serializer::with_formatter(out, formatter))
        }
    }

    /// Title, entities by kind with mention counts, quotes with speaker and
    /// paragraph number (counted from 1, as the reader shows them).
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let a = &self.article;
        let _ = writeln!(out, "{}", a.title);
        let meta: Vec<&str> = [&a.source, &a.published, &a.author]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !meta.is_empty() {
            let _ = writeln!(out, "{}", meta.join(" · "));
        }
        let _ = writeln!(
            out,
            "{} paragraphs, {} words",
            a.paragraphs.len(),
            a.word_count()
        );
        for kind in EntityKind::ALL {
            let rows: Vec<_> = self
                .analysis
                .entities
                .iter()
                .filter(|e| e.kind == kind)
                .collect();
            if rows.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n{}:", kind.plural());
            for e in rows {
                let titles = if e.titles.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", e.titles.join(", "))
                };
                let _ = writeln!(out, "  {}{} ×{}", e.name, titles, e.mentions.len());
            }
        }
        let quotes: Vec<_> = self
            .analysis
            .quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Quote)
            .collect();
        if !quotes.is_empty() {
            let _ = writeln!(out, "\nQuotes:");
            for q in quotes {
                let who = q.speaker_name().unwrap_or("(unattributed)");
                let text = q.text(&self.article);
                let _ = writeln!(out, "  ¶{} {}: “{}”", q.span.paragraph + 1, who, text);
            }
        }
        if let Some(note) = not_listed_note(&self.analysis) {
            let _ = writeln!(out, "\n{note}");
        }
        out
    }
}

/// What to say when a story has more quotations than it lists
/// ([`MOST_QUOTES`]), for `analyze` and the reader.
pub fn not_listed_note(analysis: &Analysis) -> Option<String> {
    let n = analysis.quotes_not_listed;
    (n > 0).then(|| {
        format!(
            "{n} more quotation{} not listed: a story lists at most {MOST_QUOTES}.",
            if n == 1 { "" } else { "s" }
        )
    })
}

impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let paragraphs = self.analysed.as_deref().unwrap_or(&self.article.paragraphs);
        ReportJson {
            article: &self.article,
            entities: &self.analysis.entities,
            quotes: QuotesJson {
                quotes: &self.analysis.quotes,
                paragraphs,
            },
            quotes_not_listed: self.analysis.quotes_not_listed,
        }
        .serialize(serializer)
    }
}

#[derive(Serialize)]
struct ReportJson<'r> {
    #[serde(flatten)]
    article: &'r Article,
    entities: &'r [Entity],
    quotes: QuotesJson<'r>,
    /// Said only when there are any: the output of every other story is
    /// as it was.
    #[serde(skip_serializing_if = "is_zero")]
    quotes_not_listed: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The quotations, written one at a time with their ids and words: the
/// analysis keeps neither (a story may have millions of quotations).
struct QuotesJson<'r> {
    quotes: &'r [Quote],
    paragraphs: &'r [String],
}

impl Serialize for QuotesJson<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.quotes.iter().enumerate().map(|(index, quote)| {
            let span = quote.span;
            QuoteJson {
                id: Quote::id_at(index),
                span,
                text: self
                    .paragraphs
                    .get(span.paragraph)
                    .and_then(|p| p.get(span.start..span.end))
                    .unwrap_or(""),
                speaker: quote.speaker(),
                speaker_name: quote.speaker_name(),
                cue: quote.cue(),
                kind: quote.kind,
            }
        }))
    }
}

/// One quotation as `analyze --json` prints it.
#[derive(Serialize)]
struct QuoteJson<'r> {
    /// "q1", "q2", ... in story order.
    id: String,
    #[serde(flatten)]
    span: Span,
    /// The quoted words, without the quotation marks.
    text: &'r str,
    speaker: Option<&'r str>,
    speaker_name: Option<&'r str>,
    cue: Option<&'r str>,
    kind: QuoteKind,
}

/// A JSON formatter that writes, besides what JSON must escape, every
/// character a terminal would act on (DEL, C1 controls) or that disguises
/// text (bidi overrides, tag characters) as a `\u` escape.
struct InertJson<F>(F);

impl<F: Formatter> Formatter for InertJson<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if crate::article::is_unsafe_on_terminal(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    io::Write::write_fmt(writer, format_args!("\\u{unit:04x}"))?;
                }
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_what_a_terminal_would_act_on_and_keeps_the_text_exact() {
        let mut article = Article::from_paragraphs("T", &["a\u{1b}[2J b\u{9b}c \u{202e}d\u{7f}"]);
        article.verbatim = Some(article.paragraphs.clone());
        let report = Report::new(article).with_verbatim_paragraphs();
        for pretty in [false, true] {
            let mut out = Vec::new();
            report.write_json(&mut out, pretty).unwrap();
            let json = String::from_utf8(out).unwrap();
            assert!(!json.contains(is_raw_hazard), "{json:?}");
            assert!(
                json.contains("\\u001b") && json.contains("\\u202e"),
                "{json}"
            );
            let back: serde_json::Value = serde_json::from_str(&json).unwrap();
            assert_eq!(back["paragraphs"][0], "a\u{1b}[2J b\u{9b}c \u{202e}d\u{7f}");
        }
    }

    fn is_raw_hazard(c: char) -> bool {
        c != '\n' && crate::article::is_unsafe_on_terminal(c)
    }
}
