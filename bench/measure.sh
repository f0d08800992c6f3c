# Sourced by the bench scripts: `measure LABEL COMMAND…` runs the command with its output in
# /tmp/landplan-bench-out and prints the label, wall seconds and peak RSS.
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o /tmp/landplan-bench-time "$@" > /tmp/landplan-bench-out
  # Its last line: a command that exits non-zero (audit's 1 for findings) adds one before it.
  read -r seconds kb < <(tail -n 1 /tmp/landplan-bench-time)
  printf '%-40s %8.2f s %8.0f MB\n' "$label" "$seconds" "$((kb / 1024))"
}

# What every bench does first: build the CLI if missing (as $cli), make bench/data, and print the
# machine line the figures belong to.
bench_start() {
  cli=build/landplan
  [ -x "$cli" ] || scripts/build.sh
  mkdir -p bench/data
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(date -u +%F)"
}
