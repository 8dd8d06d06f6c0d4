#!/usr/bin/env bash
# Idempotent set-up shared by the README's commands: Python deps, npm deps, Chromium, the build.
# Source it (`. scripts/setup.sh`) and call the steps you need; each does nothing when done already.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

setup_python() {
  # Editable install of this checkout (re-pointed on every run, so a fresh clone tests itself).
  python3 -m pip install -q --disable-pip-version-check -e '.[dev]' 2>&1 | grep -v -e "Running pip as the 'root' user" -e "is ignored: it is neither" || true
}

setup_npm() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

setup_chromium() {
  if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
  fi
  command -v chromium >/dev/null
}

build() {
  npm run --silent build
}

setup_bench_venv() {
  # Real Gradio from PyPI, in its own virtualenv: the benchmarks' comparison and the tests that
  # compare blocklite's wire values with Gradio's (tests/py/server/test_gradio_wire.py).
  # Pinned: the figures and comparisons are against the Gradio release blocklite reproduces.
  if ! .bench-venv/bin/python -c "import gradio, sys; sys.exit(gradio.__version__ != '6.31.0')" >/dev/null 2>&1; then
    echo "Creating .bench-venv with gradio==6.31.0 from PyPI (once)..."
    python3 -m venv .bench-venv
    .bench-venv/bin/pip install -q --disable-pip-version-check gradio==6.31.0
  fi
}
