//! Hostile input that would cost super-linear time or unbounded memory: deep
//! HTML, tags with huge attribute lists, deep folder trees, files that grow
//! or never end, symbolic links out of the folder, folders too big to hold.
//! Each check runs against a hang guard (see `hostile_support`), never a
//! speed assertion: speed is measured in BENCHMARKS.md.

mod hostile_support;

use byline::analysis::MOST_QUOTES;
use byline::article::{Loaded, load_path};
use hostile_support::*;
use std::path::{Path, PathBuf};

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write test file");
    path
}

/// Load `path` on a thread within the hang guard for `bytes` of input.
fn load_within(path: &Path, bytes: usize) -> Loaded {
    let owned = path.to_path_buf();
    within(
        &format!("load {}", path.display()),
        deadline_for(bytes),
        move || load_path(&owned),
    )
}

/// A story worth reading, so Readability has an article to find.
fn story_paragraphs() -> String {
    "<p>The harbour closed on Monday after the storm, the port authority said, and ferries will not sail until the wall is repaired.</p>".repeat(4)
}

/// 100,000 nested `<div>`s (1.1 MB) took 188 s in html5ever's scope checks.
#[test]
fn a_hundred_thousand_nested_divs_load() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let page = format!(
        "<html><head><title>Deep</title></head><body><article>{}{}{}</article></body></html>",
        "<div>".repeat(depth),
        story_paragraphs(),
        "</div>".repeat(depth)
    );
    let path = write(dir.path(), "deep.html", &page);
    let loaded = load_within(&path, page.len());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert!(loaded.articles[0].paragraphs[0].starts_with("The harbour closed"));
}

/// Other ways to nest deep: unclosed formatting tags, tables in tables,
/// self-closing syntax (which HTML ignores), custom elements.
#[test]
fn other_deep_nestings_load() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    for (name, open) in [
        ("bold.html", "<b>"),
        ("tables.html", "<table><tr><td>"),
        ("selfclosing.html", "<span/>"),
        ("custom.html", "<x-box a=1>"),
        ("lists.html", "<ul><li>"),
    ] {
        let page = format!(
            "<html><body><article>{}{}</article></body></html>",
            open.repeat(scaled(100_000)),
            story_paragraphs()
        );
        let path = write(dir.path(), name, &page);
        let loaded = load_within(&path, page.len());
        assert!(
            loaded.articles.len() + loaded.errors.len() == 1,
            "{name}: {:?}",
            loaded.errors
        );
    }
}

/// 200,000 attributes on one element (2.3 MB) took 23 s.
#[test]
fn two_hundred_thousand_attributes_load() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let attributes: String = (0..200_000).map(|i| format!(" data-a{i}=\"v\"")).collect();
    let page = format!(
        "<html><body><article><div{attributes}>{}</div></article></body></html>",
        story_paragraphs()
    );
    let path = write(dir.path(), "attributes.html", &page);
    let loaded = load_within(&path, page.len());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert!(loaded.articles[0].paragraphs[0].starts_with("The harbour closed"));
}

/// 2,000 nested folders took 106 s (every ancestor canonicalised at every
/// level), and at 5,000 the file at the bottom was skipped without a word.
#[test]
fn a_deep_folder_tree_is_walked_and_the_depth_cap_is_reported() {
    use byline::article::MAX_FOLDER_DEPTH;
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    // Paths longer than PATH_MAX cannot be created from here: 1,000 levels
    // of one-letter folders stay under it.
    let levels = 1000;
    let mut deepest = dir.path().to_path_buf();
    for level in 1..=levels {
        deepest.push("d");
        if level == MAX_FOLDER_DEPTH {
            std::fs::create_dir_all(&deepest).unwrap();
            write(&deepest, "at-the-cap.txt", "Read at the deepest level.\n");
        }
    }
    std::fs::create_dir_all(&deepest).unwrap();
    write(&deepest, "leaf.txt", "Too deep to be read.\n");
    let loaded = load_within(dir.path(), levels * 1000);
    let titles: Vec<&str> = loaded.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, ["At The Cap"]);
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    let reason = &loaded.errors[0].reason;
    assert!(
        reason.contains(&format!("nested more than {MAX_FOLDER_DEPTH} levels")),
        "{reason}"
    );
}

