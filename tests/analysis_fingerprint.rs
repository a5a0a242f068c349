//! The analysis fingerprint that salts every cached analysis's key is
//! derived from the files under src/analysis/ (build.rs), code and data
//! alike: this build's is those files' fingerprint, and changing any of
//! them, a word in the lexicon or a byte of the learned weights, changes it.

#[path = "../build/analysis_fingerprint.rs"]
mod analysis_fingerprint;

use analysis_fingerprint::fingerprint;
use byline::index::cache::ANALYSIS_FINGERPRINT;
use std::path::{Path, PathBuf};

fn analysis_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis")
}

/// A copy of `from` (a tree of files) at `to`.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn this_builds_fingerprint_is_that_of_the_analysis_sources() {
    assert_eq!(fingerprint(&analysis_dir()).unwrap(), ANALYSIS_FINGERPRINT);
}

#[test]
fn any_change_to_the_analysis_code_or_data_changes_the_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("analysis");
    copy_tree(&analysis_dir(), &copy);
    let original = fingerprint(&copy).unwrap();
    assert_eq!(original, ANALYSIS_FINGERPRINT, "a copy has the same one");

    let mut seen = vec![original];
    let mut changed = |what: &str, edit: &dyn Fn(&Path)| {
        edit(&copy);
        let now = fingerprint(&copy).unwrap();
        assert!(
            !seen.contains(&now),
            "{what} left the fingerprint as it was"
        );
        seen.push(now);
    };
    changed("a word added to the lexicon", &|root| {
        let path = root.join("lexicon/lexicon.txt");
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("\n[titles]\nHarbourmaster\n");
        std::fs::write(path, text).unwrap();
    });
    changed("a byte of the learned weights", &|root| {
        let path = root.join("lexicon/kind_weights.bin");
        let mut bytes = std::fs::read(&path).unwrap();
        bytes[0] ^= 1;
        std::fs::write(path, bytes).unwrap();
    });
    changed("a line of code", &|root| {
        let path = root.join("segment/mod.rs");
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("\n// a change\n");
        std::fs::write(path, text).unwrap();
    });
    changed("a new file", &|root| {
        std::fs::write(root.join("lexicon/new_list.txt"), "Ada\n").unwrap();
    });
    // An editor's hidden swap file is not part of the analysis.
    std::fs::write(copy.join("segment/.mod.rs.swp"), "junk").unwrap();
    assert_eq!(&fingerprint(&copy).unwrap(), seen.last().unwrap());
}
