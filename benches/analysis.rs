//! Analysis throughput: the whole pipeline (`analysis::analyze`) over 20 MB
//! of news text built from `data/`, on one core, reported in bytes per
//! second. Two baselines run in the same group over the same text: a bare
//! `split_whitespace` pass (what a trivial word counter costs) and the
//! segmentation alone (tokens and sentences), so the figure reads as a ratio.

use byline::analysis::{analyze, segment::Document};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;

#[path = "support/corpus.rs"]
mod corpus;

fn analysis_throughput(c: &mut Criterion) {
    let story = corpus::story_of_bytes(20 * corpus::MB);
    let bytes = corpus::text_bytes(&story);
    let mut group = c.benchmark_group("analysis_20MB");
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
        b.iter(|| Document::new(black_box(&story.paragraphs)).paragraphs.len())
    });
    group.bench_function("analyze", |b| b.iter(|| analyze(black_box(&story))));
    group.finish();
}

criterion_group!(benches, analysis_throughput);
criterion_main!(benches);
