//! OPML 2.0, the format every feed reader imports and exports: a list of
//! `<outline xmlUrl=… title=…>` elements, possibly nested in categories.

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

/// One subscription read from another reader's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outline {
    pub url: String,
    pub title: String,
}

/// Every outline with a feed URL, in document order (categories flattened).
pub fn parse(text: &str) -> Result<Vec<Outline>, String> {
    let mut reader = Reader::from_str(text);
    let mut outlines = Vec::new();
    let mut saw_opml = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(element)) | Ok(Event::Empty(element)) => {
                let name = element.local_name();
                if name.as_ref().eq_ignore_ascii_case("opml") {
                    saw_opml = true;
                } else if name.as_ref().eq_ignore_ascii_case("outline")
                    && let Some(outline) = outline_of(&element)
                {
                    outlines.push(outline);
                }
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(err) => {
                return Err(format!(
                    "malformed OPML at byte {}: {err}",
                    reader.buffer_position()
                ));
            }
        }
    }
    if !saw_opml {
        return Err("not an OPML file (no <opml> element)".to_string());
    }
    Ok(outlines)
}

fn outline_of(element: &BytesStart) -> Option<Outline> {
    let mut url = None;
    let mut title = None;
    let mut text = None;
    for attribute in element.attributes().flatten() {
        let value = attribute
            .normalized_value(XmlVersion::Implicit1_0)
            .ok()?
            .trim()
            .to_string();
        match attribute
            .key
            .local_name()
            .as_ref()
            .to_ascii_lowercase()
            .as_str()
        {
            "xmlurl" => url = Some(value),
            "title" => title = Some(value),
            "text" => text = Some(value),
            _ => {}
        }
    }
    let url = url.filter(|u| !u.is_empty())?;
    let title = title.filter(|t| !t.is_empty()).or(text).unwrap_or_default();
    Some(Outline { url, title })
}

/// An OPML 2.0 document listing `feeds` as (title, feed URL, site URL).
pub fn write(feeds: &[(String, String, Option<String>)]) -> String {
    use quick_xml::escape::escape;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>Byline subscriptions</title>\n  </head>\n  <body>\n",
    );
    for (title, url, site) in feeds {
        let title = escape(title.as_str());
        out.push_str(&format!(
            "    <outline type=\"rss\" text=\"{title}\" title=\"{title}\" xmlUrl=\"{}\"",
            escape(url.as_str())
        ));
        if let Some(site) = site {
            out.push_str(&format!(" htmlUrl=\"{}\"", escape(site.as_str())));
        }
        out.push_str("/>\n");
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_outlines_are_flattened_and_escaped_text_read() {
        let doc = r#"<?xml version="1.0"?><opml version="2.0"><body>
            <outline text="News"><outline text="Harbour &amp; Coast" xmlUrl="http://a.test/feed"/></outline>
            <outline title="Second" text="ignored" xmlurl="http://b.test/rss"/>
            <outline text="No feed here"/></body></opml>"#;
        let outlines = parse(doc).unwrap();
        assert_eq!(
            outlines,
            [
                Outline {
                    url: "http://a.test/feed".into(),
                    title: "Harbour & Coast".into()
                },
                Outline {
                    url: "http://b.test/rss".into(),
                    title: "Second".into()
                },
            ]
        );
    }

    #[test]
    fn written_opml_reads_back() {
        let feeds = vec![(
            "A <b> & \"c\"".to_string(),
            "http://a.test/feed?x=1&y=2".to_string(),
            Some("http://a.test/".to_string()),
        )];
        let back = parse(&write(&feeds)).unwrap();
        assert_eq!(back[0].title, feeds[0].0);
        assert_eq!(back[0].url, feeds[0].1);
    }

    #[test]
    fn not_opml_is_said() {
        assert!(parse("<rss></rss>").unwrap_err().contains("not an OPML"));
        assert!(parse("<opml><body></outline></body></opml>").is_err());
    }
}
