"""Where the tests find real Gradio 6.31 (the oracle), and what happens when it is missing.

`.bench-venv` (scripts/setup.sh `setup_bench_venv`) holds gradio==6.31.0; BLOCKLITE_GRADIO_PYTHON
names another interpreter. Without it a comparison test skips, except under scripts/test.sh, which
creates the venv and sets BLOCKLITE_REQUIRE_GRADIO=1 so that comparisons never skip silently.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

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


#: Props blocklite leaves out of the config on purpose: they mean nothing to its page
#: (`proxy_url` is for gr.load, `_selectable` and `preserved_by_key` for Gradio's own frontend)
#: or are left at None where Gradio fills in a default the page assumes anyway.
NOT_IN_CONFIG = frozenset(
    {"proxy_url", "_selectable", "preserved_by_key", "key", "elem_classes", "show_label"}
)


def gradio_props(cases: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Each `(class name, keyword arguments)` built by real Gradio: its config props, with None
    values and NOT_IN_CONFIG left out (the config blocklite sends drops None props)."""
    import json
    import subprocess

    python = gradio_python()
    done = subprocess.run(
        [str(python), str(REPO / "tests/py/components/gradio_props_app.py")],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONWARNINGS": "ignore"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["version"] == "6.31.0"
    return [
        {k: v for k, v in props.items() if v is not None and k not in NOT_IN_CONFIG}
        for props in result["props"]
    ]
