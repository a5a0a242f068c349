//! Words that address someone without naming them: "my Lords", "Your
//! Honour", "Mr. Chief Justice", "Madam Speaker". A court or a chamber
//! speaks so all the time; none of it is a person's name.

use super::Mention;
use super::titles;
use crate::analysis::lexicon::{self, fasthash::FastSet};
use crate::analysis::segment::Document;
use std::sync::LazyLock;

static FORMS_OF_ADDRESS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| lexicon::set("forms of address"));

/// Honorifics before an office held, in speech: "Mr. Chief Justice".
const HONORIFICS: &[&str] = &["Mr.", "Mr", "Mister", "Madam", "Madame", "Mrs.", "Ms."];

/// Drops the mentions that only address someone. `mentions` are one
/// story's, before any kind is settled from the whole story.
pub(super) fn drop_forms_of_address(mentions: &mut Vec<Mention<'_>>, doc: &Document) {
    mentions.retain(|m| {
        let text = doc.text(m.paragraph as usize);
        !(addressed_by_possessive(m, text) || office_addressed(m, text))
    });
}

/// "my Lords", "Your Honour": a form of address after "my" or "your",
/// whether the name finder left the capitalised "Your" out or took it in
/// ("So, Your Honor, ...": one run of two capitalised words).
fn addressed_by_possessive(m: &Mention<'_>, text: &str) -> bool {
    if let Some((owner, form)) = m.text.split_once(' ')
        && matches!(owner, "My" | "Your")
        && FORMS_OF_ADDRESS.contains(form)
    {
        return true;
    }
    let before = text[..m.start()].trim_end();
    let word_before = before.rsplit(char::is_whitespace).next().unwrap_or("");
    matches!(word_before, "my" | "My" | "your" | "Your") && FORMS_OF_ADDRESS.contains(m.text)
}

/// "Mr. Chief Justice": an honorific, then the words of an office, which
/// the name finder took for "Mr." and a surname.
fn office_addressed(m: &Mention<'_>, text: &str) -> bool {
    if !m.title.is_some_and(|t| HONORIFICS.contains(&t)) {
        return false;
    }
    let mut words: Vec<&str> = m.word_iter().collect();
    let named = words.len();
    words.extend(
        text[m.end()..]
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | ';'))
            .filter(|w| !w.is_empty())
            .take(3),
    );
    titles::capitalised_title(&words).is_some_and(|len| len > named)
}
