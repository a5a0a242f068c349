//! Entities in wire news: sports results, company briefs, agency reports.
//! Each test is on sentences we invented (no corpus text) and fails
//! without the knowledge or rule that fixes its class.

mod entities_support;
use byline::analysis::EntityKind::{Organization, Person, Place};
use entities_support::{
    assert_each_is, assert_kinds, assert_things, entities, kind_of, rows, rows_named,
};

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

#[test]
fn a_place_after_a_match_noun_is_the_club_that_played() {
    assert_kinds(
        &[
            "Rain spoiled Norfolk's home match against Staffordshire on Tuesday.",
            "A 3-1 win over Cheshire followed on Sunday.",
        ],
        &[("Staffordshire", Organization), ("Cheshire", Organization)],
    );
}

#[test]
fn a_noun_naming_a_kind_of_body_before_a_name_makes_it_an_organisation() {
    assert_kinds(
        &[
            "Shoe giant Ravello opened three stores in Lima this spring.",
            "Stocks slipped in thin trade, the state news agency Tavnik reported on Monday.",
            "Budget airline Zelor said it would add ten routes.",
            "Ravello shares rose two percent after the company Kobrin said it would bid.",
        ],
        &[
            ("Ravello", Organization),
            ("Tavnik", Organization),
            ("Zelor", Organization),
            ("Kobrin", Organization),
        ],
    );
}

#[test]
fn after_the_noun_may_open_a_clause_whose_subject_is_a_person() {
    let found =
        entities(&["The firm Dalby joined in 1990 was sold, and the group Ferris led broke up."]);
    for name in ["Dalby", "Ferris"] {
        assert_ne!(
            kind_of(&found, name),
            Some(Organization),
            "{name}: {:#?}",
            rows(&found)
        );
    }
}

#[test]
fn by_before_an_owner_says_nothing_of_its_kind() {
    let paragraphs = [
        "Shoe giant Ravello will open a plant in Peru next year.",
        "The plan by Ravello's leather unit surprised its rivals.",
    ];
    assert_kinds(&paragraphs, &[("Ravello", Organization)]);
    let found = entities(&paragraphs);
    assert_eq!(rows_named(&found, "Ravello"), 1, "{:#?}", rows(&found));
}

#[test]
fn the_name_after_at_behind_a_person_with_a_role_is_their_employer() {
    assert_kinds(
        &["Prices will keep rising into the winter, said analyst Ada Lind at Kestra."],
        &[("Kestra", Organization)],
    );
}

#[test]
fn a_title_word_after_given_names_is_the_surname() {
    let found = entities(&[
        "Former prime minister Tom Major said on Friday he would stay out of the race.",
        "Team captain Ada Jean King said the squad was ready.",
    ]);
    for (name, short) in [("Tom Major", "Tom"), ("Ada Jean King", "Ada Jean")] {
        assert_eq!(kind_of(&found, name), Some(Person), "{:#?}", rows(&found));
        assert_eq!(rows_named(&found, short), 0, "{:#?}", rows(&found));
    }
}

#[test]
fn a_nationality_before_a_given_name_opens_a_person() {
    assert_kinds(
        &["Canadian Tomas Hill finished the climb ahead of Belgian Marc Bridge."],
        &[("Tomas Hill", Person), ("Marc Bridge", Person)],
    );
}

#[test]
fn a_registered_company_keeps_its_owner_word_and_its_suffix() {
    let found = entities(&[
        "Shares of Hollin's Bancshares Inc. rose 2 percent, and the chain Lumo SA plans a bid.",
        "Lumo said profit rose.",
    ]);
    assert_eq!(
        kind_of(&found, "Hollin's Bancshares Inc."),
        Some(Organization),
        "{:#?}",
        rows(&found)
    );
    assert_eq!(
        kind_of(&found, "Lumo SA"),
        Some(Organization),
        "{:#?}",
        rows(&found)
    );
    assert_eq!(
        rows_named(&found, "Lumo"),
        0,
        "Lumo joins Lumo SA: {:#?}",
        rows(&found)
    );
}

