//! Pasting into a prompt costs time in proportion to the paste (issue #11,
//! item 5): a paste is one edit, refined once.
//!
//! - Story search in a 1 MB story and the title filter of a 100,000-article
//!   library: pastes of 25, 50 and 100 KB through `App::update`
//!   (`Action::Paste`, what a bracketed paste or a burst of keys becomes).
//!   Linear: twice the paste, about twice the time.
//! - The baseline, in the same run: the same text typed one key at a time
//!   (`Action::Input` per character, which is what a paste was before), at
//!   sizes ten to a hundred times smaller, since it grows with the square of
//!   the length.
//!
//! `cargo bench --bench paste`

use byline::analysis::Analysis;
use byline::article::Article;
use byline::ui::{Action, App};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::time::Duration;

#[path = "support/corpus.rs"]
mod corpus;

const KB: usize = 1024;

/// `bytes` of news text, one paragraph a line, its line breaks already the
/// spaces the keymap makes of them.
fn pasted_text(bytes: usize) -> String {
    let mut text = String::new();
    for paragraph in corpus::news_paragraphs().iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(paragraph);
        text.push(' ');
    }
    text.truncate(text.floor_char_boundary(bytes));
    text
}

fn story_app() -> App {
    let story = corpus::story_of_bytes(corpus::MB);
    let mut app = App::with_analyses(vec![(story, Analysis::default())], true);
    app.update(Action::Resize {
        width: 200,
        height: 60,
    });
    app
}

fn library_app() -> App {
    let paragraphs = corpus::news_paragraphs();
    let articles = (0..100_000)
        .map(|i| {
            let title = &paragraphs[i % paragraphs.len()];
            let title = &title[..title.floor_char_boundary(60)];
            Article::from_paragraphs(&format!("{title} {i}"), &["Text."])
        })
        .collect();
    let mut app = App::with_analyzer(articles, false, |_| Analysis::default());
    app.update(Action::Resize {
        width: 200,
        height: 60,
    });
    app
}

/// Open the prompt, put `text` in it (pasted or typed), close it again.
fn enter_text(app: &mut App, text: &str, pasted: bool) {
    app.update(Action::StartSearch);
    if pasted {
        app.update(Action::Paste(text.to_string()));
    } else {
        for ch in text.chars() {
            app.update(Action::Input(ch));
        }
    }
    app.update(Action::CancelInput);
}

fn bench_prompt(c: &mut Criterion, name: &str, mut app: App, typed_sizes: [usize; 3]) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for bytes in [25 * KB, 50 * KB, 100 * KB] {
        let text = pasted_text(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("paste", bytes / KB), &text, |b, text| {
            b.iter(|| enter_text(&mut app, text, true))
        });
    }
    for bytes in typed_sizes {
        let text = pasted_text(bytes);
        group.throughput(Throughput::Bytes(text.len() as u64));
        let id = BenchmarkId::new("baseline_typed_key_by_key", bytes);
        group.bench_with_input(id, &text, |b, text| {
            b.iter(|| enter_text(&mut app, text, false))
        });
    }
    group.finish();
}

fn paste(c: &mut Criterion) {
    bench_prompt(c, "paste_story_search_1MB", story_app(), [1024, 2048, 4096]);
    bench_prompt(
        c,
        "paste_library_filter_100000",
        library_app(),
        [64, 128, 256],
    );
}

criterion_group!(benches, paste);
criterion_main!(benches);
