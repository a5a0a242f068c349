//! The People screen: the list of people (or organisations) with their
//! story and quote counts, and a person's page (titles, other names, the
//! stories naming them, their quotes), with the status line under both.

use super::{pane_block, render_note};
use crate::index::{Figure, Index};
use crate::ui::app::App;
use crate::ui::layout;
use crate::ui::people::{People, Tab, Target};
use crate::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Rows above the list's first figure (border, header).
const LIST_CHROME: u16 = 3;
/// Lines of a page above its stories and quotes: border, what the figure
/// is, titles, other names, ambiguity, a gap.
const PAGE_HEADER: u16 = 5;

/// Rows the list (or a page's scrolled part) shows at the app's size.
pub fn people_rows(app: &App) -> usize {
    let (list, _) = layout::library(app.area());
    let chrome = if app.people().page.is_some() {
        PAGE_HEADER + 1
    } else {
        LIST_CHROME
    };
    usize::from(list.height.saturating_sub(chrome)).max(1)
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let people = app.people();
    let (main, status) = layout::library(area);
    match (&people.index, &people.page) {
        (Some(index), Some(_)) => render_page(people, index, main, theme, buf),
        (Some(index), None) => render_list(people, index, main, theme, buf),
        (None, _) => {
            pane_block(Line::from("People"), true, theme).render(main, buf);
            let inner = layout::inner(main);
            let (note, style) = match (&people.failed, people.progress) {
                (Some(why), _) => (format!("Indexing failed: {why}"), theme.warning()),
                (None, Some((done, total))) => (
                    format!("Indexing the library: {done} of {total} stories…"),
                    theme.dim(),
                ),
                (None, None) => ("Indexing the library…".to_string(), theme.dim()),
            };
            buf.set_stringn(inner.x, inner.y, note, usize::from(inner.width), style);
        }
    }
    render_status(people, status, theme, buf);
}

fn render_list(people: &People, index: &Index, area: Rect, theme: Theme, buf: &mut Buffer) {
    let list = &people.list;
    let tab = |name: &str, kind, on: bool| {
        let count = index.ranked_of(kind).count();
        let style = if on {
            theme.title().add_modifier(Modifier::UNDERLINED)
        } else {
            theme.dim()
        };
        Span::styled(format!("{name} ({count})"), style)
    };
    let title = Line::from(vec![
        tab("People", Tab::People.kind(), list.tab == Tab::People),
        Span::raw(" · "),
        tab(
            "Organisations",
            Tab::Organizations.kind(),
            list.tab == Tab::Organizations,
        ),
    ]);
    pane_block(title, true, theme).render(area, buf);
    let inner = layout::inner(area);
    if inner.height == 0 {
        return;
    }
    let header = theme.title().add_modifier(Modifier::UNDERLINED);
    render_row(
        inner,
        inner.y,
        ["Name", "Titles", "Stories", "Quotes"],
        header,
        buf,
    );
    if list.rows.is_empty() {
        let note = if list.filter.is_empty() {
            "nobody named"
        } else {
            "nobody matches the filter"
        };
        render_note(inner, inner.y + 1, note, theme, buf);
        return;
    }
    let rows = list.rows.iter().enumerate().skip(list.offset);
    for (y, (position, &id)) in (inner.y + 1..inner.bottom()).zip(rows) {
        let figure = index.figure(id);
        let style = if position == list.selected {
            theme.selected_row(true)
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        let name = if figure.is_ambiguous() {
            format!("{} (ambiguous)", figure.name)
        } else {
            figure.name.clone()
        };
        let cells = [
            name.as_str(),
            &figure.titles.join(", "),
            &figure.stories.len().to_string(),
            &figure.quotes.len().to_string(),
        ];
        render_row(inner, y, cells, style, buf);
    }
}

fn render_row(inner: Rect, y: u16, cells: [&str; 4], style: Style, buf: &mut Buffer) {
    let columns = Layout::horizontal([
        Constraint::Fill(3),
        Constraint::Fill(2),
        Constraint::Length(7),
        Constraint::Length(7),
    ])
    .spacing(1)
    .split(Rect::new(inner.x, y, inner.width, 1));
    for (number, (cell, column)) in cells.iter().zip(columns.iter()).enumerate() {
        let width = usize::from(column.width);
        let text = if number >= 2 {
            format!("{cell:>width$}")
        } else {
            cell.to_string()
        };
        buf.set_stringn(column.x, y, text, width, style);
    }
}

/// What the page says about the figure before its stories and quotes.
fn page_header(index: &Index, figure: &Figure, theme: Theme) -> Vec<Line<'static>> {
    let kind = match figure.kind {
        crate::analysis::EntityKind::Person => "Person",
        _ => "Organisation",
    };
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut lines = vec![Line::from(vec![
        Span::styled(kind, theme.mention(figure.kind)),
        Span::raw(format!(
            " · {} · {}",
            plural(figure.stories.len(), "story", "stories"),
            plural(figure.quotes.len(), "quote", "quotes")
        )),
    ])];
    let labelled = |label: &str, text: String| {
        Line::from(vec![
            Span::styled(format!("{label}: "), theme.title()),
            Span::raw(text),
        ])
    };
    if !figure.titles.is_empty() {
        lines.push(labelled("Titles", figure.titles.join(", ")));
    }
    if !figure.aliases.is_empty() {
        lines.push(labelled("Also", figure.aliases.join(", ")));
    }
    if figure.is_ambiguous() {
        let names: Vec<&str> = figure
            .ambiguous
            .iter()
            .map(|&id| index.figure(id).name.as_str())
            .collect();
        lines.push(Line::from(Span::styled(
            format!(
                "Ambiguous: “{}” could be {}; kept apart",
                figure.name,
                names.join(" or ")
            ),
            Style::new().add_modifier(Modifier::BOLD),
        )));
    }
    lines
}

