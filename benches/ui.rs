//! The reader under load, measured through its public API and ratatui's
//! TestBackend (so the figures include building the frame and diffing it,
//! not writing to a real terminal).
//!
//! - Frame cost independent of story size: the story screen at 200x60 for a
//!   100-paragraph story (the baseline) and a 20,000-paragraph one, each
//!   with its real analysis: a frame after scrolling one row, a frame at the
//!   end of the story, and opening the story up to its first frame.
//! - Search: every match of a 3-letter query in a 10 MB story, against a
//!   plain case-sensitive `str::matches` count over the same paragraphs; and
//!   typing the query one key at a time (first key searches, each further
//!   key refines), directly and through `App::update`.

use byline::analysis::{Analysis, analyze};
use byline::article::Article;
use byline::ui::search::{find_all, refine};
use byline::ui::{Action, App, draw};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::time::Duration;

#[path = "support/corpus.rs"]
mod corpus;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

fn open(story: Article, analysis: Analysis) -> App {
    let mut app = App::with_analyses(vec![(story, analysis)], true);
    app.update(Action::Resize {
        width: WIDTH,
        height: HEIGHT,
    });
    app
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal")
}

fn frame_cost(c: &mut Criterion) {
    let mut group = c.benchmark_group("story_frame_200x60");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for paragraphs in [100, 20_000] {
        let story = corpus::story_of_paragraphs(paragraphs);
        let analysis = analyze(&story);
        let mut app = open(story.clone(), analysis.clone());
        let mut term = terminal();
        term.draw(|f| draw(&app, f)).expect("draw");
        // Scroll one row down and back up: every frame shows new content.
        let mut step = 1;
        group.bench_function(format!("scroll_1_row/{paragraphs}_paragraphs"), |b| {
            b.iter(|| {
                app.update(Action::MoveBy(step));
                step = -step;
                term.draw(|f| draw(&app, f)).expect("draw");
            })
        });
        app.update(Action::Bottom);
        group.bench_function(format!("at_the_end/{paragraphs}_paragraphs"), |b| {
            b.iter(|| {
                app.update(Action::MoveBy(step));
                step = -step;
                term.draw(|f| draw(&app, f)).expect("draw");
            })
        });
        group.bench_function(
            format!("open_to_first_frame/{paragraphs}_paragraphs"),
            |b| {
                b.iter_batched(
                    || (story.clone(), analysis.clone(), terminal()),
                    |(story, analysis, mut term)| {
                        let app = open(story, analysis);
                        term.draw(|f| draw(&app, f)).expect("draw");
                        app
                    },
                    BatchSize::LargeInput,
                )
            },
        );
    }
    group.finish();
}

fn search(c: &mut Criterion) {
    let story = corpus::story_of_bytes(10 * corpus::MB);
    let bytes = corpus::text_bytes(&story) as u64;
    let query = "the";
    let mut group = c.benchmark_group("search_10MB");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.bench_function("baseline_str_matches_count", |b| {
        b.iter(|| {
            story
                .paragraphs
                .iter()
                .map(|p| black_box(p).matches(query).count())
                .sum::<usize>()
        })
    });
    group.bench_function("find_all_3_letters", |b| {
        b.iter(|| find_all(black_box(&story), query))
    });
    let t = find_all(&story, "t");
    let th = refine(&story, &t, "th");
    group.bench_function("keystroke_1_find_all_t", |b| {
        b.iter(|| find_all(black_box(&story), "t"))
    });
    group.bench_function("keystroke_2_refine_th", |b| {
        b.iter(|| refine(black_box(&story), &t, "th"))
    });
    group.bench_function("keystroke_3_refine_the", |b| {
        b.iter(|| refine(black_box(&story), &th, "the"))
    });
    let mut app = open(story.clone(), Analysis::default());
    group.bench_function("app_type_t_h_e_then_cancel", |b| {
        b.iter(|| {
            app.update(Action::StartSearch);
            for key in query.chars() {
                app.update(Action::Input(key));
            }
            app.update(Action::CancelInput);
        })
    });
    group.finish();
}

criterion_group!(benches, frame_cost, search);
criterion_main!(benches);
