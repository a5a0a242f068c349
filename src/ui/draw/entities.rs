//! The Entities pane: people, organisations, places and dates, grouped under
//! headings in their article colours, each with its mention count and titles.

use super::{pane_block, render_note, restyle};
use crate::ui::action::Pane;
use crate::ui::fit::ellipsize;
use crate::ui::layout;
use crate::ui::story::{EntityRow, Story};
use crate::ui::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

pub fn render(story: &Story, pane: Rect, theme: Theme, buf: &mut Buffer) {
    let focused = story.focus == Pane::Entities;
    // How many there are, as the Quotes title says; the current mention's
    // position goes in the status line, where it cannot pass for a row's.
    let (shown, all) = story.list_counts(Pane::Entities);
    let filter = story.list_filter(Pane::Entities);
    let title = vec![
        Span::raw("Entities"),
        Span::styled(
            if filter.is_empty() {
                format!(" {all}")
            } else {
                format!(" {shown} of {all} /{filter}")
            },
            theme.dim(),
        ),
    ];
    pane_block(Line::from(title), focused, theme).render(pane, buf);
    let inner = layout::inner(pane);
    if story.entity_rows.is_empty() {
        render_note(inner, inner.y, theme::NO_ENTITIES, theme, buf);
        return;
    }
    let rows = story.entity_rows.iter().skip(story.entity_offset);
    for (y, row) in (inner.y..inner.bottom()).zip(rows) {
        let line = match *row {
            EntityRow::Heading(kind) => {
                let count = story.analysis.count(kind);
                Line::from(vec![
                    Span::styled(kind.plural(), theme.heading(kind)),
                    Span::styled(format!(" {count}"), theme.dim()),
                ])
            }
            EntityRow::Entity(index) => {
                let entity = &story.analysis.entities[index];
                // The count always shows; the name is cut before it, with
                // an ellipsis, and the titles take what is left.
                let count = format!(" ×{}", entity.mentions.len());
                let room = usize::from(inner.width).saturating_sub(1);
                let name = ellipsize(&entity.name, room.saturating_sub(count.width()));
                let left = room.saturating_sub(name.width() + count.width());
                let mut spans = vec![
                    Span::raw(" "),
                    Span::styled(name.into_owned(), theme.mention(entity.kind)),
                    Span::styled(count, theme.dim()),
                ];
                if !entity.titles.is_empty() && left > 3 {
                    let titles = format!(" · {}", entity.titles.join(", "));
                    spans.push(Span::styled(
                        ellipsize(&titles, left).into_owned(),
                        theme.dim(),
                    ));
                }
                let mut line = Line::from(spans);
                if story.selected_entity == Some(index) {
                    line = restyle(line, theme.selected_row(focused));
                    buf.set_style(
                        Rect::new(inner.x, y, inner.width, 1),
                        theme.selected_row(focused),
                    );
                }
                line
            }
        };
        buf.set_line(inner.x, y, &line, inner.width);
    }
}
