//! `byline people` and `byline quotes`: their arguments, and the wiring
//! from paths to an index to what [`byline::people`] prints.

use byline::article::load_library;
use byline::index::{Index, store_articles};
use byline::people::{QuoteFormat, select_quotes, write_people, write_quotes};
use byline::store::Store;
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Args)]
pub struct PeopleArgs {
    /// One JSON object per line: name, kind, stories, quotes, aliases, titles.
    #[arg(long)]
    json: bool,
    /// Article files or folders (default: the subscriptions' entries when
    /// the store has any, else the bundled data/ library).
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
    /// Article files or folders (default: the subscriptions' entries when
    /// the store has any, else the bundled data/ library).
    paths: Vec<PathBuf>,
}

/// The index of `paths`; with none, of the subscriptions' entries when
/// the store (`--db`, `BYLINE_DB`, else the default) has subscriptions, else
/// of `default`. Load errors are reported; `None` when there is nothing to
/// index.
fn index_of(paths: Vec<PathBuf>, default: PathBuf, db: Option<&Path>) -> Option<(Index, bool)> {
    if paths.is_empty()
        && let Some(db) = byline::cli::subscriptions(db)
    {
        return index_of_store(&db);
    }
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

/// The index of every entry in the store at `db`, which keeps the analyses
/// (a second run analyses only entries fetched since).
fn index_of_store(db: &Path) -> Option<(Index, bool)> {
    let read = Store::open(db).and_then(|store| Ok((store_articles(&store)?, store)));
    let (articles, mut store) = match read {
        Ok(read) => read,
        Err(err) => {
            eprintln!("byline: {err}");
            return None;
        }
    };
    if articles.is_empty() {
        eprintln!("byline: no entries in {}; run `byline fetch`", db.display());
        return None;
    }
    let mut index = Index::new();
    index.add(&articles, &mut store);
    Some((index, true))
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

pub fn people(args: PeopleArgs, default: PathBuf, db: Option<&Path>) -> ExitCode {
    let Some((index, all_loaded)) = index_of(args.paths, default, db) else {
        return ExitCode::FAILURE;
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = write_people(&index, args.json, &mut out).and_then(|()| out.flush());
    say_what_was_not_listed(&index);
    finish(written, all_loaded)
}

pub fn quotes(args: QuotesArgs, default: PathBuf, db: Option<&Path>) -> ExitCode {
    let Some((index, all_loaded)) = index_of(args.paths, default, db) else {
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
    say_what_was_not_listed(&index);
    finish(written, all_loaded)
}

/// A story with more quotations than a story lists is named, with how
/// many were left out: the list above is not all it says. (Titles are
/// cleaned of control characters when loaded.)
fn say_what_was_not_listed(index: &Index) {
    for story in index.stories().iter().filter(|s| s.quotes_not_listed > 0) {
        eprintln!(
            "byline: {}: {} more quotations not listed: a story lists at most {}",
            story.meta.title,
            story.quotes_not_listed,
            byline::analysis::MOST_QUOTES
        );
    }
}
