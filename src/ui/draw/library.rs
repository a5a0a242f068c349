//! The library screen: one row per article with its source, date and, once
//! analysed, how many people and quotes it has. Columns take the width the
//! text needs; the title gets the rest, and whatever is cut ends in "…".

use super::{pane_block, render_note};
use crate::article::Article;
use crate::ui::app::App;
use crate::ui::fit::{count, ellipsize};
use crate::ui::layout;
use crate::ui::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// Placeholder for a count not known until the article is analysed.
const NOT_YET: &str = "·";

const HEADER: [&str; 5] = ["Title", "Source", "Date", "People", "Quotes"];

/// The title column keeps at least this many columns before the source
/// column is narrowed, then dropped, then the date.
const TITLE_MIN: usize = 20;
const SOURCE_MIN: usize = 10;
const SOURCE_MAX: usize = 24;
const DATE_MAX: usize = 16;

/// Widths of the five columns (0: not shown), one space between those shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns([usize; 5]);

impl Columns {
    fn fit(articles: &[std::rc::Rc<Article>], width: usize) -> Columns {
        let longest = |field: fn(&Article) -> Option<&String>, cap: usize| {
            articles
                .iter()
                .filter_map(|a| field(a).map(|s| s.width()))
                .max()
                .unwrap_or(0)
                .min(cap)
        };
        let mut source = longest(|a| a.source.as_ref(), SOURCE_MAX);
        let mut date = longest(|a| a.published.as_ref(), DATE_MAX);
        if source > 0 {
            source = source.max(HEADER[1].len());
        }
        if date > 0 {
            date = date.max(HEADER[2].len());
        }
        let counts = HEADER[3].len() + HEADER[4].len() + 2;
        let title = |source: usize, date: usize| {
            let gaps = usize::from(source > 0) + usize::from(date > 0);
            width.saturating_sub(counts + source + date + gaps)
        };
        if title(source, date) < TITLE_MIN && source > SOURCE_MIN {
            source = SOURCE_MIN.max(source.saturating_sub(TITLE_MIN - title(source, date)));
        }
        if title(source, date) < TITLE_MIN {
            source = 0;
        }
        if title(source, date) < TITLE_MIN {
            date = 0;
        }
        Columns([
            title(source, date),
            source,
            date,
            HEADER[3].len(),
            HEADER[4].len(),
        ])
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let library = app.library();
    let articles = app.articles();
    let title = Line::from(format!(
        "Byline · {}",
        count(articles.len(), "article", "articles")
    ));
    pane_block(title, true, theme).render(area, buf);
    let inner = layout::inner(area);
    if inner.height == 0 {
        return;
    }
    let columns = Columns::fit(articles, usize::from(inner.width));
    let header = theme.title().add_modifier(Modifier::UNDERLINED);
    render_row(inner, inner.y, columns, HEADER, header, theme, buf);
    if library.rows.is_empty() {
        render_note(inner, inner.y + 1, theme::NO_ARTICLES, theme, buf);
        return;
    }
    let rows = library.rows.iter().enumerate().skip(library.offset);
    for (y, (position, &index)) in (inner.y + 1..inner.bottom()).zip(rows) {
        let article = &articles[index];
        let (people, quotes) = match app.counts(index) {
            Some((people, quotes)) => (people.to_string(), quotes.to_string()),
            None => (NOT_YET.to_string(), NOT_YET.to_string()),
        };
        let style = if position == library.selected {
            theme.selected_row(true)
        } else {
            Style::new()
        };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        let title = match library.match_counts.get(position) {
            Some(&matches) if !library.filter.is_empty() => {
                with_matches(&article.title, matches, columns.0[0])
            }
            _ => article.title.clone(),
        };
        let cells = [
            title.as_str(),
            article.source.as_deref().unwrap_or(""),
            article.published.as_deref().unwrap_or(""),
            &people,
            &quotes,
        ];
        render_row(inner, y, columns, cells, style, theme, buf);
    }
}

/// The title with how often the story holds the filter, cut so that the
/// count stays in `width` columns (the title is the part left out).
fn with_matches(title: &str, matches: usize, width: usize) -> String {
    let suffix = format!(" · {}", count(matches, "match", "matches"));
    let room = width.saturating_sub(suffix.width());
    format!("{}{suffix}", ellipsize(title, room))
}

fn render_row(
    inner: Rect,
    y: u16,
    columns: Columns,
    cells: [&str; 5],
    style: Style,
    theme: Theme,
    buf: &mut Buffer,
) {
    let mut x = usize::from(inner.x);
    for (index, (cell, width)) in cells.iter().zip(columns.0).enumerate() {
        if width == 0 {
            continue;
        }
        let text = ellipsize(cell, width);
        let text = if index >= 3 {
            format!("{text:>width$}")
        } else {
            text.into_owned()
        };
        // Source and date are secondary, but not on the selected row.
        let cell_style = if (index == 1 || index == 2) && style == Style::new() {
            theme.dim()
        } else {
            style
        };
        buf.set_stringn(x as u16, y, text, width, cell_style);
        x += width + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    fn article(title: &str, source: Option<&str>, date: Option<&str>) -> Rc<Article> {
        let mut a = Article::from_paragraphs(title, &["text"]);
        a.source = source.map(String::from);
        a.published = date.map(String::from);
        Rc::new(a)
    }

    #[test]
    fn columns_take_what_their_text_needs_and_the_title_the_rest() {
        let articles = [article("T", Some("Capitol Dispatch"), Some("2026-03-14"))];
        assert_eq!(Columns::fit(&articles, 78).0, [36, 16, 10, 6, 6]);
    }

    #[test]
    fn a_long_title_is_cut_before_its_match_count() {
        assert_eq!(
            with_matches("Harbour council approves the ferry", 2, 24),
            "Harbour cou… · 2 matches"
        );
        assert_eq!(with_matches("Ferry", 1, 24), "Ferry · 1 match");
    }

    #[test]
    fn a_narrow_screen_drops_the_source_before_the_date() {
        let articles = [article("T", Some("Capitol Dispatch"), Some("2026-03-14"))];
        assert_eq!(Columns::fit(&articles, 50).0, [25, 0, 10, 6, 6]);
        assert_eq!(Columns::fit(&articles, 38).0, [24, 0, 0, 6, 6]);
    }
}
