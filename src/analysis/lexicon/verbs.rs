//! The reporting-verb lexicon: verbs news English uses to attribute speech
//! ("said", "told", "warned", "tweeted"), with their inflections.

#[cfg(test)]
use super::words as lexicon;

/// The grammatical form a reporting verb was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// "say", "tell": also imperatives and infinitives.
    Base,
    /// "says", "tells".
    Present,
    /// "said", "told", "described": past tense or past participle.
    Past,
    /// "saying", "telling".
    Participle,
}

/// A reporting verb as found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportingVerb {
    pub lemma: &'static str,
    pub form: VerbForm,
}

/// Verbs that inflect regularly (say -> says, said is listed apart).
const REGULAR: &[&str] = &[
    "apologise",
    "apologize",
    "add",
    "acknowledge",
    "admit",
    "advise",
    "affirm",
    "agree",
    "allege",
    "announce",
    "answer",
    "argue",
    "ask",
    "assert",
    "assure",
    "bark",
    "blast",
    "boast",
    "brag",
    "call",
    "caution",
    "characterise",
    "characterize",
    "charge",
    "cite",
    "claim",
    "comment",
    "complain",
    "concede",
    "conclude",
    "condemn",
    "confirm",
    "contend",
    "continue",
    "counter",
    "criticise",
    "criticize",
    "cry",
    "decry",
    "declare",
    "demand",
    "deny",
    "describe",
    "dismiss",
    "emphasise",
    "emphasize",
    "exclaim",
    "explain",
    "express",
    "hail",
    "insist",
    "inform",
    "joke",
    "lament",
    "maintain",
    "mention",
    "note",
    "observe",
    "plead",
    "pledge",
    "point",
    "post",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "quip",
    "quote",
    "recall",
    "recommend",
    "recount",
    "reiterate",
    "remark",
    "remind",
    "repeat",
    "reply",
    "report",
    "respond",
    "retaliate",
    "retort",
    "reveal",
    "scoff",
    "scream",
    "shout",
    "slam",
    "state",
    "stress",
    "suggest",
    "testify",
    "text",
    "thank",
    "threaten",
    "tweet",
    "urge",
    "vow",
    "warn",
    "whisper",
    "wonder",
    "yell",
    "email",
    "blog",
    "question",
    "summarise",
    "summarize",
    "term",
    "reason",
    "concur",
    "estimate",
    "lambast",
    "label",
    "muse",
    "remember",
    "opine",
    "chide",
    "gush",
    "fume",
    "scold",
    "interject",
    "posit",
    // Verbs of manner that news uses after a quotation ("“…!” beamed X").
    "beam",
    "sigh",
    "chuckle",
    "grumble",
    "mutter",
    "murmur",
    "marvel",
    "gripe",
];

/// Irregular forms and doubled consonants, listed in full.
const IRREGULAR: &[(&str, &str, VerbForm)] = &[
    ("say", "say", VerbForm::Base),
    ("say", "says", VerbForm::Present),
    ("say", "said", VerbForm::Past),
    ("say", "saying", VerbForm::Participle),
    ("tell", "tell", VerbForm::Base),
    ("tell", "tells", VerbForm::Present),
    ("tell", "told", VerbForm::Past),
    ("tell", "telling", VerbForm::Participle),
    ("write", "write", VerbForm::Base),
    ("write", "writes", VerbForm::Present),
    ("write", "wrote", VerbForm::Past),
    ("write", "written", VerbForm::Past),
    ("write", "writing", VerbForm::Participle),
    ("read", "reads", VerbForm::Present),
    ("read", "reading", VerbForm::Participle),
    ("speak", "spoke", VerbForm::Past),
    ("speak", "speaks", VerbForm::Present),
    ("speak", "speak", VerbForm::Base),
    ("speak", "spoken", VerbForm::Past),
    ("swear", "swore", VerbForm::Past),
    ("swear", "sworn", VerbForm::Past),
    ("admit", "admitted", VerbForm::Past),
    ("admit", "admitting", VerbForm::Participle),
    ("quip", "quipped", VerbForm::Past),
    ("quip", "quipping", VerbForm::Participle),
    ("blog", "blogged", VerbForm::Past),
    ("blog", "blogging", VerbForm::Participle),
    ("plead", "pled", VerbForm::Past),
    ("label", "labelled", VerbForm::Past),
    ("dub", "dubbed", VerbForm::Past),
    ("dub", "dubs", VerbForm::Present),
    ("put", "put", VerbForm::Past),
    ("put", "puts", VerbForm::Present),
    ("snap", "snapped", VerbForm::Past),
    ("snap", "snaps", VerbForm::Present),
];

