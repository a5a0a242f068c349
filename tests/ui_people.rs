//! The People screen, key by key, over the library written for the index
//! (tests/fixtures/people): the list from the library (`P`), its filter and
//! its organisations tab, a person's page, a quote opened in its story and
//! back, `w` from a story, and the index arriving from its worker thread.

mod ui_support;

use byline::article::{Article, load_path};
use byline::index::{AnalysisCache, ContentHash, Index, NoCache};
use byline::ui::people::IndexHandle;
use byline::ui::story::Highlight;
use byline::ui::terminal::apply_events;
use byline::ui::{Action, App, Pane, Screen};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use std::sync::Arc;

use ui_support::{locate, press, render, screen_rows, type_text, wait_for_background};

fn library() -> Vec<Article> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/people");
    let mut articles = load_path(&folder).articles;
    articles.sort_by(|a, b| a.path.cmp(&b.path));
    articles
}

/// The reader over the fixture library with its index delivered, as the
/// worker would deliver it.
fn indexed_app() -> App {
    let articles = library();
    let handle = IndexHandle::new(Arc::new(Index::build(&articles)), &articles);
    let mut app = App::new(articles, false);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    app.update(Action::IndexReady(handle));
    app
}

fn screen(app: &App) -> String {
    screen_rows(render(app).backend().buffer()).join("\n")
}

fn row_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no row with {text:?} in\n{screen}"))
}

fn numbers(row: &str) -> Vec<&str> {
    row.split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn p_lists_people_by_stories_with_counts_and_the_first_selected() {
    let mut app = indexed_app();
    press(&mut app, &["P"]);
    assert_eq!(app.screen(), Screen::People);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    let text = screen_rows(buffer).join("\n");
    // The organisations: the water authority and the Brindle Courier, a
    // paper named by its masthead word.
    assert!(text.contains("People (4) · Organisations (2)"), "{text}");
    let names: Vec<usize> = [
        "Marta Kowalczyk",
        "Peter Johnson",
        "Helen Johnson",
        "Johnson (ambiguous)",
    ]
    .iter()
    .map(|n| locate(buffer, n).unwrap_or_else(|| panic!("{n} missing")).y as usize)
    .collect();
    assert!(
        names.windows(2).all(|w| w[0] < w[1]),
        "sorted by stories: {names:?}"
    );
    assert_eq!(numbers(row_with(&text, "Marta Kowalczyk")), ["5", "4"]);
    assert!(row_with(&text, "Marta Kowalczyk").contains("Mayor"));
    assert_eq!(numbers(row_with(&text, "Peter Johnson")), ["2", "3"]);
    let first = locate(buffer, "Marta Kowalczyk").unwrap();
    assert_eq!(
        buffer[first].bg,
        ratatui::style::Color::Yellow,
        "the first row is selected"
    );
    // q goes back to the library, not out of the reader.
    press(&mut app, &["q"]);
    assert_eq!(app.screen(), Screen::Library);
    assert!(!app.should_quit());
}

#[test]
fn slash_filters_as_you_type_and_tab_shows_organisations() {
    let mut app = indexed_app();
    press(&mut app, &["P", "/"]);
    type_text(&mut app, "john");
    let text = screen(&app);
    assert!(text.contains("Peter Johnson") && text.contains("Helen Johnson"));
    assert!(!text.contains("Marta Kowalczyk"), "{text}");
    type_text(&mut app, "son h");
    assert!(!screen(&app).contains("Peter Johnson"));
    press(&mut app, &["Enter"]);
    assert!(screen(&app).contains("filter: johnson h"));
    press(&mut app, &["Esc", "Tab"]);
    let text = screen(&app);
    assert!(
        row_with(&text, "Brindle Water Authority").contains(" 3 "),
        "{text}"
    );
    assert!(!text.contains("Marta Kowalczyk"));
}

#[test]
fn a_burst_of_typing_or_a_paste_filters_the_people_list() {
    // The event loop joins keys typed faster than a frame into one paste.
    let mut app = indexed_app();
    press(&mut app, &["P", "/"]);
    let keys = "kowal"
        .chars()
        .map(|ch| Event::Key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::NONE)));
    apply_events(&mut app, keys);
    let text = screen(&app);
    assert!(text.contains("Marta Kowalczyk"), "{text}");
    assert!(!text.contains("Peter Johnson"), "{text}");
    app.update(Action::Paste("ski".into()));
    assert!(screen(&app).contains("/kowalski"));
    assert!(!screen(&app).contains("Marta Kowalczyk"));
}

