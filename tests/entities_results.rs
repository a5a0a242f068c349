//! Entities in stories of results: match reports name their clubs by
//! their towns and by short names nobody lists. Each test is on sentences
//! we invented (no corpus text) and fails without the rule it names.

mod entities_support;
use byline::analysis::EntityKind::{Organization, Place};
use entities_support::{assert_kinds, entities, kind_of, rows};

/// Where two towns already play, a town that only does what clubs do
/// ("need another 120 runs", "were bowled out") is a club too.
#[test]
fn a_town_in_a_story_where_towns_play_is_a_club() {
    assert_kinds(
        &[
            "Hampshire beat Sussex by six wickets on Saturday to go top of the table.",
            "Cornwall need another 120 runs to avoid defeat, and Lancashire were bowled out before lunch.",
        ],
        &[("Cornwall", Organization), ("Lancashire", Organization)],
    );
}

/// The towns such a story puts on the map stay places: after "At" at a
/// sentence's start as after "at", after "of", after a compass word,
/// after a verb of what storms do to places.
#[test]
fn a_town_put_on_the_map_stays_a_place_in_a_story_of_results() {
    assert_kinds(
        &[
            "Hampshire beat Sussex by six wickets on Saturday to go top of the table.",
            "At Truro, the leaders Devon were held up by rain.",
            "Their captain grew up in north Bristol and played for Kestrels of Bristol as a boy.",
        ],
        &[
            ("Truro", Place),
            ("Bristol", Place),
            ("Devon", Organization),
        ],
    );
}

/// A story whose words speak of matches ("goals", "halftime", "striker")
/// makes an unknown one-word name that plays a club.
#[test]
fn an_unknown_short_name_in_a_match_report_is_a_club() {
    let paragraphs = [
        "Both goals came after halftime, and the striker was booked for a late penalty.",
        "Tavistock and Penrith drew 1-1 on Saturday.",
    ];
    assert_kinds(&paragraphs, &[("Penrith", Organization)]);
    // The same name in a story of trade is not made a club.
    let trade = entities(&[
        "Tavistock and Penrith signed a trade pact on Saturday.",
        "Officials said the goals of the pact were met.",
    ]);
    assert_ne!(
        kind_of(&trade, "Penrith"),
        Some(Organization),
        "{:#?}",
        rows(&trade)
    );
}
