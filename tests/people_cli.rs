//! `byline people` and `byline quotes`, the real binary over the library in
//! tests/fixtures/people: JSON rows and their schema, the table, Markdown
//! lines ready to paste, and the errors for a speaker nobody is.

mod cli_support;

use cli_support::{byline, keys, stdout};
use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Output;

const LIBRARY: &str = "tests/fixtures/people";

fn json_lines(out: &Output) -> Vec<Value> {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout(out)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|v| v.as_str().expect("text"))
        .collect()
}

#[test]
fn people_json_has_one_row_per_figure_with_counts_aliases_and_titles() {
    let rows = json_lines(&byline(&["people", "--json", LIBRARY]));
    let schema: BTreeSet<&str> = [
        "name",
        "kind",
        "stories",
        "quotes",
        "aliases",
        "titles",
        "ambiguous",
    ]
    .into();
    for row in &rows {
        assert_eq!(keys(row), schema);
        assert!(row["name"].is_string() && row["stories"].is_u64() && row["quotes"].is_u64());
        assert!(["person", "organization"].contains(&row["kind"].as_str().unwrap()));
    }
    let names: Vec<&str> = rows.iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "Marta Kowalczyk",
            "Brindle Water Authority",
            "Peter Johnson",
            "Helen Johnson",
            "Johnson",
            // Named once, in a dateline: a paper by its masthead word.
            "Brindle Courier"
        ]
    );
    assert_eq!(rows[5]["kind"], "organization");
    assert_eq!(
        (rows[0]["stories"].as_u64(), rows[0]["quotes"].as_u64()),
        (Some(5), Some(4))
    );
    assert_eq!(strings(&rows[0]["aliases"]), ["Kowalczyk"]);
    assert_eq!(strings(&rows[0]["titles"]), ["Mayor"]);
    assert_eq!(rows[1]["kind"], "organization");
    assert_eq!(
        strings(&rows[4]["ambiguous"]),
        ["Peter Johnson", "Helen Johnson"]
    );
}

#[test]
fn people_as_a_table_says_which_name_is_ambiguous() {
    let out = byline(&["people", LIBRARY]);
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["STORIES", "QUOTES", "KIND", "NAME"]
    );
    let johnson = lines
        .iter()
        .find(|l| l.contains(" Johnson (Dr"))
        .expect("the bare Johnson row");
    assert!(
        johnson.contains("ambiguous: Peter Johnson or Helen Johnson?"),
        "{johnson}"
    );
}

#[test]
fn quotes_json_cites_every_quote_with_its_story() {
    let rows = json_lines(&byline(&["quotes", "--json", LIBRARY]));
    assert_eq!(rows.len(), 10);
    let schema: BTreeSet<&str> = [
        "speaker",
        "text",
        "title",
        "source",
        "published",
        "url",
        "path",
        "paragraph",
    ]
    .into();
    assert!(rows.iter().all(|r| keys(r) == schema));
    let gauges = rows
        .iter()
        .find(|r| {
            r["text"]
                .as_str()
                .unwrap()
                .starts_with("Nobody was watching")
        })
        .expect("the gauge report's quote");
    assert_eq!(gauges["speaker"], "Johnson");
    assert_eq!(
        gauges["title"],
        "Report blames failed gauges for late flood warning"
    );
    assert_eq!(gauges["source"], "Brindle Courier");
    assert_eq!(gauges["published"], "2031-03-16");
    assert_eq!(gauges["url"], "https://courier.example/gauge-report");
    assert_eq!(gauges["path"], "tests/fixtures/people/gauge-report.json");
    assert_eq!(gauges["paragraph"], 2);
}

#[test]
fn one_speakers_quotes_in_markdown_are_lines_ready_to_paste() {
    let out = byline(&["quotes", "--speaker", "kowalczyk", "--markdown", LIBRARY]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines,
        [
            "> “No family will lose a farm to this flood” — Marta Kowalczyk, *East bank farmers tally their losses*, Valley Post, 2031-03-20",
            "> “We cannot be blind again” — Marta Kowalczyk, *Report blames failed gauges for late flood warning*, Brindle Courier, 2031-03-16",
            "> “Every cent of this goes into concrete and steel” — Marta Kowalczyk, *Council passes emergency bridge budget*, Valley Post, 2031-03-09",
            "> “We will rebuild every bridge, and we will rebuild them higher” — Marta Kowalczyk, *Brindle counts the cost of the spring flood*, Brindle Courier, 2031-03-02",
        ]
    );
    // A blank line between quotes keeps them separate blockquotes.
    assert_eq!(text.matches("\n\n").count(), 4);
}

/// The quotes `byline quotes --speaker NAME` prints for the library, as
/// JSON rows; `None` when it fails.
fn quotes_of(name: &str) -> Option<Vec<Value>> {
    let out = byline(&["quotes", "--speaker", name, "--json", LIBRARY]);
    out.status.success().then(|| json_lines(&out))
}

#[test]
fn a_speaker_named_with_a_title_or_an_honorific_is_found() {
    let kowalczyk = quotes_of("Kowalczyk").expect("her quotes by surname");
    assert_eq!(kowalczyk.len(), 4);
    for name in [
        "Mayor Kowalczyk",
        "mayor marta kowalczyk",
        "Ms. Kowalczyk",
        "Ms Marta Kowalczyk",
    ] {
        assert_eq!(quotes_of(name).as_ref(), Some(&kowalczyk), "{name}");
    }
    let peter = quotes_of("Peter Johnson").expect("his quotes");
    assert_eq!(peter.len(), 3);
    assert_eq!(quotes_of("Mr. Peter Johnson"), Some(peter));
    // The stories call the bare Johnson "Dr": that one, not a guess
    // between Peter and Helen.
    let doctor = quotes_of("Dr. Johnson").expect("Dr Johnson's quote");
    assert_eq!(doctor.len(), 1);
    assert_eq!(doctor[0]["speaker"], "Johnson");
    // A title before nobody is still nobody, named as typed.
    let out = byline(&["quotes", "--speaker", "Mayor Nobody", LIBRARY]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nobody called 'Mayor Nobody'"), "{err}");
}

#[test]
fn a_speaker_nobody_is_fails_with_a_clear_message() {
    let out = byline(&["quotes", "--speaker", "Nobody Atall", LIBRARY]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nobody called 'Nobody Atall'"), "{err}");
}

#[test]
fn json_and_markdown_together_are_refused() {
    let out = byline(&["quotes", "--json", "--markdown", LIBRARY]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be used with"));
}
