//! The `?` overlay: every key (from the key map's own table) and the colour
//! legend of the article, wrapped to the terminal: meanings wrap beside
//! their keys, or under them when the terminal is too narrow for both.

use super::overlay::{self, centred, heading_and_text, inner_width};
use crate::analysis::EntityKind;
use crate::ui::keymap::KEY_HELP;
use crate::ui::theme::Theme;
use crate::ui::wrap::wrap_text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// Meanings narrower than this go under their keys instead of beside them.
const MEANING_MIN: usize = 24;

fn key_width() -> usize {
    KEY_HELP
        .iter()
        .map(|(keys, _)| keys.width())
        .max()
        .unwrap_or(0)
}

/// The widest the help's content gets (every row on one line).
fn natural_width() -> usize {
    let keys = KEY_HELP
        .iter()
        .map(|(_, meaning)| meaning.width())
        .max()
        .unwrap_or(0);
    key_width() + 2 + keys
}

/// Where the overlay goes on `area`, and its inside.
fn popup(area: Rect) -> (Rect, usize) {
    let width = area.width.min(natural_width() as u16 + 2);
    let inner = inner_width(Rect::new(0, 0, width, 1));
    let height = lines(inner, Theme::COLOR).len() as u16 + 2;
    (centred(area, width, height), inner)
}

/// Lines of the help's content on a terminal of `area`: keys, a gap, the
/// colour legend.
pub fn help_rows(area: Rect) -> usize {
    let (_, inner_width) = popup(area);
    lines(inner_width, Theme::COLOR).len()
}

/// The help's content wrapped to `width` columns.
fn lines(width: usize, theme: Theme) -> Vec<Line<'static>> {
    let keys_width = key_width();
    let beside = width >= keys_width + 2 + MEANING_MIN;
    let mut lines = Vec::new();
    for (keys, meaning) in KEY_HELP {
        if beside {
            let meaning_width = width - keys_width - 2;
            for (i, range) in wrap_text(meaning, meaning_width).into_iter().enumerate() {
                let lead = if i == 0 { *keys } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!("{lead:<keys_width$}  "), theme.title()),
                    Span::raw(meaning[range].to_string()),
                ]));
            }
        } else {
            lines.extend(heading_and_text(keys, meaning, width, theme));
        }
    }
    lines.push(Line::raw(""));
    let mut legend = vec![Span::raw("Colours:")];
    for kind in EntityKind::ALL {
        legend.push(Span::styled(kind.plural(), theme.mention(kind)));
    }
    legend.push(Span::styled("“quotes”", theme.quotation()));
    lines.extend(pack_words(legend, width));
    lines
}

/// Styled words laid out in lines of at most `width`, one space apart.
fn pack_words(words: Vec<Span<'static>>, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for word in words {
        let w = word.content.width();
        if !line.is_empty() && used + 1 + w > width {
            lines.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        }
        if !line.is_empty() {
            line.push(Span::raw(" "));
            used += 1;
        }
        used += w;
        line.push(word);
    }
    lines.push(Line::from(line));
    lines
}

pub fn render(area: Rect, scroll: usize, theme: Theme, buf: &mut Buffer) {
    let (popup, inner_width) = popup(area);
    let lines = lines(inner_width, theme);
    let title = if popup.height < lines.len() as u16 + 2 {
        " Keys · j/k scroll · Esc or ? closes "
    } else {
        " Keys · Esc or ? closes "
    };
    overlay::render(popup, title, lines, scroll, theme, buf);
}
