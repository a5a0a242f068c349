//! Each attribution pattern and each trap of the quote finder, on sentences
//! written for these tests, with entity rows built by hand.

use super::extract;
use crate::analysis::segment::Document;
use crate::analysis::{Entity, EntityKind, Quote, QuoteKind};
use crate::article::Span;

fn run(paragraphs: &[&str], entities: &[Entity]) -> Vec<Quote> {
    let texts: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    let doc = Document::new(&texts);
    extract(&doc, entities)
}

/// The words of a quotation found by `run` in `paragraphs`.
fn text<'a>(q: &Quote, paragraphs: &[&'a str]) -> &'a str {
    &paragraphs[q.span.paragraph][q.span.start..q.span.end]
}

/// (quoted words, speaker name) of every quotation, no entity rows.
fn said(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
    run(paragraphs, &[])
        .iter()
        .map(|q| {
            let name = q.speaker_name().map(str::to_string);
            (text(q, paragraphs).to_string(), name)
        })
        .collect()
}

fn pair(text: &str, speaker: &str) -> (String, Option<String>) {
    (text.to_string(), Some(speaker.to_string()))
}

/// An entity row whose mentions are every occurrence of `forms` in `paragraphs`.
fn entity(id: &str, kind: EntityKind, name: &str, forms: &[&str], paragraphs: &[&str]) -> Entity {
    let mut mentions = Vec::new();
    for (p, text) in paragraphs.iter().enumerate() {
        for form in forms {
            for (start, _) in text.match_indices(form) {
                mentions.push(Span::new(p, start, start + form.len()));
            }
        }
    }
    mentions.sort();
    Entity {
        id: id.to_string(),
        kind,
        name: name.to_string(),
        aliases: Vec::new(),
        titles: Vec::new(),
        mentions,
    }
}

#[test]
fn quote_then_name_then_verb() {
    let paragraphs = ["“The bridge is safe,” Mayor Ellen Varga said on Friday."];
    let quotes = run(&paragraphs, &[]);
    assert_eq!(text(&quotes[0], &paragraphs), "The bridge is safe,");
    assert_eq!(quotes[0].speaker_name(), Some("Ellen Varga"));
    assert_eq!(quotes[0].cue(), Some("said"));
}

#[test]
fn quote_then_verb_then_name() {
    assert_eq!(
        said(&["“We will appeal,” said Tom Okafor, the union’s lawyer."]),
        [pair("We will appeal,", "Tom Okafor")]
    );
}

#[test]
fn name_verb_colon_quote() {
    assert_eq!(
        said(&["Defence Minister Ana Ruiz said: “The drills will continue.”"]),
        [pair("The drills will continue.", "Ana Ruiz")]
    );
}

#[test]
fn apposition_between_name_and_verb() {
    assert_eq!(
        said(&["Jeff Moreau, a spokesman for the port authority, said “no ships were harmed.”"]),
        [pair("no ships were harmed.", "Jeff Moreau")]
    );
}

#[test]
fn according_to() {
    let quotes = run(
        &["According to Dr. Lena Ortiz, the outbreak is “under control.”"],
        &[],
    );
    assert_eq!(quotes[0].speaker_name(), Some("Lena Ortiz"));
    assert_eq!(quotes[0].cue(), Some("According to"));
}

#[test]
fn reporting_verbs_beyond_said() {
    for verb in ["tweeted", "warned", "insisted", "wrote", "argued", "added"] {
        let text =
            format!("Senator Paul Dane {verb} that the vote was “a disgrace to the chamber.”");
        let quotes = run(&[&text], &[]);
        assert_eq!(quotes[0].speaker_name(), Some("Paul Dane"), "{verb}");
        assert_eq!(quotes[0].cue(), Some(verb));
    }
}

#[test]
fn passive_with_agent() {
    assert_eq!(
        said(&["The plan was described as “reckless” by Governor Sam Hill."]),
        [pair("reckless", "Sam Hill")]
    );
}

