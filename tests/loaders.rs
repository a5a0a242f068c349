//! The loaders on good and bad input, file by file: each format, encodings,
//! bad and oversized files, and the report's JSON round trip (folders and the
//! bundled library are in `loaders_folders.rs`).

use byline::analysis::{Analysis, Entity, EntityKind, Quote, QuoteKind, QuoteSource};
use byline::article::{Article, Span, load_path};
use byline::report::Report;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod loaders_support;
use loaders_support::*;

// ---- each format ----------------------------------------------------------

#[test]
fn text_with_a_paragraph_per_line_takes_its_title_from_the_file_name() {
    let a = only_article(&fixture("formats/per-line.txt"));
    assert_eq!(a.title, "Per Line");
    assert_eq!(
        a.paragraphs,
        [
            "The library on Elm Street will close for repairs in March.",
            "Its director, Tom Baines, said the roof had leaked for years.",
            "“We cannot wait another winter,” he said.",
        ]
    );
    assert_eq!(a.path, fixture("formats/per-line.txt"));
}

#[test]
fn text_with_a_title_line_joins_hard_wrapped_paragraphs() {
    let a = only_article(&fixture("formats/wrapped.txt"));
    assert_eq!(a.title, "Harbour Board Elects New Chair");
    assert_eq!(
        a.paragraphs,
        [
            "The harbour board chose Nadia Okafor as its chair on Monday, ending a month of closed-door talks.",
            "\"We have work to do,\" she said after the vote.",
        ]
    );
}

#[test]
fn json_paragraphs_are_verbatim_with_their_metadata() {
    let a = only_article(&fixture("formats/paragraphs.json"));
    assert_eq!(a.title, "Bakery wins county prize");
    assert_eq!(
        a.paragraphs,
        [
            "  A bakery in Millford won the county bread prize on Saturday.  ",
            "“It is the rye,” said its owner, Sam Ortiz.",
        ]
    );
    assert_eq!(a.url.as_deref(), Some("https://example.org/bakery"));
    assert_eq!(a.published.as_deref(), Some("2026-04-02"));
    assert_eq!(a.source.as_deref(), Some("Valley Gazette"));
    assert_eq!(a.author.as_deref(), Some("Jo Park"));
}

#[test]
fn json_body_is_split_on_blank_lines() {
    let a = only_article(&fixture("formats/body.json"));
    assert_eq!(
        a.paragraphs,
        [
            "The old bridge reopened to traffic on Friday.",
            "Cyclists were the first across."
        ]
    );
}

#[test]
fn json_lines_keep_the_good_records_and_report_the_bad_line() {
    let path = fixture("formats/mixed.jsonl");
    let loaded = load_path(&path);
    assert_eq!(titles(&loaded), ["Ferry strike ends", "Market hall sold"]);
    assert!(loaded.articles.iter().all(|a| a.path == path));
    assert_eq!(loaded.errors.len(), 1, "{:?}", loaded.errors);
    assert_eq!(loaded.errors[0].path, path);
    assert!(
        loaded.errors[0]
            .reason
            .starts_with("truncated JSON at line 2 column"),
        "{}",
        loaded.errors[0]
    );
}

#[test]
fn markdown_markup_is_reduced_to_text() {
    let a = only_article(&fixture("formats/markup.md"));
    assert_eq!(a.title, "School choir heads to the finals");
    assert_eq!(
        a.paragraphs,
        [
            "The choir from Ashgrove Primary will sing in the national finals in May.",
            "Who is going",
            "Thirty-two singers aged 8 to 11.",
            "Their teacher, Ms. Ellen Brook.",
            "\"They practise every lunchtime,\" said the head teacher, Raj Mehta.",
        ]
    );
}

#[test]
fn html_keeps_the_article_and_drops_the_page_chrome() {
    let a = only_article(&fixture("formats/chrome.html"));
    assert_eq!(a.title, "Orchard festival returns after two-year break");
    assert_eq!(a.source.as_deref(), Some("Hillside Herald"));
    assert_eq!(a.published.as_deref(), Some("2026-09-19"));
    assert_eq!(a.author.as_deref(), Some("Lena Fischer"));
    assert_eq!(a.paragraphs.len(), 4, "{:#?}", a.paragraphs);
    assert!(a.paragraphs[0].starts_with("The apple festival in Brackley"));
    // Entities decoded, the source's line break collapsed, nothing wrapped.
    assert_eq!(
        a.paragraphs[1],
        "“We were not sure anyone would remember us,” said Marta Lind, who chairs the festival committee. “Then the car parks were full by ten o’clock.”"
    );
    assert!(
        a.paragraphs[2].contains("through the orchards and forced"),
        "{}",
        a.paragraphs[2]
    );
    let chrome = [
        "cookie",
        "Share on",
        "©",
        "More news",
        "Council approves",
        "Privacy",
    ];
    for paragraph in &a.paragraphs {
        for bit in chrome {
            assert!(!paragraph.contains(bit), "chrome {bit:?} in {paragraph:?}");
        }
        assert!(!paragraph.contains('\n') && !paragraph.contains("  "));
    }
}

