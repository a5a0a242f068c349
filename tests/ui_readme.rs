//! The keys are documented alike in the README's key table, the `?` help
//! (tests/ui_small.rs checks every row shows there whole) and `--help`.

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

#[test]
fn help_flag_lists_every_key_and_the_color_option() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("--help")
        .output()
        .expect("byline runs");
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for (keys, meaning) in KEY_HELP {
        let row = help
            .lines()
            .find(|line| line.trim_start().starts_with(&format!("{keys}  ")))
            .unwrap_or_else(|| panic!("--help lacks {keys:?}:\n{help}"));
        assert!(row.ends_with(meaning), "{row:?} should say {meaning:?}");
    }
    assert!(help.contains("--color <WHEN>"), "{help}");
    assert!(help.contains("NO_COLOR"), "{help}");
}
