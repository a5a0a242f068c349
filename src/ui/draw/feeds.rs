//! The subscriptions screen: the sources (all unread, starred, each feed
//! with its unread count and last fetch, a feed in error marked and its
//! error on the status line), or one source's entries newest first; the
//! status line shows a refresh's progress and what it brought.

use super::{pane_block, render_note};
use crate::cli::age;
use crate::store::now;
use crate::ui::app::App;
use crate::ui::feeds::{FIXED_SOURCES, FeedLibrary, Level};
use crate::ui::layout;
use crate::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(library) = app.feeds() else {
        return;
    };
    let theme = app.theme();
    let (list, status_line) = layout::library(area);
    match library.level {
        Level::Sources => render_sources(library, list, buf, theme),
        Level::Entries => render_entries(library, list, buf, theme),
    }
    render_status(library, status_line, buf, theme);
}

fn error_style(theme: Theme) -> Style {
    theme.warning()
}

fn render_sources(library: &FeedLibrary, area: Rect, buf: &mut Buffer, theme: Theme) {
    let title = Line::from(format!(
        "Byline · {} subscriptions · {} unread",
        library.feeds.len(),
        library.unread
    ));
    pane_block(title, true, theme).render(area, buf);
    let inner = layout::inner(area);
    if inner.height == 0 {
        return;
    }
    let columns = [
        Constraint::Fill(3),
        Constraint::Length(7),
        Constraint::Fill(2),
    ];
    let header = ["Source", "Unread", "Last fetch"];
    let underline = theme.title().add_modifier(Modifier::UNDERLINED);
    render_row(inner, inner.y, &columns, &header, &[underline; 3], buf);
    let now = now();
    if library.shown.is_empty() {
        let note = format!("no source matches '{}'", library.filter);
        render_note(inner, inner.y + 1, &note, theme, buf);
    }
    let rows = library
        .shown
        .iter()
        .enumerate()
        .skip(library.sources.offset);
    for (y, (position, &source)) in (inner.y + 1..inner.bottom()).zip(rows) {
        let (name, unread, fetched, failed) = match source {
            0 | 1 => (
                library.source_name(source).to_string(),
                if source == 0 {
                    library.unread
                } else {
                    library.starred
                },
                String::new(),
                false,
            ),
            n => {
                let feed = &library.feeds[n - FIXED_SOURCES];
                let fetched = match (feed.last_fetch, &feed.last_error) {
                    (None, _) => "never".to_string(),
                    (Some(at), None) => age(at, now),
                    (Some(_), Some(error)) => format!("! {error}"),
                };
                (
                    feed.name().to_string(),
                    feed.unread,
                    fetched,
                    feed.last_error.is_some(),
                )
            }
        };
        let selected = position == library.sources.selected;
        let base = if selected {
            theme.selected_row(true)
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), base);
        let name_style = if unread > 0 {
            base.add_modifier(Modifier::BOLD)
        } else {
            base
        };
        let fetch_style = if failed {
            base.patch(error_style(theme))
        } else {
            base.patch(theme.dim())
        };
        let unread = format!("{unread:>6}");
        render_row(
            inner,
            y,
            &columns,
            &[&name, &unread, &fetched],
            &[name_style, base, fetch_style],
            buf,
        );
    }
}

fn render_entries(library: &FeedLibrary, area: Rect, buf: &mut Buffer, theme: Theme) {
    let title = Line::from(format!(
        "{} · {} entries",
        library.view_title(library.view),
        library.entries.len()
    ));
    pane_block(title, true, theme).render(area, buf);
    let inner = layout::inner(area);
    if inner.height == 0 {
        return;
    }
    let columns = [
        Constraint::Length(1),
        Constraint::Length(10),
        Constraint::Fill(1),
        Constraint::Fill(3),
    ];
    let underline = theme.title().add_modifier(Modifier::UNDERLINED);
    render_row(
        inner,
        inner.y,
        &columns,
        &["", "Date", "Source", "Title"],
        &[underline; 4],
        buf,
    );
    if library.entries.is_empty() {
        render_note(inner, inner.y + 1, "no entries here", theme, buf);
        return;
    }
    let rows = library
        .entries
        .iter()
        .enumerate()
        .skip(library.entry_cursor.offset);
    for (y, (position, entry)) in (inner.y + 1..inner.bottom()).zip(rows) {
        let selected = position == library.entry_cursor.selected;
        let base = if selected {
            theme.selected_row(true)
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), base);
        let mark = match (entry.read, entry.starred) {
            (_, true) => "★",
            (false, false) => "●",
            (true, false) => " ",
        };
        let title_style = if entry.read {
            base
        } else {
            base.add_modifier(Modifier::BOLD)
        };
        render_row(
            inner,
            y,
            &columns,
            &[
                mark,
                entry.date.as_deref().unwrap_or(""),
                &entry.source,
                &entry.title,
            ],
            &[
                base.fg(Color::Yellow),
                base.patch(theme.dim()),
                base,
                title_style,
            ],
            buf,
        );
    }
}

fn render_row(
    inner: Rect,
    y: u16,
    constraints: &[Constraint],
    cells: &[&str],
    styles: &[Style],
    buf: &mut Buffer,
) {
    let columns = Layout::horizontal(constraints.to_vec())
        .spacing(1)
        .split(Rect::new(inner.x, y, inner.width, 1));
    for ((cell, column), style) in cells.iter().zip(columns.iter()).zip(styles) {
        buf.set_stringn(column.x, y, cell, usize::from(column.width), *style);
    }
}

fn render_status(library: &FeedLibrary, area: Rect, buf: &mut Buffer, theme: Theme) {
    let mut spans = Vec::new();
    let bold = Style::new().add_modifier(Modifier::BOLD);
    if library.prompt_open {
        let line = Line::from(vec![
            Span::styled("/", bold),
            Span::raw(library.filter.clone()),
            Span::styled("█", theme.dim()),
            Span::raw(format!("  {} shown", library.source_count())),
        ]);
        line.render(area, buf);
        return;
    }
    if library.level == Level::Sources && !library.filter.is_empty() {
        spans.push(Span::raw(format!("filter: {}  ", library.filter)));
    }
    if let Some(progress) = &library.progress {
        spans.push(Span::styled(
            format!(
                "refreshing {}/{} feeds… {} new",
                progress.done, progress.total, progress.new
            ),
            bold,
        ));
        if let Some(failed) = progress.failed.last() {
            spans.push(Span::styled(format!("  {failed}"), error_style(theme)));
        }
    } else if let Some(message) = &library.message {
        spans.push(Span::styled(message.clone(), bold));
    } else if let Some(error) = library
        .selected_feed()
        .filter(|_| library.level == Level::Sources)
        .and_then(|f| f.last_error.as_ref().map(|e| format!("{}: {e}", f.name())))
    {
        spans.push(Span::styled(error, error_style(theme)));
    }
    if !spans.is_empty() {
        spans.push(Span::raw("  "));
    }
    let keys = match library.level {
        Level::Sources => "Enter open · / filter · r refresh · R all · ? help · q quit",
        Level::Entries => "Enter read · u read/unread · * star · r refresh · q back",
    };
    spans.push(Span::styled(keys, theme.dim()));
    Line::from(spans).render(area, buf);
}
