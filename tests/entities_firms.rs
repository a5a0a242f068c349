//! Firms in wire news: company briefs and market reports name firms by
//! legal forms written without full stops or in other countries' forms.
//! Each test is on sentences we invented (no corpus text) and fails
//! without the knowledge or rule it names.

mod entities_support;
use byline::analysis::EntityKind::{Organization, Person};
use entities_support::assert_kinds;

#[test]
fn legal_forms_without_full_stops_and_from_abroad_end_firms_names() {
    assert_kinds(
        &[
            "Kestrel Chemical Co said it would invest $4 billion, and Varna Holding AG and Lindqvist Bygg AB said they would bid.",
            "Tarvel Oy shares rose.",
        ],
        &[
            ("Kestrel Chemical Co", Organization),
            ("Varna Holding AG", Organization),
            ("Lindqvist Bygg AB", Organization),
            ("Tarvel Oy", Organization),
        ],
    );
}

/// What a firm owns and reports, its shares moving and the deals it is
/// the prize of make an unknown name a firm's.
#[test]
fn what_only_a_firm_has_makes_an_unknown_name_a_firm() {
    assert_kinds(
        &[
            "On Monday Tarvel shares rose 5 percent.",
            "Analysts said Kestra Bergen's net profit would double, and Oskara's chief executive resigned.",
            "Mobil has a 20 percent stake in Velmar and agreed to the takeover of Brisk Hollow.",
            "Rumours of a merger with Dunmore lifted the market.",
        ],
        &[
            ("Tarvel", Organization),
            ("Kestra Bergen", Organization),
            ("Oskara", Organization),
            ("Velmar", Organization),
            ("Brisk Hollow", Organization),
            ("Dunmore", Organization),
        ],
    );
    // Someone who shares a view is no firm.
    assert_kinds(&["Ada Lind shares the view."], &[("Ada Lind", Person)]);
}

/// Newspapers abroad are named by their own languages' words for a
/// paper: "Zeitung", "Dagblad", "Diario de ...".
#[test]
fn newspapers_named_in_other_languages_are_organisations() {
    assert_kinds(
        &[
            "The Kestrener Zeitung reported on Monday that talks failed.",
            "Varna Dagblad and Diario de Tarvel said the talks had failed.",
        ],
        &[
            ("Kestrener Zeitung", Organization),
            ("Varna Dagblad", Organization),
            ("Diario de Tarvel", Organization),
        ],
    );
}
