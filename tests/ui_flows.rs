//! The reader driven by actions and keys, without a terminal: library,
//! quotes and entities linked to the article (search is in `ui_search.rs`).

mod ui_support;

use byline::ui::lines::LinePos;
use byline::ui::story::Highlight;
use byline::ui::{Action, Pane, Screen};
use ui_support::*;

#[test]
fn the_library_opens_a_story_and_q_comes_back() {
    let mut app = library_app(80, 24);
    assert_eq!(app.screen(), Screen::Library);
    press(&mut app, &["j", "Enter"]);
    let story = app.story().expect("a story is open");
    assert_eq!(story.article.title, "Bakery reopens after flood");
    press(&mut app, &["q"]);
    assert_eq!(app.screen(), Screen::Library);
    assert!(!app.should_quit());
    assert_eq!(app.library().selected, 1, "the selection is kept");
    press(&mut app, &["q"]);
    assert!(app.should_quit());
}

#[test]
fn esc_also_returns_from_a_story_to_the_library() {
    let mut app = library_app(80, 24);
    press(&mut app, &["Enter", "Esc"]);
    assert_eq!(app.screen(), Screen::Library);
}

#[test]
fn q_quits_a_story_opened_directly_from_a_file() {
    let mut app = story_app(80, 24);
    assert_eq!(app.screen(), Screen::Story);
    press(&mut app, &["q"]);
    assert!(app.should_quit());
}

#[test]
fn esc_does_not_quit_a_story_opened_directly_from_a_file() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Esc", "Esc"]);
    assert!(!app.should_quit());
    assert_eq!(app.screen(), Screen::Story);
}

#[test]
fn the_library_filters_by_title_as_you_type() {
    let mut app = library_app(80, 24);
    press(&mut app, &["/", "b", "a", "k"]);
    assert_eq!(app.library().rows, [1]);
    // q is typed into the filter, not taken as quit.
    press(&mut app, &["q"]);
    assert!(!app.should_quit());
    assert_eq!(app.library().filter, "bakq");
    assert!(app.library().rows.is_empty());
    press(&mut app, &["Backspace", "Enter"]);
    assert_eq!(app.library().rows, [1]);
    press(&mut app, &["Enter"]);
    assert_eq!(
        app.story().unwrap().article.title,
        "Bakery reopens after flood"
    );
}

#[test]
fn tab_cycles_focus_through_the_three_panes() {
    let mut app = story_app(80, 24);
    let focus = |app: &byline::ui::App| app.story().unwrap().focus;
    assert_eq!(focus(&app), Pane::Article);
    press(&mut app, &["Tab"]);
    assert_eq!(focus(&app), Pane::Entities);
    press(&mut app, &["Tab"]);
    assert_eq!(focus(&app), Pane::Quotes);
    press(&mut app, &["Tab"]);
    assert_eq!(focus(&app), Pane::Article);
    press(&mut app, &["S-Tab"]);
    assert_eq!(focus(&app), Pane::Quotes);
}

#[test]
fn selecting_a_quote_brings_its_paragraph_to_the_top() {
    let mut app = story_app(80, 24);
    app.update(Action::Focus(Pane::Quotes));
    press(&mut app, &["j", "j", "j", "j"]);
    let story = app.story().unwrap();
    assert_eq!(story.selected_quote, Some(3));
    assert_eq!(story.highlight, Highlight::Quote(3));
    assert_eq!(story.top, LinePos::paragraph_start(4));
    // Enter puts the focus on the article, at the same place.
    press(&mut app, &["Enter"]);
    let story = app.story().unwrap();
    assert_eq!(story.focus, Pane::Article);
    assert_eq!(story.top, LinePos::paragraph_start(4));
}

#[test]
fn selecting_an_entity_highlights_its_mentions_and_n_steps_through_them() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Tab", "g"]);
    let story = app.story().unwrap();
    let marsh = story.selected_entity.expect("an entity is selected");
    assert_eq!(story.analysis.entities[marsh].name, "Elena Marsh");
    assert_eq!(
        story.highlight,
        Highlight::Entity {
            entity: marsh,
            mention: 0
        }
    );
    press(&mut app, &["n", "n"]);
    assert_eq!(
        app.story().unwrap().highlight,
        Highlight::Entity {
            entity: marsh,
            mention: 2
        }
    );
    // The third mention is in paragraph 5: scrolled into view.
    let shown = render(&app);
    let rows = screen_rows(shown.backend().buffer());
    assert!(
        rows.iter()
            .any(|row| row.contains("Elena Marsh: mention 3 of 3")),
        "{rows:#?}"
    );
    press(&mut app, &["n"]);
    assert_eq!(
        app.story().unwrap().highlight,
        Highlight::Entity {
            entity: marsh,
            mention: 0
        },
        "n wraps around"
    );
    press(&mut app, &["N"]);
    assert_eq!(
        app.story().unwrap().highlight,
        Highlight::Entity {
            entity: marsh,
            mention: 2
        }
    );
}