#[test]
fn a_file_without_an_extension_is_read_by_its_content() {
    let dir = tempfile::tempdir().unwrap();
    let page = fs::read_to_string(fixture("formats/chrome.html")).unwrap();
    let cases = [
        (
            "json",
            r#"{"title": "J", "paragraphs": ["One."]}"#,
            vec!["J"],
        ),
        (
            "lines",
            "{\"title\": \"A\", \"paragraphs\": [\"x\"]}\n{\"title\": \"B\", \"body\": \"y\"}\n",
            vec!["A", "B"],
        ),
        (
            "md",
            "---\ntitle: Front\n---\n\nText *here*.\n",
            vec!["Front"],
        ),
        (
            "html",
            &page,
            vec!["Orchard festival returns after two-year break"],
        ),
        ("text", "Plain Title\n\nPlain text.\n", vec!["Plain Title"]),
    ];
    for (name, content, expected) in cases {
        let loaded = load_path(&write(dir.path(), name, content));
        assert!(loaded.errors.is_empty(), "{name}: {:?}", loaded.errors);
        assert_eq!(titles(&loaded), expected, "{name}");
    }
}

// ---- bad input ------------------------------------------------------------

#[test]
fn each_bad_file_is_one_clear_error_naming_it() {
    let cases = [
        ("bad/empty.txt", "empty file"),
        ("bad/blank.md", "empty file"),
        ("bad/truncated.json", "truncated JSON at line 1 column 58"),
        ("bad/malformed.json", "malformed JSON at line 3 column 25"),
        ("bad/no-paragraphs.json", "no article text"),
        ("bad/no-article.html", "no readable article"),
        ("bad/article.rtf", "unsupported file type .rtf"),
    ];
    for (name, reason) in cases {
        let err = only_error(&fixture(name));
        assert!(err.reason.starts_with(reason), "{name}: {err}");
    }
}

#[test]
fn binary_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let png = write(dir.path(), "photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert!(only_error(&png).reason.starts_with("binary data"));
    let noise = write(dir.path(), "noise.txt", b"\x01\x02\x03\x04\xe9\x05\x06");
    assert!(
        only_error(&noise)
            .reason
            .starts_with("not valid UTF-8 text (bad byte at offset 4)")
    );
}

/// Latin-1 / Windows-1252 files, pages that declare their charset and
/// UTF-16 with a byte-order mark are decoded, and `encoding` says how.
#[test]
fn legacy_encodings_are_decoded_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = write(
        dir.path(),
        "latin1.md",
        b"# Caf\xe9 opens\n\nZo\xeb said \x93yes\x94.\n",
    );
    let article = only_article(&latin1);
    assert_eq!(article.title, "Café opens");
    assert_eq!(article.paragraphs, ["Zoë said “yes”."]);
    assert_eq!(article.encoding.as_deref(), Some("windows-1252"));
    let mut wide = b"\xff\xfe".to_vec();
    wide.extend("Hi, Zoë.".encode_utf16().flat_map(u16::to_le_bytes));
    let utf16 = write(dir.path(), "wide.txt", wide);
    assert_eq!(only_article(&utf16).paragraphs, ["Hi, Zoë."]);
    assert_eq!(only_article(&utf16).encoding.as_deref(), Some("UTF-16LE"));
    // "The mayor of Athens spoke...", with Athens (Αθήνα) in ISO-8859-7.
    let paragraph = "<p>The mayor of \u{c1}\u{e8}\u{de}\u{ed}\u{e1} spoke on Monday about the harbour wall and the ferries, which will not sail for a week.</p>";
    let page = format!(
        "<html><head><meta charset=\"iso-8859-7\"><title>News</title></head><body><article>{}</article></body></html>",
        paragraph.repeat(3)
    );
    // Each char below U+0100 as the one byte of that value.
    let bytes: Vec<u8> = page.chars().map(|c| c as u8).collect();
    let html = write(dir.path(), "greek.html", bytes);
    let article = only_article(&html);
    assert!(
        article.paragraphs[0].contains("The mayor of Αθήνα spoke"),
        "{article:?}"
    );
    assert_eq!(article.encoding.as_deref(), Some("ISO-8859-7"));
    let plain = only_article(&write(dir.path(), "plain.txt", "Plain words.\n"));
    assert_eq!(plain.encoding.as_deref(), Some("UTF-8"));
}

/// Old Mac files end lines with a lone CR: it splits paragraphs as LF does.
#[test]
fn a_lone_carriage_return_ends_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let mac = write(
        dir.path(),
        "mac.txt",
        "Storm Hits Coast\r\rThe storm arrived.\rPower is out.\r",
    );
    let article = only_article(&mac);
    assert_eq!(article.title, "Storm Hits Coast");
    assert_eq!(article.paragraphs, ["The storm arrived.", "Power is out."]);
    let md = write(dir.path(), "mac.md", "# Title\r\rOne.\r\rTwo.\r");
    assert_eq!(only_article(&md).paragraphs, ["One.", "Two."]);
}

