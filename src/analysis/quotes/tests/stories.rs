//! Speakers the story settles beyond their own sentence: descriptions that
//! stand for an organisation named before, unsigned documents, cited words.

use super::{entity, pair, run, said};
use crate::analysis::{EntityKind, QuoteKind};

#[test]
fn the_city_is_the_municipality_named_before() {
    let paragraphs = [
        "The Municipality of Kerrow sued the owners of the old mill in 2019.",
        "A judge sided with the Kerrow Angling Club in March.",
        "The city argued, “a ruin on the river is a danger to every child in town.”",
    ];
    let city = entity(
        "e1",
        EntityKind::Organization,
        "Municipality of Kerrow",
        &["Municipality of Kerrow"],
        &paragraphs,
    );
    let club = entity(
        "e2",
        EntityKind::Organization,
        "Kerrow Angling Club",
        &["Kerrow Angling Club"],
        &paragraphs,
    );
    let quotes = run(&paragraphs, &[city, club]);
    assert_eq!(quotes[0].speaker(), Some("e1"));
    assert_eq!(quotes[0].speaker_name(), Some("Municipality of Kerrow"));
    // With no municipality in the story, the description stays as written.
    assert_eq!(
        said(&paragraphs[2..]),
        [pair(
            "a ruin on the river is a danger to every child in town.",
            "The city"
        )]
    );
}

#[test]
fn an_unsigned_statement_speaks_for_the_organisation_in_the_story() {
    let paragraphs = [
        "Harlow Rail cancelled every train on Tuesday.",
        "A leaked letter seen by the Daily Courier says “more cuts will follow in the spring.”",
    ];
    let rail = entity(
        "e1",
        EntityKind::Organization,
        "Harlow Rail",
        &["Harlow Rail"],
        &paragraphs,
    );
    let courier = entity(
        "e2",
        EntityKind::Organization,
        "Daily Courier",
        &["Daily Courier"],
        &paragraphs,
    );
    let quotes = run(&paragraphs, &[rail, courier]);
    assert_eq!(quotes[0].speaker(), Some("e1"));
    // A statement that says whose it is keeps its own words.
    let quotes = run(
        &["A statement from a union of drivers said “the cuts are reckless and wrong.”"],
        &[],
    );
    assert_eq!(
        quotes[0].speaker_name(),
        Some("A statement from a union of drivers")
    );
}

#[test]
fn a_list_of_places_after_a_comma_is_not_the_subject() {
    let paragraphs = [
        "The Kerrow Water Board is to issue permits for farmers from Arna, Bode and Cale who applied in May.",
        "A letter sent on Friday says “every permit must be signed in ink.”",
    ];
    let board = entity(
        "e1",
        EntityKind::Organization,
        "Kerrow Water Board",
        &["Kerrow Water Board"],
        &paragraphs,
    );
    let quotes = run(&paragraphs, &[board]);
    assert_eq!(quotes[0].speaker(), Some("e1"));
}

#[test]
fn an_absolute_clause_recommending_quotes_its_subject() {
    let paragraphs = [
        "The Ministry of Water mailed the forms in May.",
        "Each form must be filled in by hand, the ministry recommending “a black pen and capital letters” throughout.",
    ];
    let ministry = entity(
        "e1",
        EntityKind::Organization,
        "Ministry of Water",
        &["Ministry of Water"],
        &paragraphs,
    );
    let quotes = run(&paragraphs, &[ministry]);
    assert_eq!(quotes[0].speaker(), Some("e1"));
    assert_eq!(quotes[0].cue(), Some("recommending"));
}

#[test]
fn an_unsigned_statement_speaks_for_the_organisation_the_story_is_about() {
    let paragraphs = [
        "Kerrow Rail will close three stations in June.",
        "Kerrow Rail blamed falling ticket sales.",
        "The Drivers Union said it had not been consulted.",
        "A statement seen by reporters says “the closures are final and will not be reviewed.”",
    ];
    let rail = entity(
        "e1",
        EntityKind::Organization,
        "Kerrow Rail",
        &["Kerrow Rail"],
        &paragraphs,
    );
    let union = entity(
        "e2",
        EntityKind::Organization,
        "Drivers Union",
        &["Drivers Union"],
        &paragraphs,
    );
    let quotes = run(&paragraphs, &[rail, union]);
    assert_eq!(quotes[0].speaker(), Some("e1"));
}

#[test]
fn whoever_is_cited_is_the_speaker_not_who_cites() {
    let text = ["At the dinner, Ana Ruiz quoted Winston Churchill: “We shall never surrender.”"];
    assert_eq!(
        said(&text),
        [pair("We shall never surrender.", "Winston Churchill")]
    );
    // Citing with no source named: the words are the citer's choice.
    let text = ["Ana Ruiz cited “grave concerns” about the budget."];
    assert_eq!(said(&text), [pair("grave concerns", "Ana Ruiz")]);
    // A newspaper citing a form's questions is not their author.
    let quotes = run(
        &[
            "The Kerrow Courier cited examples of the new questions, including: “Have you ever lived abroad for more than a year?”",
        ],
        &[],
    );
    assert_eq!(quotes[0].speaker_name(), None);
    assert_eq!(quotes[0].kind, QuoteKind::Quote);
}

#[test]
fn a_pronoun_subject_speaks_through_its_document() {
    let paragraphs = [
        "Kerrow Rail runs the night trains.",
        "Tom Reed drives the last one.",
        "He posted a message saying “the night train will not run on Sunday.”",
    ];
    let rail = entity(
        "e1",
        EntityKind::Organization,
        "Kerrow Rail",
        &["Kerrow Rail"],
        &paragraphs,
    );
    let reed = entity(
        "e2",
        EntityKind::Person,
        "Tom Reed",
        &["Tom Reed"],
        &paragraphs,
    );
    let quotes = run(&paragraphs, &[rail, reed]);
    assert_eq!(quotes[0].speaker(), Some("e2"));
}
