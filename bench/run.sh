#!/usr/bin/env bash
# Benchmarks: installs what they need, builds dist/, measures, prints ONE JSON document on stdout.
# Progress goes to stderr. See docs/performance.md.
#   bash bench/run.sh                 # cold start (5 fresh browsers per side) + click latency
#   BENCH_COLD_RUNS=9 BENCH_CLICKS=120 bash bench/run.sh
set -euo pipefail
. "$(dirname "$0")/../scripts/setup.sh"   # cd's to the repository root

setup_bench_venv() {
  # Real Gradio from PyPI, in its own virtualenv, for the click-latency comparison.
  # Pinned: the figures compare against the Gradio release blocklite reproduces.
  if ! .bench-venv/bin/python -c "import gradio, sys; sys.exit(gradio.__version__ != '6.31.0')" >/dev/null 2>&1; then
    echo "Creating .bench-venv with gradio==6.31.0 from PyPI (once)..."
    python3 -m venv .bench-venv
    .bench-venv/bin/pip install -q --disable-pip-version-check gradio==6.31.0
  fi
}

{
  setup_python
  setup_npm
  setup_chromium
  build
  setup_bench_venv
} 1>&2

exec python3 bench/run.py
