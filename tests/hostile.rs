//! Hostile input: files nobody should write but somebody will open. Each one
//! must end with a clear error or a correct result, in time proportional to
//! its size, and never with a panic, a hang or a stack overflow.
//!
//! The files are generated in a temporary folder at test time. Each check
//! runs on its own thread with the default (2 MiB) stack, stricter than the
//! binary's main thread, and against a deadline so a hang fails instead of
//! stalling the suite.
//!
//! Sizes: the issue's sizes in release builds (`cargo test --release --test
//! hostile`); a tenth of the analysed ones in debug builds (`cargo test`, CI),
//! where the analysis runs 10-30 times slower. How time grows with size is
//! measured by `cargo bench --bench analysis` (its scaling group), not here.

use byline::analysis::{Analysis, analyze};
use byline::article::{Article, load_path};
use std::time::Duration;

mod hostile_support;
use hostile_support::checks::*;
use hostile_support::*;

#[test]
fn random_bytes_are_refused_as_binary_or_not_utf8() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(0x5eed);
    let noise: Vec<u8> = (0..MB).map(|_| rng.next() as u8).collect();
    // Without NUL bytes the file is judged on its UTF-8 instead.
    let no_nul: Vec<u8> = noise.iter().map(|&b| b.max(1)).collect();
    for name in [
        "noise.txt",
        "noise.json",
        "noise.md",
        "noise.jsonl",
        "noise",
    ] {
        let path = write(dir.path(), name, &noise);
        assert_refused(&path, "binary data");
        assert_cli_survives(&path);
    }
    for name in ["bytes.txt", "bytes.json", "bytes"] {
        let path = write(dir.path(), name, &no_nul);
        assert_refused(&path, "not valid UTF-8");
    }
}

#[test]
fn random_unicode_text_loads_and_analyses() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(7);
    let text: String = std::iter::from_fn(|| char::from_u32(rng.next() as u32 % 0x11_0000))
        .filter(|&c| c != '\0')
        .take(scaled(300_000))
        .collect();
    for name in ["unicode.txt", "unicode.md", "unicode"] {
        let path = write(dir.path(), name, &text);
        let (loaded, _) = load_and_analyze(&path);
        assert_eq!(loaded.articles.len() + loaded.errors.len(), 1);
    }
}

/// Every kind of quote mark, opened and never closed, closed and never
/// opened, nested and crossed, with a few words between.
fn quote_storm(bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let marks = [
        "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‹", "›", "「", "」",
    ];
    let words = [
        "said",
        "Nadia",
        "Okafor",
        "the",
        "“yes,”",
        "he",
        ".",
        ",",
        "’s",
    ];
    let mut text = String::new();
    while text.len() < bytes {
        if rng.below(4) == 0 {
            text.push_str(rng.pick(&words));
            text.push(' ');
        } else {
            text.push_str(rng.pick(&marks));
        }
        if rng.below(2_000) == 0 {
            text.push('\n');
        }
    }
    text
}

#[test]
fn two_hundred_kilobytes_of_mixed_quote_marks_are_analysed() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let one_paragraph = quote_storm(200 * KB, 1).replace('\n', " ");
    let path = write(dir.path(), "quotes.txt", &one_paragraph);
    let (loaded, _) = load_and_analyze(&path);
    assert_eq!(loaded.articles[0].paragraphs.len(), 1);
    let path = write(dir.path(), "quotes-lines.txt", quote_storm(200 * KB, 2));
    let (loaded, _) = load_and_analyze(&path);
    assert!(loaded.articles[0].paragraphs.len() > 10);
    assert_cli_survives(&path);
}

/// A paragraph of news-like sentences `bytes` long, no newline in it.
fn long_line(bytes: usize) -> String {
    let mut rng = Rng(42);
    let mut line = String::with_capacity(bytes + 200);
    while line.len() < bytes {
        let (first, last) = (rng.name(), rng.name());
        let sentence = match rng.below(4) {
            0 => format!("“We will hold the line,” said {first} {last}, the mayor of {last}. "),
            1 => format!("{first} told reporters on Monday that the {last} Council had met. "),
            2 => format!("The {last} Ministry said talks would resume in March 2031. "),
            _ => format!("Ms. {last} called it “a ‘fair’ deal” before leaving. "),
        };
        line.push_str(&sentence);
    }
    line
}

