//! Regnal numbers: "Tsar Ivo I of Velmora", "Pope Lin I, bishop of Rome".
//! The numeral "I" is written like the pronoun, which is never part of a
//! name, so it is no name word by its shape; after a capitalised word
//! inside a sentence and before "of" or punctuation, where the pronoun
//! never stands ("Tom I, ..." is not English), it is the ruler's number.

/// Marks as capitalised each "I" of `words` that is a regnal number.
/// `sentence_start` marks the first word of each sentence.
pub(super) fn mark_regnal_numbers(
    words: &[&str],
    capitalised: &mut [bool],
    sentence_start: &[bool],
) {
    for i in 1..words.len() {
        if words[i] != "I" || !capitalised[i - 1] || sentence_start[i - 1] {
            continue;
        }
        let next = words.get(i + 1).copied().unwrap_or("");
        if matches!(next, "" | "of" | "," | ";" | ")" | "'s" | "’s") {
            capitalised[i] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::mark_regnal_numbers;

    fn marked(words: &[&str], starts: &[usize]) -> Vec<bool> {
        let mut capitalised: Vec<bool> = words
            .iter()
            .map(|w| w.starts_with(char::is_uppercase) && *w != "I")
            .collect();
        let mut sentence_start = vec![false; words.len()];
        for &s in starts {
            sentence_start[s] = true;
        }
        mark_regnal_numbers(words, &mut capitalised, &sentence_start);
        capitalised
    }

    #[test]
    fn the_numeral_after_a_name_before_of_or_a_comma() {
        let words = ["under", "Tsar", "Ivo", "I", ",", "and", "then"];
        assert!(marked(&words, &[0])[3]);
        let words = ["Ivo", "I", "of", "Velmora", "ruled"];
        assert!(!marked(&words, &[0])[1], "a sentence's first word");
        let words = ["then", "Ivo", "I", "met", "him"];
        assert!(!marked(&words, &[0])[2], "a verb after it: the pronoun");
    }
}
