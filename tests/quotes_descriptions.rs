//! Unnamed sources described by a common noun for a person: "said one
//! nurse", "two bus drivers said". The quote is theirs, not the last
//! person named. Invented sentences.

mod quotes_support;

use quotes_support::speaker_of;

#[test]
fn a_determiner_and_a_noun_for_a_person_is_the_source() {
    let story = [
        "Mayor Ann Lee opened the new clinic on Monday.",
        "“It's about time,” said one nurse, who asked not to be named.",
        "“Not before time,” a shopkeeper said.",
        "“Far too slow,” two bus drivers said.",
        "The founder’s widow said the building was “a ruin.”",
        "Lee met a heckler outside, who shouted. “Go home,” she said.",
    ];
    for (quoted, source) in [
        ("about time", "one nurse"),
        ("before time", "a shopkeeper"),
        ("too slow", "two bus drivers"),
        ("a ruin", "The founder’s widow"),
        // An object is no source: the pronoun goes back to Lee.
        ("Go home", "Ann Lee"),
    ] {
        assert_eq!(
            speaker_of(&story, quoted).as_deref(),
            Some(source),
            "{quoted}"
        );
    }
}

#[test]
fn a_bare_noun_that_may_be_a_surname_is_no_description() {
    // "Baker" is a person's name here, not "a baker".
    let story = [
        "Tom Baker runs the bakery.",
        "“We open at six,” Baker said.",
    ];
    assert_eq!(
        speaker_of(&story, "open at six").as_deref(),
        Some("Tom Baker")
    );
}

#[test]
fn an_owner_before_a_person_is_not_the_speaker() {
    let story = [
        "Defence Secretary Mara Holt laid out her plan on Monday.",
        "Holt's predecessor called the plan “reckless and late.”",
        "Holt's former deputy, who was fired in March, called it “a wish list.”",
        // A name in apposition after the owner's noun is the speaker.
        "Holt's chief of staff, Tom Reyes, said: “We will deliver.”",
    ];
    assert_eq!(
        speaker_of(&story, "reckless and late").as_deref(),
        Some("Holt's predecessor")
    );
    assert_eq!(
        speaker_of(&story, "a wish list").as_deref(),
        Some("Holt's former deputy")
    );
    assert_eq!(
        speaker_of(&story, "We will deliver").as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn a_possessive_pronoun_before_a_person_is_someone_else() {
    let story = [
        "Senator Ada Lind voted against the bill.",
        "Her Republican colleague said: “It's a tax cut for families.”",
        "His spokesman said: “No comment.”",
        // A document speaks for its issuer: her statement is hers.
        "Her statement said the vote was “a disgrace.”",
    ];
    assert_eq!(
        speaker_of(&story, "a tax cut for families").as_deref(),
        Some("Her Republican colleague")
    );
    assert_eq!(
        speaker_of(&story, "No comment").as_deref(),
        Some("His spokesman")
    );
    assert_eq!(
        speaker_of(&story, "a disgrace").as_deref(),
        Some("Ada Lind")
    );
}