#[cfg(unix)]
#[test]
fn links_out_of_the_folder_are_not_followed_and_a_file_loads_once() {
    use std::os::unix::fs::symlink;
    let _serial = serial();
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "secret.txt", "Outside the library.\n");
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    std::fs::create_dir(&library).unwrap();
    write(&library, "story.txt", "Inside the library.\n");
    symlink(library.join("story.txt"), library.join("again.txt")).unwrap();
    symlink(&library, library.join("loop")).unwrap();
    symlink(outside.path(), library.join("elsewhere")).unwrap();
    symlink(
        outside.path().join("secret.txt"),
        library.join("secret.txt"),
    )
    .unwrap();
    symlink("/", library.join("root")).unwrap();
    let loaded = load_within(&library, 1000);
    let texts: Vec<&str> = loaded
        .articles
        .iter()
        .map(|a| a.paragraphs[0].as_str())
        .collect();
    assert_eq!(texts, ["Inside the library."]);
    let mut refused: Vec<String> = loaded
        .errors
        .iter()
        .map(|e| {
            assert!(e.reason.contains("not followed"), "{e}");
            e.path.file_name().unwrap().to_string_lossy().into_owned()
        })
        .collect();
    refused.sort();
    assert_eq!(refused, ["elsewhere", "root", "secret.txt"]);
}

/// A file that claims to be empty but never ends (as `/proc` files do) is
/// read to the size cap plus one byte and refused, not read to its end.
#[cfg(target_os = "linux")]
#[test]
fn a_file_bigger_than_it_claims_stops_at_the_cap() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("pagemap.txt");
    std::os::unix::fs::symlink("/proc/self/pagemap", &link).unwrap();
    assert_eq!(std::fs::metadata(&link).unwrap().len(), 0);
    let loaded = load_within(&link, byline::article::MAX_FILE_BYTES as usize);
    assert!(loaded.articles.is_empty());
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    assert!(
        loaded.errors[0]
            .reason
            .contains("too large for an article (more than 50 MB"),
        "{}",
        loaded.errors[0]
    );
}

/// A folder of files each under the file cap but together past the folder
/// cap loads up to the cap, and one error says what was left out.
#[test]
fn a_folder_past_the_total_cap_says_what_it_left_out() {
    use byline::article::{MAX_FILE_BYTES, MAX_FOLDER_BYTES};
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let count = (MAX_FOLDER_BYTES / MAX_FILE_BYTES) as usize + 2;
    // Sparse files: the size is in the metadata, and nothing is read past it.
    for i in 0..count {
        let file = std::fs::File::create(dir.path().join(format!("part-{i:02}.txt"))).unwrap();
        file.set_len(MAX_FILE_BYTES - 1).unwrap();
    }
    let loaded = load_within(dir.path(), MAX_FOLDER_BYTES as usize);
    let cap_errors: Vec<String> = loaded
        .errors
        .iter()
        .filter(|e| e.path == dir.path())
        .map(|e| e.reason.clone())
        .collect();
    assert_eq!(cap_errors.len(), 1, "{:?}", loaded.errors);
    assert!(
        cap_errors[0].contains("more than 200 MB of articles: 2 files"),
        "{}",
        cap_errors[0]
    );
    assert_eq!(loaded.errors.len(), count - 2 + 1, "{:?}", loaded.errors);
}

/// A story lists at most `MOST_QUOTES` quotations (`"a" ` repeated, one
/// every four bytes, would otherwise hold 40 bytes of quotation for every
/// 4 of text): `analyze` says how many more it found, in its summary and
/// in the JSON, and lists the first ones as it would without the limit.
#[test]
fn quotations_past_the_limit_are_counted_and_said() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let extra = 7;
    let quotations = "\"a\" ".repeat(MOST_QUOTES + extra);
    let file = write(
        dir.path(),
        "quotes.txt",
        format!("Quotes\n\n{quotations}\n"),
    );
    let analyze = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(args)
            .arg(&file)
            .output()
            .expect("run byline");
        assert!(out.status.success(), "{out:?}");
        out.stdout
    };
    let report: serde_json::Value = serde_json::from_slice(&analyze(&["analyze", "--json"]))
        .expect("analyze --json prints JSON");
    let listed = report["quotes"].as_array().expect("a list of quotations");
    assert_eq!(listed.len(), MOST_QUOTES);
    let last = &listed[MOST_QUOTES - 1];
    assert_eq!(last["id"], format!("q{MOST_QUOTES}"));
    assert_eq!(last["start"], 4 * (MOST_QUOTES - 1) + 1);
    assert_eq!(report["quotes_not_listed"], extra);
    let summary = String::from_utf8(analyze(&["analyze"])).unwrap();
    let note = format!("{extra} more quotations not listed: a story lists at most {MOST_QUOTES}.");
    assert!(summary.contains(&note), "{summary}");
    // Quotes across the library name the story that lists only some.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["quotes", "--json"])
        .arg(&file)
        .output()
        .expect("run byline quotes");
    let errors = String::from_utf8_lossy(&out.stderr);
    let note =
        format!("Quotes: {extra} more quotations not listed: a story lists at most {MOST_QUOTES}");
    assert!(errors.contains(&note), "{errors}");
}
