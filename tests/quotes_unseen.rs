//! Speakers on news the rules were not written for: each test is one class
//! of error seen on unseen stories, in sentences we invented. The cues
//! that tie a quotation to its speaker; who cannot be a speaker and what is no cue are in
//! `quotes_not_speakers.rs`.

mod quotes_support;

use byline::analysis::QuoteKind;
use quotes_support::{analyzed, quotes_of, speaker_of};

#[test]
fn according_to_after_a_quote_names_its_source() {
    let story = [
        "“The storm took three boats,” according to Peter Hall, the harbour master.",
        "The bridge is “unsafe for heavy traffic,” according to engineer Maria Lopez.",
    ];
    let analysis = quotes_of(&story);
    assert!(
        analysis.quotes.iter().all(|q| q.kind == QuoteKind::Quote),
        "{:?}",
        analysis.quotes
    );
    assert_eq!(
        speaker_of(&story, "storm took").as_deref(),
        Some("Peter Hall")
    );
    assert_eq!(
        speaker_of(&story, "unsafe for heavy").as_deref(),
        Some("Maria Lopez")
    );
}

#[test]
fn a_closing_clause_attributes_the_quotes_before_it() {
    let story = [
        "Obama “felt a moral obligation to act” on the matter, Axelrod said. “This is core stuff for him.”",
    ];
    assert_eq!(
        speaker_of(&story, "moral obligation").as_deref(),
        Some("Axelrod")
    );
    assert_eq!(speaker_of(&story, "core stuff").as_deref(), Some("Axelrod"));
}

#[test]
fn a_quote_after_a_sentence_about_a_person_is_theirs() {
    let story = [
        "Mayor Ellen Varga touted her record. “We need to find ways to support workers who want a union.”",
    ];
    assert_eq!(
        speaker_of(&story, "support workers").as_deref(),
        Some("Ellen Varga")
    );
}

#[test]
fn a_partial_quote_without_a_cue_is_the_subjects() {
    let story = [
        "Mayor Ellen Varga visited the harbour on Monday.",
        "Varga fired back that the plan was “a waste of public money” for the town.",
        "Refugees were granted “parole” status.",
    ];
    assert_eq!(
        speaker_of(&story, "waste of public").as_deref(),
        Some("Ellen Varga")
    );
    // No person is named: a term, not anyone's words.
    assert_eq!(speaker_of(&story, "parole"), None);
}

#[test]
fn a_long_apposition_between_speaker_and_verb() {
    let story = [
        "“Very good reporter, very good reporter,” Tom Varga, the front-runner in the state by a wide margin after winning the first two primaries of the year, said when asked.",
    ];
    assert_eq!(
        speaker_of(&story, "Very good reporter").as_deref(),
        Some("Tom Varga")
    );
}

#[test]
fn a_speaker_between_an_inverted_verb_and_a_colon() {
    let story = [
        "Mayor Ann Lee spoke first.",
        "In other words, explained moderator Nancy Cordes: “What does that have to do with the harbour?”",
        "“Imagine him on the same stage,” mused talk show host Stu Berg. “Not to mention the crowd.”",
    ];
    assert_eq!(
        speaker_of(&story, "What does that").as_deref(),
        Some("Nancy Cordes")
    );
    assert_eq!(
        speaker_of(&story, "Not to mention").as_deref(),
        Some("Stu Berg")
    );
}

#[test]
fn a_role_after_said_gives_way_to_the_name_in_apposition() {
    let story = [
        "Senator Ann Lee campaigned in the north.",
        "“We are treating the month as one long Election Day,” said Lee’s deputy campaign manager, Rich Beeson, who ran the ground game.",
    ];
    assert_eq!(
        speaker_of(&story, "one long Election").as_deref(),
        Some("Rich Beeson")
    );
}

#[test]
fn after_a_quote_the_name_comes_before_age_role_and_town() {
    let story = [
        "“I just don't think she has been truthful,” Cecelia Purner, 67, a retired clerk in Allentown, Pa., said in an interview.",
    ];
    assert_eq!(
        speaker_of(&story, "been truthful").as_deref(),
        Some("Cecelia Purner")
    );
}

#[test]
fn a_quote_that_opens_its_sentence_goes_on_with_the_speaker_before() {
    let story = [
        "“Voters will not care about this,” Jen Palmer told reporters. “They care that she is focused on incomes” and other pocketbook issues.",
    ];
    assert_eq!(
        speaker_of(&story, "focused on incomes").as_deref(),
        Some("Jen Palmer")
    );
}