/// Verbs whose object is a name, not speech: a quote after them is a title or
/// a term ("named their robot “Hope”"), unless someone is said to speak.
const NAMING: &[&str] = &["label", "dub", "term"];

/// Verbs whose base and -s forms are also common nouns ("an asylum claim",
/// "media reports"): they report speech only after a name, a pronoun or an
/// auxiliary.
const NOUN_LIKE: &[&str] = &[
    "claim", "report", "post", "state", "text", "question", "answer", "comment", "call", "note",
    "quote", "reply", "tweet", "email", "blog", "demand", "promise", "pledge", "vow", "charge",
    "counter", "label", "term", "reason", "estimate", "point", "praise", "cry", "remark", "blast",
    "slam", "joke", "thank", "dub", "shout", "whisper",
    // Verbs of manner that are also nouns ("a sigh", "a beam of light").
    "beam", "sigh", "murmur", "gripe", "snap", "marvel",
];

/// Whether this form of the verb may also be a noun ("claim", "reports").
pub fn noun_like(verb: ReportingVerb) -> bool {
    matches!(verb.form, VerbForm::Base | VerbForm::Present) && NOUN_LIKE.contains(&verb.lemma)
}

/// Every form of every reporting verb, for the word table of [`lexicon`].
pub fn forms() -> Vec<(String, ReportingVerb)> {
    let mut out = Vec::new();
    for &lemma in REGULAR {
        for (word, form) in inflect(lemma) {
            out.push((word, ReportingVerb { lemma, form }));
        }
    }
    for &(lemma, word, form) in IRREGULAR {
        out.push((word.to_string(), ReportingVerb { lemma, form }));
    }
    out
}

/// Base, -s, -ed and -ing forms of a regular verb.
fn inflect(lemma: &str) -> Vec<(String, VerbForm)> {
    let stem_y = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']));
    let present = match stem_y {
        Some(stem) => format!("{stem}ies"),
        None if lemma.ends_with(['s', 'x', 'z', 'h']) => format!("{lemma}es"),
        None => format!("{lemma}s"),
    };
    let past = match stem_y {
        Some(stem) => format!("{stem}ied"),
        None if lemma.ends_with('e') => format!("{lemma}d"),
        None => format!("{lemma}ed"),
    };
    let participle = match lemma.strip_suffix('e') {
        Some(stem) if !lemma.ends_with("ee") => format!("{stem}ing"),
        _ => format!("{lemma}ing"),
    };
    vec![
        (lemma.to_string(), VerbForm::Base),
        (present, VerbForm::Present),
        (past, VerbForm::Past),
        (participle, VerbForm::Participle),
    ]
}

/// The reporting verb `word` is a form of, if any. Capitalised words are
/// names, not verbs ("The Daily Post", "Says Who").
#[cfg(test)]
pub fn reporting_verb(word: &str) -> Option<ReportingVerb> {
    lexicon::lookup(word).1
}

/// Whether this verb names or labels rather than reports speech.
pub fn is_naming(verb: ReportingVerb) -> bool {
    NAMING.contains(&verb.lemma)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemma(word: &str) -> Option<&'static str> {
        reporting_verb(word).map(|v| v.lemma)
    }

    #[test]
    fn regular_inflections_are_known() {
        assert_eq!(lemma("warned"), Some("warn"));
        assert_eq!(lemma("notes"), Some("note"));
        assert_eq!(lemma("stating"), Some("state"));
        assert_eq!(lemma("denies"), Some("deny"));
        assert_eq!(lemma("described"), Some("describe"));
        assert_eq!(lemma("tweeted"), Some("tweet"));
        assert_eq!(lemma("expressed"), Some("express"));
    }

    #[test]
    fn irregular_forms_are_known() {
        assert_eq!(lemma("said"), Some("say"));
        assert_eq!(lemma("told"), Some("tell"));
        assert_eq!(lemma("wrote"), Some("write"));
        assert_eq!(lemma("admitted"), Some("admit"));
        assert_eq!(reporting_verb("said").unwrap().form, VerbForm::Past);
        assert_eq!(reporting_verb("saying").unwrap().form, VerbForm::Participle);
    }

    #[test]
    fn ordinary_words_are_not_reporting_verbs() {
        for word in [
            "held", "summit", "the", "believes", "Trump", "named", "said’s",
        ] {
            assert_eq!(lemma(word), None, "{word}");
        }
    }
}
