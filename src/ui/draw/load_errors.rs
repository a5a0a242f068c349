//! The list of files that could not be read (e in the library): each path
//! and, under it, the reason, wrapped to the terminal.

use super::overlay::{self, centred, heading_and_text, inner_width};
use crate::article::LoadError;
use crate::ui::fit::count;
use crate::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// What the overlay says when every file was read.
pub const ALL_READ: &str = "Every file was read.";

/// The overlay's place: most of the screen, leaving a margin.
fn popup(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).max(area.width.min(20));
    let height = area.height.saturating_sub(2).max(area.height.min(3));
    centred(area, width, height)
}

fn lines(errors: &[LoadError], width: usize, theme: Theme) -> Vec<Line<'static>> {
    if errors.is_empty() {
        return vec![Line::raw(ALL_READ)];
    }
    errors
        .iter()
        .flat_map(|error| {
            let path = error.path.display().to_string();
            heading_and_text(&path, &error.reason, width, theme)
        })
        .collect()
}

/// Lines of the list on a terminal of `area` (for scrolling).
pub fn rows(errors: &[LoadError], area: Rect) -> usize {
    lines(errors, inner_width(popup(area)), Theme::COLOR).len()
}

pub fn render(errors: &[LoadError], area: Rect, scroll: usize, theme: Theme, buf: &mut Buffer) {
    let popup = popup(area);
    let title = format!(
        " {} not read · Esc closes ",
        count(errors.len(), "file", "files")
    );
    let lines = lines(errors, inner_width(popup), theme);
    overlay::render(popup, &title, lines, scroll, theme, buf);
}
