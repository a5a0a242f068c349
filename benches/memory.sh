#!/usr/bin/env bash
# Peak memory and end-to-end speed of `byline analyze --json` on a 20 MB story.
#
#   bash benches/memory.sh [MEGABYTES]     (default 20)
#
# Builds the release binary, writes a story of MEGABYTES of news text (the
# .txt articles of data/ repeated, one paragraph per line) to a temp folder,
# then runs under GNU time (`/usr/bin/time -v`; on Debian: apt-get install -y time):
#   - baseline: `cat story.txt > out`, the cost of just moving the bytes;
#   - `byline analyze --json story.txt > out.json`.
# Prints wall time, throughput (story MB / s) and peak resident memory, and
# the ratio of peak memory to story size (target: at most 15x), and of
# throughput (target: at least 10 MB/s including JSON output).
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-20}"
if [[ ! -x /usr/bin/time ]]; then
  echo "memory.sh needs GNU time: apt-get install -y time" >&2
  exit 2
fi
cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
story="$work/story.txt"
target_bytes=$((megabytes * 1024 * 1024))
shopt -s nullglob
sources=(data/*.txt)
if [[ ${#sources[@]} -eq 0 ]]; then
  echo "no .txt articles in data/" >&2
  exit 2
fi
# Paragraph lines only (blank lines dropped), one file after another, until
# the story is big enough.
grep -hv '^[[:space:]]*$' "${sources[@]}" > "$work/one-round.txt"
: > "$story"
while (($(stat -c %s "$story") < target_bytes)); do
  cat "$work/one-round.txt" >> "$story"
done
bytes=$(stat -c %s "$story")

# run NAME OUTPUT COMMAND...: wall seconds and peak RSS (KiB) of COMMAND.
run() {
  local name="$1" output="$2"
  shift 2
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$work/$name.time" "$@" > "$output"
  end=$(date +%s%N)
  local rss
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/$name.time")
  awk -v name="$name" -v ns=$((end - start)) -v rss="$rss" -v bytes="$bytes" 'BEGIN {
    s = ns / 1e9; mb = bytes / 1048576
    printf "%-28s %8.3f s  %8.1f MB/s  peak RSS %8.1f MB  (%5.2fx the story)\n",
      name, s, mb / s, rss / 1024, rss * 1024 / bytes
  }'
}

awk -v b="$bytes" -v p="$(wc -l < "$story")" \
  'BEGIN { printf "story: %.1f MB (%d bytes), %d paragraphs\n", b / 1048576, b, p }'
run "baseline: cat" "$work/copy.txt" cat "$story"
run "byline analyze --json" "$work/out.json" target/release/byline analyze --json "$story"
awk -v b="$(stat -c %s "$work/out.json")" 'BEGIN { printf "JSON output: %.1f MB\n", b / 1048576 }'