#[test]
fn missing_paths_and_non_files_are_reported() {
    let missing = fixture("no/such/article.txt");
    assert_eq!(only_error(&missing).reason, "no such file or folder");
    #[cfg(unix)]
    assert_eq!(
        only_error(Path::new("/dev/null")).reason,
        "not a regular file"
    );
}

#[test]
fn files_over_the_size_limit_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // A sparse file: big on paper, nothing written to disk.
    fs::File::create(&path)
        .unwrap()
        .set_len(byline::article::MAX_FILE_BYTES + 1)
        .unwrap();
    assert!(only_error(&path).reason.starts_with("too large"));
}

// ---- the report --------------------------------------------------------------

#[test]
fn a_report_survives_a_json_round_trip() {
    let mut article = Article::from_paragraphs(
        "Port vote",
        &["“We are ready,” said Mayor Ana Diaz on 3 May.", "She left."],
    );
    article.path = PathBuf::from("data/port.json");
    article.published = Some("2026-05-03".to_string());
    article.source = Some("The Ledger".to_string());
    let analysis = Analysis {
        entities: vec![Entity {
            id: "e1".to_string(),
            kind: EntityKind::Person,
            name: "Ana Diaz".to_string(),
            aliases: vec!["Diaz".to_string()],
            titles: vec!["Mayor".to_string()],
            mentions: vec![Span::new(0, 31, 39)],
        }],
        quotes: vec![Quote::new(
            Span::new(0, 3, 16),
            Some(Arc::new(QuoteSource {
                speaker: Some("e1".to_string()),
                speaker_name: Some("Ana Diaz".to_string()),
                cue: Some("said".to_string()),
            })),
            QuoteKind::Quote,
        )],
        quotes_not_listed: 0,
    };
    let report = Report::with_analysis(article, analysis);
    let json = report.to_json();
    assert!(
        json.contains(r#""quotes":[{"id":"q1","paragraph":0,"start":3,"end":16,"text":"We are ready,","speaker":"e1","speaker_name":"Ana Diaz","cue":"said","kind":"quote"}]"#),
        "{json}"
    );
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);

    let seed = Report::new(only_article(&repo("data/anchorage-summit.txt")));
    assert_eq!(
        serde_json::from_str::<Report>(&seed.to_json()).unwrap(),
        seed
    );
}

/// A page saved before the consent banner was dismissed holds no article.
#[test]
fn a_page_that_is_only_a_cookie_banner_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let banner = "<html><head><title>Daily News</title></head><body><div id=\"consent\"><h2>We value your privacy</h2><p>We and our 842 partners use cookies and similar technologies to store and access information on your device, to personalise ads and content, to measure ads and content, and to develop and improve products. With your consent, we and our partners may use precise geolocation data.</p><p>You can change your choices at any time by clicking Manage preferences at the bottom of the page.</p><ul><li>Accept all</li><li>Reject all</li><li>Manage preferences</li></ul></div></body></html>";
    let path = write(dir.path(), "consent.html", banner);
    assert_eq!(
        only_error(&path).reason,
        "no article in this page, only a cookie or consent notice"
    );
    // An article about cookies is still an article.
    let story = format!(
        "<html><head><title>Cookie rules</title></head><body><article>{}</article></body></html>",
        "<p>The regulator said on Monday that websites must ask for consent before they set cookies, and that refusing must be as easy as accepting. Fines will follow from June.</p><p>Publishers said the change would cost them revenue, while privacy groups welcomed it as overdue and asked for stricter checks.</p>".repeat(2)
    );
    let path = write(dir.path(), "rules.html", story);
    assert_eq!(only_article(&path).paragraphs.len(), 4);
}

/// Only web addresses are kept as an article's URL: the reader may open it.
#[test]
fn a_javascript_url_is_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let page = format!(
        "<html><head><title>Harbour</title><meta property=\"og:url\" content=\"javascript:alert(document.cookie)\"></head><body><article>{}</article></body></html>",
        "<p>The harbour closed on Monday after the storm, the port authority said, and ferries will not sail until the wall is repaired.</p>".repeat(3)
    );
    let html = write(dir.path(), "page.html", page);
    assert_eq!(only_article(&html).url, None);
    let json = write(
        dir.path(),
        "story.json",
        r#"{"title":"T","url":"javascript:alert(1)","paragraphs":["Text."]}"#,
    );
    assert_eq!(only_article(&json).url, None);
}

#[test]
fn a_json_array_and_a_flood_of_bad_lines_get_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let array = write(
        dir.path(),
        "several.json",
        r#"[{"title":"T","paragraphs":["Text."]}]"#,
    );
    let reason = only_error(&array).reason;
    assert!(
        reason.contains("a JSON array, where one article object"),
        "{reason}"
    );
    let garbage = write(dir.path(), "garbage.jsonl", "not json\n".repeat(100_000));
    let loaded = load_path(&garbage);
    assert_eq!(loaded.errors.len(), 6, "{:?}", &loaded.errors[..3]);
    assert_eq!(
        loaded.errors[5].reason,
        "99995 more lines are not articles either (the last at line 100000)"
    );
}
