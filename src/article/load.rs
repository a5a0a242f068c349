//! Reading articles from disk: one file, or a folder of them.
//!
//! The format is chosen by extension (and by content when there is none).
//! Loaders only ever read; a bad file becomes a `LoadError` naming its path
//! and the reason, and never stops the other files from loading.

use super::{Article, html, json, markdown, sanitize, text};
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// Bigger files are not articles (logs, dumps, archives): reading them
/// would only stall the library.
pub const MAX_FILE_BYTES: u64 = 50 << 20;

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

/// The formats Byline reads, by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    JsonLines,
    Markdown,
    Html,
}

fn format_by_extension(path: &Path) -> Option<Result<Format, String>> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" | "text" => Ok(Format::Text),
        "json" => Ok(Format::Json),
        "jsonl" | "ndjson" => Ok(Format::JsonLines),
        "md" | "markdown" => Ok(Format::Markdown),
        "html" | "htm" | "xhtml" => Ok(Format::Html),
        other => Err(format!(
            "unsupported file type .{other} (Byline reads .txt, .json, .jsonl, .md and .html)"
        )),
    })
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
    let mut files = Vec::new();
    let mut visited = HashSet::new();
    collect_files(dir, &mut files, &mut loaded.errors, &mut visited);
    if files.is_empty() && loaded.errors.is_empty() {
        loaded.errors.push(LoadError::new(
            dir,
            "no articles here (Byline reads .txt, .json, .jsonl, .md and .html)",
        ));
    }
    files.sort();
    for file in files {
        loaded.absorb(load_path(&file));
    }
    sort_library(&mut loaded.articles);
    loaded
}

/// Supported files below `dir`; files of other types (images, notes,
/// hidden files) are passed over quietly. `visited` holds the folders
/// already walked, so a symbolic link cannot send us round in circles.
fn collect_files(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
    visited: &mut HashSet<PathBuf>,
) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            errors.push(LoadError::new(
                dir,
                format!("cannot read folder: {}", describe_io(&err)),
            ));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect_files(&path, files, errors, visited);
        } else if matches!(format_by_extension(&path), Some(Ok(_))) {
            files.push(path);
        }
    }
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
    let size = regular_file_size(path).map_err(fail)?;
    let by_extension = format_by_extension(path).transpose().map_err(fail)?;
    if size > MAX_FILE_BYTES {
        return Err(fail(format!(
            "too large for an article ({} MB; Byline reads files up to {} MB)",
            size.div_ceil(1 << 20),
            MAX_FILE_BYTES >> 20
        )));
    }
    let bytes = std::fs::read(path).map_err(|err| fail(describe_io(&err)))?;
    let content = decode(&bytes).map_err(|reason| LoadError::new(path, reason))?;
    let format = by_extension.unwrap_or_else(|| format_by_content(&content));
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

/// The size of the file at `path`, if it is a file we can open at all.
fn regular_file_size(path: &Path) -> Result<u64, String> {
    let meta = std::fs::metadata(path).map_err(|err| describe_io(&err))?;
    if meta.is_file() {
        Ok(meta.len())
    } else {
        Err("not a regular file".to_string())
    }
}

fn describe_io(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {err}"),
    }
}

/// Text, or the reason it is not: empty, binary, or not UTF-8.
fn decode(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty file".to_string());
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err("UTF-16 text (Byline reads UTF-8; convert the file first)".to_string());
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("binary data, not text (NUL byte at offset {at})"));
    }
    String::from_utf8(bytes.to_vec()).map_err(|err| {
        format!(
            "not valid UTF-8 text (bad byte at offset {})",
            err.utf8_error().valid_up_to()
        )
    })
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