#[test]
fn one_ten_megabyte_line_loads_as_one_paragraph() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let line = long_line(10 * MB);
    let path = write(dir.path(), "line.txt", &line);
    let owned = path.clone();
    let loaded = within("load a 10 MB line", deadline_for(10 * MB), move || {
        load_path(&owned)
    });
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert_eq!(loaded.articles[0].paragraphs, [line.trim_end()]);
}

#[test]
fn one_ten_megabyte_line_is_analysed() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "line.txt", long_line(scaled(10 * MB)));
    let (loaded, analyses) = load_and_analyze(&path);
    assert_eq!(loaded.articles[0].paragraphs.len(), 1);
    assert!(!analyses[0].entities.is_empty());
    assert_cli_survives(&path);
}

#[test]
fn nul_bytes_are_refused_in_files_and_survive_in_json_strings() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "nul.txt",
        "A fine start.\0\0 And then\0 trouble.",
    );
    assert_refused(&path, "NUL byte at offset 13");
    assert_cli_survives(&path);
    let path = write(dir.path(), "nul.md", "# T\n\nText\0");
    assert_refused(&path, "NUL byte");
    // Escaped in JSON, a NUL is valid text: it reaches the analysis as a
    // visible question mark (one byte for one, so offsets hold), never as a
    // control character.
    let path = write(
        dir.path(),
        "nul.json",
        r#"{"title":"T","paragraphs":["Nadia\u0000Okafor said \u0000“no\u0000.”", "\u0000"]}"#,
    );
    let (loaded, _) = load_and_analyze(&path);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    let first = &loaded.articles[0].paragraphs[0];
    assert!(
        first.starts_with("Nadia?Okafor") && !first.contains('\0'),
        "{first:?}"
    );
    assert_cli_survives(&path);
}

const NESTING: usize = 100_000;

fn nested_arrays() -> String {
    format!("{}{}", "[".repeat(NESTING), "]".repeat(NESTING))
}

#[test]
fn a_hundred_thousand_nested_json_brackets_are_refused_without_overflow() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let arrays = nested_arrays();
    let objects = format!("{}1{}", r#"{"a":"#.repeat(NESTING), "}".repeat(NESTING));
    let in_field = format!(r#"{{"title":"T","paragraphs":{arrays}}}"#);
    let unclosed = format!(r#"{{"paragraphs":{}"#, "[".repeat(NESTING));
    for (name, content, reason) in [
        ("arrays.json", &arrays, "not a Byline article"),
        ("objects.json", &objects, "no \"paragraphs\""),
        ("field.json", &in_field, "not a Byline article"),
        ("unclosed.json", &unclosed, "not a Byline article"),
    ] {
        let path = write(dir.path(), name, content);
        assert_refused(&path, reason);
        assert_cli_survives(&path);
    }
    let path = write(dir.path(), "lines.jsonl", format!("{objects}\n{arrays}\n"));
    let (loaded, _) = load_and_analyze(&path);
    assert!(loaded.articles.is_empty());
    assert_eq!(loaded.errors.len(), 2, "{:?}", loaded.errors);
    // Deep nesting in a field Byline does not read is skipped, not refused.
    let ignored = format!(r#"{{"extra":{arrays},"paragraphs":["A story."]}}"#);
    let path = write(dir.path(), "ignored.json", &ignored);
    let (loaded, _) = load_and_analyze(&path);
    assert_eq!(loaded.articles[0].paragraphs, ["A story."]);
    assert_cli_survives(&path);
}

#[test]
fn a_hundred_thousand_nested_brackets_as_text_are_analysed() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let arrays = nested_arrays();
    let path = write(dir.path(), "brackets.txt", &arrays);
    let (loaded, _) = load_and_analyze(&path);
    assert_eq!(loaded.articles[0].paragraphs, [arrays.as_str()]);
}

#[test]
fn a_hundred_thousand_nested_quote_marks_are_analysed() {
    let _serial = serial();
    let depth = NESTING / 2;
    let nested = format!("{}deep{}", "“‘".repeat(depth), "’”".repeat(depth));
    let paragraph = format!("Nadia Okafor said {nested} on Monday.");
    let article = Article::from_paragraphs("Nested", &[&paragraph]);
    let copy = article.clone();
    let analysis = within(
        "analyse 100,000 nested quote marks",
        deadline_for(paragraph.len()),
        move || analyze(&copy),
    );
    assert_sound(&article, &analysis);
}

/// `count` capitalised made-up words; `sentences` puts them in short
/// sentences (many distinct names), otherwise they are one unbroken run.
fn capitals(count: usize, sentences: bool) -> String {
    let mut rng = Rng(300);
    let mut text = String::with_capacity(count * 9);
    for i in 0..count {
        text.push_str(&rng.name());
        text.push_str(match (sentences, i % 3) {
            (true, 2) => " said. ",
            _ => " ",
        });
        if sentences && i % 600 == 599 {
            text.push('\n');
        }
    }
    text
}

#[test]
fn three_hundred_thousand_capitalised_tokens_in_one_run_are_analysed() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "run.txt", capitals(scaled(300_000), false));
    let (loaded, _) = load_and_analyze(&path);
    assert_eq!(loaded.articles[0].paragraphs.len(), 1);
}

