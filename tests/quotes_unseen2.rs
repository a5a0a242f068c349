//! Speakers on news the rules were not written for, second part: each test
//! is one class of error seen on unseen stories, in sentences we invented.

mod quotes_support;

use quotes_support::speaker_of;

#[test]
fn called_with_an_object_is_the_callers_word() {
    // A participle takes no object: "called the report a “…”" is someone
    // calling it so, even after a lowercase subject.
    let story = [
        "Vale's campaign called the paper's report a “rush to judgment,” as votes were still out.",
    ];
    assert_eq!(
        speaker_of(&story, "rush to judgment").as_deref(),
        Some("Vale")
    );
    let story =
        ["Governor Tom Vale in his first speech called the new inspectors “thieves” and left."];
    assert_eq!(speaker_of(&story, "thieves").as_deref(), Some("Tom Vale"));
    // With nothing between, "called" still names: a title, no one's words.
    let story = ["Nora Lind took a class called “Perception” at the college."];
    assert_eq!(speaker_of(&story, "Perception"), None);
}

#[test]
fn a_perfect_naming_verb_has_a_namer() {
    let story = ["The towns are fighting in what one local activist has dubbed “the harbor war.”"];
    assert_eq!(
        speaker_of(&story, "the harbor war").as_deref(),
        Some("one local activist")
    );
    // Passive, it only names.
    let story = ["The dispute, which was dubbed “the harbor war,” ended in May."];
    assert_eq!(speaker_of(&story, "the harbor war"), None);
}