#[test]
fn from_a_quote_s_selects_its_speaker() {
    let mut app = story_app(80, 24);
    app.update(Action::Focus(Pane::Quotes));
    press(&mut app, &["j", "s"]);
    let story = app.story().unwrap();
    assert_eq!(story.focus, Pane::Entities);
    let speaker = story.selected_entity.expect("the speaker is selected");
    assert_eq!(story.analysis.entities[speaker].name, "Tomas Reyes");
}

#[test]
fn f_filters_quotes_to_a_person_and_back() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Tab", "f"]);
    let story = app.story().unwrap();
    assert_eq!(story.visible_quotes(), [0, 3], "Marsh's two quotes");
    assert_eq!(story.focus, Pane::Quotes);
    assert_eq!(story.selected_quote, Some(0));
    press(&mut app, &["f"]);
    assert_eq!(app.story().unwrap().visible_quotes(), [0, 1, 2, 3]);
}

#[test]
fn a_person_without_quotes_cannot_filter_and_says_so() {
    let mut app = story_app(80, 24);
    // People: Marsh (3 mentions), Reyes (2), Okafor (1): Okafor is quoted,
    // so pick a place instead, which has no quotes.
    press(&mut app, &["Tab", "G", "f"]);
    let story = app.story().unwrap();
    assert_eq!(story.speaker_filter, None);
    assert!(
        story
            .message
            .as_deref()
            .unwrap_or("")
            .starts_with("no quotes by")
    );
}

#[test]
fn brackets_move_between_quotes_by_the_same_speaker() {
    let mut app = story_app(80, 24);
    app.update(Action::Focus(Pane::Quotes));
    press(&mut app, &["]"]);
    assert_eq!(app.story().unwrap().selected_quote, Some(3));
    press(&mut app, &["]"]);
    assert_eq!(
        app.story().unwrap().selected_quote,
        Some(3),
        "no later quote"
    );
    press(&mut app, &["["]);
    assert_eq!(app.story().unwrap().selected_quote, Some(0));
}

#[test]
fn paging_keys_scroll_the_article() {
    let mut app = story_app(80, 24);
    press(&mut app, &["C-d"]);
    let half = app.story().unwrap().top;
    assert!(half > LinePos::default());
    press(&mut app, &["PgDn"]);
    assert!(app.story().unwrap().top > half);
    press(&mut app, &["g"]);
    assert_eq!(app.story().unwrap().top, LinePos::default());
    press(&mut app, &["G"]);
    let end = app.story().unwrap().top;
    press(&mut app, &["j"]);
    assert!(app.story().unwrap().top >= end);
    press(&mut app, &["C-u", "PgUp", "k"]);
    assert!(app.story().unwrap().top < end);
}

#[test]
fn help_opens_and_esc_closes_it_without_leaving_the_story() {
    let mut app = story_app(80, 24);
    press(&mut app, &["?"]);
    assert!(app.help_open());
    press(&mut app, &["j"]);
    assert_eq!(
        app.story().unwrap().top,
        LinePos::default(),
        "keys do not leak"
    );
    press(&mut app, &["Esc"]);
    assert!(!app.help_open());
    assert_eq!(app.screen(), Screen::Story);
}

#[test]
fn ctrl_c_quits_even_from_a_prompt() {
    let mut app = library_app(80, 24);
    press(&mut app, &["/", "C-c"]);
    assert!(app.should_quit());
}

#[test]
fn a_file_of_several_articles_opens_as_a_library() {
    let harbor = harbor_article();
    let analysis = harbor_analysis(&harbor);
    let stories = vec![(harbor, analysis), (bakery_article(), Default::default())];
    // As `byline briefs.jsonl` asks: one file named, two stories in it.
    let mut app = byline::ui::App::with_analyses(stories, true);
    assert_eq!(app.screen(), Screen::Library);
    press(&mut app, &["j", "Enter"]);
    assert_eq!(
        app.story().unwrap().article.title,
        "Bakery reopens after flood"
    );
    press(&mut app, &["q"]);
    assert_eq!(app.screen(), Screen::Library, "q goes back, not out");
    assert!(!app.should_quit());
}

#[test]
fn a_file_of_several_articles_loaded_from_disk_opens_as_a_library() {
    let loaded = byline::article::load_path(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/briefs.jsonl"
    )));
    assert!(loaded.articles.len() > 1);
    let app = byline::ui::App::new(loaded.articles, true);
    assert_eq!(app.screen(), Screen::Library);
}

