//! Reading articles from disk: one file, or a folder of them.
//!
//! The format is chosen by extension (and by content when there is none).
//! Loaders only ever read; a bad file becomes a `LoadError` naming its path
//! and the reason, and never stops the other files from loading.

use super::{Article, decode, html, json, markdown, read, sanitize, text, walk};
use std::fmt;
use std::path::{Path, PathBuf};

/// Bigger files are not articles (logs, dumps, archives): reading them
/// would only stall the library.
pub const MAX_FILE_BYTES: u64 = 50 << 20;

/// A folder holding more than this is not a library but an archive; what
/// is past it (in file name order) is left out, with one error saying so.
pub const MAX_FOLDER_BYTES: u64 = 200 << 20;

/// Why one file (or one line of a `.jsonl` file) could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub reason: String,
}

impl LoadError {
    pub fn new(path: &Path, reason: impl Into<String>) -> Self {
        LoadError {
            path: path.to_path_buf(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Both may quote the outside world (a file name, a parser's echo of
        // the input): printed escaped, they cannot drive the terminal.
        let path = self.path.to_string_lossy();
        write!(
            f,
            "{}: {}",
            sanitize::escape(&path),
            sanitize::escape(&self.reason)
        )
    }
}

impl std::error::Error for LoadError {}

/// What a load produced: the articles that loaded and the problems met.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub errors: Vec<LoadError>,
}

impl Loaded {
    fn absorb(&mut self, other: Loaded) {
        self.articles.extend(other.articles);
        self.errors.extend(other.errors);
    }
}

/// The formats Byline reads, by file extension (or `--format` for
/// standard input).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    JsonLines,
    Markdown,
    Html,
}

impl Format {
    /// The format a file extension or `--format` name stands for.
    pub fn from_name(name: &str) -> Result<Format, String> {
        match format_by_name(&name.to_ascii_lowercase()) {
            Ok(format) => Ok(format),
            Err(_) => Err(format!(
                "unknown format {} (Byline reads txt, md, json, jsonl and html)",
                sanitize::escape(name)
            )),
        }
    }
}

fn format_by_extension(path: &Path) -> Option<Result<Format, String>> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    Some(format_by_name(&ext))
}

fn format_by_name(ext: &str) -> Result<Format, String> {
    match ext {
        "txt" | "text" => Ok(Format::Text),
        "json" => Ok(Format::Json),
        "jsonl" | "ndjson" => Ok(Format::JsonLines),
        "md" | "markdown" => Ok(Format::Markdown),
        "html" | "htm" | "xhtml" => Ok(Format::Html),
        other => Err(format!(
            "unsupported file type .{other} (Byline reads .txt, .json, .jsonl, .md and .html)"
        )),
    }
}