fn render_page(people: &People, index: &Index, area: Rect, theme: Theme, buf: &mut Buffer) {
    let Some(page) = &people.page else {
        return;
    };
    let figure = index.figure(page.figure);
    pane_block(Line::from(figure.name.clone()), true, theme).render(area, buf);
    let inner = layout::inner(area);
    let header = page_header(index, figure, theme);
    let header_rows = (PAGE_HEADER - 1).min(inner.height);
    for (y, line) in (inner.y..inner.y + header_rows).zip(header) {
        line.render(Rect::new(inner.x, y, inner.width, 1), buf);
    }
    let body = Rect::new(
        inner.x,
        inner.y + header_rows,
        inner.width,
        inner.height.saturating_sub(header_rows),
    );
    // Headings sit among the rows; only stories and quotes are selectable.
    let mut rows: Vec<(Line<'static>, Option<usize>)> = Vec::new();
    let heading = |text: String| {
        (
            Line::styled(text, theme.title().add_modifier(Modifier::UNDERLINED)),
            None,
        )
    };
    rows.push(heading(format!("Stories naming {}", figure.name)));
    let mut quotes_heading_done = false;
    for (selectable, target) in page.targets().enumerate() {
        let line = match target {
            Target::Story(story) => story_line(index, story, theme),
            Target::Quote(story, quote) => {
                if !quotes_heading_done {
                    rows.push((Line::raw(""), None));
                    rows.push(heading(format!("Quotes by {}", figure.name)));
                    quotes_heading_done = true;
                }
                quote_line(index, story, quote, theme)
            }
        };
        rows.push((line, Some(selectable)));
    }
    if !quotes_heading_done {
        rows.push((Line::raw(""), None));
        rows.push((Line::styled("No quotes.", theme.dim()), None));
    }
    let height = usize::from(body.height);
    let selected_row = rows
        .iter()
        .position(|(_, s)| *s == Some(page.selected))
        .unwrap_or(0);
    let offset = (selected_row + 1).saturating_sub(height);
    for (y, (line, position)) in (body.y..body.bottom()).zip(rows.into_iter().skip(offset)) {
        let row = Rect::new(body.x, y, body.width, 1);
        if position == Some(page.selected) {
            buf.set_style(row, theme.selected_row(true));
            super::restyle(line, theme.selected_row(true)).render(row, buf);
        } else {
            line.render(row, buf);
        }
    }
}

/// `2031-03-20  Valley Post  East bank farmers tally their losses`
fn story_line(index: &Index, story: u32, theme: Theme) -> Line<'static> {
    let meta = &index.stories()[story as usize].meta;
    let date = meta.published.clone().unwrap_or_default();
    let source = meta.source.clone().unwrap_or_default();
    Line::from(vec![
        Span::styled(format!("{date:<10}  "), theme.dim()),
        Span::styled(format!("{source}  "), theme.dim()),
        Span::raw(meta.title.clone()),
    ])
}

/// `“words” — Title, Source, date`
fn quote_line(index: &Index, story: u32, quote: u32, theme: Theme) -> Line<'static> {
    let indexed = &index.stories()[story as usize];
    let text = indexed.quotes[quote as usize]
        .text
        .trim_end_matches([',', ' ']);
    let meta = &indexed.meta;
    let cite: Vec<&str> = [
        Some(meta.title.as_str()),
        meta.source.as_deref(),
        meta.published.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    Line::from(vec![
        Span::styled(format!("“{text}”"), theme.quotation()),
        Span::styled(format!(" — {}", cite.join(", ")), theme.dim()),
    ])
}

fn render_status(people: &People, area: Rect, theme: Theme, buf: &mut Buffer) {
    let list = &people.list;
    if people.page.is_none() && list.prompt_open {
        let line = Line::from(vec![
            Span::styled("/", Style::new().add_modifier(Modifier::BOLD)),
            Span::raw(list.filter.clone()),
            Span::styled("█", theme.dim()),
            Span::raw(format!("  {} shown", list.rows.len())),
        ]);
        line.render(area, buf);
        return;
    }
    let mut spans = Vec::new();
    if let Some((done, total)) = people.progress {
        spans.push(Span::raw(format!("indexing {done}/{total}  ")));
    }
    if let Some(why) = &people.failed {
        spans.push(Span::styled(
            format!("indexing failed: {why}  "),
            theme.warning(),
        ));
    }
    if people.page.is_none() && !list.filter.is_empty() {
        spans.push(Span::raw(format!("filter: {}  ", list.filter)));
    }
    let keys = if people.page.is_some() {
        "Enter open story at quote · j/k move · ? help · q back"
    } else {
        "Enter page · / filter · Tab organisations · ? help · q back"
    };
    spans.push(Span::styled(keys, theme.dim()));
    Line::from(spans).render(area, buf);
}