#[test]
fn a_persons_page_has_titles_stories_newest_first_and_every_quote() {
    let mut app = indexed_app();
    press(&mut app, &["P", "Enter"]);
    let text = screen(&app);
    assert!(text.contains("Person · 5 stories · 4 quotes"), "{text}");
    assert!(text.contains("Titles: Mayor") && text.contains("Also: Kowalczyk"));
    let dates: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim_start_matches('┃').split_whitespace().next())
        .filter(|w| w.starts_with("2031-"))
        .collect();
    assert_eq!(
        dates,
        ["2031-03-20", "2031-03-16", "2031-03-09", "2031-03-02"]
    );
    assert!(
        row_with(&text, "Water authority names new gauge contractor").contains("Brindle Courier")
            || text.contains("Water authority names")
    );
    assert!(row_with(&text, "“We cannot be blind again”").contains("Report blames failed gauges"));
    // Esc goes back to the list.
    press(&mut app, &["Esc"]);
    assert!(screen(&app).contains("People (4)"));
}

#[test]
fn an_ambiguous_surname_says_so_on_its_page() {
    let mut app = indexed_app();
    press(&mut app, &["P", "G", "Enter"]);
    let text = screen(&app);
    assert!(
        text.contains("Ambiguous: “Johnson” could be Peter Johnson or Helen Johnson; kept apart"),
        "{text}"
    );
}

#[test]
fn enter_on_a_quote_opens_its_story_at_the_quote_and_q_comes_back() {
    let mut app = indexed_app();
    press(&mut app, &["P", "Enter"]);
    // Five stories, then the quotes, newest first: the second quote is the
    // gauge report's.
    press(&mut app, &["G", "k", "k", "Enter"]);
    assert_eq!(app.screen(), Screen::Story);
    let story = app.story().expect("a story is open");
    assert_eq!(
        story.article.title,
        "Report blames failed gauges for late flood warning"
    );
    let quote = story.selected_quote.expect("a quote is selected");
    assert_eq!(
        story.analysis.quotes[quote].text(&story.article),
        "We cannot be blind again,"
    );
    assert_eq!(story.highlight, Highlight::Quote(quote));
    assert_eq!(story.focus, Pane::Quotes);
    let terminal = render(&app);
    let at = locate(terminal.backend().buffer(), "We cannot be blind again").unwrap();
    assert_eq!(
        terminal.backend().buffer()[at].bg,
        ratatui::style::Color::Yellow
    );

    press(&mut app, &["q"]);
    assert_eq!(app.screen(), Screen::People);
    assert!(screen(&app).contains("Person · 5 stories"));
}

#[test]
fn w_on_a_quote_opens_the_speakers_page_and_q_returns_to_the_story() {
    let mut app = indexed_app();
    // The library is sorted by path: brindle-flood is first.
    press(&mut app, &["Enter", "Tab", "Tab", "j", "j", "w"]);
    assert_eq!(app.screen(), Screen::People);
    let text = screen(&app);
    assert!(
        text.contains("Helen Johnson") && text.contains("Person · 2 stories · 2 quotes"),
        "{text}"
    );
    press(&mut app, &["q"]);
    assert_eq!(app.screen(), Screen::Story);
    assert_eq!(
        app.story().unwrap().article.title,
        "Brindle counts the cost of the spring flood"
    );
    // In Entities, w opens the selected person's page (a focused list
    // selects its first row at once).
    press(&mut app, &["S-Tab", "w"]);
    assert!(
        screen(&app).contains("Person · 5 stories"),
        "{}",
        screen(&app)
    );
}

#[test]
fn before_the_index_is_ready_the_reader_works_and_says_so() {
    let mut app = App::new(library(), false);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    app.update(Action::IndexProgress { done: 2, total: 5 });
    press(&mut app, &["Enter", "Tab", "Tab", "j", "w"]);
    assert_eq!(app.screen(), Screen::Story);
    assert!(screen(&app).contains("people index: 2/5 stories"));
    press(&mut app, &["q", "P"]);
    assert!(screen(&app).contains("Indexing the library: 2 of 5 stories"));
}

#[test]
fn the_index_arrives_from_its_worker_thread_through_actions() {
    let mut app = App::new(library(), false);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    app.start_indexing(Box::new(NoCache));
    assert!(app.busy());
    wait_for_background(&mut app);
    press(&mut app, &["P"]);
    assert!(screen(&app).contains("Marta Kowalczyk"));
}

