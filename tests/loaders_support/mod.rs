//! Helpers of the loader tests: paths in the repository and its fixtures,
//! the one article or the one error a file gives, and writing test files.

#![allow(dead_code)]

use byline::article::{Article, LoadError, Loaded, load_path};
use std::fs;
use std::path::{Path, PathBuf};

pub fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

pub fn fixture(relative: &str) -> PathBuf {
    repo("tests/fixtures").join(relative)
}

/// The one article `path` holds, failing the test on any load error.
pub fn only_article(path: &Path) -> Article {
    let loaded = load_path(path);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.articles.len(), 1, "{:?}", loaded.articles);
    loaded.articles.into_iter().next().unwrap()
}

/// The one error loading `path` gives; it must name the path and load nothing.
pub fn only_error(path: &Path) -> LoadError {
    let loaded = load_path(path);
    assert!(loaded.articles.is_empty(), "{:?}", loaded.articles);
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let err = loaded.errors.into_iter().next().unwrap();
    assert_eq!(err.path, path);
    assert!(err.to_string().starts_with(&path.display().to_string()));
    assert!(!err.to_string().contains('\n'), "one line: {err}");
    err
}

pub fn titles(loaded: &Loaded) -> Vec<&str> {
    loaded.articles.iter().map(|a| a.title.as_str()).collect()
}

pub fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, content).unwrap();
    path
}
