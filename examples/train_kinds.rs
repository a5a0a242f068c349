//! Trains the entity-kind model (`src/analysis/entities/kind_model.rs`):
//! an averaged perceptron over the hashed features of every name whose
//! kind the rules could only guess, labelled by the hand or GUM gold of
//! the shared corpora whose licences let us ship what is learned
//! (`gum-news`: Wikinews, CC BY 2.5; `gum-genres`: CC BY / CC BY-SA
//! texts, GUM annotations CC BY 4.0). Never PolNeAR.
//!
//! ```text
//! cargo run --release --example train_kinds                 # all documents -> kind_weights.bin
//! cargo run --release --example train_kinds -- --hold-out   # train on even documents, report odd
//! ```
//! Options: `--eval DIR` (default `../shared/eval`), `--out FILE`
//! (default `src/analysis/lexicon/kind_weights.bin`). Deterministic: the
//! same documents give the same bytes.

use byline::analysis::EntityKind;
use byline::analysis::entities::{
    KIND_BUCKETS, KIND_CLASSES, KindGuess, kind_guesses, kind_overrule,
};
use byline::analysis::segment::Document;
use serde_json::Value;
use std::path::{Path, PathBuf};

const EPOCHS: usize = 12;
const NEWS_WEIGHT: usize = 3;
/// Averaged weights are stored as i16 in hundredths of an update.
const SCALE: f64 = 100.0;
const MARGINS: [i32; 10] = [0, 20, 40, 60, 80, 100, 150, 200, 300, 400];

struct Example {
    features: Vec<u32>,
    gold: usize,
    guess: KindGuess,
}

fn class_of(kind: &str) -> Option<usize> {
    let kind = match kind {
        "person" => EntityKind::Person,
        "organization" => EntityKind::Organization,
        "place" => EntityKind::Place,
        _ => return None,
    };
    KIND_CLASSES.iter().position(|&k| k == kind)
}

fn other_class() -> usize {
    KIND_CLASSES
        .iter()
        .position(|&k| k == EntityKind::Other)
        .expect("Other is a class")
}

/// Byte offset of code-point offset `chars` in `text`.
fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

/// The documents of one corpus, sorted by id: (id, paragraphs, gold
/// mentions as (paragraph, byte start, byte end, class)).
type GoldMention = (usize, usize, usize, usize);

fn load_corpus(dir: &Path) -> Vec<(String, Vec<String>, Vec<GoldMention>)> {
    let mut ids: Vec<PathBuf> = std::fs::read_dir(dir.join("gold"))
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    ids.sort();
    ids.into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a readable gold file");
            let gold: Value = serde_json::from_str(&text).expect("gold JSON");
            let paragraphs: Vec<String> = gold["paragraphs"]
                .as_array()
                .expect("paragraphs")
                .iter()
                .map(|p| p.as_str().unwrap_or("").to_string())
                .collect();
            let mut mentions = Vec::new();
            for entity in gold["entities"].as_array().into_iter().flatten() {
                let Some(class) = class_of(entity["kind"].as_str().unwrap_or("")) else {
                    continue;
                };
                for m in entity["mentions"].as_array().into_iter().flatten() {
                    let p = m["paragraph"].as_u64().unwrap_or(0) as usize;
                    let Some(text) = paragraphs.get(p) else {
                        continue;
                    };
                    let start = byte_at(text, m["start"].as_u64().unwrap_or(0) as usize);
                    let end = byte_at(text, m["end"].as_u64().unwrap_or(0) as usize);
                    mentions.push((p, start, end, class));
                }
            }
            let id = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            (id, paragraphs, mentions)
        })
        .collect()
}

/// The gold class of a guessed name: the class most of its overlapping
/// gold mentions have, Other where none overlaps.
fn label(guess: &KindGuess, gold: &[GoldMention]) -> usize {
    let mut votes = [0usize; KIND_CLASSES.len()];
    for &(p, start, end) in &guess.spans {
        for &(gp, gs, ge, class) in gold {
            if gp == p && gs < end && start < ge {
                votes[class] += 1;
            }
        }
    }
    let (best, &n) = votes
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
        .expect("classes");
    if n == 0 { other_class() } else { best }
}

fn examples(docs: &[(String, Vec<String>, Vec<GoldMention>)]) -> Vec<Example> {
    let mut out = Vec::new();
    for (_, paragraphs, gold) in docs {
        let doc = Document::new(paragraphs);
        for guess in kind_guesses(&doc) {
            out.push(Example {
                features: guess.features.clone(),
                gold: label(&guess, gold),
                guess,
            });
        }
    }
    out
}

