//! Quotations and their speakers: every quotation of the story, the exact
//! span of its words, who said it and the cue that says so.
//!
//! - [`marks`]: which characters are quotation marks and how they pair.
//! - [`spans`]: quotations over several paragraphs; sentences that respect quotes.
//! - [`verbs`]: the reporting-verb lexicon.
//! - [`attribution`]: the patterns that tie a quotation to a cue and a phrase
//!   (`attribution/phrases`: the phrase grammar; `attribution/cues`: the patterns).
//! - [`relay`]: cues that pass on someone else's words ("quoted", "cited").
//! - [`names`]: names, titles, pronouns and descriptions in a phrase.
//! - [`speakers`]: from a phrase to an entity, through pronouns and roles.
//!
//! One pass over the story, paragraph by paragraph: each quotation looks only
//! at its own sentence and its neighbours, so the work stays linear.

mod attribution;
mod marks;
mod names;
mod relay;
mod spans;
mod speakers;

use super::lexicon::fasthash::FastMap;
use super::segment::Document;
use super::{Entity, Quote, QuoteKind, QuoteSource};
use crate::article::Span;
use attribution::Attribution;
use spans::{Para, TokKind};
use speakers::{Resolver, Speaker};
use std::sync::Arc;

/// Quotations this long are someone's words even when no one is named.
const SPEECH_WORDS: usize = 6;

/// Every quotation of the story, in story order, attributed where possible.
pub fn extract(doc: &Document, entities: &[Entity]) -> Vec<Quote> {
    find(doc, entities, usize::MAX).listed
}

/// The quotations of a story: the first ones, in story order, and how
/// many more there are.
pub struct Found {
    pub listed: Vec<Quote>,
    pub not_listed: usize,
}

/// Every quotation of the story, the first `most` of them kept: those
/// past it are found all the same (a speaker named there still carries to
/// the next), and counted.
pub fn find(doc: &Document, entities: &[Entity], most: usize) -> Found {
    let mut resolver = Resolver::new(entities, doc.len());
    let mut quotes = Vec::new();
    let mut not_listed = 0;
    let mut sources = Sources::default();
    // The speaker of the last attributed quotation of the paragraph before.
    let mut previous_paragraph: Option<(Speaker, Option<String>)> = None;
    let mut open_before = false;
    // One paragraph at a time: the resolver keeps the few before it that a
    // pronoun may reach, so memory does not grow with the story.
    for p in doc.paragraphs() {
        let owned = spans::para(&p, open_before);
        let para = &owned;
        open_before = para.ends_open();
        let mut current: Option<(Speaker, Option<String>)> = None;
        for (si, sentence) in para.sentences.iter().enumerate() {
            let pairs: Vec<usize> = para.toks[sentence.clone()]
                .iter()
                .filter_map(|t| match t.kind {
                    TokKind::Quote(q) => Some(q),
                    _ => None,
                })
                .collect();
            if pairs.is_empty() {
                if let Some(found) = introduces_speech(para, sentence)
                    && let Some(speaker) =
                        found.who.as_ref().and_then(|w| resolver.resolve(para, w))
                {
                    resolver.note(para, si, &speaker);
                    current = Some((speaker, cue_text(para, &found)));
                }
                continue;
            }
            let standalone = is_standalone(para, sentence);
            // “…” and other issues, she said. A quote that opens its sentence
            // goes on with the speaker before it, like a quote on its own.
            let opens_sentence = |pair: usize| para.quote_tok(pair) == sentence.start;
            let mut next_speaker = None;
            for pair in pairs {
                let found = attribution::attribute(para, pair);
                let mut speaker = found
                    .who
                    .as_ref()
                    .and_then(|w| resolver.resolve(para, w))
                    .map(|s| (s, cue_text(para, &found)));
                let carries = pair == 0 && para.continues_previous;
                // “… (new paragraph) “…,” Lee said.: a name and a cue of its
                // own say whose words these are, whatever was open before.
                let named_here = found.cue.is_some()
                    && matches!(found.who, Some(attribution::Who::Phrase { .. }))
                    && speaker.as_ref().is_some_and(|(s, _)| s.entity.is_some());
                if carries && !named_here {
                    speaker = previous_paragraph.clone().or(speaker);
                } else if speaker.is_none() && (standalone || opens_sentence(pair)) && !found.naming
                {
                    speaker = current
                        .clone()
                        .or_else(|| {
                            next_speaker
                                .get_or_insert_with(|| next_sentence_speaker(para, si, &resolver))
                                .clone()
                        })
                        .or_else(|| {
                            let opens_paragraph = para.toks[sentence.start].kind
                                == TokKind::Quote(pair)
                                && sentence.start == 0;
                            // Lee is hopeful about the vote. / “We will win.”
                            let paraphrased = || {
                                (opens_paragraph && found.cue.is_none())
                                    .then(|| resolver.paraphrased_person(para))
                                    .flatten()
                                    .map(|s| (s, None))
                            };
                            previous_paragraph
                                .clone()
                                .filter(|_| opens_paragraph)
                                .or_else(paraphrased)
                        })
                        // Clinton touted her record. “We need …”
                        .or_else(|| {
                            let before = si.checked_sub(1)?;
                            Some((resolver.person_subject(para, before)?, None))
                        });
                } else if speaker.is_none()
                    && !standalone
                    && !found.naming
                    && !found.unsourced
                    && !title_like(quoted(para, pair))
                {
                    // Vargas prefers the term “undocumented immigrants”: a
                    // partial quote with no cue is the words of the person
                    // or organisation the sentence is about, when the story
                    // names one.
                    let qt = para.quote_tok(pair);
                    let subject = attribution::sentence_subject(para, sentence, qt);
                    // “…,” said Lee. Now, “the whole town is behind the
                    // plan.” / But that is not “a done deal.”: a sentence
                    // that names no one goes on with the speaker before it
                    // in the paragraph, however short its quotation.
                    // "Specifically, “…”": a subject no one can be (an
                    // adverb, a place) names no one either.
                    let resolved = subject.and_then(|w| resolver.resolve(para, &w));
                    let continued = resolved.is_none();
                    speaker = resolved
                        .filter(|s| {
                            s.kind != speakers::SpeakerKind::Description && s.entity.is_some()
                        })
                        .map(|s| (s, None))
                        .or_else(|| current.clone().filter(|_| continued));
                }
                if let Some((s, _)) = &speaker {
                    resolver.note(para, si, s);
                    current = speaker.clone();
                }
                if quotes.len() < most {
                    quotes.push(quote(para, pair, &found, speaker, entities, &mut sources));
                } else {
                    not_listed += 1;
                }
            }
        }
        previous_paragraph = current;
        resolver.done_with(owned);
    }
    Found {
        listed: quotes,
        not_listed,
    }
}