/// The harbor story with its last quote (Marsh's) left unattributed.
fn story_with_an_unattributed_quote() -> byline::ui::App {
    let harbor = harbor_article();
    let mut analysis = harbor_analysis(&harbor);
    let last = analysis.quotes.last_mut().unwrap();
    *last = byline::analysis::Quote::new(last.span, None, last.kind);
    let mut app = byline::ui::App::with_analyses(vec![(harbor, analysis)], true);
    app.update(Action::Resize {
        width: 80,
        height: 24,
    });
    app
}

#[test]
fn f_on_a_quote_with_no_named_speaker_says_so_and_changes_nothing() {
    let mut app = story_with_an_unattributed_quote();
    // Elena Marsh selected in Entities, then the unattributed quote.
    press(&mut app, &["Tab", "g", "Tab", "G"]);
    let before = app.story().unwrap();
    assert_eq!(before.selected_quote, Some(3));
    let (top, highlight) = (before.top, before.highlight);
    for key in ["f", "]", "["] {
        press(&mut app, &[key]);
        let story = app.story().unwrap();
        assert_eq!(story.speaker_filter, None, "{key} filtered");
        assert_eq!(story.selected_quote, Some(3), "{key} moved");
        assert_eq!((story.top, story.highlight), (top, highlight));
        assert_eq!(story.visible_quotes().len(), 4);
        assert_eq!(
            story.message.as_deref(),
            Some("this quote has no named speaker"),
            "{key}"
        );
    }
}

#[test]
fn a_focused_list_shows_its_first_row_selected_without_moving_the_article() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Tab"]);
    let story = app.story().unwrap();
    let first = story.selected_entity.expect("a row is selected on focus");
    assert_eq!(story.analysis.entities[first].name, "Elena Marsh");
    assert_eq!(story.highlight, Highlight::Nothing, "nothing chosen yet");
    assert_eq!(story.top, LinePos::default(), "the article stays put");
    let buffer = render(&app).backend().buffer().clone();
    let entities = app.story_geometry().unwrap().panes.entities;
    let row = locate_all(&buffer, "Elena Marsh")
        .into_iter()
        .find(|p| entities.contains(*p))
        .unwrap();
    assert_eq!(buffer[row].bg, ratatui::style::Color::Yellow, "marked");

    press(&mut app, &["Tab"]);
    let story = app.story().unwrap();
    assert_eq!(story.selected_quote, Some(0));
    assert_eq!(story.top, LinePos::default());

    // j moves on from the row the user sees.
    press(&mut app, &["j"]);
    assert_eq!(app.story().unwrap().selected_quote, Some(1));
    press(&mut app, &["S-Tab", "j"]);
    let story = app.story().unwrap();
    let second = story.selected_entity.unwrap();
    assert_eq!(story.analysis.entities[second].name, "Tomas Reyes");
}

#[test]
fn the_mention_counter_reads_as_a_mention_not_a_row() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Tab", "g", "n"]);
    let rows = screen_rows(render(&app).backend().buffer());
    assert!(
        rows[0].contains("Entities 9") && !rows[0].contains("2/3"),
        "{}",
        rows[0]
    );
    assert!(
        rows[23].starts_with("Elena Marsh: mention 2 of 3"),
        "{}",
        rows[23]
    );
}

#[test]
fn after_enter_from_entities_n_goes_on_through_that_entitys_mentions() {
    let mut app = story_app(80, 24);
    press(&mut app, &["Tab", "g", "Enter"]);
    let story = app.story().unwrap();
    assert_eq!(story.focus, Pane::Article);
    let marsh = story.selected_entity.unwrap();
    let at = |app: &byline::ui::App| app.story().unwrap().highlight;
    press(&mut app, &["n"]);
    assert_eq!(
        at(&app),
        Highlight::Entity {
            entity: marsh,
            mention: 1
        }
    );
    press(&mut app, &["n", "n"]);
    assert_eq!(
        at(&app),
        Highlight::Entity {
            entity: marsh,
            mention: 0
        }
    );
    assert_eq!(
        app.story().unwrap().message.as_deref(),
        Some("past the last mention: back to the first")
    );
    press(&mut app, &["N"]);
    assert_eq!(
        at(&app),
        Highlight::Entity {
            entity: marsh,
            mention: 2
        }
    );
    // A search takes n over; once it is cleared, n is the mentions' again.
    press(&mut app, &["/", "f", "e", "r", "r", "y", "Enter", "n"]);
    assert!(app.story().unwrap().search.current.is_some());
    assert_eq!(
        at(&app),
        Highlight::Entity {
            entity: marsh,
            mention: 2
        }
    );
}