#[test]
fn as_x_puts_it_and_remembered_report_speech() {
    let story = [
        "As the Globe's Dana Milbank puts it, “Senate Republicans are unmoved.”",
        "“Analysts said no, and she set out to prove them wrong,” remembered Roy Verley, the firm's former spokesman.",
    ];
    assert_eq!(
        speaker_of(&story, "are unmoved").as_deref(),
        Some("Dana Milbank")
    );
    assert_eq!(
        speaker_of(&story, "prove them wrong").as_deref(),
        Some("Roy Verley")
    );
}

#[test]
fn a_participle_after_a_comma_takes_the_sentence_subject() {
    let story = [
        "On Friday, Ben Carson endorsed Donald Trump at a news conference at Mar-a-Lago, Trump's private club, calling him “a very intelligent man who cares deeply.”",
    ];
    assert_eq!(
        speaker_of(&story, "very intelligent").as_deref(),
        Some("Ben Carson")
    );
}

#[test]
fn naming_words_name_only_right_before_the_quote() {
    let story = [
        "Dan Centinello, the deputy political director, said the campaign would “do daily requests in order to obtain the list” early.",
        "Senator Ann Lee said on Thursday that the remark by Dr. Paul Song “was inappropriate and insensitive.”",
        "Ben Carson took the stage Tuesday at the Grand Hotel and called the political system “rotten to the core.”",
        "A group called “Anonymous” took credit.",
    ];
    assert_eq!(
        speaker_of(&story, "daily requests").as_deref(),
        Some("Dan Centinello")
    );
    assert_eq!(
        speaker_of(&story, "inappropriate").as_deref(),
        Some("Ann Lee")
    );
    assert_eq!(
        speaker_of(&story, "rotten to the core").as_deref(),
        Some("Ben Carson")
    );
    let (article, analysis) = analyzed(&story);
    let anonymous = analysis
        .quotes
        .iter()
        .find(|q| q.text(&article) == "Anonymous");
    assert_eq!(anonymous.map(|q| q.kind), Some(QuoteKind::Scare));
}

#[test]
fn a_one_word_subject_with_a_relative_clause_takes_the_participle() {
    let story = [
        "Donald Trump lashed out at Khizr Khan on Sunday.",
        "Khan, who is Muslim, also decried Trump’s repeated calls to ban Muslims, noting he has “sacrificed nothing” for the country.",
    ];
    assert_eq!(
        speaker_of(&story, "sacrificed nothing").as_deref(),
        Some("Khizr Khan")
    );
}

#[test]
fn a_short_name_after_a_dash_and_before_a_colon_is_the_source() {
    let story = [
        "Estimates of turnout are hard to make - Ann Lee and Tom Berg: “The polls ended too early, not wrong.”",
    ];
    let speaker = speaker_of(&story, "ended too early");
    assert!(
        speaker
            .as_deref()
            .is_some_and(|s| s.contains("Lee") || s.contains("Berg")),
        "{speaker:?}"
    );
}

#[test]
fn barked_and_retaliated_report_speech() {
    let story = [
        "“Go back to your seat,” Ana Ruiz barked.",
        "“Ohio will always be Ohio,” an angry Lena Holt retaliated.",
    ];
    assert_eq!(
        speaker_of(&story, "back to your seat").as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        speaker_of(&story, "always be Ohio").as_deref(),
        Some("Lena Holt")
    );
}

#[test]
fn an_opening_surname_described_by_an_apposition_takes_the_participle() {
    let story = [
        "Former governor Ted Bradley spent the day in Dover.",
        "Bradley, the state's former governor, also attacked Gerald Pike, with whom he clashed at a debate on taxes, calling him a “wimp.”",
    ];
    assert_eq!(speaker_of(&story, "wimp").as_deref(), Some("Ted Bradley"));
    // A surname that ends like a participle is still a name.
    let story = [
        "Former governor Ted Fleming spent the day in Dover.",
        "Fleming, the state's former governor, also attacked Gerald Pike, with whom he clashed at a debate on taxes, calling him a “wimp.”",
    ];
    assert_eq!(speaker_of(&story, "wimp").as_deref(), Some("Ted Fleming"));
}

