# What .ci/loop-benchmark and .ci/load-proof share: a fresh clone to work in, the clock, medians, and the end of a watch.
# Sourced, never run: each script sets `set -euo pipefail` itself.

# A fresh clone of this checkout in $work/kata, the current directory from then on; $work goes, and every watch with it, on exit.
work_in_a_clone() {
  here=$(cd "$(dirname "$0")/.." && pwd)
  work=$(mktemp -d)
  git clone -q "$here" "$work/kata"
  cd "$work/kata"
}

now() { date +%s%N; }
seconds() { awk -v ns="$1" 'BEGIN { printf "%.1f\n", ns / 1e9 }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# "median | max" of the numbers on stdin.
stats() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f | %.1f", m, v[NR] }'; }

# Ends the watch started from $work/kata as Ctrl-C would (SIGTERM: a background job of a script starts with SIGINT
# ignored); a watch still there after 10 s is ended for good (seen once: SIGTERM sent, the watch went on). $1: its pid.
end_watch() {
  pkill -TERM -f "$work/kata/Kata.Watch/bin" || true
  for _ in $(seq 50); do pgrep -f "$work/kata/Kata.Watch/bin" >/dev/null || break; sleep 0.2; done
  if pkill -KILL -f "$work/kata/Kata.Watch/bin"; then echo "the watch outlived its SIGTERM by 10 s and was killed" >&2; fi
  wait "$1" || true
}
