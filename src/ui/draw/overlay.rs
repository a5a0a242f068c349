//! The frame every window over the screen shares (the `?` help, the files
//! that could not be read): a rectangle centred on the screen and cleared,
//! a double border with a title, and lines scrolled inside; and the layout
//! both use on a narrow terminal, a heading with its text indented under it.

use crate::ui::theme::Theme;
use crate::ui::wrap::wrap_text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

/// How far text under its heading is indented.
const INDENT: usize = 2;

/// A `width` x `height` rectangle in the middle of `area` (both at most
/// the area's).
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Columns inside the frame of a window `popup` wide.
pub fn inner_width(popup: Rect) -> usize {
    usize::from(popup.width.saturating_sub(2)).max(1)
}

/// The window at `popup`: cleared, framed, titled, with `lines` shown from
/// the `scroll`-th.
pub fn render(
    popup: Rect,
    title: &str,
    lines: Vec<Line<'static>>,
    scroll: usize,
    theme: Theme,
    buf: &mut Buffer,
) {
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .scroll((scroll.min(usize::from(u16::MAX)) as u16, 0))
        .block(
            Block::bordered()
                .border_type(BorderType::Double)
                .border_style(theme.border(true))
                .title(title),
        )
        .render(popup, buf);
}

/// `heading` wrapped to `width` in the title style, and `text` wrapped
/// under it, indented.
pub fn heading_and_text(
    heading: &str,
    text: &str,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = wrap_text(heading, width)
        .into_iter()
        .map(|range| Line::styled(heading[range].to_string(), theme.title()))
        .collect();
    let indent = INDENT.min(width.saturating_sub(1));
    for range in wrap_text(text, width - indent) {
        lines.push(Line::raw(format!("{:indent$}{}", "", &text[range])));
    }
    lines
}
