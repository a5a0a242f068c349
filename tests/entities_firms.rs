//! Firms in wire news: company briefs and market reports name firms by
//! legal forms written without full stops or in other countries' forms.
//! Each test is on sentences we invented (no corpus text) and fails
//! without the knowledge or rule it names.

mod entities_support;
use byline::analysis::EntityKind::Organization;
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