#[test]
fn partial_quotes_in_reported_speech_share_the_speaker() {
    assert_eq!(
        said(&["Klara Voss stated that the talks were “useful” and held in a “spirit of trust.”"]),
        [
            pair("useful", "Klara Voss"),
            pair("spirit of trust.", "Klara Voss")
        ]
    );
}

#[test]
fn relative_clause_speaker() {
    assert_eq!(
        said(&["The vote angered Mayor Ellen Varga, who had warned of “chaos on the roads.”"]),
        [pair("chaos on the roads.", "Ellen Varga")]
    );
}

#[test]
fn speaker_in_the_next_sentence() {
    assert_eq!(
        said(&["“We are not leaving.” Joe Banda said this to the crowd on Sunday."]),
        [pair("We are not leaving.", "Joe Banda")]
    );
}

#[test]
fn a_quote_split_around_its_attribution() {
    assert_eq!(
        said(&["“We won,” said coach Rui Fonte. “Now we rest.”"]),
        [
            pair("We won,", "Rui Fonte"),
            pair("Now we rest.", "Rui Fonte")
        ]
    );
}

#[test]
fn an_organisation_as_the_source() {
    let quotes = run(
        &["The ministry said in a statement that the tests were “inconclusive.”"],
        &[],
    );
    assert_eq!(quotes[0].speaker_name(), Some("The ministry"));
    assert_eq!(quotes[0].speaker(), None);
    assert_eq!(quotes[0].kind, QuoteKind::Quote);
}

#[test]
fn unnamed_sources_keep_their_phrase() {
    let quotes = run(&["“It is over,” a spokesman said."], &[]);
    assert_eq!(quotes[0].speaker_name(), Some("a spokesman"));
    assert_eq!(quotes[0].speaker(), None);
}

#[test]
fn pronouns_take_the_most_recent_subject() {
    let text = [
        "The talks were called “productive” by Ana Ruiz. Carlos Mendez stated that they were “useful.” He expressed hope for a “new start.”",
    ];
    assert_eq!(
        said(&text),
        [
            pair("productive", "Ana Ruiz"),
            pair("useful.", "Carlos Mendez"),
            pair("new start.", "Carlos Mendez")
        ]
    );
}

#[test]
fn pronouns_do_not_take_objects() {
    let text = [
        "Rita Maas asked donors to help Omar Lind. She described him as “a man who never gave up.”",
    ];
    assert_eq!(said(&text), [pair("a man who never gave up.", "Rita Maas")]);
}

#[test]
fn a_role_resolves_to_the_person_introduced_with_it() {
    let paragraphs = [
        "Spokesman Tom Reed said the port would reopen “within days.”",
        "Later the spokesman added: “Nobody was hurt.”",
    ];
    assert_eq!(
        said(&paragraphs),
        [
            pair("within days.", "Tom Reed"),
            pair("Nobody was hurt.", "Tom Reed")
        ]
    );
    // With an entity row carrying the title, the description links to it.
    let paragraphs = [
        "Tom Reed, who speaks for the port, said it would reopen “within days.”",
        "Later the spokesman added: “Nobody was hurt.”",
    ];
    let mut reed = entity(
        "e1",
        EntityKind::Person,
        "Tom Reed",
        &["Tom Reed"],
        &paragraphs,
    );
    reed.titles = vec!["spokesman".to_string()];
    let quotes = run(&paragraphs, &[reed]);
    assert_eq!(quotes[1].speaker(), Some("e1"));
}

#[test]
fn a_quote_only_paragraph_continues_the_last_speaker() {
    let paragraphs = [
        "“The rains came early,” farmer Efa Noor said.",
        "“We lost half the crop before it was ripe.”",
    ];
    assert_eq!(
        said(&paragraphs),
        [
            pair("The rains came early,", "Efa Noor"),
            pair("We lost half the crop before it was ripe.", "Efa Noor")
        ]
    );
}

#[test]
fn a_colon_ending_a_paragraph_introduces_the_next() {
    let paragraphs = [
        "Its director, Hana Sato, met the staff on Monday:",
        "“We will keep every job and every branch open this year.”",
    ];
    assert_eq!(
        said(&paragraphs),
        [pair(
            "We will keep every job and every branch open this year.",
            "Hana Sato"
        )]
    );
}

