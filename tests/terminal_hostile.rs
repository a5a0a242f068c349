//! The reader's terminal misbehaves: sizes of nothing (0x0, one cell, a
//! single row or column), storms of resizes mixed with keys, clicks and
//! pastes, and a real terminal that starts at 0x0 and is then resized over
//! and over. Nothing may panic, and once the terminal has a usable size
//! again the screen must be whole.
//!
//! The storms go through the event loop's own `apply_events`, in bursts as
//! the loop receives them, with a frame drawn after each burst.

mod ui_support;

use byline::analysis::Analysis;
use byline::article::Article;
use byline::ui::terminal::apply_events;
use byline::ui::{Action, App, Pane, Screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use std::sync::atomic::{AtomicUsize, Ordering};
use ui_support::tmux::Tmux;
use ui_support::{library_app, press, render, screen_rows, story_app};

/// Sizes a terminal can report: nothing, a cell, a row, a column, tiny,
/// and wide or tall enough to stress layout arithmetic.
const ODD_SIZES: &[(u16, u16)] = &[
    (0, 0),
    (1, 1),
    (0, 40),
    (120, 0),
    (1, 200),
    (500, 1),
    (2, 3),
    (7, 2),
    (3000, 4),
    (4, 3000),
];

/// Deterministic pseudo-random numbers (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Draw `app` at `width` x `height`, whatever the size.
fn draw_at(app: &App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| byline::ui::draw(app, frame))
        .expect("draw");
    terminal
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// One random event: mostly resizes, some to odd sizes, with keys, mouse
/// events anywhere (on or off the screen) and pastes between them.
fn random_event(rng: &mut Rng) -> Event {
    let column = rng.below(300) as u16;
    let row = rng.below(100) as u16;
    match rng.below(20) {
        0..=8 => {
            let (width, height) = if rng.below(3) == 0 {
                ODD_SIZES[rng.below(ODD_SIZES.len() as u64) as usize]
            } else {
                (rng.below(250) as u16, rng.below(80) as u16)
            };
            Event::Resize(width, height)
        }
        9..=14 => {
            const KEYS: &[KeyCode] = &[
                KeyCode::Char('j'),
                KeyCode::Char('k'),
                KeyCode::Char('G'),
                KeyCode::Char('g'),
                KeyCode::Char('n'),
                KeyCode::Char('/'),
                KeyCode::Char('a'),
                KeyCode::Char('?'),
                KeyCode::Char(']'),
                KeyCode::Char('f'),
                KeyCode::Tab,
                KeyCode::Enter,
                KeyCode::Esc,
                KeyCode::Backspace,
                KeyCode::PageDown,
                KeyCode::End,
            ];
            key(KEYS[rng.below(KEYS.len() as u64) as usize])
        }
        15..=17 => {
            let kind = match rng.below(3) {
                0 => MouseEventKind::Down(MouseButton::Left),
                1 => MouseEventKind::ScrollDown,
                _ => MouseEventKind::ScrollUp,
            };
            Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        }
        _ => Event::Paste("ferry\nroute".repeat(rng.below(4) as usize)),
    }
}

/// The reader on each of its screens: the library, its filter prompt, the
/// help, a story with each pane focused, the story's search prompt.
fn every_screen() -> Vec<App> {
    let mut apps = vec![library_app(80, 24)];
    let mut filtering = library_app(80, 24);
    press(&mut filtering, &["/", "r"]);
    apps.push(filtering);
    let mut help = library_app(80, 24);
    press(&mut help, &["?"]);
    apps.push(help);
    for pane in [Pane::Article, Pane::Entities, Pane::Quotes] {
        let mut app = story_app(80, 24);
        app.update(Action::Focus(pane));
        press(&mut app, &["G"]);
        apps.push(app);
    }
    let mut searching = story_app(80, 24);
    press(&mut searching, &["/", "M", "a"]);
    apps.push(searching);
    apps
}

#[test]
fn every_screen_draws_and_takes_keys_at_sizes_of_nothing() {
    for mut app in every_screen() {
        for &(width, height) in ODD_SIZES {
            app.update(Action::Resize { width, height });
            draw_at(&app, width, height);
            press(&mut app, &["j", "G", "k", "PgDn", "C-d", "Tab", "n", "]"]);
            app.update(Action::Click {
                column: width.saturating_sub(1),
                row: height.saturating_sub(1),
            });
            app.update(Action::Wheel {
                column: u16::MAX,
                row: u16::MAX,
                lines: -3,
            });
            draw_at(&app, width, height);
        }
    }
}

/// The screen at a usable size is whole: framed at the top left, a status
/// line at the bottom, and (in the library) the selected row in view.
fn assert_whole(app: &App) {
    let rows = screen_rows(render(app).backend().buffer());
    let top_left = rows[0].chars().next().unwrap_or(' ');
    assert!(
        "┏┌╭╔".contains(top_left),
        "no frame at the top left:\n{}",
        rows.join("\n")
    );
    assert!(
        rows.last().is_some_and(|row| !row.trim().is_empty()),
        "no status line:\n{}",
        rows.join("\n")
    );
    if app.screen() == Screen::Library && !app.help_open() {
        let library = app.library();
        assert!(library.offset <= library.selected || library.rows.is_empty());
        if let Some(&index) = library.rows.get(library.selected) {
            let title = &app.articles()[index].title;
            let shown: String = title.chars().take(20).collect();
            assert!(
                rows.iter().any(|row| row.contains(&shown)),
                "the selected row {shown:?} is not on screen:\n{}",
                rows.join("\n")
            );
        }
    }
}

#[test]
fn a_storm_of_resizes_keys_clicks_and_pastes_leaves_a_whole_screen() {
    let mut rng = Rng(0x05ee_d0f5_7027);
    for (number, mut app) in every_screen().into_iter().enumerate() {
        let mut events = 0;
        while events < 600 {
            // A burst, as the event loop receives it, then a frame.
            let burst: Vec<Event> = (0..1 + rng.below(120))
                .map(|_| random_event(&mut rng))
                .collect();
            events += burst.len();
            apply_events(&mut app, burst);
            if app.should_quit() {
                break;
            }
            render(&app);
        }
        if app.should_quit() {
            // A storm may press q: the screens it went through still drew.
            continue;
        }
        apply_events(&mut app, [Event::Resize(100, 30)]);
        assert_eq!(app.area().width, 100, "screen {number}");
        assert_whole(&app);
    }
}

/// What the reader is on, which no resize may change: the screen, the
/// help, the library's selection and filter, a story's focus, selections
/// and search.
fn place(app: &App) -> String {
    let library = app.library();
    let story = app.story().map(|story| {
        (
            story.focus,
            story.selected_entity,
            story.selected_quote,
            story.search.query.clone(),
            story.search.matches.clone(),
            story.search.current,
        )
    });
    format!(
        "{:?} help {} library {} {:?} {:?}",
        app.screen(),
        app.help_open(),
        library.selected,
        library.filter,
        story
    )
}

#[test]
fn a_storm_of_resizes_alone_keeps_the_place_and_a_whole_screen() {
    for mut app in every_screen() {
        let before = place(&app);
        let mut rng = Rng(42);
        let storm: Vec<Event> = (0..2_000)
            .map(|_| {
                let (width, height) = ODD_SIZES[rng.below(ODD_SIZES.len() as u64) as usize];
                Event::Resize(width, height)
            })
            .chain([Event::Resize(80, 24)])
            .collect();
        for burst in storm.chunks(97) {
            apply_events(&mut app, burst.iter().cloned());
            render(&app);
        }
        assert_eq!(place(&app), before);
        assert_whole(&app);
    }
}

/// A real terminal that says it has no size at all, then is resized over
/// and over: the reader waits, blank, and draws itself whole once the
/// terminal has a size.
#[test]
fn the_binary_starts_in_a_0x0_terminal_and_survives_a_resize_storm() {
    let command = format!(
        "stty cols 0 rows 0; cd '{}' && '{}'; echo EXIT=$?; sleep 60",
        env!("CARGO_MANIFEST_DIR"),
        env!("CARGO_BIN_EXE_byline"),
    );
    let Some(tmux) = Tmux::start(100, 30, &command) else {
        return;
    };
    tmux.wait_for("the reader on the alternate screen", |_| {
        tmux.pane_format("alternate_on") == "1"
    });
    let mut rng = Rng(7);
    for _ in 0..60 {
        let width = 1 + rng.below(160) as u16;
        let height = 1 + rng.below(50) as u16;
        tmux.resize(width, height);
    }
    tmux.resize(100, 30);
    tmux.wait_for("the library, whole", |screen| {
        screen.contains("Anchorage Summit") && screen.contains("q quit")
    });
    tmux.keys(&["q"]);
    tmux.wait_for_text("EXIT=0");
}

static ANALYSED: AtomicUsize = AtomicUsize::new(0);

fn counting_analyzer(_: &Article) -> Analysis {
    ANALYSED.fetch_add(1, Ordering::Relaxed);
    Analysis::default()
}

/// A window dragged larger and back sends a resize per step; the reader
/// lays out only for the size it will draw at (in the library, analysing
/// the rows in view for their counts).
#[test]
fn of_a_burst_of_resizes_only_the_last_size_is_laid_out() {
    let articles = (0..2_000)
        .map(|i| Article::from_paragraphs(&format!("Story {i}"), &["Text."]))
        .collect();
    let mut app = App::with_analyzer(articles, false, counting_analyzer);
    app.update(Action::Resize {
        width: 80,
        height: 10,
    });
    let before = ANALYSED.load(Ordering::Relaxed);
    let drag: Vec<Event> = (10..1_000)
        .chain((10..1_000).rev())
        .map(|height| Event::Resize(80, height))
        .collect();
    apply_events(&mut app, drag);
    assert_eq!(app.area().height, 10);
    assert_eq!(
        ANALYSED.load(Ordering::Relaxed),
        before,
        "rows that only an intermediate size showed were analysed"
    );
}