#[test]
fn someone_who_labels_or_dubs_a_thing_speaks() {
    let story = [
        "Former Ohio Gov. Tim Harlow, for his part, is labeling the plan “a blatant abuse of power.”",
        "Senator Ada Kline dubbed the bill “a gift to polluters.”",
        "The bill, dubbed “the Clean Water Act,” passed.",
        "The plan was labeled “a tax in disguise.”",
    ];
    assert_eq!(
        speaker_of(&story, "blatant abuse").as_deref(),
        Some("Tim Harlow")
    );
    assert_eq!(
        speaker_of(&story, "gift to polluters").as_deref(),
        Some("Ada Kline")
    );
    // Naming with no one doing it: a name, not speech.
    let (article, analysis) = analyzed(&story);
    for term in ["the Clean Water Act", "a tax in disguise"] {
        let q = analysis
            .quotes
            .iter()
            .find(|q| q.text(&article).contains(term))
            .unwrap();
        assert_eq!(q.kind, QuoteKind::Scare, "{q:?}");
    }
}

#[test]
fn words_that_go_on_with_the_sentence_after_a_naming_noun_are_speech() {
    let story =
        ["The minors program “is gaining traction,” Deputy Secretary Alan Mayer told reporters."];
    assert_eq!(
        speaker_of(&story, "gaining traction").as_deref(),
        Some("Alan Mayer")
    );
    // A capitalised title after the noun is still a name.
    let story = ["His late show “Lopez Tonight” was cancelled in 2011."];
    let analysis = quotes_of(&story);
    assert!(analysis.quotes.iter().all(|q| q.kind == QuoteKind::Scare));
}

#[test]
fn a_quote_inside_a_quote_keeps_its_closing_comma() {
    let story = [
        "The rally “was the first time I thought it is not as simple as, ‘He is the boss,’” Ray Sexton said in a phone interview.",
    ];
    assert_eq!(
        speaker_of(&story, "first time").as_deref(),
        Some("Ray Sexton")
    );
}

#[test]
fn a_quoted_term_inside_an_apposition_does_not_hide_the_verb() {
    let story = [
        "“We have had better conventions than this one,” Texas delegate Bill Eastwood, wearing a cowboy hat and “Vote Lee” pins, said matter-of-factly.",
    ];
    assert_eq!(
        speaker_of(&story, "better conventions").as_deref(),
        Some("Bill Eastwood")
    );
}

#[test]
fn verbs_of_manner_report_speech() {
    let story = [
        "“This is fantastic!” beamed Donald Hartman of Madison, Alabama.",
        "“Not again,” Mayor Ann Lee sighed.",
    ];
    assert_eq!(
        speaker_of(&story, "fantastic").as_deref(),
        Some("Donald Hartman")
    );
    assert_eq!(speaker_of(&story, "Not again").as_deref(), Some("Ann Lee"));
}

#[test]
fn an_apposition_joined_by_and_still_leads_to_the_name() {
    let story = [
        "Nelson Dias, a former aide to the senator and now the chairman of the party in Dade County, said of him: “He is very in touch with his background.”",
        "Representative Adam B. Shiff, a Democrat of California and a member of the Select Committee on Intelligence, said the move was “a very positive development” for the firm.",
    ];
    assert_eq!(
        speaker_of(&story, "in touch").as_deref(),
        Some("Nelson Dias")
    );
    assert_eq!(
        speaker_of(&story, "positive development").as_deref(),
        Some("Adam B. Shiff")
    );
}

#[test]
fn a_partial_quote_in_a_sentence_naming_no_one_goes_on_with_the_speaker() {
    let story = [
        "“We were not happy when it was first announced,” said Jock Finley, head of policy at the Business Council. Now, “within the business community there is a sizable group saying this is fine.”",
    ];
    assert_eq!(
        speaker_of(&story, "sizable group").as_deref(),
        Some("Jock Finley")
    );
    // A sentence with a subject of its own is not the speaker's.
    let story = [
        "“It is an enormous moment,” said Steve Smit, a top strategist. The council called the plan “a reckless waste of public money for years.”",
    ];
    assert_ne!(
        speaker_of(&story, "reckless waste").as_deref(),
        Some("Steve Smit")
    );
}

#[test]
fn quotations_joined_by_and_share_their_attribution() {
    let story = [
        "Guns are “the ultimate public health crisis” and “stunt the growth of children,” Howard Deen, the former governor of Vermont, told a cheering crowd.",
    ];
    assert_eq!(
        speaker_of(&story, "public health crisis").as_deref(),
        Some("Howard Deen")
    );
}

