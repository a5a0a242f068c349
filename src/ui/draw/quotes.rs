//! The Quotes pane: every quotation in story order (or one speaker's), each
//! with its speaker, paragraph number and up to two lines of its words.

use super::{pane_block, render_note, restyle};
use crate::analysis::{EntityKind, QuoteKind};
use crate::ui::action::Pane;
use crate::ui::fit::ellipsize;
use crate::ui::story::{Geometry, Story, quote_text_lines};
use crate::ui::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn render(story: &Story, geo: &Geometry, theme: Theme, buf: &mut Buffer) {
    let focused = story.focus == Pane::Quotes;
    let visible = story.visible_quotes();
    let mut title = vec![Span::raw("Quotes")];
    if let Some(entity) = story.speaker_filter {
        let name = &story.analysis.entities[entity].name;
        title.push(Span::styled(
            format!(" by {name}"),
            theme.mention(EntityKind::Person),
        ));
    }
    let filter = story.list_filter(Pane::Quotes);
    let count = if filter.is_empty() {
        format!(" {}", visible.len())
    } else {
        let (shown, all) = story.list_counts(Pane::Quotes);
        format!(" {shown} of {all} /{filter}")
    };
    title.push(Span::styled(count, theme.dim()));
    // A story lists at most `MOST_QUOTES`: the title says how many more
    // there are rather than pass the list off as all of them.
    let not_listed = story.analysis.quotes_not_listed;
    if not_listed > 0 {
        title.push(Span::styled(
            format!(" (+{not_listed} not listed)"),
            theme.dim(),
        ));
    }
    pane_block(Line::from(title), focused, theme).render(geo.panes.quotes, buf);
    let inner = geo.quotes_inner();
    if visible.is_empty() {
        render_note(inner, inner.y, theme::NO_QUOTES, theme, buf);
        return;
    }
    let mut y = inner.y;
    for &index in visible.iter().skip(story.quote_offset) {
        if y >= inner.bottom() {
            break;
        }
        let quote = &story.analysis.quotes[index];
        let number = format!("¶{} ", quote.span.paragraph + 1);
        let speaker_room = usize::from(inner.width).saturating_sub(number.chars().count());
        let speaker = match (quote.speaker_name(), quote.kind) {
            (_, QuoteKind::Scare) => Span::styled("(scare quotes)", theme.dim()),
            (Some(name), _) => Span::styled(
                ellipsize(name, speaker_room).into_owned(),
                theme
                    .mention(EntityKind::Person)
                    .add_modifier(Modifier::BOLD),
            ),
            (None, _) => Span::styled(theme::UNKNOWN_SPEAKER, theme.dim()),
        };
        let mut lines = vec![Line::from(vec![
            Span::styled(number, theme.gutter()),
            speaker,
        ])];
        for text in quote_text_lines(quote.text(&story.article), usize::from(inner.width)) {
            lines.push(Line::styled(text, theme.quotation()));
        }
        let selected = story.selected_quote == Some(index);
        for line in lines {
            if y >= inner.bottom() {
                break;
            }
            let row = Rect::new(inner.x, y, inner.width, 1);
            if selected {
                buf.set_style(row, theme.selected_row(focused));
                buf.set_line(
                    row.x,
                    y,
                    &restyle(line, theme.selected_row(focused)),
                    row.width,
                );
            } else {
                buf.set_line(row.x, y, &line, row.width);
            }
            y += 1;
        }
    }
}
