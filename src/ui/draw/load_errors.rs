//! The list of files that could not be read (e in the library): each path
//! and, under it, the reason, wrapped to the terminal.

use crate::article::LoadError;
use crate::ui::fit::count;
use crate::ui::theme::Theme;
use crate::ui::wrap::wrap_text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

/// What the overlay says when every file was read.
pub const ALL_READ: &str = "Every file was read.";

/// The overlay's place: most of the screen, leaving a margin.
fn popup(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).max(area.width.min(20));
    let height = area.height.saturating_sub(2).max(area.height.min(3));
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

fn lines(errors: &[LoadError], width: usize, theme: Theme) -> Vec<Line<'static>> {
    if errors.is_empty() {
        return vec![Line::raw(ALL_READ)];
    }
    let mut lines = Vec::new();
    for error in errors {
        let path = error.path.display().to_string();
        for range in wrap_text(&path, width) {
            lines.push(Line::styled(path[range].to_string(), theme.title()));
        }
        let indent = 2.min(width.saturating_sub(1));
        for range in wrap_text(&error.reason, width - indent) {
            lines.push(Line::raw(format!("{:indent$}{}", "", &error.reason[range])));
        }
    }
    lines
}

/// Lines of the list on a terminal of `area` (for scrolling).
pub fn rows(errors: &[LoadError], area: Rect) -> usize {
    let inner = usize::from(popup(area).width.saturating_sub(2)).max(1);
    lines(errors, inner, Theme::COLOR).len()
}

pub fn render(errors: &[LoadError], area: Rect, scroll: usize, theme: Theme, buf: &mut Buffer) {
    let popup = popup(area);
    let inner = usize::from(popup.width.saturating_sub(2)).max(1);
    let title = format!(
        " {} not read · Esc closes ",
        count(errors.len(), "file", "files")
    );
    Clear.render(popup, buf);
    Paragraph::new(lines(errors, inner, theme))
        .scroll((scroll.min(usize::from(u16::MAX)) as u16, 0))
        .block(
            Block::bordered()
                .border_type(BorderType::Double)
                .border_style(theme.border(true))
                .title(title),
        )
        .render(popup, buf);
}
