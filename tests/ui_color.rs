//! Without colour (NO_COLOR, `--color never`) every mark still shows:
//! screens compared cell by cell with their modifiers, as ratatui's own
//! widget tests do.

mod ui_support;

use byline::ui::App;
use byline::ui::theme::ColorChoice;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use std::ffi::OsStr;
use ui_support::*;

/// The cells of `area` of `buffer`, as a buffer of their own at (0, 0).
fn region(buffer: &Buffer, area: Rect) -> Buffer {
    let mut out = Buffer::empty(Rect::new(0, 0, area.width, area.height));
    for y in 0..area.height {
        for x in 0..area.width {
            out[(x, y)] = buffer[(area.x + x, area.y + y)].clone();
        }
    }
    out
}

/// `lines` padded to `width`, with no style yet.
fn expected(width: u16, lines: &[&str]) -> Buffer {
    let mut buffer = Buffer::empty(Rect::new(0, 0, width, lines.len() as u16));
    for (y, line) in lines.iter().enumerate() {
        buffer.set_string(0, y as u16, line, Style::new());
    }
    buffer
}

/// Give `style` to the cells of `text` (its first occurrence) on row `y`.
fn mark(buffer: &mut Buffer, y: u16, text: &str, style: Style) {
    let row = screen_rows(buffer)[usize::from(y)].clone();
    let byte = row
        .find(text)
        .unwrap_or_else(|| panic!("{text:?} in {row:?}"));
    let x = row[..byte].chars().count() as u16;
    let width = text.chars().count() as u16;
    buffer.set_style(Rect::new(x, y, width, 1), style);
}

fn modifiers(modifier: Modifier) -> Style {
    Style::new().add_modifier(modifier)
}

fn monochrome(mut app: App) -> App {
    app.set_color(false);
    app
}

fn assert_no_colour(buffer: &Buffer) {
    for cell in &buffer.content {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
    }
}

#[test]
fn without_colour_the_selected_entity_row_is_reversed_and_bold() {
    let mut app = monochrome(story_app(80, 24));
    // Tab alone: the focused list marks its first row at once.
    press(&mut app, &["Tab"]);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    assert_no_colour(buffer);
    let entities = byline::ui::layout::inner(app.story_geometry().unwrap().panes.entities);
    let shown = region(buffer, Rect::new(entities.x, entities.y, entities.width, 3));

    let mut want = expected(
        entities.width,
        &[
            "People 3",
            " Elena Marsh ×3 · Mayor",
            " Tomas Reyes ×2 · Council member",
        ],
    );
    mark(
        &mut want,
        0,
        "People",
        modifiers(Modifier::BOLD | Modifier::UNDERLINED),
    );
    want.set_style(
        Rect::new(0, 1, entities.width, 1),
        modifiers(Modifier::REVERSED | Modifier::BOLD),
    );
    mark(&mut want, 1, "Elena Marsh", modifiers(Modifier::UNDERLINED));
    mark(&mut want, 2, "Tomas Reyes", modifiers(Modifier::UNDERLINED));
    assert_eq!(shown, want);
}

#[test]
fn without_colour_search_matches_are_marked_and_the_current_one_reversed() {
    let mut app = monochrome(story_app(80, 24));
    press(&mut app, &["/"]);
    type_text(&mut app, "Marsh");
    press(&mut app, &["Enter"]);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    assert_no_colour(buffer);
    let text = app.story_geometry().unwrap().article.text;
    let first = locate(buffer, "Mayor Elena").unwrap();
    let second = locate(buffer, "on the island").unwrap();
    for (at, line) in [
        (first, "Mayor Elena Marsh said on Tuesday that"),
        (second, "on the island,” Marsh told reporters"),
    ] {
        assert_eq!(at.x, text.x, "{line:?} starts the text column");
    }
    let shown = |y| region(buffer, Rect::new(text.x, y, text.width, 1));

    let mut want = expected(text.width, &["Mayor Elena Marsh said on Tuesday that"]);
    mark(&mut want, 0, "Elena ", modifiers(Modifier::UNDERLINED));
    let current = Modifier::UNDERLINED | Modifier::REVERSED | Modifier::BOLD;
    mark(&mut want, 0, "Marsh", modifiers(current));
    mark(&mut want, 0, "Tuesday", modifiers(Modifier::UNDERLINED));
    assert_eq!(shown(first.y), want, "the current match");

    let mut want = expected(text.width, &["on the island,” Marsh told reporters"]);
    mark(&mut want, 0, "on the island,", modifiers(Modifier::ITALIC));
    let other = Modifier::UNDERLINED | Modifier::BOLD;
    mark(&mut want, 0, "Marsh", modifiers(other));
    assert_eq!(shown(second.y), want, "another match");
}

#[test]
fn without_colour_the_selected_library_row_is_reversed() {
    let mut app = monochrome(library_app(80, 24));
    press(&mut app, &["j"]);
    let terminal = render(&app);
    let buffer = terminal.backend().buffer();
    assert_no_colour(buffer);
    let bakery = locate(buffer, "Bakery reopens").unwrap();
    let harbor = locate(buffer, "Harbor council").unwrap();
    let reversed = |at: ratatui::layout::Position| buffer[at].modifier.contains(Modifier::REVERSED);
    assert!(reversed(bakery));
    assert!(!reversed(harbor));
}

#[test]
fn no_color_set_and_not_empty_turns_colour_off_unless_always() {
    let set = Some(OsStr::new("1"));
    let empty = Some(OsStr::new(""));
    assert!(ColorChoice::Auto.use_color(None));
    assert!(ColorChoice::Auto.use_color(empty));
    assert!(!ColorChoice::Auto.use_color(set));
    assert!(ColorChoice::Always.use_color(set));
    assert!(!ColorChoice::Never.use_color(None));
}
