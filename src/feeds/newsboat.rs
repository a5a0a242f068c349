//! newsboat's `urls` file: one feed per line, a URL then tags; a tag
//! starting with `~` renames the feed; `#` starts a comment. Query feeds
//! and `exec:` / `filter:` sources are newsboat's own and are skipped.

use super::opml::Outline;

/// The subscriptions of a `urls` file, and the lines passed over (with why).
pub fn parse(text: &str) -> (Vec<Outline>, Vec<String>) {
    let mut outlines = Vec::new();
    let mut skipped = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words = split_quoted(line);
        let Some(url) = words.first() else { continue };
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            skipped.push(format!("{url}: not an http or https feed"));
            continue;
        }
        let title = words
            .iter()
            .skip(1)
            .find_map(|tag| tag.strip_prefix('~'))
            .unwrap_or("")
            .to_string();
        outlines.push(Outline {
            url: url.clone(),
            title,
        });
    }
    (outlines, skipped)
}

/// Words separated by spaces, where "double quotes" hold spaces.
fn split_quoted(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_tags_renames_and_skips() {
        let (outlines, skipped) = parse(
            "# mine\nhttp://a.test/feed news \"~Harbour Daily\"\n\n\"query:unread:unread = \\\"yes\\\"\"\nexec:~/bin/feed\nhttps://b.test/rss\n",
        );
        assert_eq!(outlines.len(), 2);
        assert_eq!(outlines[0].title, "Harbour Daily");
        assert_eq!(outlines[1].url, "https://b.test/rss");
        assert_eq!(outlines[1].title, "");
        assert_eq!(skipped.len(), 2);
    }
}
