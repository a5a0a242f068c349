//! The quote list end to end: the seed story's six quotations and their
//! speakers, and quotations in sentences we wrote, through `analyze`.

use byline::analysis::{Analysis, QuoteKind, analyze};
use byline::article::{Article, load_path};
use std::path::Path;

fn seed() -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/anchorage-summit.txt");
    let mut loaded = load_path(&path);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.articles.remove(0)
}

/// The speaker as shown: the entity's name when there is one.
fn shown_speaker(analysis: &Analysis, i: usize) -> String {
    let q = &analysis.quotes[i];
    match q.speaker().and_then(|id| analysis.entity(id)) {
        Some(e) => e.name.clone(),
        None => q.speaker_name().map(str::to_string).unwrap_or_default(),
    }
}

const SEED_QUOTES: [(&str, &str); 6] = [
    ("very productive", "Trump"),
    ("many points were agreed to,", "Trump"),
    ("useful", "Putin"),
    ("constructive atmosphere of mutual respect.", "Putin"),
    ("starting point", "Putin"),
    ("very severe consequences", "Trump"),
];

#[test]
fn the_seed_has_six_quotes_and_their_speakers() {
    let article = seed();
    let analysis = analyze(&article);
    let found: Vec<(&str, String)> = (0..analysis.quotes.len())
        .map(|i| {
            (
                analysis.quotes[i].text(&article),
                shown_speaker(&analysis, i),
            )
        })
        .collect();
    assert_eq!(found.len(), SEED_QUOTES.len(), "{found:?}");
    for ((text, speaker), (want_text, want_speaker)) in found.iter().zip(SEED_QUOTES) {
        assert_eq!(*text, want_text);
        assert!(
            speaker.contains(want_speaker),
            "“{text}” is {want_speaker}'s, got {speaker:?}"
        );
    }
    for q in &analysis.quotes {
        assert_eq!(q.kind, QuoteKind::Quote);
    }
}

#[test]
fn the_seed_speakers_are_entity_rows() {
    let article = seed();
    let analysis = analyze(&article);
    for (i, q) in analysis.quotes.iter().enumerate() {
        let entity = q.speaker().and_then(|id| analysis.entity(id));
        assert!(
            entity.is_some(),
            "“{}” has no speaker row",
            q.text(&article)
        );
        assert!(shown_speaker(&analysis, i).contains(SEED_QUOTES[i].1));
    }
}

fn quotes_of(paragraphs: &[&str]) -> Analysis {
    analyze(&Article::from_paragraphs("Test", paragraphs))
}

#[test]
fn quotes_are_in_story_order_and_spans_fit_the_text() {
    let article = Article::from_paragraphs(
        "Test",
        &[
            "“We are ready,” said Mayor Ellen Varga. “The bridge opens in May.”",
            "Critics called it a “vanity project.” Varga disagreed: “It is overdue.”",
        ],
    );
    let analysis = analyze(&article);
    let texts: Vec<&str> = analysis.quotes.iter().map(|q| q.text(&article)).collect();
    assert_eq!(
        texts,
        [
            "We are ready,",
            "The bridge opens in May.",
            "vanity project.",
            "It is overdue."
        ]
    );
    assert!(
        analysis
            .quotes
            .windows(2)
            .all(|w| (w[0].span.paragraph, w[0].span.end) <= (w[1].span.paragraph, w[1].span.start))
    );
}

#[test]
fn a_quote_over_several_paragraphs_keeps_its_speaker() {
    let article = Article::from_paragraphs(
        "Test",
        &[
            "Harbour master Tomas Lind said: “The storm took three boats.",
            "“We will rebuild the pier before the summer season.”",
            "The council meets on Friday.",
        ],
    );
    let analysis = analyze(&article);
    let texts: Vec<_> = analysis.quotes.iter().map(|q| q.text(&article)).collect();
    assert_eq!(
        texts,
        [
            "The storm took three boats.",
            "We will rebuild the pier before the summer season."
        ]
    );
    for q in &analysis.quotes {
        assert_eq!(q.speaker_name(), Some("Tomas Lind"));
    }
}

#[test]
fn odd_marks_never_panic_and_never_cross_paragraphs() {
    let analysis = quotes_of(&[
        "He said “",
        "”",
        "\"",
        "'tis the ’90s’ “é",
        "« »",
        "„",
        "A “stray mark.",
        "Plain text.",
    ]);
    for q in &analysis.quotes {
        assert!(q.span.start < q.span.end, "{q:?}");
    }
    assert!(analysis.quotes.iter().all(|q| q.span.paragraph != 7));
}
