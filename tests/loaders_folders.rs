//! The loaders on folders and on the bundled library: bad files reported
//! one by one while the rest loads, link loops walked once, the order of a
//! folder, and the promise never to write to what we read.

use byline::article::{load_library, load_path};
use std::fs;

mod loaders_support;
use loaders_support::*;

#[test]
fn an_empty_folder_says_so() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "notes.rtf", "not an article type");
    assert!(
        only_error(dir.path())
            .reason
            .starts_with("no articles here")
    );
}

#[test]
fn a_folder_with_bad_files_loads_the_rest_and_reports_each() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "good.txt",
        fs::read(fixture("formats/per-line.txt")).unwrap(),
    );
    let mut bad = Vec::new();
    for name in [
        "empty.txt",
        "truncated.json",
        "malformed.json",
        "no-article.html",
    ] {
        let content = fs::read(fixture(&format!("bad/{name}"))).unwrap();
        bad.push(write(dir.path(), &format!("sub/{name}"), content));
    }
    bad.push(write(dir.path(), "binary.md", b"\0\x01\x02\x03"));
    bad.push(write(dir.path(), "noise.txt", b"\x01\x02\xef\x03\n"));
    // Files of other types are passed over, not reported.
    write(dir.path(), "photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF");
    write(dir.path(), ".hidden.txt", "Hidden files are skipped.");

    let loaded = load_path(dir.path());
    assert_eq!(loaded.articles.len(), 1);
    assert_eq!(loaded.articles[0].path, good);
    let mut reported: Vec<_> = loaded.errors.iter().map(|e| e.path.clone()).collect();
    reported.sort();
    bad.sort();
    assert_eq!(reported, bad, "{:#?}", loaded.errors);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt", "One paragraph.\n");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    let loaded = load_path(dir.path());
    assert_eq!(loaded.articles.len(), 1);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
}

// ---- folders ----------------------------------------------------------------

#[test]
fn a_folder_lists_newest_first_then_by_title() {
    let dir = tempfile::tempdir().unwrap();
    let article = |title: &str, published: Option<&str>| {
        let published = published.map_or(String::new(), |p| format!(r#""published": "{p}","#));
        format!(r#"{{"title": "{title}", {published} "paragraphs": ["Text."]}}"#)
    };
    write(dir.path(), "1.json", article("Beta", Some("2026-05-01")));
    write(dir.path(), "2.json", article("alpha", Some("2026-05-01")));
    write(
        dir.path(),
        "deep/3.json",
        article("Zeta", Some("2026-06-01")),
    );
    write(dir.path(), "4.json", article("Gamma", None));
    write(dir.path(), "5.json", article("delta", None));
    let loaded = load_path(dir.path());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(titles(&loaded), ["Zeta", "alpha", "Beta", "delta", "Gamma"]);
}

// ---- the bundled library ------------------------------------------------------

#[test]
fn the_seed_loads_as_its_four_lines_verbatim() {
    let path = repo("data/anchorage-summit.txt");
    let lines: Vec<String> = fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(lines.len(), 4);
    let a = only_article(&path);
    assert_eq!(a.title, "Anchorage Summit");
    assert_eq!(a.paragraphs, lines);
}

#[test]
fn every_file_in_data_loads() {
    let loaded = load_path(&repo("data"));
    assert!(loaded.errors.is_empty(), "{:#?}", loaded.errors);
    assert!(loaded.articles.len() >= 7, "{}", loaded.articles.len());
    let formats: std::collections::BTreeSet<_> = loaded
        .articles
        .iter()
        .filter_map(|a| a.path.extension())
        .collect();
    assert!(formats.len() >= 4, "{formats:?}");
}

#[test]
fn our_sample_articles_carry_their_metadata() {
    let loaded = load_path(&repo("data"));
    let ours = loaded
        .articles
        .iter()
        .filter(|a| !a.path.ends_with("anchorage-summit.txt"));
    for a in ours {
        let name = a.path.display();
        let date = a.published.as_deref().unwrap_or_default();
        let iso = date.len() == 10 && date.chars().filter(|c| c.is_ascii_digit()).count() == 8;
        assert!(
            iso && &date[4..5] == "-" && &date[7..8] == "-",
            "{name}: {date}"
        );
        assert!(a.source.is_some() && a.author.is_some(), "{name}");
        assert!(
            (300..=900).contains(&a.word_count()),
            "{name}: {}",
            a.word_count()
        );
    }
}

#[test]
fn loading_never_writes_to_the_files() {
    let roots = [repo("data"), fixture("formats"), fixture("bad")];
    let mut before = Vec::new();
    for root in &roots {
        for entry in fs::read_dir(root).unwrap() {
            let path = entry.unwrap().path();
            let modified = fs::metadata(&path).unwrap().modified().unwrap();
            before.push((fs::read(&path).unwrap(), modified, path));
        }
    }
    let loaded = load_library(&roots);
    assert!(!loaded.articles.is_empty());
    for (content, modified, path) in before {
        assert_eq!(fs::read(&path).unwrap(), content, "{}", path.display());
        assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), modified);
    }
}
