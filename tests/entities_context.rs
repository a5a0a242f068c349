//! Entity kinds that only the words around a name settle: datelines in
//! capitals, "the village of", "said" before a name, an appositive role, a
//! party after a state. Names and sentences invented for these tests.

use byline::analysis::{EntityKind, analyze};
use byline::article::Article;

/// Every row as "kind name xN", in the sidebar's order.
fn rows(paragraphs: &[&str]) -> Vec<String> {
    let article = Article::from_paragraphs("test", paragraphs);
    analyze(&article)
        .entities
        .iter()
        .map(|e| format!("{:?} {} x{}", e.kind, e.name, e.mentions.len()))
        .collect()
}

fn assert_row(paragraphs: &[&str], row: &str) {
    let all = rows(paragraphs);
    assert!(
        all.iter().any(|r| r == row),
        "expected {row:?} among {all:#?}"
    );
}

#[test]
fn a_dateline_in_capitals_is_the_town_the_story_names_again() {
    let story = [
        "VARNEKA, Peru - Floods cut the road to Varneka on Monday.",
        "Rescuers reached homes near Varneka by boat.",
    ];
    assert_row(&story, "Place Varneka x3");
    assert!(!rows(&story).iter().any(|r| r.contains("VARNEKA")));
}

#[test]
fn the_village_of_a_name_is_a_place() {
    let story = [
        "A landslide buried the road above the village of Oskuvar on Tuesday.",
        "Oskuvar has no power, and its school is closed.",
    ];
    assert_row(&story, "Place Oskuvar x2");
}

#[test]
fn a_name_used_as_often_with_in_or_near_as_without_is_a_place() {
    let story = [
        "Floods hit Drelmont on Monday.",
        "Rescuers reached homes near Drelmont by boat.",
    ];
    assert_row(&story, "Place Drelmont x2");
}

#[test]
fn said_before_a_name_or_who_after_it_makes_a_person() {
    assert_row(
        &["“We will rebuild,” said Ilvaro Tenzig, who runs the ferry."],
        "Person Ilvaro Tenzig x1",
    );
    assert_row(
        &["Ilvaro Tenzig, who runs the ferry, called the plan late."],
        "Person Ilvaro Tenzig x1",
    );
}

#[test]
fn a_role_after_a_describing_word_makes_a_person() {
    assert_row(
        &["Merun Kastavi, the elected chair of the valley board, asked for more boats."],
        "Person Merun Kastavi x1",
    );
}

#[test]
fn a_party_after_a_state_is_not_a_persons_name() {
    let story = ["The bill's author, Sen. Alma Rusk, the Vermont Democrat, spoke first."];
    let all = rows(&story);
    assert_row(&story, "Place Vermont x1");
    assert!(
        !all.iter().any(|r| r.contains("Democrat")),
        "no row for the party: {all:#?}"
    );
    assert!(
        all.iter()
            .any(|r| r.starts_with(&format!("{:?} Alma Rusk", EntityKind::Person)))
    );
}

#[test]
fn a_word_after_a_or_an_describes_and_names_no_one() {
    // "Roman" and "Victor" are given names too; here they describe.
    let story = ["The ferry passed a Roman fort and a Victor class submarine."];
    let all = rows(&story);
    assert!(
        !all.iter()
            .any(|r| r.contains("Roman") || r.contains("Victor")),
        "no row for a describing word: {all:#?}"
    );
}

#[test]
fn a_venue_word_with_its_initials_introduced_is_a_body() {
    let story = [
        "Boats were sent by the Coastal Rescue Centre (CRC) at dawn.",
        "The CRC said six people were missing.",
    ];
    assert_row(&story, "Organization Coastal Rescue Centre x3");
    // Without initials, a centre is a place.
    assert_row(
        &["Families sheltered in the Marlow Sports Centre overnight."],
        "Place Marlow Sports Centre x1",
    );
}

#[test]
fn a_plural_possessive_inside_a_name_keeps_it_whole() {
    assert_row(
        &["The Tallow Bay Fishers’ Cooperative asked for a seat on the board."],
        "Organization Tallow Bay Fishers’ Cooperative x1",
    );
    assert_row(
        &["The Kelso Tenants' Association met on Monday."],
        "Organization Kelso Tenants' Association x1",
    );
}

#[test]
fn the_word_after_a_datelines_dash_opens_the_story() {
    // "Navy" after the dash is the story's first word, not a name; the
    // story writes it in lower case later.
    let story = [
        "KORVAL, Peru - Navy divers searched the harbour on Friday.",
        "The navy's divers found nothing.",
    ];
    let all = rows(&story);
    assert!(
        !all.iter().any(|r| r.ends_with("Navy x1")),
        "no row for the opener: {all:#?}"
    );
}

#[test]
fn a_word_the_story_writes_in_lower_case_with_a_possessive_is_common() {
    let story = ["On Friday, Navy divers searched the bay. The navy's boats came back empty."];
    let all = rows(&story);
    assert!(
        !all.iter().any(|r| r.contains("Navy")),
        "no row for a common word: {all:#?}"
    );
}
