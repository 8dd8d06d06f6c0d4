"""What a page sent to its app's worker and what came back, and waits on definite signals from it.

Why it exists: a test of "nothing happened" (no event fired, no more values after Stop, a stopped
timer) must not pass merely because the unwanted thing came late. These helpers give such tests a
definite point to wait for instead of a sleep:

- `RECORD_REQUESTS` (an init script) records every `queue/join` and `cancel` body the page sends and
  every message of the queue's event stream, in order (`window.__joins`, `__cancels`, `__messages`).
- `dep_id(page, api_name)` is the one place tests read the app's dependencies: the listeners of
  the test pages have explicit `api_name`s.
- `sentinel(page)` clicks the page's sentinel button (`elem_id="sentinel_btn"`, a listener with
  `api_name="sentinel"` adding 1 to `sentinel_out`) and waits for its answer. The page sends joins in
  the order the events fire and the app's one worker runs sync handlers one at a time in join order,
  so an event wrongly fired before the sentinel has been joined and answered by the time the
  sentinel's answer shows. `joins_since(page, mark)` then lists what was joined after `mark`
  (without the sentinel's own joins).
- `wait_finished(page, joins)`: the server has sent `process_completed` for these events (nothing
  more can come for them). `wait_page_intervals(page, ms, n)`: a page timer of period `ms` fired `n`
  times, a clock for timer tests on a page whose own timers are all stopped.
"""

from __future__ import annotations

from typing import Any

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page

#: An init script that records, in `window.__joins` / `window.__cancels`, the bodies of the queue/join
#: and cancel requests the page sends (by wrapping whatever `fetch` the shim installs) and, in
#: `window.__messages`, every message of the queue's event streams as `{event_id, msg, success}` (by
#: watching `dispatchEvent` of the shim's EventSource, which dispatches each message it receives).
RECORD_REQUESTS = """
(() => {
  const native = window.fetch;
  let inner = null;
  window.__joins = [];
  window.__cancels = [];
  window.__messages = [];
  const wrapped = function (input, init) {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url.includes("/queue/join") && init && typeof init.body === "string") {
      window.__joins.push(JSON.parse(init.body));
    }
    if (url.endsWith("/gradio_api/cancel") && init && typeof init.body === "string") {
      window.__cancels.push(JSON.parse(init.body));
    }
    return inner.call(this, input, init);
  };
  Object.defineProperty(window, "fetch", {
    configurable: true,
    get() { return inner ? wrapped : native; },
    set(v) { inner = v; },
  });
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function (event) {
    if (event.type === "message" && typeof this.url === "string" && this.url.includes("/queue/data")) {
      try {
        const m = JSON.parse(String(event.data));
        window.__messages.push({ event_id: m.event_id, msg: m.msg, success: m.success });
      } catch (err) {
        window.__messages.push({ event_id: null, msg: "not json", success: null });
      }
    }
    return dispatch.call(this, event);
  };
})();
"""

_FIRST_APP = "[...blocklite.apps.values()][0]"


def dep_id(page: Page, api_name: str) -> int:
    """The id (`fn_index`) of the first app's listener with this `api_name`, from the config the app
    serves (fetched once per page; the page's own copy of the config keeps no api names)."""
    found = page.evaluate(
        "async (name) => { window.__served_config ??= fetch("
        f"{_FIRST_APP}.rootUrl + 'config').then(r => r.json());"
        " const config = await window.__served_config;"
        " return config.dependencies.filter(d => d.api_name === name).map(d => d.id); }",
        api_name,
    )
    assert len(found) == 1, f"{len(found)} listeners have api_name {api_name!r}"
    return found[0]


def joins(page: Page) -> list[dict[str, Any]]:
    """Every queue/join body the page sent, in order."""
    return page.evaluate("window.__joins")


def joins_for(page: Page, dep: int) -> list[dict[str, Any]]:
    """The joins of one listener, in order."""
    return [j for j in joins(page) if j["fn_index"] == dep]


def mark(page: Page) -> int:
    """A point in the record of joins, for `joins_since`."""
    return page.evaluate("window.__joins.length")


def joins_since(page: Page, since: int) -> list[dict[str, Any]]:
    """The joins sent after `mark()` returned `since`, without the sentinel's own."""
    sentinel_dep = dep_id(page, "sentinel")
    return [j for j in joins(page)[since:] if j["fn_index"] != sentinel_dep]


def sentinel(page: Page, timeout: float = BOOT_TIMEOUT_MS) -> None:
    """Click the sentinel (without moving focus: a blur could commit a half-typed value) and wait
    until its answer shows: whatever fired before it has been joined and (if sync) answered."""
    out = page.locator("#sentinel_out input")
    before = float(out.input_value() or 0)
    page.locator("#sentinel_btn").dispatch_event("click")
    page.wait_for_function(
        "n => Number(document.querySelector('#sentinel_out input').value) === n",
        arg=before + 1,
        timeout=timeout,
    )


def wait_finished(
    page: Page, events: list[dict[str, Any]], timeout: float = BOOT_TIMEOUT_MS
) -> None:
    """Wait until the server has sent `process_completed` for each of these joins' events."""
    ids = [j["event_id"] for j in events]
    assert all(isinstance(i, str) for i in ids), events
    page.wait_for_function(
        "ids => ids.every(id => window.__messages.some(m => m.event_id === id &&"
        " m.msg === 'process_completed'))",
        arg=ids,
        timeout=timeout,
    )


def messages(page: Page, event_id: str) -> list[dict[str, Any]]:
    """The stream messages of one event, in order (`{event_id, msg, success}`)."""
    return page.evaluate("id => window.__messages.filter(m => m.event_id === id)", event_id)


def messages_after_completion(page: Page, event_id: str) -> list[dict[str, Any]]:
    """Stream messages of an event that came after its `process_completed` (there must be none)."""
    mine = messages(page, event_id)
    ends = [i for i, m in enumerate(mine) if m["msg"] == "process_completed"]
    return mine[ends[0] + 1 :] if ends else mine


def next_frames(page: Page, n: int = 2) -> None:
    """Wait until the page has drawn `n` more frames (outputs are painted at most once per frame)."""
    page.evaluate(
        "n => new Promise(done => { const step = k => k === 0 ? done() :"
        " requestAnimationFrame(() => step(k - 1)); step(n); })",
        n,
    )


def wait_page_intervals(page: Page, ms: int, n: int) -> None:
    """Wait until a page timer of period `ms` has fired `n` times (so any other page timer of that
    period, had it still been running, had its turns too)."""
    page.evaluate(
        "([ms, n]) => new Promise(done => { let k = 0;"
        " const t = setInterval(() => { if (++k >= n) { clearInterval(t); done(); } }, ms); })",
        [ms, n],
    )


def click_and_wait_finished(page: Page, elem_id: str, api_name: str) -> dict[str, Any]:
    """Click `#elem_id` and wait until the event it fires (listener `api_name`) has finished on the
    server and its outputs are applied; returns that event's join."""
    dep = dep_id(page, api_name)
    n = len(joins_for(page, dep))
    page.locator(f"#{elem_id}").click()
    page.wait_for_function(
        "([dep, n]) => window.__joins.filter(j => j.fn_index === dep).length > n",
        arg=[dep, n],
        timeout=BOOT_TIMEOUT_MS,
    )
    join = joins_for(page, dep)[n]
    wait_finished(page, [join])
    return join
