//! Property tests over the analysis (and the loaders feeding it): for any
//! text, analysis never panics, every span it reports is a valid slice of its
//! paragraph, mentions and quotes come in story order, quotes never overlap,
//! ids are consistent, and analysing twice gives the same result. The
//! reader's incremental search must agree with a fresh search.
//!
//! Inputs come from two generators: arbitrary Unicode, and "news-like" text
//! stitched from fragments that stress the extractors (capitals, titles,
//! abbreviations, every kind of quote mark, digits, multi-byte characters).
//! A newline starts a new paragraph. Case counts are bounded so the suite
//! stays quick in debug builds.

use byline::analysis::{Analysis, analyze};
use byline::article::{Article, Span, load_path};
use byline::ui::search;
use proptest::prelude::*;

/// Fragments of news English and the characters that tend to break text code.
const FRAGMENTS: &[&str] = &[
    "the",
    "said",
    "says",
    "told",
    "reporters",
    "according to",
    "President",
    "Minister",
    "Ms.",
    "Mr.",
    "Dr.",
    "Gen.",
    "U.S.",
    "U.N.",
    "Inc.",
    "St.",
    "Jr.",
    "Corp",
    "Ministry",
    "Nadia",
    "Okafor",
    "Halvard",
    "Brennan",
    "Tomsk",
    "Riverside",
    "Council",
    "of",
    "and",
    "on",
    "in",
    "Monday",
    "March",
    "2031",
    "3.5",
    "42",
    "1,200",
    "O'Hara",
    "Jean-Luc",
    "de",
    "van",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "「",
    "」",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "…",
    "—",
    "–",
    "-",
    "(",
    ")",
    "Zoë",
    "Müller",
    "São",
    "Paulo",
    "東京",
    "北京市",
    "😀",
    "👩‍👩‍👧",
    "é",
    "e\u{301}",
    "\u{200b}",
    "\u{a0}",
    "\t",
    "\0",
    "Ω",
    "ǅ",
    "İstanbul",
    "ß",
    "\n",
    "\n\n",
];

/// News-like text: fragments joined by a space, no space, or two spaces.
fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(FRAGMENTS),
            prop::sample::select(&[" ", "", "  "][..]),
        ),
        0..120,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(fragment, gap)| [fragment, gap])
            .collect()
    })
}

/// Any Unicode text, newlines included.
fn any_text() -> impl Strategy<Value = String> {
    prop::string::string_regex("(?s).{0,300}").expect("valid regex")
}

/// An in-memory article: one paragraph per line, empty lines kept (the
/// analysis must cope with what an API caller may hand it).
fn article(text: &str) -> Article {
    Article {
        title: "Generated".to_string(),
        paragraphs: text.split('\n').map(str::to_string).collect(),
        ..Article::default()
    }
}

