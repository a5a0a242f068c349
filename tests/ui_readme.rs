//! The README's key table lists every key the reader knows.

use byline::ui::keymap::KEY_HELP;

#[test]
fn the_readme_documents_every_key() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md at the crate root");
    let keys_section = readme
        .split("## Keys")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Keys section");
    for (keys, _) in KEY_HELP {
        let row = format!("\n| {keys} |");
        assert!(
            keys_section.contains(&row),
            "README's key table lacks {keys:?}"
        );
    }
}
