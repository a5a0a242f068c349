//! Big inputs stay cheap: a huge story wraps only what is on screen, a big
//! library analyses only the rows in view, search narrows as the query grows.

mod ui_support;

use byline::analysis::{Analysis, Quote, QuoteKind, QuoteSource};
use byline::article::{Article, Span};
use byline::ui::search::{find_all, refine};
use byline::ui::{Action, App, Pane};
use ratatui::style::Color;
use std::sync::atomic::{AtomicUsize, Ordering};
use ui_support::*;

/// A story of `count` invented paragraphs, each with one quote.
fn long_story(count: usize) -> (Article, Analysis) {
    let paragraphs: Vec<String> = (0..count)
        .map(|i| format!("Paragraph {i} says the ferry left late. “We waited for hours,” a rider said about trip {i}."))
        .collect();
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let article = Article::from_paragraphs("A very long story", &refs);
    let rider = std::sync::Arc::new(QuoteSource {
        speaker: None,
        speaker_name: Some("a rider".into()),
        cue: Some("said".into()),
    });
    let quotes = paragraphs
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let start = text.find("We waited").unwrap();
            let words = "We waited for hours,";
            let span = Span::new(i, start, start + words.len());
            Quote::new(span, Some(rider.clone()), QuoteKind::Quote)
        })
        .collect();
    (
        article,
        Analysis {
            entities: Vec::new(),
            quotes,
            quotes_not_listed: 0,
        },
    )
}

#[test]
fn a_huge_story_wraps_only_the_paragraphs_on_screen() {
    let mut app = App::with_analyses(vec![long_story(20_000)], true);
    app.update(Action::Resize {
        width: 200,
        height: 60,
    });
    render(&app);
    let wrapped = |app: &App| app.story().unwrap().wrap.wrapped_count();
    assert!(wrapped(&app) <= 60, "{} blocks wrapped", wrapped(&app));
    app.update(Action::Bottom);
    render(&app);
    assert!(wrapped(&app) <= 120, "{} blocks wrapped", wrapped(&app));
    app.update(Action::Focus(Pane::Quotes));
    app.update(Action::Bottom);
    assert_eq!(app.story().unwrap().selected_quote, Some(19_999));
    render(&app);
    assert!(wrapped(&app) <= 180, "{} blocks wrapped", wrapped(&app));
}

static ANALYSED: AtomicUsize = AtomicUsize::new(0);

fn counting_analyzer(_: &Article) -> Analysis {
    ANALYSED.fetch_add(1, Ordering::SeqCst);
    Analysis::default()
}

#[test]
fn a_big_library_analyses_only_the_rows_in_view() {
    let articles: Vec<Article> = (0..2_000)
        .map(|i| Article::from_paragraphs(&format!("Story number {i}"), &["Some words."]))
        .collect();
    let mut app = App::with_analyzer(articles, false, counting_analyzer);
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    let after_open = ANALYSED.load(Ordering::SeqCst);
    assert!(after_open <= 24, "{after_open} analysed");
    assert!(app.counts(0).is_some() && app.counts(1_999).is_none());
    app.update(Action::Bottom);
    assert!(app.counts(1_999).is_some());
    assert!(ANALYSED.load(Ordering::SeqCst) <= 48);
}

#[test]
fn refining_a_growing_query_finds_what_a_fresh_search_finds() {
    let (article, _) = long_story(300);
    let mut previous = find_all(&article, "r");
    for query in ["ri", "rid", "ride", "rider"] {
        let refined = refine(&article, &previous, query);
        assert_eq!(refined, find_all(&article, query), "{query}");
        previous = refined;
    }
    assert_eq!(previous.len(), 300);
}

#[test]
fn typing_a_search_in_a_huge_story_keeps_up() {
    let mut app = App::with_analyses(vec![long_story(20_000)], true);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    press(&mut app, &["/"]);
    type_text(&mut app, "trip 1999");
    let story = app.story().unwrap();
    // "trip 1999." and "trip 19990." ... "trip 19999."
    assert_eq!(story.search.matches.len(), 11);
    assert_eq!(story.search.current, Some(0));
}

#[test]
fn matches_deep_inside_one_huge_paragraph_are_highlighted() {
    let paragraph = "ferry ".repeat(50_000);
    let article = Article::from_paragraphs("One long paragraph", &[paragraph.trim_end()]);
    let mut app = App::with_analyses(vec![(article, Analysis::default())], true);
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    press(&mut app, &["/"]);
    type_text(&mut app, "ferry");
    press(&mut app, &["Enter", "N"]);
    let story = app.story().unwrap();
    assert_eq!(story.search.matches.len(), 50_000);
    assert_eq!(story.search.current, Some(49_999));
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let article_pane = app.story_geometry().unwrap().panes.article;
    let on_screen: Vec<_> = locate_all(buffer, "ferry")
        .into_iter()
        .filter(|p| article_pane.contains(*p))
        .collect();
    assert!(on_screen.len() >= 10, "{} on screen", on_screen.len());
    let unmarked = on_screen
        .iter()
        .filter(|p| ![Color::LightBlue, Color::Yellow].contains(&buffer[**p].bg))
        .count();
    assert_eq!(unmarked, 0);
}
