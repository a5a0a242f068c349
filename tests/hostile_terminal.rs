//! Hostile input aimed at the terminal: escape sequences, carriage returns,
//! bidi overrides and invisible characters in titles, quotes, speaker names
//! and file names. None may reach `byline analyze`'s output, its JSON values
//! or its error lines; the spans must still slice the stored paragraphs.

use byline::analysis::analyze;
use byline::article::load_path;
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn byline(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the byline binary runs")
}

/// The control characters of `text` other than newline, if any.
fn controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c.is_control() && c != '\n')
        .collect()
}

/// Every string value in a JSON document.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings(v, out);
        }),
        _ => {}
    }
}

const HOSTILE_JSON: &str = r#"{"title":"T\u001b]52;c;ZWNobyBwd25lZA==\u0007itle","source":"Wire\u001b[2J","author":"Ana\bRuiz",
"paragraphs":["Ana Ruiz said \"hi\u001b[2J\" today.",
"\"We will pay everyone\rwe will pay NOBODY,\" said Mayor Tom Hale\u202e.",
"Tabs\tand \u009b31m C1 \u200b\ufeffhidden"]}"#;

#[test]
fn analyze_prints_no_control_character_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.json"), HOSTILE_JSON).unwrap();
    let out = byline(&["analyze", "x.json"], dir.path());
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(controls(&text), [] as [char; 0], "{text:?}");
    // What was hidden behind the carriage return is shown, not overwritten.
    assert!(
        text.contains("We will pay everyone we will pay NOBODY"),
        "{text}"
    );
    assert!(
        text.contains("T\u{fffd}]52;c;ZWNobyBwd25lZA==\u{fffd}itle"),
        "{text}"
    );
    assert!(text.contains("Ana\u{fffd}Ruiz"), "{text}");
}

#[test]
fn analyze_json_is_inert_on_a_terminal_and_its_paragraphs_are_verbatim() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.json"), HOSTILE_JSON).unwrap();
    std::fs::write(
        dir.path().join("page.html"),
        format!(
            "<html><head><title>Esc&#27;[2J page</title></head><body><article>{}</article></body></html>",
            "<p>The harbour &#27;]0;pwned&#7; closed on Monday after the storm, the port authority said in a statement.</p>".repeat(4)
        ),
    )
    .unwrap();
    let out = byline(&["analyze", "--json", "."], dir.path());
    assert!(out.status.success(), "{out:?}");
    let raw = String::from_utf8(out.stdout).unwrap();
    // The bytes printed: no control character but the line ends, no bidi
    // override, no tag character. What the file held is written escaped.
    let hazards: Vec<char> = raw
        .chars()
        .filter(|&c| c != '\n' && byline::article::is_unsafe_on_terminal(c))
        .collect();
    assert!(hazards.is_empty(), "{hazards:?}");
    assert!(raw.contains("\\u001b[2J"), "{raw}");
    let reports: Vec<serde_json::Value> = raw
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    // Parsed, a JSON article's paragraphs are exactly the file's, so that
    // a program lines the spans up with its own copy of the text...
    let source: serde_json::Value = serde_json::from_str(HOSTILE_JSON).unwrap();
    let json_report = reports
        .iter()
        .find(|r| r["path"].as_str().is_some_and(|p| p.ends_with("x.json")))
        .unwrap();
    assert_eq!(json_report["paragraphs"], source["paragraphs"]);
    // ...while the other strings are the cleaned ones the reader shows.
    let mut values = Vec::new();
    for report in &reports {
        for key in ["title", "source", "author"] {
            strings(&report[key], &mut values);
        }
        strings(&report["entities"], &mut values);
        strings(&report["quotes"], &mut values);
    }
    let bad: Vec<&String> = values.iter().filter(|v| !controls(v).is_empty()).collect();
    assert!(bad.is_empty(), "{bad:?}");
    let hidden: Vec<&String> = values
        .iter()
        .filter(|v| v.contains(['\u{202e}', '\u{2066}', '\u{e0041}']))
        .collect();
    assert!(hidden.is_empty(), "{hidden:?}");
}

#[test]
fn spans_slice_the_cleaned_paragraphs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.json");
    std::fs::write(&path, HOSTILE_JSON).unwrap();
    let loaded = load_path(&path);
    let article = &loaded.articles[0];
    let analysis = analyze(article);
    let quote = analysis
        .quotes
        .iter()
        .find(|q| q.text(article).contains("NOBODY"))
        .expect("the quote is found");
    assert_eq!(quote.speaker_name(), Some("Tom Hale"));
    for entity in &analysis.entities {
        for span in &entity.mentions {
            assert!(
                !span.text(article).is_empty(),
                "{span:?} of {}",
                entity.name
            );
        }
    }
}

#[test]
fn a_file_name_with_an_escape_sequence_is_printed_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "a\u{1b}]52;c;aGk=\u{7}.txt";
    std::fs::write(dir.path().join(name), "").unwrap();
    let out = byline(&["analyze", "--json", "."], dir.path());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(controls(&stderr), [] as [char; 0], "{stderr:?}");
    assert!(
        stderr.contains("a\\u{1b}]52;c;aGk=\\u{7}.txt: empty file"),
        "{stderr}"
    );
}
