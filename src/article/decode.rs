//! Bytes to text: which encoding a file is in, and its line endings.
//!
//! UTF-8 first (most files). A byte-order mark names UTF-8 or UTF-16. An
//! HTML page may declare its charset (`<meta charset>`, found by the HTML
//! standard's prescan of the first 1024 bytes). Anything else that is not
//! UTF-8 is read as Windows-1252, the superset of Latin-1 that browsers use
//! for it, unless it is full of control bytes: then it is binary, not text.
//! Line endings come out as `\n`: CRLF and a lone CR alike.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Text and the name of the encoding it was read in ("UTF-8", "windows-1252").
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// How far into a page the HTML standard looks for a `<meta charset>`.
const PRESCAN_BYTES: usize = 1024;

/// `bytes` as text. Taken by value: UTF-8 (nearly every file) becomes the
/// text without a copy, so a big file is not held twice.
pub fn decode(bytes: Vec<u8>, is_html: bool) -> Result<Decoded, String> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(&bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        if had_errors && encoding != UTF_8 {
            return Err(format!("not valid {} text", encoding.name()));
        }
        return finish(text.into_owned(), encoding, bytes[bom_length..].is_empty());
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(format!("binary data, not text (NUL byte at offset {at})"));
    }
    let (bytes, utf8_error) = match String::from_utf8(bytes) {
        Ok(text) => return finish(text, UTF_8, false),
        Err(err) => {
            let error = err.utf8_error();
            (err.into_bytes(), error)
        }
    };
    let declared = is_html.then(|| declared_charset(&bytes)).flatten();
    let encoding = declared.unwrap_or(WINDOWS_1252);
    if declared.is_none() && control_bytes(&bytes) * 100 > bytes.len() {
        return Err(format!(
            "not valid UTF-8 text (bad byte at offset {}), and too many control bytes to be Windows-1252",
            utf8_error.valid_up_to()
        ));
    }
    let (text, _, _) = encoding.decode(&bytes);
    finish(text.into_owned(), encoding, false)
}

fn finish(text: String, encoding: &'static Encoding, empty: bool) -> Result<Decoded, String> {
    if empty || text.chars().all(char::is_whitespace) {
        return Err("empty file".to_string());
    }
    let text = if text.contains('\r') {
        unix_line_endings(text)
    } else {
        text
    };
    Ok(Decoded {
        text,
        encoding: encoding.name(),
    })
}

/// CRLF and lone CR as LF, in place (the text only shrinks).
fn unix_line_endings(text: String) -> String {
    let mut bytes = text.into_bytes();
    let mut kept = 0;
    for i in 0..bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => continue,
            b'\r' => bytes[kept] = b'\n',
            byte => bytes[kept] = byte,
        }
        kept += 1;
    }
    bytes.truncate(kept);
    String::from_utf8(bytes).expect("only ASCII bytes were changed")
}

/// Bytes that no text file holds (C0 controls but tab, line feed, form
/// feed, carriage return and escape; DEL).
fn control_bytes(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .filter(|&&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | 0x1b)) || b == 0x7f
        })
        .count()
}

/// The encoding a page declares in its first 1024 bytes: `<meta charset=x>`
/// or `<meta http-equiv="Content-Type" content="text/html; charset=x">`. A
/// declared UTF-16 means UTF-8, as in browsers (the bytes were not UTF-16).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta").map(|i| from + i) {
        let end = lower[at..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |i| at + i);
        if let Some(label) = charset_in(&lower[at..end]) {
            let encoding = Encoding::for_label(label)?;
            return Some(if encoding.name().starts_with("UTF-16") {
                UTF_8
            } else {
                encoding.output_encoding()
            });
        }
        from = end;
    }
    None
}

/// The value after `charset=` in a (lower-cased) meta tag.
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")? + "charset".len();
    let rest = &tag[at..];
    let rest = &rest[rest.iter().position(|&b| !b.is_ascii_whitespace())?..];
    let rest = rest.strip_prefix(b"=")?;
    let rest = &rest[rest.iter().position(|&b| !b.is_ascii_whitespace())?..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b';' | b'/' | b'>'))
        .unwrap_or(rest.len());
    Some(&rest[..end]).filter(|label| !label.is_empty())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_taken_as_it_is() {
        let decoded = decode("Zoë\r\nsaid\rno.".into(), false).unwrap();
        assert_eq!(decoded.text, "Zoë\nsaid\nno.");
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn latin1_text_is_read_as_windows_1252() {
        let decoded = decode(b"Zo\xeb M\xfcller said \x93no\x94.".to_vec(), false).unwrap();
        assert_eq!(decoded.text, "Zoë Müller said “no”.");
        assert_eq!(decoded.encoding, "windows-1252");
    }

    #[test]
    fn a_byte_order_mark_names_the_encoding() {
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend("Café".encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(utf16, false).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            ("Café", "UTF-16LE")
        );
        let decoded = decode(b"\xef\xbb\xbfCaf\xc3\xa9".to_vec(), false).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), ("Café", "UTF-8"));
    }

    #[test]
    fn html_declares_its_charset() {
        let page = b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-7'></head><body>\xc1\xe8\xde\xed\xe1</body>";
        let decoded = decode(page.to_vec(), true).unwrap();
        assert!(decoded.text.contains("Αθήνα"), "{}", decoded.text);
        assert_eq!(decoded.encoding, "ISO-8859-7");
        let page = b"<meta charset=\"shift_jis\"><p>\x93\x8c\x8b\x9e</p>";
        let decoded = decode(page.to_vec(), true).unwrap();
        assert!(decoded.text.contains("東京"), "{}", decoded.text);
        assert_eq!(decoded.encoding, "Shift_JIS");
    }

    #[test]
    fn binary_is_not_text() {
        let err = decode(b"\x01\x02\x03\x04\xff\x05".to_vec(), false).unwrap_err();
        assert!(
            err.starts_with("not valid UTF-8 text (bad byte at offset 4)"),
            "{err}"
        );
        let err = decode(b"ab\0c".to_vec(), false).unwrap_err();
        assert!(err.contains("NUL byte at offset 2"), "{err}");
        assert_eq!(decode(b" \n\t".to_vec(), false).unwrap_err(), "empty file");
        assert_eq!(
            decode(b"\xef\xbb\xbf".to_vec(), false).unwrap_err(),
            "empty file"
        );
    }
}
