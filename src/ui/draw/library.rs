//! The library screen: one row per article with its source or date and, once
//! analysed, how many people and quotes it has.

use super::pane_block;
use crate::ui::app::App;
use crate::ui::layout;
use crate::ui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// Placeholder for a count not known until the article is analysed.
const NOT_YET: &str = "·";

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let library = app.library();
    let title = Line::from(format!("Byline · {} articles", app.articles().len()));
    pane_block(title, true).render(area, buf);
    let inner = layout::inner(area);
    if inner.height == 0 {
        return;
    }
    let header = ["Title", "Source · date", "People", "Quotes"];
    render_row(
        inner.x,
        inner.y,
        inner.width,
        header,
        theme::title().add_modifier(Modifier::UNDERLINED),
        buf,
    );
    if library.rows.is_empty() {
        buf.set_stringn(
            inner.x,
            inner.y + 1,
            theme::NO_ARTICLES,
            usize::from(inner.width),
            theme::dim(),
        );
        return;
    }
    let rows = library.rows.iter().enumerate().skip(library.offset);
    for (y, (position, &index)) in (inner.y + 1..inner.bottom()).zip(rows) {
        let article = &app.articles()[index];
        let source_date = [&article.source, &article.published]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" · ");
        let (people, quotes) = match app.counts(index) {
            Some((people, quotes)) => (people.to_string(), quotes.to_string()),
            None => (NOT_YET.to_string(), NOT_YET.to_string()),
        };
        let style = if position == library.selected {
            theme::selected_row(true)
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        // With a filter, how often the story holds it (title and text).
        let title = match library.match_counts.get(position) {
            Some(&count) if !library.filter.is_empty() => {
                let plural = if count == 1 { "match" } else { "matches" };
                format!("{} · {count} {plural}", article.title)
            }
            _ => article.title.clone(),
        };
        let cells = [title.as_str(), source_date.as_str(), &people, &quotes];
        render_row(inner.x, y, inner.width, cells, style, buf);
    }
}

fn render_row(x: u16, y: u16, width: u16, cells: [&str; 4], style: Style, buf: &mut Buffer) {
    let columns = Layout::horizontal([
        Constraint::Fill(3),
        Constraint::Fill(2),
        Constraint::Length(7),
        Constraint::Length(7),
    ])
    .spacing(1)
    .split(Rect::new(x, y, width, 1));
    for (index, (cell, column)) in cells.iter().zip(columns.iter()).enumerate() {
        let text = if index >= 2 {
            format!("{cell:>width$}", width = usize::from(column.width))
        } else {
            cell.to_string()
        };
        buf.set_stringn(column.x, y, text, usize::from(column.width), style);
    }
}
