//! The `byline` binary: parses the command line, then runs the reader or
//! `analyze`. Everything else lives in the library.

mod people_cmd;

use byline::article::{Format, LoadError, STDIN_ARGUMENT};
use byline::feeds::file::{is_feed_file, load_sources_with_feeds};
use byline::report::Report;
use byline::ui::theme::ColorChoice;
use clap::{Parser, Subcommand};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Byline: read the news in a terminal, with its people, places and quotes.
#[derive(Parser)]
#[command(
    version,
    about,
    after_help = byline::ui::keymap::keys_text()
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Articles, folders or feed files to open (default: the subscriptions,
    /// or the bundled data/ library when there are none); `-` reads one
    /// from standard input.
    paths: Vec<PathBuf>,
    /// The format of standard input (`-`): txt, md, json, jsonl or html.
    #[arg(long, default_value = "txt", value_parser = Format::from_name)]
    format: Format,
    /// Colour in the reader: auto (unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
    /// The store of subscriptions and read state (default: $BYLINE_DB, else
    /// the platform data directory, e.g. ~/.local/share/byline/byline.db).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the analysis (entities, quotes, speakers) without the interface.
    Analyze {
        /// One JSON object per article (JSON Lines for several).
        #[arg(long)]
        json: bool,
        /// Article files or folders; `-` reads one from standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The format of standard input (`-`): txt, md, json, jsonl or html.
        #[arg(long, default_value = "txt", value_parser = Format::from_name)]
        format: Format,
    },
    /// Everyone named across the stories: stories, quotes, aliases, titles.
    People(people_cmd::PeopleArgs),
    /// Every quote (or one person's) with its citation.
    Quotes(people_cmd::QuotesArgs),
    /// List subscriptions (title, URL, unread, last fetch), or add, remove, import, export them.
    Feeds(byline::cli::FeedsArgs),
    /// Fetch new entries of all (or the named) subscriptions.
    Fetch(byline::cli::FetchArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Analyze {
            json,
            paths,
            format,
        }) => analyze(&paths, json, format),
        Some(Command::People(args)) => {
            people_cmd::people(args, default_library(), cli.db.as_deref())
        }
        Some(Command::Quotes(args)) => {
            people_cmd::quotes(args, default_library(), cli.db.as_deref())
        }
        Some(Command::Feeds(args)) => byline::cli::feeds(cli.db.as_deref(), args),
        Some(Command::Fetch(args)) => byline::cli::fetch(cli.db.as_deref(), args),
        None => read(
            cli.paths,
            cli.format,
            cli.color.use_color(std::env::var_os("NO_COLOR").as_deref()),
            cli.db.as_deref(),
        ),
    }
}

fn report_errors(errors: &[LoadError]) {
    for err in errors {
        eprintln!("byline: {err}");
    }
}

fn analyze(paths: &[PathBuf], json: bool, format: Format) -> ExitCode {
    let loaded = load_sources_with_feeds(paths, format);
    report_errors(&loaded.errors);
    let single = paths.len() == 1 && !paths[0].is_dir() && loaded.articles.len() == 1;
    let ok = loaded.errors.is_empty() && !loaded.articles.is_empty();
    // Buffered: a line-buffered stdout would make one system call per line
    // of pretty JSON.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (i, article) in loaded.articles.into_iter().enumerate() {
        let report = Report::new(article);
        let written = if json {
            report
                .with_verbatim_paragraphs()
                .write_json(&mut out, single)
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

fn read(
    paths: Vec<PathBuf>,
    format: Format,
    color: bool,
    db: Option<&std::path::Path>,
) -> ExitCode {
    // Piped input with no path: the user meant that story, not the library,
    // and there may be no terminal to read keys from.
    if paths.is_empty() && !std::io::stdin().is_terminal() {
        eprintln!(
            "byline: standard input is not a terminal, so the reader cannot open on it; \
             to read the story piped in, run `byline {STDIN_ARGUMENT}` \
             (or `byline analyze {STDIN_ARGUMENT}` to print its analysis)"
        );
        return ExitCode::FAILURE;
    }
    if paths.is_empty()
        && let Some(db) = byline::cli::subscriptions(db)
    {
        return finish(byline::ui::run_feeds(&db, color), &[]);
    }
    let paths = if paths.is_empty() {
        vec![default_library()]
    } else {
        paths
    };
    let single_file = paths.len() == 1 && !paths[0].is_dir() && !is_feed_file(&paths[0]);
    let loaded = load_sources_with_feeds(&paths, format);
    if loaded.articles.is_empty() {
        report_errors(&loaded.errors);
        eprintln!("byline: no articles to read");
        return ExitCode::FAILURE;
    }
    // The reader owns the screen while it runs: the files it could not open
    // are listed once it closes, where they stay readable.
    let errors = loaded.errors.clone();
    finish(byline::ui::run(loaded, single_file, color), &errors)
}

fn finish(outcome: std::io::Result<()>, errors: &[LoadError]) -> ExitCode {
    report_errors(errors);
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("byline: {err}");
            ExitCode::FAILURE
        }
    }
}
