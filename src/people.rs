//! What `byline people` and `byline quotes` print: the library's people and
//! organisations, and its quotes with their citations, as a table, JSON
//! Lines or Markdown. The binary loads the stories and builds the
//! [`Index`]; everything it prints is made here.

use crate::analysis::EntityKind;
use crate::index::{Citation, Figure, Index};
use serde::Serialize;
use std::io::{self, Write};

/// The JSON row of a figure (`byline people --json`).
#[derive(Debug, Serialize)]
pub struct FigureRow<'a> {
    pub name: &'a str,
    pub kind: EntityKind,
    pub stories: usize,
    pub quotes: usize,
    pub aliases: &'a [String],
    pub titles: &'a [String],
    /// For a surname that could be several people: their names. Empty
    /// otherwise.
    pub ambiguous: Vec<&'a str>,
}

fn figure_row<'a>(index: &'a Index, figure: &'a Figure) -> FigureRow<'a> {
    FigureRow {
        name: &figure.name,
        kind: figure.kind,
        stories: figure.stories.len(),
        quotes: figure.quotes.len(),
        aliases: &figure.aliases,
        titles: &figure.titles,
        ambiguous: figure
            .ambiguous
            .iter()
            .map(|&id| index.figure(id).name.as_str())
            .collect(),
    }
}

/// Every person and organisation, most stories first: one JSON object per
/// line, or a table.
pub fn write_people(index: &Index, json: bool, out: &mut impl Write) -> io::Result<()> {
    let figures = index
        .ranked()
        .filter(|f| matches!(f.kind, EntityKind::Person | EntityKind::Organization));
    if !json {
        writeln!(out, "{:>7} {:>6}  {:<12} NAME", "STORIES", "QUOTES", "KIND")?;
    }
    for figure in figures {
        let row = figure_row(index, figure);
        if json {
            serde_json::to_writer(&mut *out, &row).map_err(io::Error::other)?;
            writeln!(out)?;
            continue;
        }
        let mut notes = Vec::new();
        if !row.titles.is_empty() {
            notes.push(row.titles.join(", "));
        }
        if !row.aliases.is_empty() {
            notes.push(format!("also {}", row.aliases.join(", ")));
        }
        if !row.ambiguous.is_empty() {
            notes.push(format!("ambiguous: {}?", row.ambiguous.join(" or ")));
        }
        let notes = if notes.is_empty() {
            String::new()
        } else {
            format!(" ({})", notes.join("; "))
        };
        let kind = match figure.kind {
            EntityKind::Person => "person",
            _ => "organization",
        };
        writeln!(
            out,
            "{:>7} {:>6}  {:<12} {}{}",
            row.stories, row.quotes, kind, row.name, notes
        )?;
    }
    Ok(())
}

/// How `byline quotes` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteFormat {
    Plain,
    Json,
    Markdown,
}

/// Why `byline quotes --speaker NAME` printed nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeakerError {
    Unknown(String),
    /// Several figures answer to the name: their names.
    Several(String, Vec<String>),
}

impl std::fmt::Display for SpeakerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpeakerError::Unknown(name) => write!(f, "nobody called '{name}' in these stories"),
            SpeakerError::Several(name, names) => write!(
                f,
                "'{name}' could be {}: name one of them",
                names.join(" or ")
            ),
        }
    }
}

/// The quotes to print: every quote in the library, or one speaker's
/// (newest story first).
pub fn select_quotes<'a>(
    index: &'a Index,
    speaker: Option<&str>,
) -> Result<Vec<Citation<'a>>, SpeakerError> {
    let Some(name) = speaker else {
        return Ok(index.all_quotes());
    };
    match index.find(name) {
        Ok(id) => Ok(index.quotes_of(id)),
        Err(several) if several.is_empty() => Err(SpeakerError::Unknown(name.to_string())),
        Err(several) => Err(SpeakerError::Several(
            name.to_string(),
            several
                .iter()
                .map(|&id| index.figure(id).name.clone())
                .collect(),
        )),
    }
}

pub fn write_quotes(
    quotes: &[Citation],
    format: QuoteFormat,
    out: &mut impl Write,
) -> io::Result<()> {
    for quote in quotes {
        match format {
            QuoteFormat::Json => {
                serde_json::to_writer(&mut *out, &quote.row()).map_err(io::Error::other)?;
                writeln!(out)?;
            }
            QuoteFormat::Markdown => writeln!(out, "{}\n", quote.markdown())?,
            QuoteFormat::Plain => writeln!(out, "{}", quote.plain())?,
        }
    }
    Ok(())
}
