//! The `?` overlay: every key (from the key map's own table) and the colour
//! legend of the article.

use crate::analysis::EntityKind;
use crate::ui::keymap::KEY_HELP;
use crate::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

/// Lines of the help overlay's content (keys, a gap, the colour legend).
pub fn help_rows() -> usize {
    KEY_HELP.len() + 2
}

pub fn render(area: Rect, scroll: usize, theme: Theme, buf: &mut Buffer) {
    let key_width = KEY_HELP
        .iter()
        .map(|(keys, _)| keys.len())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = KEY_HELP
        .iter()
        .map(|(keys, meaning)| {
            Line::from(vec![
                Span::styled(format!("{keys:<key_width$}  "), theme.title()),
                Span::raw(*meaning),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    let mut legend = vec![Span::raw("Colours: ")];
    for kind in EntityKind::ALL {
        legend.push(Span::styled(kind.plural(), theme.mention(kind)));
        legend.push(Span::raw(" "));
    }
    legend.push(Span::styled("“quotes”", theme.quotation()));
    lines.push(Line::from(legend));
    debug_assert_eq!(lines.len(), help_rows());
    let content_width = lines.iter().map(Line::width).max().unwrap_or(0) as u16;
    let width = area.width.min(content_width + 2);
    let height = area.height.min(lines.len() as u16 + 2);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(popup, buf);
    let title = if height < lines.len() as u16 + 2 {
        " Keys · j/k scroll · Esc or ? closes "
    } else {
        " Keys · Esc or ? closes "
    };
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
