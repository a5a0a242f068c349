//! Quote marks of one paragraph: which characters are quotation marks (and
//! which way they face), which are apostrophes, and how they pair.
//!
//! Pairs are found outermost first: marks inside an open quotation (nested
//! quotes, apostrophes) stay inside it. A mark that cannot be paired is
//! dropped where it stands, so one stray mark never swallows the paragraph.

/// Which family of marks a quotation uses; a quotation closes with its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// “ ” „ and straight ".
    Double,
    /// ‘ ’ and straight '.
    Single,
    /// « ».
    Guillemet,
}

/// One quotation in a paragraph, as byte offsets into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// Where the opening mark starts.
    pub open: usize,
    /// The quoted words: after the opening mark, before the closing one,
    /// without surrounding white space.
    pub inner_start: usize,
    pub inner_end: usize,
    /// Just after the closing mark; the paragraph's end when it never closes.
    pub close_end: usize,
    /// False when the quotation runs on to the end of the paragraph.
    pub closed: bool,
    pub family: Family,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight double quote, which faces either way.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    ch: char,
    family: Family,
    role: Role,
}

/// Words that follow an eliding apostrophe: the ’90s, rock ’n’ roll, ’em.
const ELIDED: &[&str] = &[
    "n", "em", "til", "tis", "twas", "cause", "bout", "round", "s",
];

fn is_elision(rest: &str) -> bool {
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    crate::analysis::lexicon::words::lower_in(&word, ELIDED)
}

/// Characters after which a mark opens a quotation rather than closing one.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':'),
    }
}

/// Where a quote mark may start. Only these bytes can: ' and " and the
/// lead bytes of ‘ ’ “ ” „ (E2) and « » (C2). Most text has none of them
/// for long stretches, so eight bytes are tested at a time.
fn mark_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = ONES << 7;
    // Whether any byte of `x` is zero (exact, no false answers).
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS != 0;
    let may_hold_mark = move |x: u64| {
        [b'"', b'\'', 0xE2, 0xC2]
            .iter()
            .any(|&b| has_zero(x ^ (ONES * u64::from(b))))
    };
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            if let Some(chunk) = bytes.get(pos..pos + 8) {
                let chunk = u64::from_ne_bytes(chunk.try_into().expect("8 bytes"));
                if !may_hold_mark(chunk) {
                    pos += 8;
                    continue;
                }
            }
            let here = pos;
            pos += 1;
            if matches!(bytes[here], b'"' | b'\'' | 0xE2 | 0xC2) {
                return Some(here);
            }
        }
        None
    })
}

/// Classify every quote-like character of `text`; apostrophes are left out.
fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    for pos in mark_starts(text.as_bytes()) {
        let Some(ch) = text[pos..].chars().next() else {
            continue;
        };
        let prev = text[..pos].chars().next_back();
        let rest = &text[pos + ch.len_utf8()..];
        let next = rest.chars().next();
        let mark = |family, role| Mark {
            pos,
            len: ch.len_utf8(),
            ch,
            family,
            role,
        };
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let found = match ch {
            '“' | '„' => Some(mark(Family::Double, Role::Open)),
            '”' => Some(mark(Family::Double, Role::Close)),
            '«' => Some(mark(Family::Guillemet, Role::Open)),
            '»' => Some(mark(Family::Guillemet, Role::Close)),
            // An inch mark after a figure (6'2") is not a quotation mark.
            '"' if prev.is_some_and(|c| c.is_ascii_digit()) && !alnum(next) => None,
            '"' => Some(mark(Family::Double, Role::Either)),
            '‘' | '’' | '\'' => {
                if alnum(prev) && alnum(next) {
                    None // don't, Trump’s
                } else if opens_after(prev) || matches!(prev, Some('"' | '“')) {
                    if alnum(next) && is_elision(rest) {
                        None // the ’90s, ’n’
                    } else if alnum(next) || matches!(next, Some('"' | '“' | '.' | '[')) {
                        Some(mark(Family::Single, Role::Open))
                    } else {
                        None
                    }
                } else if ch != '‘' && !alnum(next) {
                    Some(mark(Family::Single, Role::Close)) // or a plural possessive
                } else {
                    None
                }
            }
            _ => None,
        };
        out.extend(found);
    }
    out
}

/// Whether `close` ends a quotation opened by `open`.
fn closes(open: &Mark, close: &Mark) -> bool {
    match (open.family, open.ch) {
        (Family::Double, '„') => matches!(close.ch, '“' | '”' | '"'),
        (Family::Double, '"') => close.family == Family::Double && close.role != Role::Open,
        (Family::Double, _) => {
            close.family == Family::Double
                && (close.role == Role::Close || (close.role == Role::Either))
        }
        (family, _) => close.family == family && close.role == Role::Close,
    }
}

/// Whether `other`, met inside the quotation `open`, shows that `open` was
/// never closed: a new opening mark of the same kind.
fn reopens(open: &Mark, other: &Mark) -> bool {
    open.family != Family::Single && other.family == open.family && other.role == Role::Open
}