/// One [`QuoteSource`] per speaker and cue, shared by their quotations.
#[derive(Default)]
struct Sources(FastMap<QuoteSource, Arc<QuoteSource>>);

impl Sources {
    fn share(&mut self, source: QuoteSource) -> Option<Arc<QuoteSource>> {
        if source == QuoteSource::default() {
            return None;
        }
        let shared = self
            .0
            .entry(source)
            .or_insert_with_key(|s| Arc::new(s.clone()));
        Some(Arc::clone(shared))
    }
}

fn quoted<'a>(para: &Para<'a>, pair: usize) -> &'a str {
    let p = &para.pairs[pair];
    &para.text[p.inner_start..p.inner_end]
}

fn cue_text(para: &Para, found: &Attribution) -> Option<String> {
    found.cue.map(|(s, e)| para.text[s..e].to_string())
}

/// A sentence that is nothing but a quotation (a stray word or two aside).
/// The speaker a sentence without quotations introduces: by a reporting
/// verb ("Heald noted the risk."), or by a closing colon ("Its director,
/// Hana Sato, met staff on Monday:").
fn introduces_speech(para: &Para, sentence: &std::ops::Range<usize>) -> Option<Attribution> {
    attribution::reported_speaker(para, sentence).or_else(|| {
        let last = sentence.end.checked_sub(1)?;
        (para.word(last) == ":").then(|| Attribution {
            who: attribution::sentence_subject(para, sentence, last),
            ..Attribution::default()
        })
    })
}

/// A sentence that is nothing but quotations (and asides in brackets).
fn is_standalone(para: &Para, sentence: &std::ops::Range<usize>) -> bool {
    let mut depth = 0usize;
    for i in sentence.clone() {
        match para.word(i) {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            _ if depth == 0 && para.toks[i].kind == TokKind::Word => return false,
            _ => {}
        }
    }
    true
}

/// Quoted words that read as a title: every word capitalised ("The Final
/// Countdown"), small words aside.
fn title_like(text: &str) -> bool {
    text.split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || matches!(
                w,
                "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "vs." | "&"
            )
    })
}

/// The speaker named in the next sentence when it reports speech and quotes
/// nothing itself: “…” Smith said this on Monday.
fn next_sentence_speaker(
    para: &Para,
    si: usize,
    resolver: &Resolver,
) -> Option<(Speaker, Option<String>)> {
    let next = para.sentences.get(si + 1)?;
    if let Some(who) = attribution::signature(para, next) {
        return Some((resolver.resolve(para, &who)?, None));
    }
    let found = attribution::reported_speaker(para, next)?;
    let speaker = resolver.resolve(para, found.who.as_ref()?)?;
    Some((speaker, cue_text(para, &found)))
}

fn quote(
    para: &Para,
    pair: usize,
    found: &Attribution,
    speaker: Option<(Speaker, Option<String>)>,
    entities: &[Entity],
    sources: &mut Sources,
) -> Quote {
    let p = &para.pairs[pair];
    let text = &para.text[p.inner_start..p.inner_end];
    let speech = text.split_whitespace().count() >= SPEECH_WORDS;
    let unattributed = speaker.is_none() && (found.cue.is_none() || title_like(text));
    let kind = if found.naming || (unattributed && (!speech || title_like(text))) {
        QuoteKind::Scare
    } else {
        QuoteKind::Quote
    };
    let (speaker, cue) = match speaker.filter(|_| kind == QuoteKind::Quote) {
        Some((s, cue)) => (Some(s), cue),
        None => (None, None),
    };
    let source = QuoteSource {
        speaker: speaker
            .as_ref()
            .and_then(|s| s.entity.map(|i| entities[i].id.clone())),
        speaker_name: speaker.map(|s| s.name.to_string()),
        cue,
    };
    Quote::new(
        Span::new(para.index, p.inner_start, p.inner_end),
        sources.share(source),
        kind,
    )
}

#[cfg(test)]
mod tests;
