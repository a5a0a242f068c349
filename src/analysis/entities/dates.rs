//! Calendar expressions: weekdays, months with or without day and year,
//! years, and full datelines ("Thursday, February 23, 2006") as one mention.

/// Full and abbreviated weekday names: what [`is_weekday`] matches, as a
/// list its test checks it against.
#[cfg(test)]
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon.",
    "Tue.",
    "Tues.",
    "Wed.",
    "Thu.",
    "Thur.",
    "Thurs.",
    "Fri.",
    "Sat.",
    "Sun.",
];

/// Full and abbreviated month names: what [`is_month`] matches.
#[cfg(test)]
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

/// Words before a bare "May" that make it the month, not the verb.
const MONTH_CONTEXT: &[&str] = &[
    "in", "on", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
    "of", "during", "from", "through", "before", "after", "in early", "end",
];

/// Words after a four-digit number that make it a quantity, not a year.
const QUANTITY_WORDS: &[&str] = &[
    "year",
    "years",
    "year-old",
    "years-old",
    "people",
    "persons",
    "km",
    "kilometres",
    "kilometers",
    "metres",
    "meters",
    "meter",
    "metre",
    "miles",
    "mile",
    "feet",
    "foot",
    "square",
    "percent",
    "per",
    "%",
    "units",
    "troops",
    "soldiers",
    "members",
    "students",
    "workers",
    "residents",
    "pilgrims",
    "visitors",
    "copies",
    "votes",
    "tonnes",
    "tons",
    "cars",
    "homes",
    "houses",
    "jobs",
    "hours",
    "minutes",
    "days",
    "euros",
    "dollars",
    "pounds",
    "yuan",
    "kg",
    "times",
    "points",
    "calories",
    "words",
    "pages",
    "acres",
    "hectares",
];

/// Whether a word is a weekday name. Asked of nearly every capitalised
/// word, so the first letter picks the few names worth comparing instead
/// of walking all of [`WEEKDAYS`] (a test keeps the two in step).
fn is_weekday(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b'M') => matches!(word, "Monday" | "Mon."),
        Some(b'T') => matches!(
            word,
            "Tuesday" | "Thursday" | "Tue." | "Tues." | "Thu." | "Thur." | "Thurs."
        ),
        Some(b'W') => matches!(word, "Wednesday" | "Wed."),
        Some(b'F') => matches!(word, "Friday" | "Fri."),
        Some(b'S') => matches!(word, "Saturday" | "Sunday" | "Sat." | "Sun."),
        _ => false,
    }
}

/// Whether a word is a month name, by its first letter as above.
fn is_month(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b'J') => matches!(word, "January" | "June" | "July" | "Jan." | "Jun." | "Jul."),
        Some(b'F') => matches!(word, "February" | "Feb."),
        Some(b'M') => matches!(word, "March" | "May" | "Mar."),
        Some(b'A') => matches!(word, "April" | "August" | "Apr." | "Aug."),
        Some(b'S') => matches!(word, "September" | "Sep." | "Sept."),
        Some(b'O') => matches!(word, "October" | "Oct."),
        Some(b'N') => matches!(word, "November" | "Nov."),
        Some(b'D') => matches!(word, "December" | "Dec."),
        _ => false,
    }
}

fn day_number(word: &str) -> bool {
    // Most words asked start with a letter: no need to walk them.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    matches!(suffix, "" | "st" | "nd" | "rd" | "th")
        && !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn year_number(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2100).contains(&y))
}

/// Every date expression of a paragraph, as token ranges `[start, end)`,
/// into `dates` (cleared first: one buffer serves every paragraph).
pub fn find(words: &[&str], dates: &mut Vec<(usize, usize)>) {
    dates.clear();
    let mut i = 0;
    while i < words.len() {
        if let Some(end) = date_at(words, i) {
            dates.push((i, end));
            i = end;
        } else {
            i += 1;
        }
    }
}