/// Averaged multi-class perceptron; examples visited in a fixed
/// pseudo-random order per epoch.
fn train(examples: &[Example]) -> Vec<i16> {
    let classes = KIND_CLASSES.len();
    let size = KIND_BUCKETS * classes;
    let mut weights = vec![0f64; size];
    let mut totals = vec![0f64; size];
    let mut stamps = vec![0u64; size];
    let mut step: u64 = 1;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let bump = |i: usize, by: f64, step: u64, w: &mut [f64], t: &mut [f64], s: &mut [u64]| {
        t[i] += (step - s[i]) as f64 * w[i];
        s[i] = step;
        w[i] += by;
    };
    for _ in 0..EPOCHS {
        for k in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(k, (seed % (k as u64 + 1)) as usize);
        }
        for &e in &order {
            let example = &examples[e];
            let mut scores = vec![0f64; classes];
            for &f in &example.features {
                for (c, score) in scores.iter_mut().enumerate() {
                    *score += weights[f as usize * classes + c];
                }
            }
            let predicted = (0..classes)
                .max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a)))
                .expect("classes");
            if predicted != example.gold {
                for &f in &example.features {
                    let row = f as usize * classes;
                    bump(
                        row + example.gold,
                        1.0,
                        step,
                        &mut weights,
                        &mut totals,
                        &mut stamps,
                    );
                    bump(
                        row + predicted,
                        -1.0,
                        step,
                        &mut weights,
                        &mut totals,
                        &mut stamps,
                    );
                }
            }
            step += 1;
        }
    }
    (0..size)
        .map(|i| {
            let total = totals[i] + (step - stamps[i]) as f64 * weights[i];
            (total / step as f64 * SCALE)
                .round()
                .clamp(-32767.0, 32767.0) as i16
        })
        .collect()
}

/// (rules right, final right) over the examples at a margin.
fn accuracy(weights: &[i16], examples: &[Example], margin: i32) -> (usize, usize) {
    let mut rules = 0;
    let mut model = 0;
    for e in examples {
        let rule = KIND_CLASSES.iter().position(|&k| k == e.guess.rule);
        let verdict = kind_overrule(weights, &e.guess, margin)
            .and_then(|k| KIND_CLASSES.iter().position(|&c| c == k))
            .or(rule);
        rules += usize::from(rule == Some(e.gold));
        model += usize::from(verdict == Some(e.gold));
    }
    (rules, model)
}

/// Where the model overrules the rules at a margin, how often it is right,
/// by (rules' kind -> model's kind).
fn overrules(name: &str, weights: &[i16], examples: &[Example], margin: i32) {
    let mut table: std::collections::BTreeMap<(String, String), (usize, usize)> =
        Default::default();
    for e in examples {
        if let Some(kind) = kind_overrule(weights, &e.guess, margin) {
            let right = KIND_CLASSES[e.gold] == kind;
            let wrong_before = KIND_CLASSES[e.gold] != e.guess.rule;
            let cell = table
                .entry((format!("{:?}", e.guess.rule), format!("{kind:?}")))
                .or_default();
            cell.0 += usize::from(right);
            cell.1 += usize::from(!right && !wrong_before);
        }
    }
    for ((from, to), (fixed, broken)) in table {
        println!(
            "{name:9} margin {margin}: {from:>12} -> {to:12} fixed {fixed:4} broken {broken:4}"
        );
    }
}

fn report(name: &str, weights: &[i16], examples: &[Example]) {
    let n = examples.len().max(1) as f64;
    for margin in MARGINS {
        let (rules, model) = accuracy(weights, examples, margin);
        println!(
            "{name:9} margin {margin:3}: names {:5}  rules right {:.3}  with the model {:.3}",
            examples.len(),
            rules as f64 / n,
            model as f64 / n
        );
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut eval = PathBuf::from("../shared/eval");
    let mut out = PathBuf::from("src/analysis/lexicon/kind_weights.bin");
    let mut hold_out = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--eval" => eval = PathBuf::from(args.next().expect("--eval DIR")),
            "--out" => out = PathBuf::from(args.next().expect("--out FILE")),
            "--hold-out" => hold_out = true,
            other => panic!("unknown argument {other}"),
        }
    }
    let mut train_docs = Vec::new();
    let mut held_docs = Vec::new();
    for corpus in ["gum-news", "gum-genres"] {
        for (i, doc) in load_corpus(&eval.join(corpus)).into_iter().enumerate() {
            if hold_out && i % 2 == 1 {
                held_docs.push(doc);
            } else {
                train_docs.push(doc);
            }
        }
    }
    // News counts three times: the model serves a news reader, and the
    // other genres outnumber it six to one.
    let mut train_examples = examples(&train_docs);
    let news: Vec<&(String, Vec<String>, Vec<GoldMention>)> = train_docs
        .iter()
        .filter(|(id, _, _)| id.starts_with("GUM_news"))
        .collect();
    for _ in 0..NEWS_WEIGHT - 1 {
        for doc in &news {
            train_examples.extend(examples(std::slice::from_ref(*doc)));
        }
    }
    let weights = train(&train_examples);
    report("train", &weights, &train_examples);
    if hold_out {
        let held = examples(&held_docs);
        report("held-out", &weights, &held);
        overrules("held-out", &weights, &held, 100);
        let held_news: Vec<Example> = examples(
            &held_docs
                .iter()
                .filter(|(id, _, _)| id.starts_with("GUM_news"))
                .cloned()
                .collect::<Vec<_>>(),
        );
        overrules("held-news", &weights, &held_news, 100);
        let ids: Vec<&str> = held_docs.iter().map(|(id, _, _)| id.as_str()).collect();
        println!("held-out documents: {}", ids.join(" "));
    }
    let bytes: Vec<u8> = weights.iter().flat_map(|w| w.to_le_bytes()).collect();
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    println!("wrote {}", out.display());
}
