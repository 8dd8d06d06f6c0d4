"""One booted page shared by the tests of a module, with the console-error check kept working.

Booting Python takes seconds; tests that do not interfere can share a page. A module overrides
pytest-playwright's function-scoped `page` with a module-scoped one built by `shared_page()`:

    @pytest.fixture(scope="module")
    def page(browser, browser_context_args, static_server):
        yield from shared_page(browser, browser_context_args, f"{static_server.url}/...")

    _console = console_errors_fixture()   # errors logged before a test (boot, between tests) fail it

conftest.py's check still runs for every test (it attaches its listeners to the shared page when the
test starts); `console_errors_fixture` adds what it cannot see: errors logged while the page booted
and between tests, reported by the next test. Both honour `@pytest.mark.allow_console_errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from browser_support import CHROMIUM, CHROMIUM_ARGS, open_app
from playwright.sync_api import Browser, BrowserType, ConsoleMessage, Error, Page

#: Errors logged on a shared page, keyed by the page, until a test claims them.
_ERRORS: dict[int, list[str]] = {}


def shared_page(
    browser: Browser, context_args: dict[str, Any], url: str, init_script: str | None = None
) -> Iterator[Page]:
    """A fresh context and page, console errors recorded from the start, the app opened and rendered."""
    context = browser.new_context(**context_args)
    page = context.new_page()
    errors = _ERRORS.setdefault(id(page), [])

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(f"console.error: {message.text}")

    def on_page_error(error: Error) -> None:
        errors.append(f"uncaught: {error}")

    page.on("console", on_console)
    page.on("pageerror", on_page_error)
    if init_script:
        page.add_init_script(init_script)
    try:
        open_app(page, url)
        yield page
    finally:
        _ERRORS.pop(id(page), None)
        context.close()


def shared_page_fixture(
    path: str, init_script: str | None = None, **context_args: Any
) -> Callable[..., Iterator[Page]]:
    """A module-scoped `page` fixture: `path` (from the repo root) booted once in a fresh context
    made with pytest-playwright's context arguments plus `context_args`."""

    @pytest.fixture(scope="module", name="page")
    def _shared_page(
        browser: Browser, browser_context_args: dict[str, Any], static_server: Any
    ) -> Iterator[Page]:
        args = {**browser_context_args, **context_args}
        yield from shared_page(browser, args, static_server.url + path, init_script)

    return _shared_page


def console_errors_fixture() -> Callable[..., Iterator[None]]:
    """An autouse fixture for the module: fail a test on errors its shared `page` logged before it started."""

    @pytest.fixture(autouse=True)
    def _shared_page_console_errors(request: pytest.FixtureRequest, page: Page) -> Iterator[None]:
        errors = _ERRORS.get(id(page), [])
        before = list(errors)  # logged while booting or between tests: nobody else saw them
        errors.clear()
        yield
        errors.clear()  # logged during the test: conftest.py's check reports those
        if before and request.node.get_closest_marker("allow_console_errors") is None:
            pytest.fail("the shared page logged errors before this test:\n" + "\n".join(before))

    return _shared_page_console_errors


def app_eval(page: Page, expression: str) -> Any:
    """Evaluate `expression` with `app` bound to the page's first app handle."""
    return page.evaluate(
        f"(() => {{ const app = [...blocklite.apps.values()][0]; return {expression}; }})()"
    )


#: Chromium's fake microphone and camera, allowed without a prompt.
FAKE_MEDIA_ARGS = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


def fake_media_browser_fixture(*, autoplay: bool = False) -> Callable[..., Iterator[Browser]]:
    """A module-scoped `browser` fixture: Chromium with the fake camera and microphone (and, with
    `autoplay`, media that plays without a gesture). Only the modules that record or capture
    need it; every other module keeps the shared browser and its plain launch arguments."""
    extra = [
        *FAKE_MEDIA_ARGS,
        *(["--autoplay-policy=no-user-gesture-required"] if autoplay else []),
    ]

    @pytest.fixture(scope="module")
    def browser(
        browser_type: BrowserType, browser_type_launch_args: dict[str, Any]
    ) -> Iterator[Browser]:
        args = [*browser_type_launch_args.get("args", CHROMIUM_ARGS), *extra]
        launched = browser_type.launch(
            **{**browser_type_launch_args, "executable_path": CHROMIUM, "args": args}
        )
        yield launched
        launched.close()

    return browser
