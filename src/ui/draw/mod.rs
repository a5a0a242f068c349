//! Drawing: a pure function of the [`App`]. One module per pane; each takes
//! the state by reference and writes into the buffer.

mod article;
mod entities;
mod help;
mod library;
mod people;
mod quotes;
mod status;

pub use help::help_rows;
pub use people::people_rows;

use super::app::{App, Screen};
use super::layout;
use super::theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Paragraph, Widget, Wrap};

/// Draw the whole reader into a frame.
pub fn draw(app: &App, frame: &mut Frame) {
    frame.render_widget(app, frame.area());
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if layout::too_small(area) {
            render_too_small(area, buf);
            return;
        }
        match (self.screen(), self.story()) {
            (Screen::Story, Some(story)) => {
                let geo = super::story::Geometry::new(area, story.article.paragraphs.len());
                article::render(story, &geo, buf);
                entities::render(story, geo.panes.entities, buf);
                quotes::render(story, &geo, buf);
                status::render_story(story, geo.panes.status, buf);
            }
            (Screen::People, _) => people::render(self, area, buf),
            _ => {
                let (list, status_line) = layout::library(area);
                library::render(self, list, buf);
                status::render_library(self, status_line, buf);
            }
        }
        if self.help_open() {
            help::render(area, self.help_scroll(), buf);
        }
    }
}

fn render_too_small(area: Rect, buf: &mut Buffer) {
    let middle = Rect::new(
        area.x,
        area.y + area.height / 2,
        area.width,
        1.min(area.height),
    );
    Paragraph::new(theme::TOO_SMALL)
        .centered()
        .wrap(Wrap { trim: true })
        .render(middle, buf);
}

/// A pane's frame: rounded border, its title, marked when focused.
fn pane_block(title: Line<'static>, focused: bool) -> Block<'static> {
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
        .border_style(theme::border(focused))
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
