"""Browser-test fixtures: Debian's Chromium, a static server for the repo, console-error policing.

Every browser test fails if the page logs a console error or throws, unless it is marked
`allow_console_errors` (tests of error reporting expect them).
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, REPO, StaticServer
from playwright.sync_api import ConsoleMessage, Error, Page

from blocklite.cli import StaticHandler


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run the README's test command, which installs it")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def _serve(isolate: bool) -> Iterator[StaticServer]:
    if not (REPO / "dist" / "blocklite.js").exists():
        pytest.fail("dist/ is not built: run `npm run build` (the README's test command does)")
    seen: list[str] = []

    class LoggingHandler(StaticHandler):
        def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
            seen.append(self.path)

    LoggingHandler.isolate = isolate

    def handler(*args: Any, **kwargs: Any) -> LoggingHandler:
        return LoggingHandler(*args, directory=str(REPO), **kwargs)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield StaticServer(f"http://{host}:{port}", seen)
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def static_server() -> Iterator[StaticServer]:
    """The repo root over HTTP on 127.0.0.1 (examples/ and dist/ side by side), logging paths.

    Not cross-origin isolated (what a plain static host gives): most tests run this way, so Stop
    on a sync handler restarts the worker there (tests/browser/test_worker_recovery.py)."""
    yield from _serve(isolate=False)


@pytest.fixture(scope="session")
def isolated_server() -> Iterator[StaticServer]:
    """The same, with the COOP/COEP headers `blocklite serve` sends by default: the page is
    cross-origin isolated, so Stop interrupts Python (tests/browser/test_worker_stop.py)."""
    yield from _serve(isolate=True)


@pytest.fixture(autouse=True)
def _fail_on_console_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    if "page" not in request.fixturenames:
        yield
        return
    page: Page = request.getfixturevalue("page")
    errors: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(f"console.error: {message.text}")

    def on_page_error(error: Error) -> None:
        errors.append(f"uncaught: {error}")

    page.on("console", on_console)
    page.on("pageerror", on_page_error)
    yield
    if errors and request.node.get_closest_marker("allow_console_errors") is None:
        pytest.fail("the page logged errors:\n" + "\n".join(errors))