#[test]
fn speakers_link_to_the_entity_under_their_name() {
    let paragraphs = [
        "President Donald Trump met Vladimir Putin.",
        "“It went well,” Trump said.",
    ];
    let trump = entity(
        "e1",
        EntityKind::Person,
        "Donald Trump",
        &["Donald Trump", "Trump"],
        &paragraphs,
    );
    let putin = entity(
        "e2",
        EntityKind::Person,
        "Vladimir Putin",
        &["Vladimir Putin"],
        &paragraphs,
    );
    let quotes = run(&paragraphs, &[trump, putin]);
    assert_eq!(quotes[0].speaker(), Some("e1"));
    assert_eq!(quotes[0].speaker_name(), Some("Donald Trump"));
}

#[test]
fn pronouns_link_to_the_last_person_row() {
    let paragraphs = [
        "Putin spoke after Trump left.",
        "He said the talks were “useful.”",
    ];
    let putin = entity(
        "e2",
        EntityKind::Person,
        "Vladimir Putin",
        &["Putin"],
        &paragraphs,
    );
    let quotes = run(&paragraphs, &[putin]);
    assert_eq!(quotes[0].speaker(), Some("e2"));
}

#[test]
fn scare_quotes_and_titles_are_marked() {
    let kinds = |text: &str| run(&[text], &[]).iter().map(|q| q.kind).collect::<Vec<_>>();
    assert_eq!(
        kinds("The so-called “peace tax” was dropped."),
        [QuoteKind::Scare]
    );
    assert_eq!(
        kinds("The robot, named “Hope,” won a medal."),
        [QuoteKind::Scare]
    );
    assert_eq!(
        kinds("A group called “Anonymous” took credit."),
        [QuoteKind::Scare]
    );
    assert_eq!(
        kinds("On its website, “The Final Countdown”, the firm urged users to switch."),
        [QuoteKind::Scare]
    );
    assert_eq!(
        kinds("Refugees were granted “parole” status."),
        [QuoteKind::Scare]
    );
}

#[test]
fn capitalised_names_are_not_verbs() {
    // "Post" is a name here, not a form of "post".
    let quotes = run(
        &["As Mary Hale told The Daily Post, “the data are clear.”"],
        &[],
    );
    assert_eq!(quotes[0].speaker_name(), Some("Mary Hale"));
}

#[test]
fn nouns_that_look_like_verbs_do_not_attribute() {
    let quotes = run(&["The asylum claim- ‘legacy backlog’ grew this year."], &[]);
    assert_eq!(quotes[0].kind, QuoteKind::Scare);
    assert_eq!(quotes[0].speaker_name(), None);
}

#[test]
fn quotes_never_overlap_and_stay_on_char_boundaries() {
    let paragraphs = ["Zoë said “naïve ‘café’ talk,” then “ü” and «ß» — “end"];
    let quotes = run(&paragraphs, &[]);
    assert!(!quotes.is_empty());
    for w in quotes.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
    for q in &quotes {
        assert!(paragraphs[0].is_char_boundary(q.span.start));
        assert!(paragraphs[0].is_char_boundary(q.span.end));
    }
}

mod stories;

#[test]
fn an_acronym_in_brackets_after_an_employer_is_not_the_speaker() {
    assert_eq!(
        said(&[
            "Dr. Ana Rai, who studies slopes at the Mountain Institute of Earth Sciences (MIES), said villages build roads as “temporary” links."
        ]),
        [pair("temporary", "Ana Rai")]
    );
}

#[test]
fn a_team_before_a_role_is_not_the_person_a_pronoun_means() {
    assert_eq!(
        said(&[
            "“I hoped,” Tom Rafferty said.",
            "Castlebridge manager Stefan Wicks was gracious in defeat. “They wanted it more,” he said.",
        ]),
        [
            pair("I hoped,", "Tom Rafferty"),
            pair("They wanted it more,", "Stefan Wicks")
        ]
    );
}