/// A file without an extension: JSON Lines when every line is an object,
/// JSON, HTML, Markdown (front matter or a `# ` title), else plain text.
fn format_by_content(content: &str) -> Format {
    let head = content.trim_start();
    let mut lines = content.lines().filter(|l| !l.trim().is_empty());
    let one_object_per_line = lines.clone().count() > 1
        && lines.all(|l| l.trim_start().starts_with('{') && l.trim_end().ends_with('}'));
    if one_object_per_line {
        Format::JsonLines
    } else if head.starts_with('{') {
        Format::Json
    } else if head.starts_with('<') {
        Format::Html
    } else if head.starts_with("# ") || content.starts_with("---\n") {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// Load a file or a folder (recursively). Never fails as a whole: problems
/// are collected in `Loaded::errors`.
pub fn load_path(path: &Path) -> Loaded {
    if path.is_dir() {
        return load_folder(path);
    }
    match load_file(path) {
        Ok(articles) => articles,
        Err(err) => Loaded {
            articles: Vec::new(),
            errors: vec![err],
        },
    }
}

/// What stands for standard input on the command line.
pub const STDIN_ARGUMENT: &str = "-";

/// Load several paths, reading `-` from standard input as `stdin_format`.
pub fn load_sources(paths: &[PathBuf], stdin_format: Format) -> Loaded {
    let mut loaded = Loaded::default();
    for path in paths {
        if path.as_os_str() == STDIN_ARGUMENT {
            let name = Path::new("standard input");
            loaded.absorb(load_reader(name, std::io::stdin().lock(), stdin_format));
        } else {
            loaded.absorb(load_path(path));
        }
    }
    loaded
}

/// Load several paths; a folder's articles come newest first, then by title.
pub fn load_library(paths: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    for path in paths {
        loaded.absorb(load_path(path));
    }
    loaded
}

fn load_folder(dir: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    let is_supported = |path: &Path| matches!(format_by_extension(path), Some(Ok(_)));
    let mut files = walk::supported_files(dir, is_supported, &mut loaded.errors);
    if files.is_empty() && loaded.errors.is_empty() {
        loaded.errors.push(LoadError::new(
            dir,
            "no articles here (Byline reads .txt, .json, .jsonl, .md and .html)",
        ));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let mut total = 0u64;
    for (i, file) in files.iter().enumerate() {
        total += file.bytes.min(MAX_FILE_BYTES);
        if total > MAX_FOLDER_BYTES {
            let left: u64 = files[i..].iter().map(|f| f.bytes).sum();
            let reason = format!(
                "the folder holds more than {} MB of articles: {} files ({} MB) from {} on not loaded",
                MAX_FOLDER_BYTES >> 20,
                files.len() - i,
                left.div_ceil(1 << 20),
                sanitize::escape(&file.path.to_string_lossy()),
            );
            loaded.errors.push(LoadError::new(dir, reason));
            break;
        }
        loaded.absorb(load_path(&file.path));
    }
    sort_library(&mut loaded.articles);
    loaded
}

/// Newest first when dates are known (ISO dates sort as text), then by title.
pub fn sort_library(articles: &mut [Article]) {
    articles.sort_by(|a, b| {
        b.published
            .is_some()
            .cmp(&a.published.is_some())
            .then_with(|| b.published.cmp(&a.published))
            .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
    });
}

fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let fail = |reason: String| LoadError::new(path, reason);
    let by_extension = format_by_extension(path).transpose().map_err(fail)?;
    let bytes = read::read_capped(path).map_err(fail)?;
    parse_bytes(path, bytes, by_extension)
}

/// Articles from standard input, read as `format`, through the same size
/// cap, decoding and cleaning as a file; `name` stands for it in messages.
pub fn load_reader(name: &Path, input: impl std::io::Read, format: Format) -> Loaded {
    let loaded = read::read_at_most(input, 0)
        .map_err(|reason| LoadError::new(name, reason))
        .and_then(|bytes| parse_bytes(name, bytes, Some(format)));
    loaded.unwrap_or_else(|err| Loaded {
        articles: Vec::new(),
        errors: vec![err],
    })
}

/// The articles in `bytes`, read as `format` (or as what they look like).
fn parse_bytes(path: &Path, bytes: Vec<u8>, format: Option<Format>) -> Result<Loaded, LoadError> {
    let looks_like_html = || bytes.trim_ascii_start().starts_with(b"<");
    let is_html = format.map_or_else(looks_like_html, |f| f == Format::Html);
    let decoded = decode::decode(bytes, is_html).map_err(|r| LoadError::new(path, r))?;
    let content = decoded.text;
    let format = format.unwrap_or_else(|| format_by_content(&content));
    let fallback_title = title_from_file_name(path);
    let mut loaded = Loaded::default();
    match format {
        Format::Text => loaded.articles.push(text::parse(&content, &fallback_title)),
        Format::Markdown => loaded
            .articles
            .push(markdown::parse(&content, &fallback_title)),
        Format::Json => loaded
            .articles
            .push(json::parse(&content, &fallback_title).map_err(|r| LoadError::new(path, r))?),
        Format::JsonLines => {
            let (articles, problems) = json::parse_lines(&content, &fallback_title);
            loaded.articles = articles;
            loaded.errors = problems
                .into_iter()
                .map(|r| LoadError::new(path, r))
                .collect();
        }
        Format::Html => loaded
            .articles
            .push(html::parse(&content, &fallback_title).map_err(|r| LoadError::new(path, r))?),
    }
    drop(content);
    for article in &mut loaded.articles {
        article.encoding = Some(decoded.encoding.to_string());
    }
    // Text enters the model here, and only cleaned.
    loaded.articles.iter_mut().for_each(sanitize::clean_article);
    let (articles, empty): (Vec<Article>, Vec<Article>) = std::mem::take(&mut loaded.articles)
        .into_iter()
        .partition(|a| a.paragraphs.iter().any(|p| !p.trim().is_empty()));
    if articles.is_empty() && loaded.errors.is_empty() {
        return Err(LoadError::new(path, "no article text found"));
    }
    for article in empty {
        let reason = format!("no article text found in \"{}\"", article.title);
        loaded.errors.push(LoadError::new(path, reason));
    }
    loaded.articles = articles;
    for article in &mut loaded.articles {
        article.path = path.to_path_buf();
    }
    Ok(loaded)
}

/// "anchorage-summit.txt" -> "Anchorage Summit".
pub fn title_from_file_name(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let words: Vec<String> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            }
        })
        .collect();
    if words.is_empty() {
        "Untitled".to_string()
    } else {
        words.join(" ")
    }
}