#[test]
fn an_organisation_the_sentence_is_about_owns_its_partial_quote() {
    let story = [
        "The Democratic National Committee released a statement on Monday, offering “a deep and sincere apology” to the senator.",
    ];
    assert_eq!(
        speaker_of(&story, "sincere apology").as_deref(),
        Some("Democratic National Committee")
    );
    // A place is still no one.
    let story =
        ["Kennedy Space Center announced a delay of “several days at least” for the launch."];
    assert_eq!(speaker_of(&story, "several days"), None);
}

#[test]
fn a_surname_that_is_also_a_title_still_names_the_speaker() {
    let story = ["“The levee will hold,” Lena Dean, the former mayor of Dover, said on Friday."];
    assert_eq!(
        speaker_of(&story, "levee will hold").as_deref(),
        Some("Lena Dean")
    );
}

#[test]
fn adding_goes_on_with_the_one_who_said() {
    let story = [
        "Mayor Holt and the governor will meet next week, Fiona Marsh said, adding, “They need to sit down and talk it through.”",
    ];
    assert_eq!(
        speaker_of(&story, "sit down").as_deref(),
        Some("Fiona Marsh")
    );
}

#[test]
fn a_hyphen_inside_a_name_does_not_cut_the_apposition() {
    let story = [
        "“Every year the same stories come out,” Dale Whitmore, a former organiser for the A.F.T.-N.E.A. and longtime union man, wrote in an email.",
    ];
    assert_eq!(
        speaker_of(&story, "same stories").as_deref(),
        Some("Dale Whitmore")
    );
}

#[test]
fn the_subject_before_said_then_a_colon_speaks() {
    let story = [
        "Mr. Okonjo, whose last company, Tradewind, sold maps to farmers, said Ms. Varga was a leader in the spirit of the valley: “She moves fast. She has many ideas.”",
    ];
    assert_eq!(speaker_of(&story, "moves fast").as_deref(), Some("Okonjo"));
}

#[test]
fn the_subject_of_said_far_from_the_quotation_speaks() {
    let story = [
        "Ruth Calder, who ran Tom Berg's 1998 campaign for the Senate, said in a long interview about the Berg years that voters in the north never warmed to the senator, the first farmer to hold the seat and the first to open an office in every county, because he “seemed to be a stranger to their way of life.”",
    ];
    assert_eq!(
        speaker_of(&story, "stranger to their way").as_deref(),
        Some("Ruth Calder")
    );
}

#[test]
fn as_x_author_of_a_title_put_it() {
    let story = [
        "As Ines Ferrando, a professor of law at Leiden and author of “The Quiet Court,” put it, “Judges should remember that a compromise today may serve them better.”",
    ];
    assert_eq!(
        speaker_of(&story, "Judges should remember").as_deref(),
        Some("Ines Ferrando")
    );
}

#[test]
fn shot_back_and_fired_back_report_a_retort() {
    let story = [
        "“We are on track,” Mayor Tom Holt said.",
        "“The numbers are wrong,” Ana Ruiz shot back. “Look at them.”",
        "Later Holt fired back: “She has not read the report.”",
    ];
    assert_eq!(
        speaker_of(&story, "numbers are wrong").as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        speaker_of(&story, "not read the report").as_deref(),
        Some("Tom Holt")
    );
}

#[test]
fn a_clause_after_but_or_while_reports_its_own_words() {
    let story = [
        "Opposition critic Dana Whyte accused the minister of “hiding the facts,” while party leader Sam Olsen said he was “cautiously optimistic.”",
        "Ruth Aldana called the ruling “a disgrace,” but Judge Tom Peck said it was “the law.”",
    ];
    for (quoted, speaker) in [
        ("hiding the facts", "Dana Whyte"),
        ("cautiously optimistic", "Sam Olsen"),
        ("a disgrace", "Ruth Aldana"),
        ("the law", "Tom Peck"),
    ] {
        assert_eq!(
            speaker_of(&story, quoted).as_deref(),
            Some(speaker),
            "{quoted}"
        );
    }
}

#[test]
fn a_pronoun_after_an_opening_phrase_takes_the_man_it_names() {
    let story = [
        "For Tom Reilly, the wait is personal. His daughter waited nine hours. “It was terrifying,” he says.",
    ];
    assert_eq!(
        speaker_of(&story, "terrifying").as_deref(),
        Some("Tom Reilly")
    );
}
