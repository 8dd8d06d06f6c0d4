#!/usr/bin/env bash
# The whole test suite: lint, types, CPython unit tests, the worker runtime under Node, the unit
# suite inside Pyodide under Node, and the browser tests in real Chromium. Installs what it needs.
set -euo pipefail
. "$(dirname "$0")/setup.sh"
setup_python
setup_npm
setup_chromium
setup_bench_venv
build
# Real Gradio is there now: its comparison tests must run, not skip.
export BLOCKLITE_REQUIRE_GRADIO=1

echo "== lint and types"
python3 -m ruff check py tests bench
python3 -m ruff format --check py tests bench
npm run --silent typecheck

echo "== worker runtime and page logic under Node"
npm run --silent test:node

echo "== unit suite inside Pyodide (Python 3.14) under Node"
npm run --silent test:pyodide

echo "== unit suite on CPython, then browser tests in Chromium"
python3 -m pytest tests/py tests/browser
