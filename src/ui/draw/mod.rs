//! Drawing: a pure function of the [`App`]. One module per pane; each takes
//! the state by reference and writes into the buffer.

mod article;
mod entities;
mod feeds;
mod help;
mod library;
mod load_errors;
mod overlay;
mod people;
mod quotes;
mod status;

pub use help::help_rows;
pub use load_errors::{ALL_READ, rows as load_error_rows};
pub use people::people_rows;

use super::app::{App, Overlay, Screen};
use super::layout;
use super::theme::{self, Theme};
use super::wrap::wrap_text;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Widget};

/// Draw the whole reader into a frame.
pub fn draw(app: &App, frame: &mut Frame) {
    frame.render_widget(app, frame.area());
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme();
        if layout::too_small(area) {
            render_too_small(area, buf);
            return;
        }
        match (self.screen(), self.story()) {
            (Screen::Story, Some(story)) => {
                let geo = super::story::Geometry::of(story, area);
                // A zoomed story hides the other panes (they have no area).
                if !geo.panes.article.is_empty() {
                    article::render(story, &geo, theme, buf);
                }
                if !geo.panes.entities.is_empty() {
                    entities::render(story, geo.panes.entities, theme, buf);
                }
                if !geo.panes.quotes.is_empty() {
                    quotes::render(story, &geo, theme, buf);
                }
                status::render_story(story, geo.panes.status, theme, buf);
            }
            (Screen::Feeds, _) => feeds::render(self, area, buf),
            (Screen::People, _) => people::render(self, area, buf),
            _ => {
                let (list, status_line) = layout::library(area);
                library::render(self, list, buf);
                status::render_library(self, status_line, buf);
            }
        }
        if let Some(count) = self.pending_count() {
            render_pending_count(count, area, buf);
        }
        match self.overlay() {
            Some(Overlay::Help) => help::render(area, self.help_scroll(), theme, buf),
            Some(Overlay::LoadErrors) => {
                load_errors::render(self.load_errors(), area, self.help_scroll(), theme, buf)
            }
            None => {}
        }
        if !theme.color {
            strip_colors(area, buf);
        }
    }
}

/// "terminal too small", the size needed and the size there is, wrapped
/// and centred in whatever room there is.
fn render_too_small(area: Rect, buf: &mut Buffer) {
    let size = format!(
        "needs {}×{}, is {}×{}",
        layout::MIN_WIDTH,
        layout::MIN_HEIGHT,
        area.width,
        area.height
    );
    let lines: Vec<Line> = [theme::TOO_SMALL, size.as_str()]
        .into_iter()
        .flat_map(|text| {
            wrap_text(text, usize::from(area.width))
                .into_iter()
                .map(move |range| Line::raw(text[range].to_string()))
        })
        .collect();
    let rows = (lines.len() as u16).min(area.height);
    let middle = Rect::new(area.x, area.y + (area.height - rows) / 2, area.width, rows);
    Paragraph::new(lines).centered().render(middle, buf);
}

/// A count typed before a movement (5j), at the status line's right end,
/// where vim shows it.
fn render_pending_count(count: u32, area: Rect, buf: &mut Buffer) {
    let text = format!(" {count}");
    let width = text.len() as u16;
    if area.height == 0 || width > area.width {
        return;
    }
    let y = area.bottom() - 1;
    buf.set_string(area.right() - width, y, text, theme::Theme::COLOR.title());
}

/// No colour at all, whatever a widget chose by default (NO_COLOR): the
/// theme's modifiers carry every mark.
fn strip_colors(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            cell.fg = Color::Reset;
            cell.bg = Color::Reset;
            cell.underline_color = Color::Reset;
        }
    }
}

/// A pane's frame: rounded border, its title, marked when focused.
/// A dim note in place of a list's rows (nothing to show, nothing
/// matches), on row `y` of the list's inside.
fn render_note(inner: Rect, y: u16, note: &str, theme: Theme, buf: &mut Buffer) {
    buf.set_stringn(inner.x, y, note, usize::from(inner.width), theme.dim());
}

fn pane_block(title: Line<'static>, focused: bool, theme: Theme) -> Block<'static> {
    let marker = if focused { "▶ " } else { "" };
    let mut spans = vec![ratatui::text::Span::raw(format!(" {marker}"))];
    spans.extend(title.spans);
    spans.push(ratatui::text::Span::raw(" "));
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(theme.border(focused))
        .title(Line::from(spans))
}

/// `line` with `style` painted over every span (a selected row).
fn restyle(line: Line<'static>, style: ratatui::style::Style) -> Line<'static> {
    Line::from(
        line.spans
            .into_iter()
            .map(|span| {
                let patched = span.style.patch(style);
                span.style(patched)
            })
            .collect::<Vec<_>>(),
    )
}
