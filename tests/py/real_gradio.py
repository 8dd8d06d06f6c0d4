"""Where the tests find real Gradio 6.31 (the oracle), and what happens when it is missing.

`.bench-venv` (scripts/setup.sh `setup_bench_venv`) holds gradio==6.31.0; BLOCKLITE_GRADIO_PYTHON
names another interpreter. Without it a comparison test skips, except under scripts/test.sh, which
creates the venv and sets BLOCKLITE_REQUIRE_GRADIO=1 so that comparisons never skip silently.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GRADIO_PYTHON = Path(os.environ.get("BLOCKLITE_GRADIO_PYTHON", REPO / ".bench-venv/bin/python"))


def gradio_python() -> Path:
    """The interpreter with real Gradio; skips the test (fails it under the test command) if absent."""
    if not GRADIO_PYTHON.exists():
        message = (
            f"real Gradio is not installed at {GRADIO_PYTHON} (scripts/setup.sh: setup_bench_venv)"
        )
        if os.environ.get("BLOCKLITE_REQUIRE_GRADIO") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return GRADIO_PYTHON
