//! The bottom line: the open prompt, or where the reader is (search
//! position, current mention, a short message) and the main keys.

use crate::ui::app::App;
use crate::ui::fit::{count, ellipsize};
use crate::ui::story::{Highlight, Story};
use crate::ui::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub fn render_story(story: &Story, area: Rect, theme: Theme, buf: &mut Buffer) {
    let search = &story.search;
    let position = search_position(story);
    if let Some(pane) = story.list_prompt {
        let (shown, all) = story.list_counts(pane);
        let position = format!("{shown} of {all}");
        render_prompt(story.list_filter(pane), &position, area, theme, buf);
        return;
    }
    if search.prompt_open {
        render_prompt(
            &search.query,
            position.as_deref().unwrap_or(""),
            area,
            theme,
            buf,
        );
        return;
    }
    let mut spans = Vec::new();
    if let Some(position) = position {
        spans.push(Span::raw(format!("/{} ", search.query)));
        spans.push(Span::styled(
            position,
            Style::new().add_modifier(Modifier::BOLD),
        ));
    } else if let Highlight::Entity { entity, mention } = story.highlight {
        let name = &story.analysis.entities[entity].name;
        let count = story.mentions[entity].len();
        spans.push(Span::raw(format!(
            "{name}: mention {} of {count}",
            mention + 1
        )));
    }
    if let Some(message) = &story.message {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(
            message.clone(),
            Style::new().add_modifier(Modifier::BOLD),
        ));
    }
    render_with_hints(spans, STORY_HINTS, area, theme, buf);
}

/// The keys a story's status line suggests, least needed first to go.
const STORY_HINTS: &[&str] = &[
    "Tab pane",
    "/ search",
    "s speaker",
    "f filter",
    "q back",
    "? help",
];

/// The keys the library's status line suggests.
const LIBRARY_HINTS: &[&str] = &["Enter open", "/ filter", "j/k move", "q quit", "? help"];

/// `spans` (what the reader should know now), then as many whole hints as
/// fit: never a hint cut in the middle of a word. "? help" goes last.
fn render_with_hints(
    spans: Vec<Span<'static>>,
    hints: &[&str],
    area: Rect,
    theme: Theme,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
    let mut line = Line::from(spans);
    let used = line.width();
    let mut hints: Vec<&str> = hints.to_vec();
    let gap = if used > 0 { 2 } else { 0 };
    loop {
        let text = hints.join(" · ");
        if hints.is_empty() || used + gap + text.width() <= width {
            if !hints.is_empty() {
                line.spans.push(Span::raw(" ".repeat(gap)));
                line.spans.push(Span::styled(text, theme.dim()));
            }
            break;
        }
        // Drop the hint before "? help", which stays while anything does.
        let drop = hints.len().saturating_sub(2);
        hints.remove(drop);
    }
    if used > width {
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        line = Line::styled(ellipsize(&text, width).into_owned(), line.style);
    }
    line.render(area, buf);
}

/// "3/14" on a match, "14 matches" before moving to one, "no matches".
fn search_position(story: &Story) -> Option<String> {
    let search = &story.search;
    if search.query.is_empty() {
        return None;
    }
    Some(match (search.current, search.matches.len()) {
        (_, 0) => theme::NO_MATCHES.to_string(),
        (Some(current), total) => format!("{}/{total}", current + 1),
        (None, total) => format!("{total} matches"),
    })
}

fn render_prompt(query: &str, position: &str, area: Rect, theme: Theme, buf: &mut Buffer) {
    let line = Line::from(vec![
        Span::styled("/", Style::new().add_modifier(Modifier::BOLD)),
        Span::raw(query.to_string()),
        Span::styled("█", theme.dim()),
        Span::raw("  "),
        Span::styled(
            position.to_string(),
            Style::new().add_modifier(Modifier::BOLD),
        ),
    ]);
    line.render(area, buf);
}

pub fn render_library(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme();
    let library = app.library();
    if library.prompt_open {
        let shown = format!("{} of {}", library.rows.len(), app.articles().len());
        render_prompt(&library.filter, &shown, area, theme, buf);
        return;
    }
    let mut spans = Vec::new();
    let not_read = app.load_errors().len();
    if not_read > 0 {
        spans.push(Span::styled(
            format!("{} not read (e lists)", count(not_read, "file", "files")),
            theme.warning(),
        ));
    }
    if !library.filter.is_empty() {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::raw(format!(
            "filter: {} ({} of {})",
            library.filter,
            library.rows.len(),
            app.articles().len()
        )));
    }
    render_with_hints(spans, LIBRARY_HINTS, area, theme, buf);
}
