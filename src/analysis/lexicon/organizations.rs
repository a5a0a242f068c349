//! Well-known organisations whose names do not say what they are
//! ("Goldman Sachs", "Reuters", "Arsenal", "Environment Canada"), from
//! `organizations.txt` (written by hand) and `companies.txt` (companies on
//! stock indices, generated): parsed once, looked up by a name's words.

use super::fasthash::FastSet;
use crate::analysis::entities::shapes::without_possessive;
use crate::analysis::segment::tokenize;
use std::sync::LazyLock;

static SOURCES: [&str; 2] = [
    include_str!("organizations.txt"),
    include_str!("companies.txt"),
];

struct Organizations {
    /// Each name's words joined by single spaces, the last without a
    /// possessive ("McDonald's" is looked up as the scanner sees it).
    names: FastSet<String>,
    /// The first word of every name: most runs are ruled out by it
    /// without joining their words.
    first_words: FastSet<String>,
}

static ORGANIZATIONS: LazyLock<Organizations> = LazyLock::new(|| {
    let mut organizations = Organizations {
        names: FastSet::default(),
        first_words: FastSet::default(),
    };
    for line in SOURCES
        .iter()
        .flat_map(|source| source.lines())
        .map(str::trim)
    {
        if line.is_empty() || line.starts_with(['#', '[']) {
            continue;
        }
        let mut words: Vec<&str> = tokenize(line)
            .iter()
            .map(|t| &line[t.start()..t.end()])
            .collect();
        if let Some(last) = words.last_mut() {
            *last = without_possessive(last);
        }
        organizations.first_words.insert(words[0].to_string());
        organizations.names.insert(words.join(" "));
    }
    organizations
});

/// Whether `words` (a name's tokens, the last without a possessive) are
/// exactly a well-known organisation's name.
pub fn is_known_organization(words: &[&str]) -> bool {
    let organizations = &*ORGANIZATIONS;
    let Some(first) = words.first() else {
        return false;
    };
    if !organizations.first_words.contains(*first) {
        return false;
    }
    organizations.names.contains(&words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_names_are_known_and_parts_are_not() {
        assert!(is_known_organization(&["Goldman", "Sachs"]));
        assert!(is_known_organization(&["Reuters"]));
        assert!(is_known_organization(&["Environment", "Canada"]));
        // From the listed companies.
        assert!(is_known_organization(&["Eli", "Lilly"]));
        assert!(is_known_organization(&["Home", "Depot"]));
        assert!(!is_known_organization(&["Goldman"]));
        assert!(!is_known_organization(&["Sachs", "Goldman"]));
        assert!(!is_known_organization(&[]));
    }

    #[test]
    fn possessives_and_initials_are_read_as_the_scanner_reads_them() {
        let words = |name: &str| -> Vec<String> {
            tokenize(name)
                .iter()
                .map(|t| name[t.start()..t.end()].to_string())
                .collect()
        };
        for name in ["J.P. Morgan", "McDonald's", "AT&T"] {
            let mut owned = words(name);
            let last = owned.len() - 1;
            owned[last] = without_possessive(&owned[last]).to_string();
            let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
            assert!(is_known_organization(&refs), "{name}: {refs:?}");
        }
    }
}
