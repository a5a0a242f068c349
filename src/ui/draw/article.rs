//! The article pane: header, paragraphs wrapped to the pane with numbers in
//! a gutter, mentions and quotes coloured, the selection and search matches
//! highlighted, and a scrollbar. Only the visible lines are laid out.

use super::pane_block;
use crate::ui::action::Pane;
use crate::ui::fit::ellipsize;
use crate::ui::lines::{LineContent, metadata};
use crate::ui::story::{Geometry, Highlight, MarkKind, Story};
use crate::ui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget};
use std::ops::Range;

pub fn render(story: &Story, geo: &Geometry, theme: Theme, buf: &mut Buffer) {
    let pane = geo.panes.article;
    let focused = story.focus == Pane::Article;
    pane_block(Line::from("Article"), focused, theme).render(pane, buf);
    let lines = story.lines(geo);
    let text_area = geo.article.text;
    let gutter = geo.article.gutter;
    let shown = lines.visible(story.top, geo.article.height());
    for (row, (_, content)) in shown.into_iter().enumerate() {
        let y = text_area.y + row as u16;
        let line = match content {
            LineContent::Title(range) => Line::styled(&story.article.title[range], theme.title()),
            LineContent::Meta => Line::styled(
                ellipsize(&metadata(&story.article), usize::from(text_area.width)).into_owned(),
                theme.dim(),
            ),
            LineContent::Text {
                paragraph,
                range,
                first,
            } => {
                if first && gutter.width > 0 {
                    let number = format!(
                        "{:>width$} ",
                        paragraph + 1,
                        width = usize::from(gutter.width - 1)
                    );
                    buf.set_stringn(
                        gutter.x,
                        y,
                        number,
                        usize::from(gutter.width),
                        theme.gutter(),
                    );
                }
                styled_line(story, paragraph, range, theme)
            }
            LineContent::Blank => continue,
        };
        buf.set_line(text_area.x, y, &line, text_area.width);
    }
    render_scrollbar(story, pane, buf);
}

fn render_scrollbar(story: &Story, pane: Rect, buf: &mut Buffer) {
    let blocks = story.article.paragraphs.len() + 1;
    let mut state = ScrollbarState::new(blocks).position(story.top.block);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .render(pane.inner(Margin::new(0, 1)), buf, &mut state);
}

/// One wrapped line of a paragraph, cut into spans at every change of style.
fn styled_line(
    story: &Story,
    paragraph: usize,
    range: Range<usize>,
    theme: Theme,
) -> Line<'static> {
    let text = &story.article.paragraphs[paragraph];
    let layers = style_layers(story, paragraph, &range, theme);
    let mut cuts: Vec<usize> = vec![range.start, range.end];
    for (layer, _) in &layers {
        cuts.push(layer.start.clamp(range.start, range.end));
        cuts.push(layer.end.clamp(range.start, range.end));
    }
    cuts.retain(|&cut| text.is_char_boundary(cut));
    cuts.sort_unstable();
    cuts.dedup();
    let spans: Vec<Span<'static>> = cuts
        .windows(2)
        .map(|pair| {
            let (start, end) = (pair[0], pair[1]);
            let style = layers
                .iter()
                .filter(|(layer, _)| layer.start <= start && end <= layer.end)
                .fold(Style::new(), |style, (_, layer_style)| {
                    style.patch(*layer_style)
                });
            Span::styled(text[start..end].to_string(), style)
        })
        .collect();
    Line::from(spans)
}

/// Styled byte ranges touching `range` of `paragraph`, weakest first: later
/// layers paint over earlier ones.
fn style_layers(
    story: &Story,
    paragraph: usize,
    range: &Range<usize>,
    theme: Theme,
) -> Vec<(Range<usize>, Style)> {
    let touches = |start: usize, end: usize| start < range.end && range.start < end;
    // Spans are sorted by start; one that touches the line starts before the
    // line ends and at most the longest span's length before it begins.
    let reach = |longest: usize| range.start.saturating_sub(longest);
    let mut layers = Vec::new();
    let marks = story.marks.get(paragraph).map_or(&[][..], Vec::as_slice);
    let from = marks.partition_point(|m| m.start < reach(story.longest_mark));
    let to = marks.partition_point(|m| m.start < range.end);
    let marks = &marks[from..to.max(from)];
    // Quotes first so that names inside them keep their colour.
    for mark in marks.iter().filter(|m| touches(m.start, m.end)) {
        if let MarkKind::Quote { .. } = mark.kind {
            layers.push((mark.start..mark.end, theme.quotation()));
        }
    }
    for mark in marks.iter().filter(|m| touches(m.start, m.end)) {
        if let MarkKind::Mention { entity } = mark.kind {
            let kind = story.analysis.entities[entity].kind;
            layers.push((mark.start..mark.end, theme.mention(kind)));
        }
    }
    match story.highlight {
        Highlight::Entity { entity, mention } => {
            let kind = story.analysis.entities[entity].kind;
            let spans = &story.mentions[entity];
            let first = near(spans, paragraph, reach(story.longest_mark));
            for (index, span) in spans.iter().enumerate().skip(first) {
                if span.paragraph != paragraph || span.start >= range.end {
                    break;
                }
                if touches(span.start, span.end) {
                    let style = if index == mention {
                        theme.current()
                    } else {
                        theme.selected_entity_mention(kind)
                    };
                    layers.push((span.start..span.end, style));
                }
            }
        }
        Highlight::Quote(quote) => {
            let span = story.analysis.quotes[quote].span;
            if span.paragraph == paragraph && touches(span.start, span.end) {
                layers.push((span.start..span.end, theme.current()));
            }
        }
        Highlight::Nothing => {}
    }
    let matches = &story.search.matches;
    let first = near(matches, paragraph, reach(story.search.longest));
    for (index, span) in matches.iter().enumerate().skip(first) {
        if span.paragraph != paragraph || span.start >= range.end {
            break;
        }
        if touches(span.start, span.end) {
            let style = if story.search.current == Some(index) {
                theme.current()
            } else {
                theme.search_match()
            };
            layers.push((span.start..span.end, style));
        }
    }
    layers
}

/// The first of sorted `spans` in `paragraph` starting at `start` or later.
fn near(spans: &[crate::article::Span], paragraph: usize, start: usize) -> usize {
    spans.partition_point(|s| (s.paragraph, s.start) < (paragraph, start))
}
