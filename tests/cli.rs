//! The real `byline` binary, run as a process: `analyze` output shapes, exit
//! codes and error lines, `--help` and `--version`. The content of entities
//! and quotes is tested with the analysis; here only their shape.

mod cli_support;

use byline::article::load_path;
use cli_support::{byline, keys, stdout};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

fn set<'a>(names: &[&'a str]) -> BTreeSet<&'a str> {
    names.iter().copied().collect()
}

/// The JSON contract of one article: field names and value types.
fn assert_report_shape(report: &Value) {
    assert_eq!(
        keys(report),
        set(&[
            "title",
            "path",
            "url",
            "published",
            "source",
            "author",
            "encoding",
            "paragraphs",
            "entities",
            "quotes"
        ])
    );
    assert!(report["title"].is_string() && report["path"].is_string());
    assert!(report["encoding"].is_string(), "{report}");
    for optional in ["url", "published", "source", "author"] {
        assert!(report[optional].is_string() || report[optional].is_null());
    }
    let paragraphs = report["paragraphs"].as_array().unwrap();
    assert!(!paragraphs.is_empty() && paragraphs.iter().all(Value::is_string));
    for entity in report["entities"].as_array().unwrap() {
        assert_eq!(
            keys(entity),
            set(&["id", "kind", "name", "aliases", "titles", "mentions"])
        );
        for mention in entity["mentions"].as_array().unwrap() {
            assert_eq!(keys(mention), set(&["paragraph", "start", "end"]));
        }
    }
    for quote in report["quotes"].as_array().unwrap() {
        assert_eq!(
            keys(quote),
            set(&[
                "id",
                "paragraph",
                "start",
                "end",
                "text",
                "speaker",
                "speaker_name",
                "cue",
                "kind"
            ])
        );
    }
}

#[test]
fn analyze_json_on_one_file_prints_one_object() {
    let out = byline(&["analyze", "--json", "data/anchorage-summit.txt"]);
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    assert!(out.stderr.is_empty());
    let report: Value = serde_json::from_str(&stdout(&out)).expect("one JSON object");
    assert_report_shape(&report);
    assert_eq!(report["title"], "Anchorage Summit");
    assert_eq!(report["path"], "data/anchorage-summit.txt");
    assert_eq!(report["paragraphs"].as_array().unwrap().len(), 4);
}

#[test]
fn analyze_json_on_a_folder_prints_one_line_per_article() {
    let out = byline(&["analyze", "--json", "data"]);
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    let library = load_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), library.articles.len());
    for (line, article) in lines.iter().zip(&library.articles) {
        let report: Value = serde_json::from_str(line).expect("a JSON object per line");
        assert_report_shape(&report);
        assert_eq!(report["title"], article.title.as_str());
    }
}

#[test]
fn analyze_without_json_prints_the_summary() {
    let out = byline(&["analyze", "data/split-cruise-cap.html"]);
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    let text = stdout(&out);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("Split council votes to cap cruise ship arrivals at two a day")
    );
    assert_eq!(
        lines.next(),
        Some("Adriatic Ledger · 2026-10-14 · Mirela Kovač")
    );
    let counts = lines.next().unwrap();
    assert!(counts.ends_with(" words"), "{counts}");
    assert!(serde_json::from_str::<Value>(&text).is_err());
}