/// Why `span` is not a valid slice of `article`, if it is not.
fn span_problem(article: &Article, span: &Span) -> Option<String> {
    let Some(text) = article.paragraphs.get(span.paragraph) else {
        return Some(format!("{span:?}: no paragraph {}", span.paragraph));
    };
    if span.start > span.end || span.end > text.len() {
        return Some(format!(
            "{span:?}: outside paragraph of {} bytes",
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Some(format!("{span:?}: not on a character boundary in {text:?}"));
    }
    None
}

/// Every invariant the rest of Byline relies on; the first broken one, if any.
fn invariant_problem(article: &Article, analysis: &Analysis) -> Option<String> {
    for (i, entity) in analysis.entities.iter().enumerate() {
        if entity.id != format!("e{}", i + 1) {
            return Some(format!("entity {i} has id {:?}", entity.id));
        }
        if entity.name.trim().is_empty() {
            return Some(format!("{} has an empty name", entity.id));
        }
        for span in &entity.mentions {
            if let Some(problem) = span_problem(article, span) {
                return Some(format!("{} mention {problem}", entity.id));
            }
        }
        if let Some(pair) = entity.mentions.windows(2).find(|w| w[0] >= w[1]) {
            return Some(format!("{} mentions out of order: {pair:?}", entity.id));
        }
    }
    for (i, quote) in analysis.quotes.iter().enumerate() {
        if let Some(problem) = span_problem(article, &quote.span) {
            return Some(format!("quote {i} {problem}"));
        }
        if let Some(speaker) = quote.speaker()
            && analysis.entity(speaker).is_none()
        {
            return Some(format!("quote {i} names unknown speaker {speaker}"));
        }
    }
    for pair in analysis.quotes.windows(2) {
        let (a, b) = (&pair[0].span, &pair[1].span);
        if a >= b {
            return Some(format!("quotes out of order: {a:?} then {b:?}"));
        }
        if a.overlaps(b) {
            return Some(format!("quotes overlap: {a:?} and {b:?}"));
        }
    }
    None
}

/// Analyse twice and check the invariants and determinism.
fn check(article: &Article) -> Result<(), TestCaseError> {
    let first = analyze(article);
    if let Some(problem) = invariant_problem(article, &first) {
        return Err(TestCaseError::fail(format!(
            "{problem}\nparagraphs: {:?}",
            article.paragraphs
        )));
    }
    prop_assert_eq!(
        &first,
        &analyze(&article.clone()),
        "analysis is not deterministic"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn news_like_text_keeps_every_invariant(text in news_text()) {
        check(&article(&text))?;
    }

    #[test]
    fn arbitrary_unicode_keeps_every_invariant(text in any_text()) {
        check(&article(&text))?;
    }

    #[test]
    fn long_news_like_paragraphs_keep_every_invariant(
        texts in prop::collection::vec(news_text(), 1..8)
    ) {
        // Several generated texts glued into few, longer paragraphs.
        let joined = texts.concat().replace('\n', " ");
        check(&article(&joined))?;
    }
}

proptest! {
    // Fewer cases: each one writes files to disk.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn loaded_files_keep_every_invariant(
        text in prop_oneof![news_text(), any_text()],
        extension in prop::sample::select(&["txt", "md", "json", "jsonl", "html", ""][..]),
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let name = if extension.is_empty() { "story".to_string() } else { format!("story.{extension}") };
        let path = dir.path().join(name);
        let content = match extension {
            // A valid JSON article around the text, so the analysis is reached.
            "json" | "jsonl" => serde_json::json!({ "title": "T", "body": text }).to_string(),
            _ => text.clone(),
        };
        std::fs::write(&path, content).expect("write");
        let loaded = load_path(&path);
        for article in &loaded.articles {
            prop_assert!(!article.paragraphs.is_empty(), "an article without paragraphs loaded");
            check(article)?;
        }
        for error in &loaded.errors {
            prop_assert!(!error.reason.is_empty(), "a load error without a reason");
        }
        prop_assert!(
            !loaded.articles.is_empty() || !loaded.errors.is_empty(),
            "a file gave neither an article nor an error"
        );
    }

    #[test]
    fn arbitrary_bytes_load_or_fail_cleanly(
        bytes in prop::collection::vec(any::<u8>(), 0..512),
        extension in prop::sample::select(&["txt", "md", "json", "jsonl", "html", ""][..]),
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let name = if extension.is_empty() { "blob".to_string() } else { format!("blob.{extension}") };
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).expect("write");
        let loaded = load_path(&path);
        for article in &loaded.articles {
            check(article)?;
        }
        prop_assert!(!loaded.articles.is_empty() || !loaded.errors.is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Search as the reader does it: the first character searches the whole
    /// story, each further one refines the previous matches. Every step must
    /// equal a fresh search, and every match must be a valid, ordered,
    /// non-overlapping slice that equals the query (ignoring case when the
    /// query has no capital).
    #[test]
    fn incremental_search_equals_a_fresh_search(
        text in prop_oneof![news_text(), "[aAb ]{0,60}", "(aa|aaa|ab|A| ){0,20}"],
        query in "[aAbeé ]{1,5}",
    ) {
        let article = article(&text);
        let mut typed = String::new();
        let mut matches = Vec::new();
        for ch in query.chars() {
            let first = typed.is_empty();
            typed.push(ch);
            matches = if first {
                search::find_all(&article, &typed)
            } else {
                search::refine(&article, &matches, &typed)
            };
            prop_assert_eq!(&matches, &search::find_all(&article, &typed), "query {:?}", typed);
        }
        for span in &matches {
            prop_assert_eq!(span_problem(&article, span), None);
            let found = span.text(&article);
            if search::is_case_sensitive(&typed) {
                prop_assert_eq!(found, typed.as_str());
            } else {
                prop_assert_eq!(found.to_lowercase(), typed.to_lowercase());
            }
        }
        for pair in matches.windows(2) {
            prop_assert!(pair[0] < pair[1] && !pair[0].overlaps(&pair[1]), "{:?}", pair);
        }
    }
}

/// The checker itself must catch what it is meant to catch.
#[test]
fn the_invariant_checker_rejects_broken_analyses() {
    use byline::analysis::{Entity, EntityKind, Quote, QuoteKind, QuoteSource};
    let article = article("Zoë said “hi.”\nSecond");
    let entity = |mentions: Vec<Span>| Entity {
        id: "e1".to_string(),
        kind: EntityKind::Person,
        name: "Zoë".to_string(),
        aliases: Vec::new(),
        titles: Vec::new(),
        mentions,
    };
    let quote = |span: Span| {
        let source = QuoteSource {
            speaker: Some("e1".to_string()),
            ..QuoteSource::default()
        };
        Quote::new(span, Some(std::sync::Arc::new(source)), QuoteKind::Quote)
    };
    let sound = Analysis {
        entities: vec![entity(vec![Span::new(0, 0, 4), Span::new(1, 0, 6)])],
        quotes: vec![quote(Span::new(0, 13, 16))],
        quotes_not_listed: 0,
    };
    assert_eq!(invariant_problem(&article, &sound), None);
    let broken = [
        // Inside "ë", past the end, in a missing paragraph, out of order.
        (vec![Span::new(0, 0, 3)], vec![]),
        (vec![Span::new(1, 0, 7)], vec![]),
        (vec![Span::new(2, 0, 1)], vec![]),
        (vec![Span::new(1, 0, 6), Span::new(0, 0, 4)], vec![]),
        // Overlapping and unordered quotes.
        (
            vec![],
            vec![quote(Span::new(0, 5, 16)), quote(Span::new(0, 13, 16))],
        ),
        (
            vec![],
            vec![quote(Span::new(1, 0, 6)), quote(Span::new(0, 13, 16))],
        ),
    ];
    for (mentions, quotes) in broken {
        let analysis = Analysis {
            entities: vec![entity(mentions.clone())],
            quotes: quotes.clone(),
            quotes_not_listed: 0,
        };
        assert!(
            invariant_problem(&article, &analysis).is_some(),
            "not caught: {mentions:?} {quotes:?}"
        );
    }
    let orphan = Analysis {
        entities: Vec::new(),
        quotes: vec![quote(Span::new(0, 13, 16))],
        quotes_not_listed: 0,
    };
    assert!(
        invariant_problem(&article, &orphan).is_some(),
        "unknown speaker not caught"
    );
}
