#!/usr/bin/env bash
# Peak memory and end-to-end speed of `byline analyze --json` on a 20 MB story.
#
#   bash benches/memory.sh [MEGABYTES]     (default 20)
#
# Builds the release binary, writes a story of MEGABYTES of news text (the
# paragraphs of data/ repeated, one per line; needs python3) to a temp folder,
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
# Every paragraph of every article in data/ (all formats, read by byline
# itself), one per line, repeated in order until the story is big enough:
# the same text the criterion benches use.
target/release/byline analyze --json data/ 2> /dev/null |
  python3 -c '
import json, sys
target = int(sys.argv[1])
paragraphs = [p for line in sys.stdin for p in json.loads(line)["paragraphs"] if p.strip()]
out, size = [], 0
while size < target:
    for p in paragraphs:
        if size >= target:
            break
        out.append(p)
        size += len(p.encode()) + 1
sys.stdout.write("\n".join(out) + "\n")
' "$target_bytes" > "$story"
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