/// The quotations of one paragraph, in order, not overlapping.
pub fn pair(text: &str) -> Vec<Pair> {
    let marks = marks(text);
    // Precomputed so that stray single marks cost O(1) each: the next
    // closing single mark after each mark, and each family's last mark.
    let mut next_single_close = vec![usize::MAX; marks.len()];
    let mut next = usize::MAX;
    for (i, m) in marks.iter().enumerate().rev() {
        next_single_close[i] = next;
        if m.family == Family::Single && m.role == Role::Close {
            next = i;
        }
    }
    let last_of = |family: Family| marks.iter().rposition(|m| m.family == family);
    let last = [
        last_of(Family::Double),
        last_of(Family::Single),
        last_of(Family::Guillemet),
    ];
    let family_index = |f: Family| match f {
        Family::Double => 0,
        Family::Single => 1,
        Family::Guillemet => 2,
    };
    let mut pairs = Vec::new();
    let mut i = 0;
    while i < marks.len() {
        let open = marks[i];
        if open.role == Role::Close {
            i += 1; // a stray closing mark
            continue;
        }
        let found = if open.family == Family::Single {
            Some(next_single_close[i]).filter(|&j| j != usize::MAX)
        } else {
            // Stops at the next mark of the same family: linear overall.
            let mut found = None;
            for (j, other) in marks.iter().enumerate().skip(i + 1) {
                if closes(&open, other) {
                    found = Some(j);
                    break;
                }
                if reopens(&open, other) {
                    break;
                }
            }
            found
        };
        match found {
            Some(j) => {
                let close = marks[j];
                pairs.extend(make_pair(
                    text,
                    &open,
                    close.pos,
                    close.pos + close.len,
                    true,
                ));
                i = j + 1;
            }
            None => {
                let is_last = last[family_index(open.family)] == Some(i);
                if is_last && open.family != Family::Single {
                    pairs.extend(make_pair(text, &open, text.len(), text.len(), false));
                    break;
                }
                i += 1; // stray opening mark, or an apostrophe after all
            }
        }
    }
    pairs
}

fn make_pair(
    text: &str,
    open: &Mark,
    inner_end: usize,
    close_end: usize,
    closed: bool,
) -> Option<Pair> {
    let inner_start = open.pos + open.len;
    let inner = &text[inner_start..inner_end];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    let (start, end) = (inner_start + lead, inner_end - trail);
    (start < end).then_some(Pair {
        open: open.pos,
        inner_start: start,
        inner_end: end,
        close_end,
        closed,
        family: open.family,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_starts_finds_every_candidate_byte() {
        let text = "abcdefg\"h ‘x’ «y» 1234567'“long stretch without any”.";
        for start in 0..10 {
            let bytes = &text.as_bytes()[start..];
            let naive: Vec<usize> = (0..bytes.len())
                .filter(|&i| matches!(bytes[i], b'"' | b'\'' | 0xE2 | 0xC2))
                .collect();
            assert_eq!(mark_starts(bytes).collect::<Vec<_>>(), naive);
        }
    }

    fn quoted(text: &str) -> Vec<&str> {
        pair(text)
            .iter()
            .map(|p| &text[p.inner_start..p.inner_end])
            .collect()
    }

    #[test]
    fn curly_double_quotes_pair() {
        assert_eq!(
            quoted("He called it “useful” and “fair.”"),
            ["useful", "fair."]
        );
    }

    #[test]
    fn straight_double_quotes_pair_by_turns() {
        assert_eq!(
            quoted("She said \"no\" and then, \"maybe later,\" smiling."),
            ["no", "maybe later,"]
        );
        // An opening mark glued to a comma still opens.
        assert_eq!(quoted("he added,\" We will see\"."), ["We will see"]);
    }

    #[test]
    fn guillemets_and_low_quotes_pair() {
        assert_eq!(quoted("Il a dit « non » hier."), ["non"]);
        assert_eq!(quoted("Er sagte „nein“ gestern."), ["nein"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Trump’s aides don't like the ’90s or rock ’n’ roll.").is_empty());
        assert!(quoted("The Ministers’ talks and the teams' plans.").is_empty());
        assert_eq!(
            quoted("He was honored for ‘courage’ and the ’90s."),
            ["courage"]
        );
    }

    #[test]
    fn single_quotes_pair_around_words() {
        assert_eq!(
            quoted("A 'streamlined' process for workers' claims."),
            ["streamlined"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(
            quoted("He said, “They called me the ‘villain’ of the story.”"),
            ["They called me the ‘villain’ of the story."]
        );
        assert_eq!(
            quoted("He said, \"They call it 'events' now.\" Then left."),
            ["They call it 'events' now."]
        );
    }

    #[test]
    fn an_unclosed_quote_at_the_end_runs_to_the_paragraph_end() {
        let text = "Boswell said: “People need help now.";
        let pairs = pair(text);
        assert_eq!(pairs.len(), 1);
        assert!(!pairs[0].closed);
        assert_eq!(
            &text[pairs[0].inner_start..pairs[0].inner_end],
            "People need help now."
        );
    }

    #[test]
    fn a_stray_mark_is_dropped_locally() {
        // The first opening mark never closes; the later quote still pairs.
        assert_eq!(
            quoted("A “stray mark, then “real words” here."),
            ["real words"]
        );
        // A stray closing mark is ignored.
        assert_eq!(quoted("Oops” then “fine” here."), ["fine"]);
        assert!(quoted("He is 6'2\" tall.").is_empty());
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for text in ["", "“", "”", "\"", "'", "‘’", "“”", "é“ü”ß", "«»«", "„"]
        {
            let _ = pair(text);
        }
    }
}
