//! The `byline` binary: parses the command line, then runs the reader or
//! `analyze`. Everything else lives in the library.

mod people_cmd;

use byline::article::{LoadError, load_library};
use byline::report::Report;
use clap::{Parser, Subcommand};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Byline: read the news in a terminal, with its people, places and quotes.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Articles or folders to open (default: the bundled data/ library).
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the analysis (entities, quotes, speakers) without the interface.
    Analyze {
        /// One JSON object per article (JSON Lines for several).
        #[arg(long)]
        json: bool,
        /// Article files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Everyone named across the stories: stories, quotes, aliases, titles.
    People(people_cmd::PeopleArgs),
    /// Every quote (or one person's) with its citation.
    Quotes(people_cmd::QuotesArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Analyze { json, paths }) => analyze(&paths, json),
        Some(Command::People(args)) => people_cmd::people(args, default_library()),
        Some(Command::Quotes(args)) => people_cmd::quotes(args, default_library()),
        None => read(cli.paths),
    }
}

fn report_errors(errors: &[LoadError]) {
    for err in errors {
        eprintln!("byline: {err}");
    }
}

fn analyze(paths: &[PathBuf], json: bool) -> ExitCode {
    let loaded = load_library(paths);
    report_errors(&loaded.errors);
    let single = paths.len() == 1 && !paths[0].is_dir() && loaded.articles.len() == 1;
    let ok = loaded.errors.is_empty() && !loaded.articles.is_empty();
    // Buffered: a line-buffered stdout would make one system call per line
    // of pretty JSON.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (i, article) in loaded.articles.into_iter().enumerate() {
        let report = Report::new(article);
        let written = if json {
            let object = if single {
                serde_json::to_writer_pretty(&mut out, &report)
            } else {
                serde_json::to_writer(&mut out, &report)
            };
            object
                .map_err(std::io::Error::other)
                .and_then(|()| writeln!(out))
        } else {
            let gap = if i > 0 { "\n" } else { "" };
            write!(out, "{gap}{}", report.summary())
        };
        if written.is_err() {
            // Output closed (e.g. piped into `head`): stop quietly.
            return ExitCode::SUCCESS;
        }
    }
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The bundled library: the `data/` the binary was built from (named
/// relatively when it is the one here), else a `data/` in the current folder.
fn default_library() -> PathBuf {
    let here = PathBuf::from("data");
    let bundled = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    let same = |a: &PathBuf, b: &PathBuf| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if !bundled.is_dir() || same(&here, &bundled) {
        here
    } else {
        bundled
    }
}

fn read(paths: Vec<PathBuf>) -> ExitCode {
    let paths = if paths.is_empty() {
        vec![default_library()]
    } else {
        paths
    };
    let single_file = paths.len() == 1 && !paths[0].is_dir();
    let loaded = load_library(&paths);
    if loaded.articles.is_empty() {
        report_errors(&loaded.errors);
        eprintln!("byline: no articles to read");
        return ExitCode::FAILURE;
    }
    // The reader owns the screen while it runs: the files it could not open
    // are listed once it closes, where they stay readable.
    let errors = loaded.errors.clone();
    let outcome = byline::ui::run(loaded, single_file);
    report_errors(&errors);
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("byline: {err}");
            ExitCode::FAILURE
        }
    }
}
