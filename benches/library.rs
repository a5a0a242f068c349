//! Opening a big library: a folder of 2,000 articles (a mix of .txt, .json,
//! .md and .jsonl files built from `data/`) loaded with `load_library`, then
//! the reader's first frame (the library list at 200x60, which analyses the
//! rows in view for their counts), drawn into ratatui's TestBackend. The
//! baseline in the same group is reading the same files' bytes with no
//! parsing at all.

use byline::article::load_library;
use byline::ui::{Action, App, draw};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::time::Duration;

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/library.rs"]
mod library;

use library::{ARTICLES, write_library};

fn open_library(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let files = write_library(dir.path());
    let folder = vec![dir.path().to_path_buf()];
    let mut group = c.benchmark_group("library_2000_articles");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("baseline_read_bytes", |b| {
        b.iter(|| {
            files
                .iter()
                .map(|f| std::fs::read(f).expect("read").len())
                .sum::<usize>()
        })
    });
    group.bench_function("load_library", |b| {
        b.iter(|| {
            let loaded = load_library(black_box(&folder));
            assert_eq!(
                loaded.articles.len(),
                ARTICLES,
                "{:?}",
                loaded.errors.first()
            );
            loaded
        })
    });
    group.bench_function("load_library_to_first_frame", |b| {
        b.iter(|| {
            let loaded = load_library(black_box(&folder));
            let mut app = App::new(loaded.articles, false);
            app.update(Action::Resize {
                width: 200,
                height: 60,
            });
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("terminal");
            terminal.draw(|f| draw(&app, f)).expect("draw");
            app
        })
    });
    group.finish();
}

criterion_group!(benches, open_library);
criterion_main!(benches);