#[test]
fn three_hundred_thousand_capitalised_names_in_sentences_are_analysed() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "names.txt", capitals(scaled(300_000), true));
    let (loaded, analyses) = load_and_analyze(&path);
    assert!(loaded.articles[0].paragraphs.len() >= scaled(300_000) / 600);
    assert!(!analyses[0].entities.is_empty());
    assert_cli_survives(&path);
}

#[test]
fn empty_files_are_refused_with_a_reason() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        ("empty.txt", ""),
        ("empty.md", ""),
        ("empty.json", ""),
        ("empty.jsonl", ""),
        ("empty", ""),
        ("blank.txt", " \n\t\n\n"),
        ("bom.txt", "\u{feff}"),
    ] {
        let path = write(dir.path(), name, content);
        assert_refused(&path, "empty file");
        assert_cli_survives(&path);
    }
    for (name, content, reason) in [
        ("no-body.json", "{}", "no \"paragraphs\" or \"body\""),
        (
            "no-paragraphs.json",
            r#"{"paragraphs":[]}"#,
            "no article text",
        ),
        ("title-only.md", "# Just a title\n", "no article text"),
        ("truncated.json", r#"{"paragraphs":["a"#, "truncated JSON"),
    ] {
        let path = write(dir.path(), name, content);
        assert_refused(&path, reason);
        assert_cli_survives(&path);
    }
}

/// Quotes in several scripts, each attributed the usual news way.
fn mixed_scripts(paragraphs: usize) -> String {
    let lines = [
        "“東京の会議は成功だった,” said Zoë Müller, the mayor of São Paulo. 😀",
        "Ólafur Þórsson told reporters: “Ça va très bien — 👩‍👩‍👧 together.”",
        "«Мы готовы», said Ivan Petrov in Київ on Monday.",
        "„Wir sind bereit“, sagte Jürgen Weiß. 北京市 and الرياض were quiet.",
        "Nadia Okafor called it ‘naïve’ and said: “We’ll see.”",
        "e\u{301}e\u{301} Ǆemal ǅ İstanbul “‍zero width\u{200b}joiners”.",
    ];
    (0..paragraphs)
        .map(|i| lines[i % lines.len()])
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn mixed_scripts_with_quotes_are_analysed_on_character_boundaries() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    // Markdown joins adjacent lines: its paragraphs are between blank lines.
    for (name, text) in [
        ("scripts.txt", mixed_scripts(6)),
        ("scripts.md", mixed_scripts(6).replace('\n', "\n\n")),
    ] {
        let path = write(dir.path(), name, text);
        let (loaded, analyses) = load_and_analyze(&path);
        assert_eq!(loaded.articles[0].paragraphs.len(), 6, "{name}");
        let article = &loaded.articles[0];
        let quoted: Vec<&str> = analyses[0].quotes.iter().map(|q| q.text(article)).collect();
        assert!(
            quoted.iter().any(|q| q.contains("東京の会議は成功だった")),
            "{name}: the Japanese quotation was missed: {quoted:?}"
        );
        assert!(
            quoted.iter().any(|q| q.contains("Ça va très bien")),
            "{name}: the French quotation was missed: {quoted:?}"
        );
        assert_cli_survives(&path);
    }
    // Many paragraphs of the same, for time proportional to size.
    let path = write(
        dir.path(),
        "scripts-long.txt",
        mixed_scripts(scaled(20_000)),
    );
    let (loaded, _) = load_and_analyze(&path);
    assert_eq!(loaded.articles[0].paragraphs.len(), scaled(20_000));
}