/// A cache that fails as a bug would: reading it panics.
struct BrokenCache;

impl AnalysisCache for BrokenCache {
    fn get(&self, _: &ContentHash) -> Option<Vec<u8>> {
        panic!("the analysis cache is broken")
    }

    fn put(&mut self, _: &ContentHash, _: Vec<u8>) {}
}

#[test]
fn a_panicking_index_worker_is_reported_and_indexing_ends() {
    let mut app = App::new(library(), false);
    app.update(Action::Resize {
        width: 120,
        height: 30,
    });
    app.start_indexing(Box::new(BrokenCache));
    wait_for_background(&mut app);
    press(&mut app, &["P"]);
    let shown = screen(&app);
    assert!(
        shown.contains("Indexing failed: the analysis cache is broken"),
        "{shown}"
    );
    assert!(!shown.contains("Indexing the library"), "{shown}");
    let status = shown.lines().last().unwrap();
    assert!(status.contains("indexing failed"), "{status}");
    // The reader still works: back to the library, a story opens.
    press(&mut app, &["q", "Enter"]);
    assert_eq!(app.screen(), Screen::Story);
}

#[test]
fn library_slash_matches_story_text_with_counts_and_opens_the_story_searched() {
    let mut app = indexed_app();
    press(&mut app, &["/"]);
    type_text(&mut app, "farmers");
    let text = screen(&app);
    // The council story holds it only in its text.
    assert!(
        text.contains("Council passes emergency bridge budget · 1 match"),
        "{text}"
    );
    assert!(
        text.contains("East bank farmers tally their losses · 3 matches"),
        "{text}"
    );
    assert!(!text.contains("Brindle counts the cost"), "{text}");
    // A capital makes it match case exactly: only the farm story's "Farmers".
    press(
        &mut app,
        &[
            "Backspace",
            "Backspace",
            "Backspace",
            "Backspace",
            "Backspace",
            "Backspace",
            "Backspace",
        ],
    );
    type_text(&mut app, "Farmers");
    assert_eq!(app.library().rows.len(), 1);
    assert_eq!(app.library().match_counts, vec![1]);
    press(&mut app, &["Enter", "Enter"]);
    let story = app.story().expect("the story opened");
    assert_eq!(story.article.title, "East bank farmers tally their losses");
    assert_eq!(story.search.query, "Farmers");
    assert_eq!(story.search.matches.len(), 1);
    assert_eq!(story.search.current, Some(0));
    // n works at once (one match: it stays there, no "press / to search").
    press(&mut app, &["n"]);
    assert!(!screen(&app).contains("press / to search"));
    assert!(screen(&app).contains("/Farmers 1/1"), "{}", screen(&app));
}

#[test]
fn enter_on_a_story_row_opens_it_and_a_new_index_keeps_the_page_open() {
    let mut app = indexed_app();
    press(&mut app, &["P", "j", "Enter"]);
    assert!(screen(&app).contains("Person · 2 stories · 3 quotes"));
    // A fresh index (say after new stories) arrives while the page is open.
    // Built in another order, its figures are numbered otherwise.
    let articles: Vec<Article> = app.articles().iter().map(|a| Article::clone(a)).collect();
    let reversed: Vec<Article> = articles.iter().rev().cloned().collect();
    let fresh = IndexHandle::new(Arc::new(Index::build(&reversed)), &articles);
    app.update(Action::IndexReady(fresh));
    let text = screen(&app);
    assert!(
        text.contains("Peter Johnson") && text.contains("Person · 2 stories · 3 quotes"),
        "{text}"
    );
    // The first row is his newest story.
    press(&mut app, &["Enter"]);
    let story = app.story().expect("the story opened");
    assert_eq!(story.article.title, "East bank farmers tally their losses");
    assert_eq!(story.selected_quote, None);
}

#[test]
fn a_click_selects_a_person_and_a_second_click_opens_the_page() {
    let mut app = indexed_app();
    press(&mut app, &["P"]);
    let at = locate(render(&app).backend().buffer(), "Helen Johnson").unwrap();
    let click = Action::Click {
        column: at.x,
        row: at.y,
    };
    app.update(click.clone());
    assert_eq!(app.people().list.selected, 2);
    assert!(app.people().page.is_none());
    app.update(click);
    assert!(screen(&app).contains("Person · 2 stories · 2 quotes"));
}
