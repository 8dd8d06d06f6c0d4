"""`launch()` on CPython: serve the ASGI app with uvicorn when it is installed.

blocklite's home is the browser; on CPython the same ASGI app can still be served, which is useful
for trying an app with Gradio's own clients. uvicorn is optional, not a dependency.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..launch import LaunchOptions
    from .types import ASGIApp


def serve(app: ASGIApp, options: LaunchOptions) -> None:
    """Serve `app` (a ServedApp) until interrupted; without uvicorn, say how and return."""
    try:
        import uvicorn  # type: ignore[import-not-found]
    except ImportError:
        print(
            "blocklite: launch() on CPython needs an ASGI server to serve the app "
            "(pip install uvicorn); `demo.app` is the ASGI application.",
            file=sys.stderr,
        )
        return
    host = options["server_name"] or "127.0.0.1"
    port = options["server_port"] or 7860
    print(f"* Running on http://{host}:{port}")
    uvicorn.run(app, host=host, port=port, log_level="warning")