#[test]
fn a_bad_single_file_fails_with_one_line_naming_it() {
    let path = "tests/fixtures/bad/truncated.json";
    let out = byline(&["analyze", "--json", path]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let errors = stderr_lines(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains(path), "{}", errors[0]);
    assert!(
        errors[0].contains("truncated JSON at line 1"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_folder_with_a_bad_record_prints_the_rest_and_fails() {
    let out = byline(&["analyze", "--json", "tests/fixtures/formats"]);
    assert!(!out.status.success());
    let errors = stderr_lines(&out);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("mixed.jsonl"), "{}", errors[0]);
    let printed = stdout(&out).lines().count();
    assert_eq!(printed, 8);
}

#[test]
fn a_folder_of_bad_files_reports_each_of_them() {
    let out = byline(&["analyze", "tests/fixtures/bad"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let errors = stderr_lines(&out);
    // Every file but article.rtf, whose type a folder passes over.
    assert_eq!(errors.len(), 6, "{errors:?}");
    assert!(errors.iter().all(|e| e.contains("tests/fixtures/bad/")));
}

#[test]
fn the_reader_refuses_a_missing_path_without_opening() {
    let out = byline(&["no/such/story.txt"]);
    assert!(!out.status.success());
    let errors = stderr_lines(&out);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("no/such/story.txt") && e.contains("no such file")),
        "{errors:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_still_gives_json() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    std::fs::write(dir.path().join(name), "The caf\u{e9} reopened on Monday.\n").unwrap();
    let out = byline(&["analyze", "--json", dir.path().to_str().unwrap()]);
    assert!(out.status.success(), "{:?}", stderr_lines(&out));
    let report: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert!(
        report["path"]
            .as_str()
            .unwrap()
            .ends_with("caf\u{fffd}.txt")
    );
}

#[test]
fn help_and_version() {
    let help = byline(&["--help"]);
    assert!(help.status.success());
    let text = stdout(&help);
    assert!(
        text.contains("Usage:") && text.contains("analyze"),
        "{text}"
    );

    let version = byline(&["--version"]);
    assert!(version.status.success());
    assert_eq!(
        stdout(&version).trim(),
        format!("byline {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn analyze_needs_a_path() {
    let out = byline(&["analyze"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage"));
}

/// Run byline with `input` on its standard input.
fn byline_with_input(args: &[&str], input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the byline binary runs");
    let mut stdin = child.stdin.take().unwrap();
    // A closed pipe is fine: byline may stop reading early.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn analyze_reads_standard_input_as_text_by_default() {
    let out = byline_with_input(
        &["analyze", "-"],
        "Harbour Closes\n\n\u{1b}[2J“We will reopen soon,” said Ana Ruiz, the port director.\n"
            .as_bytes(),
    );
    assert!(out.status.success(), "{out:?}");
    let text = stdout(&out);
    assert!(text.starts_with("Harbour Closes\n"), "{text}");
    assert!(text.contains("Ana Ruiz: “We will reopen soon,”"), "{text}");
    assert!(!text.contains('\u{1b}'), "{text:?}");
}

#[test]
fn analyze_reads_standard_input_in_the_format_given() {
    let out = byline_with_input(
        &["analyze", "--json", "--format", "json", "-"],
        br#"{"title":"Piped","paragraphs":["Ana Ruiz spoke."]}"#,
    );
    assert!(out.status.success(), "{out:?}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["title"], "Piped");
    assert_eq!(report["path"], "standard input");
    let out = byline_with_input(&["analyze", "--format", "json", "-"], b"[1, 2]");
    assert_eq!(out.status.code(), Some(1));
    let errors = stderr_lines(&out);
    assert!(
        errors[0].starts_with("byline: standard input: not a Byline article: a JSON array"),
        "{errors:?}"
    );
    let out = byline_with_input(&["analyze", "--format", "docx", "-"], b"x");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown format docx"));
}

#[test]
fn standard_input_past_the_size_cap_is_refused() {
    let big = vec![b'a'; byline::article::MAX_FILE_BYTES as usize + 10];
    let out = byline_with_input(&["analyze", "-"], &big);
    assert_eq!(out.status.code(), Some(1));
    let errors = stderr_lines(&out);
    assert!(
        errors[0].starts_with("byline: standard input: too large for an article"),
        "{errors:?}"
    );
}

#[test]
fn the_reader_with_a_pipe_and_no_path_says_what_to_run() {
    let out = byline_with_input(&[], b"A story.\n");
    assert_eq!(out.status.code(), Some(1));
    let errors = stderr_lines(&out);
    assert!(
        errors[0].starts_with("byline: standard input is not a terminal")
            && errors[0].contains("run `byline -`"),
        "{errors:?}"
    );
}
