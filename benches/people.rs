//! The library-wide index (`byline::index`):
//!
//! - Indexing the 2,000-story library of `benches/library.rs` (loaded
//!   beforehand, no cache): every story analysed on one thread (the
//!   baseline) and on rayon's pool of all cores, in the same run.
//! - Adding 500 new stories (analysed, no cache) to an index of 50,000.
//!   The 50,000 are the same generator's stories, built in memory once.
//! - The People screen's first frame on those 50,000 (200x60, TestBackend):
//!   the finished index handed to the reader, `P`, the frame drawn; the
//!   baseline is the library's own frame in the same reader.

use byline::article::{Article, load_library};
use byline::index::{Index, MemoryCache, NoCache};
use byline::ui::people::IndexHandle;
use byline::ui::{Action, App, draw};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/library.rs"]
mod library;

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool")
}

fn index_library(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    library::write_library(dir.path());
    let loaded = load_library(&[dir.path().to_path_buf()]);
    assert_eq!(loaded.articles.len(), library::ARTICLES);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut group = c.benchmark_group("index_2000_stories");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(10));
    for (name, threads) in [("one_thread", 1), ("all_cores", cores)] {
        let pool = pool(threads);
        group.bench_function(name, |b| {
            b.iter(|| pool.install(|| Index::build(black_box(&loaded.articles))))
        });
    }
    group.finish();
}

/// `count` stories of the library generator's kind, named story-N.
fn stories(from: usize, count: usize) -> Vec<Article> {
    let source = corpus::news_paragraphs();
    (from..from + count)
        .map(|i| {
            let length = 6 + (i * 7) % 25;
            let start = (i * 13) % source.len();
            Article {
                title: format!("Story number {i} of the day"),
                path: PathBuf::from(format!("story-{i}")),
                published: Some(format!("2031-{:02}-{:02}", 1 + i % 12, 1 + i % 28)),
                paragraphs: (0..length)
                    .map(|k| source[(start + k) % source.len()].clone())
                    .collect(),
                ..Article::default()
            }
        })
        .collect()
}

fn add_to_big_index(c: &mut Criterion) {
    // Stories repeat the bundled text, so a cache makes the 50,000 quick
    // to build; the 500 added are analysed for real (no cache).
    let mut index = Index::new();
    let library = stories(0, 50_000);
    index.add(&library, &mut MemoryCache::default());
    let new = stories(50_000, 500);
    let mut group = c.benchmark_group("index_50000_stories");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("add_500", |b| {
        b.iter_batched(
            || index.clone(),
            |mut index| {
                let added = index.add(black_box(&new), &mut NoCache);
                assert_eq!(added.analysed, 500);
                index
            },
            BatchSize::LargeInput,
        )
    });
    let handle = IndexHandle::new(Arc::new(index), &library);
    let mut app = App::new(library, false);
    app.update(Action::Resize {
        width: 200,
        height: 60,
    });
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
    group.bench_function("library_frame", |b| {
        b.iter(|| terminal.draw(|f| draw(&app, f)).map(|_| ()).expect("draw"))
    });
    group.bench_function("people_first_frame", |b| {
        b.iter(|| {
            app.update(Action::IndexReady(handle.clone()));
            app.update(Action::OpenPeople);
            terminal.draw(|f| draw(&app, f)).expect("draw");
            app.update(Action::Back);
        })
    });
    group.finish();
}

criterion_group!(benches, index_library, add_to_big_index);
criterion_main!(benches);
