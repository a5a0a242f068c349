//! The `?` overlay: every key (from the key map's own table) and the colour
//! legend of the article.

use crate::analysis::EntityKind;
use crate::ui::keymap::KEY_HELP;
use crate::ui::theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

pub fn render(area: Rect, buf: &mut Buffer) {
    let key_width = KEY_HELP
        .iter()
        .map(|(keys, _)| keys.len())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = KEY_HELP
        .iter()
        .map(|(keys, meaning)| {
            Line::from(vec![
                Span::styled(format!("{keys:<key_width$}  "), theme::title()),
                Span::raw(*meaning),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    let mut legend = vec![Span::raw("Colours: ")];
    for kind in EntityKind::ALL {
        legend.push(Span::styled(kind.plural(), theme::mention(kind)));
        legend.push(Span::raw(" "));
    }
    legend.push(Span::styled("“quotes”", theme::quotation()));
    lines.push(Line::from(legend));
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
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_type(BorderType::Double)
                .border_style(theme::border(true))
                .title(" Keys · Esc or ? closes "),
        )
        .render(popup, buf);
}
