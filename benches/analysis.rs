//! Analysis throughput: the whole pipeline (`analysis::analyze`) over 20 MB
//! of news text built from `data/`, on one core, reported in bytes per
//! second. Two baselines run in the same group over the same text: a bare
//! `split_whitespace` pass (what a trivial word counter costs) and the
//! segmentation alone (tokens and sentences), so the figure reads as a ratio.
//!
//! A second group analyses 1, 2 and 4 MB of the same text: with a linear
//! pipeline its throughput is flat; falling throughput shows super-linear
//! work. `BYLINE_BENCH_MB` changes the size of the first group (default 20).

use byline::analysis::{analyze, segment::Document};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

#[path = "support/corpus.rs"]
mod corpus;

fn story_megabytes() -> usize {
    std::env::var("BYLINE_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20)
}

fn analysis_throughput(c: &mut Criterion) {
    let megabytes = story_megabytes();
    let story = corpus::story_of_bytes(megabytes * corpus::MB);
    let bytes = corpus::text_bytes(&story);
    let mut group = c.benchmark_group(format!("analysis_{megabytes}MB"));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("baseline_split_whitespace", |b| {
        b.iter(|| {
            story
                .paragraphs
                .iter()
                .map(|p| black_box(p).split_whitespace().count())
                .sum::<usize>()
        })
    });
    group.bench_function("baseline_segment_only", |b| {
        b.iter(|| Document::new(black_box(&story.paragraphs)).len())
    });
    group.bench_function("analyze", |b| b.iter(|| analyze(black_box(&story))));
    group.finish();
}

fn analysis_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("analysis_scaling");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    for megabytes in [1, 2, 4] {
        let story = corpus::story_of_bytes(megabytes * corpus::MB);
        group.throughput(Throughput::Bytes(corpus::text_bytes(&story) as u64));
        group.bench_with_input(
            BenchmarkId::new("analyze", format!("{megabytes}MB")),
            &story,
            |b, story| b.iter(|| analyze(black_box(story))),
        );
    }
    group.finish();
}

criterion_group!(benches, analysis_scaling, analysis_throughput);
criterion_main!(benches);