#[test]
fn an_owner_before_an_institution_is_not_part_of_its_name() {
    assert_kinds(
        &["Ada Lind leads the inquiry. Critics said Lind's Justice Department moved too slowly."],
        &[("Justice Department", Organization), ("Ada Lind", Person)],
    );
}

#[test]
fn the_town_of_a_nicknamed_club_is_the_club_in_its_story() {
    let paragraphs = [
        "The Portland Pelicans beat the Dayton Owls 5-3 on Friday night.",
        "A homer in the first gave Portland a 2-0 lead, and Dayton never recovered.",
        "It was the longest game in Dayton this season.",
    ];
    let found = entities(&paragraphs);
    let portland = found.iter().find(|e| e.name == "Portland Pelicans");
    assert!(
        portland.is_some_and(|e| e.kind == Organization && e.mentions.len() == 2),
        "{:#?}",
        rows(&found)
    );
    assert_eq!(
        kind_of(&found, "Dayton"),
        Some(Place),
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_title_word_alone_is_the_surname_of_someone_named_with_it() {
    let found = entities(&[
        "Team captain Ada Jean King said the squad was ready.",
        "King will name the side on Friday.",
    ]);
    let king = found.iter().find(|e| e.name == "Ada Jean King");
    assert!(
        king.is_some_and(|e| e.mentions.len() == 2),
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn words_that_put_an_unknown_name_on_the_map_make_it_a_place_in_the_whole_story() {
    let found = entities(&[
        "Floodwater reached the market town of Varkadon late on Tuesday.",
        "Boats carried food into Varkadon the next morning.",
        "A bridge 12 km east of Ostrelin was swept away, and the wind cut power to Longvik, the largest settlement on the coast.",
        "Ada Lind, a city councillor, said the roads were closed.",
        "Volunteers drove in from the farming towns of Kordal and Pyrden.",
    ]);
    assert_each_is(
        &found,
        &["Varkadon", "Ostrelin", "Longvik", "Kordal"],
        Place,
    );
    assert_eq!(
        kind_of(&found, "Ada Lind"),
        Some(Person),
        "{:#?}",
        rows(&found)
    );
    let varkadon = found.iter().find(|e| e.name == "Varkadon");
    assert!(
        varkadon.is_some_and(|e| e.mentions.len() == 2),
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_weekday_or_month_with_a_possessive_is_a_date_without_it() {
    let found =
        entities(&["Bond prices fell from Thursday's close, and March's figures were weak."]);
    assert_eq!(
        kind_of(&found, "Thursday"),
        Some(byline::analysis::EntityKind::Date),
        "{found:#?}"
    );
    assert_eq!(
        kind_of(&found, "March"),
        Some(byline::analysis::EntityKind::Date),
        "{found:#?}"
    );
}

#[test]
fn a_nationality_before_a_faith_whose_first_word_is_a_given_name_is_no_one() {
    let found = entities(&[
        "Aid was handed out by a Spanish Roman Catholic charity that has worked in the valley for twenty years, officials said.",
    ]);
    assert_eq!(
        kind_of(&found, "Roman Catholic"),
        None,
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_town_before_a_team_word_is_the_club() {
    assert_kinds(
        &[
            "Carl Berg, her Sheffield team mate, scored twice, and the Norwich squad flew home on Sunday.",
        ],
        &[("Sheffield", Organization), ("Norwich", Organization)],
    );
}

#[test]
fn a_word_of_a_firm_named_in_full_is_the_firm_though_it_is_a_given_name() {
    let found = entities(&[
        "Tessa Holdings Inc will buy the grocery chain Hollis Co, the two said on Monday.",
        "Tessa fell 3 percent in early trading.",
    ]);
    let tessa = found.iter().find(|e| e.name == "Tessa Holdings Inc");
    assert!(
        tessa.is_some_and(|e| e.kind == Organization && e.mentions.len() == 2),
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_noun_naming_a_kind_of_body_after_a_name_makes_it_an_organisation() {
    let found = entities(&[
        "The Dziennik Polny newspaper first reported the sale, and the Kestra group said it would bid.",
        "Travellers love North Vale's group of small cafés.",
    ]);
    assert_eq!(
        kind_of(&found, "Dziennik Polny"),
        Some(Organization),
        "{:#?}",
        rows(&found)
    );
    assert_eq!(
        kind_of(&found, "Kestra"),
        Some(Organization),
        "{:#?}",
        rows(&found)
    );
    assert_ne!(
        kind_of(&found, "North Vale"),
        Some(Organization),
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_town_then_a_major_league_nickname_is_the_club() {
    // The nicknames are a people, mountains and a colour word on their own.
    let paragraphs = [
        "The Dayton Indians beat the Boston Red Sox 4-2 on Sunday behind two homers from Jo Vale.",
        "The Colorado Rockies lost again, and Dayton moved two games clear.",
        "The Rockies have dropped six straight.",
    ];
    assert_kinds(
        &paragraphs,
        &[
            ("Dayton Indians", Organization),
            ("Boston Red Sox", Organization),
            ("Colorado Rockies", Organization),
        ],
    );
    let found = entities(&paragraphs);
    // Dayton and the Rockies alone are the clubs named in full before.
    assert_eq!(rows_named(&found, "Dayton"), 0, "{:#?}", rows(&found));
    assert_eq!(rows_named(&found, "Rockies"), 0, "{:#?}", rows(&found));
}

#[test]
fn market_indices_are_things_not_people() {
    let paragraphs = [
        "The Dow Jones slid 80 points by noon as bond yields climbed.",
        "Earlier the Nikkei had closed higher, and Eurodollars eased.",
    ];
    assert_things(
        &entities(&paragraphs),
        &["Dow Jones", "Nikkei", "Eurodollars"],
    );
}

#[test]
fn an_unknown_name_before_a_place_noun_is_on_the_map() {
    let paragraphs = [
        "Varkadon province reported floods on Monday, and Osk airport stayed shut.",
        "Hundreds prayed at the Kavi mosque while gunfire echoed in the Tirel mountains.",
        "Aides in the Lind camp said nothing.",
    ];
    assert_kinds(
        &paragraphs,
        &[
            ("Varkadon", Place),
            ("Osk", Place),
            ("Kavi", Place),
            ("Tirel", Place),
        ],
    );
    // A political camp is people, not a place.
    assert_ne!(kind_of(&entities(&paragraphs), "Lind"), Some(Place));
}

#[test]
fn a_body_spelled_by_its_initials_goes_on_through_in() {
    let paragraphs = [
        "The Council for Trade and Aid in Europe (CTAE) met on Monday.",
        "Troops of the U.N. Relief Force in Varkadon (UNRFV) pulled back, and the CTAE said it would send monitors.",
        "Acme opened a depot in Lagos on Friday.",
    ];
    let found = entities(&paragraphs);
    assert_kinds(
        &paragraphs,
        &[
            ("Council for Trade and Aid in Europe", Organization),
            ("U.N. Relief Force in Varkadon", Organization),
            ("Lagos", Place),
        ],
    );
    // The initials are the body's, not Europe's.
    assert_eq!(rows_named(&found, "Europe"), 0, "{:#?}", rows(&found));
}

#[test]
fn a_numbered_road_is_a_place() {
    assert_kinds(
        &["A lorry overturned on Interstate 95 and traffic crawled along Highway 401 for hours."],
        &[("Interstate 95", Place), ("Highway 401", Place)],
    );
}

#[test]
fn saint_is_spelled_st_with_or_without_a_stop() {
    assert_kinds(
        &["Delegates flew from St Louis to St Petersburg on Sunday."],
        &[("St Louis", Place), ("St Petersburg", Place)],
    );
}

#[test]
fn a_nickname_alone_is_a_club_where_clubs_are_named_in_full() {
    assert_kinds(
        &[
            "The Dayton Indians beat the Angels 6-2 on Tuesday.",
            "Later the Tigers blanked the Omaha Royals, and the Blue Jays lost at home.",
        ],
        &[
            ("Angels", Organization),
            ("Tigers", Organization),
            ("Blue Jays", Organization),
        ],
    );
}

#[test]
fn a_portfolio_before_a_title_is_no_name() {
    let paragraphs = ["Tom Berg, an adviser to Agriculture Secretary Ada Lind, resigned."];
    let found = entities(&paragraphs);
    assert_eq!(kind_of(&found, "Ada Lind"), Some(Person));
    assert_eq!(rows_named(&found, "Agriculture"), 0, "{:#?}", rows(&found));
}

#[test]
fn an_adjective_before_a_place_noun_is_no_place() {
    let found = entities(&["Huge stadium lights went dark as a Siberian town counted its dead."]);
    assert_ne!(kind_of(&found, "Huge"), Some(Place), "{:#?}", rows(&found));
    assert_ne!(
        kind_of(&found, "Siberian"),
        Some(Place),
        "{:#?}",
        rows(&found)
    );
}

#[test]
fn a_place_beaten_or_coached_is_the_club() {
    assert_kinds(
        &[
            "Norfolk need 120 more runs to beat Rutland on the last day.",
            "Dorset's Kenyan coach Ada Lind said little.",
        ],
        &[("Rutland", Organization), ("Dorset", Organization)],
    );
    // Storms that hammer a county do not make it a club.
    assert_kinds(
        &["Storms hammered Rutland overnight."],
        &[("Rutland", Place)],
    );
}

#[test]
fn initials_are_a_body_even_after_by_and_a_daily_is_a_paper() {
    let paragraphs = [
        "A group including Bank Rozvaku Kredytu SA (BRK) plans a bid, Dziennik Polny daily said on Saturday.",
        "Dziennik Polny said the bid would be financed by BRK.",
    ];
    let found = entities(&paragraphs);
    assert_kinds(
        &paragraphs,
        &[
            ("Bank Rozvaku Kredytu SA", Organization),
            ("Dziennik Polny", Organization),
        ],
    );
    // The initials stay on the bank's row, never a person of their own.
    assert_eq!(rows_named(&found, "BRK"), 0, "{:#?}", rows(&found));
}

#[test]
fn firms_named_by_their_trade_and_clubs_by_their_club_word() {
    assert_kinds(
        &[
            "Tom Berg of Ravel Communications said the deal was done.",
            "Deportivo Varna started strongly, but Dynamo Kestra held on.",
        ],
        &[
            ("Ravel Communications", Organization),
            ("Deportivo Varna", Organization),
            ("Dynamo Kestra", Organization),
        ],
    );
}

#[test]
fn a_name_that_reports_its_own_results_is_a_firm() {
    let paragraphs = ["State engineer Tarvel said its net profit rose by a third."];
    assert_kinds(&paragraphs, &[("Tarvel", Organization)]);
    // A person speaks of his own.
    assert_kinds(
        &["Ada Lind of Tarvel said his profit rose."],
        &[("Ada Lind", Person)],
    );
}

#[test]
fn a_place_then_what_a_firm_makes_is_the_firm() {
    assert_kinds(
        &["Brokers tipped Varna Cement, Kestra Cables and Lagos Power to rise."],
        &[
            ("Varna Cement", Organization),
            ("Kestra Cables", Organization),
            ("Lagos Power", Organization),
        ],
    );
}

#[test]
fn a_place_before_a_player_position_is_the_club() {
    assert_kinds(
        &["Rutland all-rounder Tom Berg and former Varna playmaker Ada Lind both signed."],
        &[("Rutland", Organization), ("Varna", Organization)],
    );
}

#[test]
fn a_place_named_by_its_standing_is_the_club() {
    assert_kinds(
        &["There were wins for champions Rutland and for title rivals Dorset on Saturday."],
        &[("Rutland", Organization), ("Dorset", Organization)],
    );
}
