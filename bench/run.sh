#!/usr/bin/env bash
# Benchmarks: installs what they need, builds dist/, measures, prints ONE JSON document on stdout.
# Progress goes to stderr. See docs/performance.md.
#   bash bench/run.sh                 # cold start (5 fresh browsers per side) + click latency
#   BENCH_COLD_RUNS=9 BENCH_CLICKS=120 bash bench/run.sh
set -euo pipefail
. "$(dirname "$0")/../scripts/setup.sh"   # cd's to the repository root

{
  setup_python
  setup_npm
  setup_chromium
  build
  setup_bench_venv
} 1>&2

exec python3 bench/run.py