/// The end of the date expression starting at token `i`, if one does.
fn date_at(words: &[&str], i: usize) -> Option<usize> {
    // "Thursday's close", "March's figures": the day or month all the same.
    let word = super::shapes::without_possessive(words[i]);
    if !word
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return None;
    }
    let at = |j: usize| words.get(j).copied().unwrap_or("");
    if is_weekday(word) {
        // "Thursday, February 23, 2006" and "Thursday February 23" are one.
        let month_at = if at(i + 1) == "," { i + 2 } else { i + 1 };
        if is_month(at(month_at))
            && let Some(end) = month_date(words, month_at).filter(|&e| e > month_at + 1)
        {
            return Some(end);
        }
        return Some(i + 1);
    }
    if is_month(word) {
        let end = month_date(words, i)?;
        if end > i + 1 || bare_month_is_a_date(words, i) {
            return Some(end);
        }
        return None;
    }
    if day_number(word) && is_month(at(i + 1)) {
        // "21 July 2017"
        let mut end = i + 2;
        if year_number(at(end)) {
            end += 1;
        }
        return Some(end);
    }
    if year_number(word) && stands_as_year(words, i) {
        return Some(i + 1);
    }
    None
}

/// "July 21, 2017", "July 21", "July 2017" or "July": the end index.
fn month_date(words: &[&str], i: usize) -> Option<usize> {
    let at = |j: usize| words.get(j).copied().unwrap_or("");
    if day_number(at(i + 1)) {
        let mut end = i + 2;
        if at(end) == "," && year_number(at(end + 1)) {
            end += 2;
        } else if year_number(at(end)) {
            end += 1;
        }
        return Some(end);
    }
    if year_number(at(i + 1)) {
        return Some(i + 2);
    }
    Some(i + 1)
}

/// A month alone is a date unless it is the verb "May" or a name's part.
fn bare_month_is_a_date(words: &[&str], i: usize) -> bool {
    if words[i] != "May" && words[i] != "March" {
        return true;
    }
    let before = if i > 0 { words[i - 1] } else { "" };
    MONTH_CONTEXT.contains(&before.to_lowercase().as_str())
}

/// A four-digit number is a year unless money, a count or a measure.
fn stands_as_year(words: &[&str], i: usize) -> bool {
    let before = if i > 0 { words[i - 1] } else { "" };
    if matches!(before, "$" | "£" | "€" | "¥" | "#" | "No." | "number") {
        return false;
    }
    let after = words.get(i + 1).copied().unwrap_or("");
    let after_lower = after.to_lowercase();
    !QUANTITY_WORDS.contains(&after_lower.as_str()) && !after.starts_with('-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::segment::tokenize;

    #[test]
    fn the_quick_calendar_tests_agree_with_the_lists() {
        for word in WEEKDAYS {
            assert!(is_weekday(word) && !is_month(word), "{word}");
        }
        for word in MONTHS {
            assert!(is_month(word) && !is_weekday(word), "{word}");
        }
        for word in [
            "Mayor", "Mon", "Sunday's", "march", "Decem", "Junes", "", "Ma",
        ] {
            assert!(!is_weekday(word) && !is_month(word), "{word}");
        }
    }

    fn dates(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| &text[t.start()..t.end()]).collect();
        let mut found = Vec::new();
        find(&words, &mut found);
        found
            .into_iter()
            .map(|(s, e)| &text[tokens[s].start()..tokens[e - 1].end()])
            .collect()
    }

    #[test]
    fn a_full_dateline_is_one_mention() {
        assert_eq!(
            dates("Thursday, February 23, 2006"),
            ["Thursday, February 23, 2006"]
        );
    }

    #[test]
    fn weekdays_months_and_days() {
        assert_eq!(
            dates("On Friday they met; the August 8 deadline and talks on 3 May 2019 passed."),
            ["Friday", "August 8", "3 May 2019"]
        );
        assert_eq!(
            dates("It began in September 2010 and ended Jan. 5, 2011."),
            ["September 2010", "Jan. 5, 2011"]
        );
    }

    #[test]
    fn years_but_not_counts_or_money() {
        assert_eq!(
            dates("In 1990 some 2000 people paid $1999 for a 2000 year old vase by 2050."),
            ["1990", "2050"]
        );
    }

    #[test]
    fn the_verb_may_is_no_month() {
        assert_eq!(dates("Officials May visit. He left in May."), ["May"]);
    }
}
