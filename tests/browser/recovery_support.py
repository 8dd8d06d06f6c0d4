"""What the worker stop and recovery tests share: the page, and the page-side records they read.

`WATCH` records, in `window.__handlers`, every handler start/end the app's current worker reports
(`{state, run, eventId, t}` with `t` from performance.now()), through the worker the app handle
exposes (`blocklite.apps.get(...).worker`), and the time of every Stop click in `window.__stopAt`.
"""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page

PAGE = "/tests/browser/pages/worker_recovery.html"

WATCH = """() => {
  const app = globalThis.blocklite.apps.get("app-1");
  window.__handlers = [];
  app.worker.addEventListener("message", (ev) => {
    const d = ev.data;
    if (d && d.type === "handler") window.__handlers.push({ ...d, t: performance.now() });
  });
  document.querySelector("#stop").addEventListener(
    "click", () => { window.__stopAt = performance.now(); }, { capture: true });
}"""


def watch(page: Page) -> None:
    page.evaluate(WATCH)


def handler_count(page: Page) -> int:
    """How many handler reports were recorded so far (pass it to `wait_handler` as `after`)."""
    return int(page.evaluate("() => window.__handlers.length"))


def wait_handler(page: Page, state: str, after: int = 0, run: int | None = None) -> dict:
    """Wait for the worker to report a handler `state` ("start"/"end") among the reports from
    index `after` on (of the run numbered `run`, if given); returns that report (`t`: page time).
    Earlier handlers (a `change` listener, `load`) report too, so callers say where to look."""
    find = """([state, after, run]) => window.__handlers.slice(after).find(
        (h) => h.state === state && (run === null || h.run === run))"""
    page.wait_for_function(find, arg=[state, after, run], timeout=BOOT_TIMEOUT_MS)
    return dict(page.evaluate(find, [state, after, run]))


def restarts(page: Page) -> int:
    return int(page.evaluate("() => globalThis.blocklite.apps.get('app-1').restarts"))


def wait_restarted(page: Page, count: int = 1) -> None:
    """The app has restarted `count` times and rendered the new session (its notice says so)."""
    page.wait_for_function(
        """(count) => {
          const app = globalThis.blocklite.apps.get("app-1");
          const notice = app.root.querySelector(".blocklite-notice-worker");
          return app.restarts === count && notice && notice.textContent.includes("was restarted");
        }""",
        arg=count,
        timeout=BOOT_TIMEOUT_MS,
    )