/// Markdown markup on one long line: emphasis opened and never closed, links
/// never finished, code spans; the loader must stay linear.
#[test]
fn a_long_markdown_line_full_of_markup_loads_in_linear_time() {
    let _serial = serial();
    let dir = tempfile::tempdir().unwrap();
    let pieces = [
        "*open ",
        "**strong** ",
        "_em_ ",
        "[link ",
        "![img](x) ",
        "`code` ",
        "word ",
    ];
    let mut rng = Rng(9);
    let mut line = String::from("# Markup\n\n");
    while line.len() < 256 * KB {
        line.push_str(rng.pick(&pieces));
    }
    let path = write(dir.path(), "markup.md", &line);
    let (loaded, _) = load_and_analyze(&path);
    assert_eq!(loaded.articles[0].paragraphs.len(), 1);
}

/// Stories a file can hand the reader: control characters and escape
/// sequences, tabs, zero-width and combining marks, wide characters, empty
/// paragraphs, and one enormous paragraph.
fn hostile_stories() -> Vec<Article> {
    let long = long_line(scaled(MB));
    let odd = [
        "Tabs\tand\r\ncarriage returns, a bell\u{7} and an escape \u{1b}[2J\u{1b}]0;pwned\u{7} here.",
        "",
        "e\u{301}\u{301}\u{301} 👩‍👩‍👧‍👦 東京都 ǅ \u{200b}\u{200d}\u{feff} \u{202e}reversed\u{202c} “quoted,” said Zoë.",
        "\u{0}NUL\u{0} and \u{7f} DEL",
        "ＷＩＤＥ　ｆｕｌｌｗｉｄｔｈ　ｔｅｘｔ “東京の会議は成功だった,” said Zoë Müller.",
    ];
    vec![
        Article::from_paragraphs("Odd characters", &odd),
        Article::from_paragraphs("One huge paragraph", &[&long]),
        Article::from_paragraphs(
            "Mixed scripts",
            &mixed_scripts(60).lines().collect::<Vec<_>>(),
        ),
    ]
}

/// Open each hostile story, move, search and resize, drawing at sizes from
/// 1x1 to 200x60: no panic, and no control character ever reaches a cell
/// (it would be sent to the terminal as is).
#[test]
fn hostile_stories_draw_at_every_size_without_control_characters() {
    use byline::ui::{Action, App, draw};
    use ratatui::{Terminal, backend::TestBackend};
    let _serial = serial();
    within("draw hostile stories", Duration::from_secs(300), || {
        for article in hostile_stories() {
            // Analyse the small stories; the huge paragraph's analysis is
            // timed elsewhere, here only its drawing matters.
            let analysis = if article.paragraphs.len() > 1 {
                analyze(&article)
            } else {
                Analysis::default()
            };
            let title = article.title.clone();
            let mut app = App::with_analyses(vec![(article, analysis)], true);
            let actions = [
                Action::Bottom,
                Action::Top,
                Action::Page(1),
                Action::FocusNext,
                Action::MoveBy(3),
                Action::FocusNext,
                Action::Activate,
                Action::StartSearch,
                Action::Input('e'),
                Action::Input('\u{1b}'),
                Action::InputBackspace,
                Action::SubmitInput,
                Action::Next,
            ];
            for (width, height) in [(1, 1), (12, 4), (80, 24), (200, 60), (37, 200)] {
                app.update(Action::Resize { width, height });
                let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
                for action in actions.iter().cloned() {
                    app.update(action);
                    terminal.draw(|frame| draw(&app, frame)).unwrap();
                    let buffer = terminal.backend().buffer();
                    let bad = buffer
                        .content()
                        .iter()
                        .find(|cell| cell.symbol().chars().any(char::is_control));
                    assert!(
                        bad.is_none(),
                        "{title} at {width}x{height}: a control character reached the screen: {:?}",
                        bad.map(|cell| cell.symbol())
                    );
                }
            }
        }
    });
}
