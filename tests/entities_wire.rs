//! Entities in wire news: sports results, company briefs, agency reports.
//! Each test is on sentences we invented (no corpus text) and fails
//! without the knowledge or rule that fixes its class.

mod entities_support;
use byline::analysis::EntityKind::{Organization, Place};
use entities_support::{assert_kinds, entities, rows, rows_named};

#[test]
fn english_counties_are_places_never_people() {
    assert_kinds(
        &[
            "Floods closed roads across Lincolnshire and Shropshire on Monday, and Hertfordshire braced for more rain.",
        ],
        &[
            ("Lincolnshire", Place),
            ("Shropshire", Place),
            ("Hertfordshire", Place),
        ],
    );
}

#[test]
fn a_place_that_plays_once_is_the_club_in_the_whole_story() {
    let paragraphs = [
        "Hampshire beat Sussex by six wickets on Saturday to go top of the table.",
        "Sussex had resisted for most of the morning before lunch.",
        "Their rivals Dorset, Cornwall and Sussex all lost ground.",
    ];
    assert_kinds(
        &paragraphs,
        &[
            ("Hampshire", Organization),
            ("Sussex", Organization),
            ("Dorset", Organization),
            ("Cornwall", Organization),
        ],
    );
    let found = entities(&paragraphs);
    assert_eq!(rows_named(&found, "Sussex"), 1, "{:#?}", rows(&found));
}

#[test]
fn the_place_a_club_plays_in_stays_a_place() {
    assert_kinds(
        &[
            "Leeds beat Everton 2-0 on Saturday.",
            "Fans in Leeds celebrated late into the night.",
            "Floods hit Dorset, Cornwall and Devon on Sunday.",
        ],
        &[
            ("Everton", Organization),
            ("Dorset", Place),
            ("Devon", Place),
        ],
    );
}
