//! Text cut to a number of terminal columns, with an ellipsis where it was
//! cut, so that a reader always knows there is more.

use std::borrow::Cow;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` in at most `width` columns: whole when it fits, else cut and
/// ended with "…".
pub fn ellipsize(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let mut cut = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        cut.push(ch);
        used += w;
    }
    let kept = cut.trim_end().len();
    cut.truncate(kept);
    cut.push('…');
    Cow::Owned(cut)
}

/// "1 article", "2 articles".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_fits_is_left_alone() {
        assert_eq!(ellipsize("Lisbon", 6), "Lisbon");
    }

    #[test]
    fn cut_text_ends_in_an_ellipsis_within_the_width() {
        assert_eq!(ellipsize("Harbor council approves", 10), "Harbor co…");
        assert_eq!(ellipsize("Harbor council", 8), "Harbor…");
        assert_eq!(ellipsize("你好世界", 5), "你好…");
        assert_eq!(ellipsize("abc", 1), "…");
        assert_eq!(ellipsize("abc", 0), "");
    }

    #[test]
    fn one_is_singular() {
        assert_eq!(count(1, "article", "articles"), "1 article");
        assert_eq!(count(0, "article", "articles"), "0 articles");
    }
}
