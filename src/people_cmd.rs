//! `byline people` and `byline quotes`: their arguments, and the wiring
//! from paths to an index to what [`byline::people`] prints.

use byline::article::load_library;
use byline::index::Index;
use byline::people::{QuoteFormat, select_quotes, write_people, write_quotes};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct PeopleArgs {
    /// One JSON object per line: name, kind, stories, quotes, aliases, titles.
    #[arg(long)]
    json: bool,
    /// Article files or folders (default: the bundled data/ library).
    paths: Vec<PathBuf>,
}

#[derive(Args)]
pub struct QuotesArgs {
    /// Only this person's (or organisation's) quotes.
    #[arg(long, value_name = "NAME")]
    speaker: Option<String>,
    /// One JSON object per line: speaker, text, title, source, published,
    /// url, path, paragraph.
    #[arg(long, conflicts_with = "markdown")]
    json: bool,
    /// Markdown ready to paste: > “words” — Speaker, *Title*, Source, date
    #[arg(long)]
    markdown: bool,
    /// Article files or folders (default: the bundled data/ library).
    paths: Vec<PathBuf>,
}

/// The index of `paths` (or `default`), the load errors reported; `None`
/// when there is nothing to index.
fn index_of(paths: Vec<PathBuf>, default: PathBuf) -> Option<(Index, bool)> {
    let paths = if paths.is_empty() {
        vec![default]
    } else {
        paths
    };
    let loaded = load_library(&paths);
    for err in &loaded.errors {
        eprintln!("byline: {err}");
    }
    if loaded.articles.is_empty() {
        eprintln!("byline: no articles to read");
        return None;
    }
    Some((Index::build(&loaded.articles), loaded.errors.is_empty()))
}

/// Success unless a file failed to load; an output closed early (piped
/// into `head`) is not a failure.
fn finish(written: std::io::Result<()>, all_loaded: bool) -> ExitCode {
    match written {
        Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("byline: {err}");
            ExitCode::FAILURE
        }
        _ if all_loaded => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}

pub fn people(args: PeopleArgs, default: PathBuf) -> ExitCode {
    let Some((index, all_loaded)) = index_of(args.paths, default) else {
        return ExitCode::FAILURE;
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = write_people(&index, args.json, &mut out).and_then(|()| out.flush());
    finish(written, all_loaded)
}

pub fn quotes(args: QuotesArgs, default: PathBuf) -> ExitCode {
    let Some((index, all_loaded)) = index_of(args.paths, default) else {
        return ExitCode::FAILURE;
    };
    let quotes = match select_quotes(&index, args.speaker.as_deref()) {
        Ok(quotes) => quotes,
        Err(err) => {
            eprintln!("byline: {err}");
            return ExitCode::FAILURE;
        }
    };
    let format = match (args.json, args.markdown) {
        (true, _) => QuoteFormat::Json,
        (_, true) => QuoteFormat::Markdown,
        _ => QuoteFormat::Plain,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = write_quotes(&quotes, format, &mut out).and_then(|()| out.flush());
    finish(written, all_loaded)
}
