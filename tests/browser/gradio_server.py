"""Serve a test page's app on real Gradio 6.31 (`.bench-venv`), for browser tests that check what
Gradio's own page shows. The app is the page's `text/x-blocklite` script, unchanged but for its
`demo.launch()`, so both sides run the same source."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from real_gradio import gradio_python

_LAUNCH = """
import sys
_, _url, _ = demo.launch(prevent_thread_lock=True, quiet=True, server_port=int(sys.argv[1]))
print("URL", _url, flush=True)
import time
while True:
    time.sleep(3600)
"""


def page_source(page: Path) -> str:
    """The Python of a test page (its `text/x-blocklite` script)."""
    found = re.search(r'<script type="text/x-blocklite">(.*?)</script>', page.read_text(), re.S)
    assert found, f"{page} has no text/x-blocklite script"
    return found.group(1)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def gradio_app(page: Path) -> Iterator[str]:
    """Real Gradio serving `page`'s app; yields its URL. Without .bench-venv the test skips (fails
    under scripts/test.sh, which makes the venv and sets BLOCKLITE_REQUIRE_GRADIO=1)."""
    python = gradio_python()
    source = page_source(page).replace("demo.launch()", "") + _LAUNCH
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "app.py"
        script.write_text(source)
        env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONWARNINGS": "ignore"}
        server = subprocess.Popen(
            [str(python), str(script), str(_free_port())],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        try:
            assert server.stdout is not None
            for line in server.stdout:  # Gradio prints the URL once it serves
                if line.startswith("URL "):
                    yield line.split()[1].rstrip("/")
                    break
            else:
                raise AssertionError("real Gradio exited before serving the app")
        finally:
            server.terminate()
            server.wait(timeout=30)
            if server.stdout is not None:
                server.stdout.close()
