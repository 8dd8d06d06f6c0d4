"""A worker that is gone (terminated, closed itself) is reported within 2 s with a Restart button;
the restart keeps what the components show (inputs, outputs, a Chatbot), State starts from its
default, and an event sent to the dead worker fails visibly. A lost event stream reconnects.
"""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Page, expect
from recovery_support import PAGE, handler_count, wait_handler, wait_restarted, watch

#: The brief: a dead worker is reported within 2 s.
REPORT_BUDGET_MS = 2000


def fill_the_app(page: Page) -> None:
    """Type, get an output, a chat reply and a State count of 2."""
    control(page, "text").fill("typed")
    page.locator("#echo").click()
    expect(control(page, "out")).to_have_value("echo typed", timeout=BOOT_TIMEOUT_MS)
    control(page, "message").fill("hello")
    control(page, "message").press("Enter")
    expect(page.locator("#chatbot")).to_contain_text("re: hello", timeout=BOOT_TIMEOUT_MS)
    page.locator("#bump").click()
    expect(control(page, "count")).to_have_value("1", timeout=BOOT_TIMEOUT_MS)
    page.locator("#bump").click()
    expect(control(page, "count")).to_have_value("2", timeout=BOOT_TIMEOUT_MS)


def wait_reported(page: Page, since: str) -> float:
    """Wait for the "worker stopped" notice; returns how long after `window[since]` it showed."""
    page.wait_for_function(
        """() => {
          const n = document.querySelector(".blocklite-notice-worker");
          if (n && !n.hidden && n.textContent.includes("worker stopped")) {
            window.__reportedAt ??= performance.now();
            return true;
          }
          return false;
        }""",
        polling="raf",
        timeout=10_000,
    )
    return float(page.evaluate(f"() => window.__reportedAt - window.{since}"))


def kill_worker(page: Page, first: str = "", behind_the_hosts_back: bool = False) -> None:
    """Run `first` (JS), note the time in `window.__killedAt` and terminate the app's worker in the
    same task: through the Worker object the app exposes, or, `behind_the_hosts_back`, through
    `Worker.prototype.terminate` (as the browser ending a worker would: no wrapper sees it)."""
    how = "Worker.prototype.terminate.call(w)" if behind_the_hosts_back else "w.terminate()"
    page.evaluate(
        f"""() => {{
          {first}
          const w = globalThis.blocklite.apps.get("app-1").worker;
          window.__killedAt = performance.now();
          {how};
        }}"""
    )


def restart_and_check_kept(page: Page) -> None:
    notice = page.locator(".blocklite-notice-worker")
    notice.get_by_role("button", name="Restart").click()
    wait_restarted(page)
    expect(notice).to_contain_text("State values start from their defaults")
    expect(control(page, "text")).to_have_value("typed")
    expect(control(page, "out")).to_have_value("echo typed")
    expect(page.locator("#chatbot")).to_contain_text("re: hello")
    expect(control(page, "count")).to_have_value("2")
    # State is back to its default (0): the next bump shows 1, not 3.
    page.locator("#bump").click()
    expect(control(page, "count")).to_have_value("1", timeout=BOOT_TIMEOUT_MS)


def test_a_terminated_worker_is_reported_and_restarted(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, static_server.url + PAGE)
    fill_the_app(page)
    # Send an event and, in the same task (before it is answered), kill the worker: the event
    # must fail visibly, not spin.
    kill_worker(page, first='document.querySelector("#echo").click();')
    elapsed = wait_reported(page, "__killedAt")
    print(f"terminated worker reported after {elapsed:.0f} ms")
    assert elapsed < REPORT_BUDGET_MS, elapsed
    lost = page.get_by_role("alert").filter(has_text="This event was lost")
    expect(lost).to_be_visible()
    expect(page.locator("#out")).not_to_have_attribute("aria-busy", "true")  # no endless spinner
    restart_and_check_kept(page)


def test_a_worker_killed_in_the_middle_of_a_handler_is_reported(
    page: Page, static_server: StaticServer
) -> None:
    """While a sync handler runs the worker answers no ping, so silence means "busy"; `terminate()`
    on the app's Worker is still reported at once (js/net/worker-host.ts wraps it)."""
    open_app(page, static_server.url + PAGE)
    fill_the_app(page)
    watch(page)
    before = handler_count(page)
    page.locator("#spin").click()  # `while True: pass`
    wait_handler(page, "start", after=before)
    kill_worker(page)
    elapsed = wait_reported(page, "__killedAt")
    print(f"worker terminated in a handler reported after {elapsed:.0f} ms")
    assert elapsed < REPORT_BUDGET_MS, elapsed
    lost = page.get_by_role("alert").filter(has_text="This event was lost")
    expect(lost).to_be_visible()
    restart_and_check_kept(page)


def test_a_worker_gone_without_a_word_is_reported_through_its_lifeline(
    page: Page, static_server: StaticServer
) -> None:
    """A worker that ends where no wrapper sees it (the browser ending it) releases its Web Lock
    lifeline at once; pings alone would take over a second (DEAD_AFTER_MS is 1.1 s)."""
    open_app(page, static_server.url + PAGE)
    fill_the_app(page)
    kill_worker(page, behind_the_hosts_back=True)
    elapsed = wait_reported(page, "__killedAt")
    print(f"worker ended behind the host's back reported after {elapsed:.0f} ms")
    assert elapsed < 500, elapsed
    expect(page.locator(".blocklite-notice-worker")).to_contain_text("the worker ended")
    restart_and_check_kept(page)


def test_a_worker_that_closed_itself_is_reported_and_restarted(
    page: Page, static_server: StaticServer
) -> None:
    open_app(page, static_server.url + PAGE)
    fill_the_app(page)
    page.evaluate("() => { window.__closeAt = performance.now(); }")
    page.locator("#close").click()  # the handler calls js.close()
    elapsed = wait_reported(page, "__closeAt")
    print(f"self-closed worker reported after {elapsed:.0f} ms")
    assert elapsed < REPORT_BUDGET_MS, elapsed
    expect(page.locator(".blocklite-notice-worker")).to_contain_text("closed itself")
    restart_and_check_kept(page)


def test_a_lost_event_stream_reconnects(page: Page, static_server: StaticServer) -> None:
    open_app(page, static_server.url + PAGE)
    control(page, "text").fill("x")
    shown = page.evaluate_handle(
        """() => {
          const seen = { lost: false };
          const n = document.querySelector(".blocklite-notice-connection");
          new MutationObserver(() => {
            if (!n.hidden && n.textContent.includes("Attempting reconnection")) seen.lost = true;
          }).observe(n, { attributes: true, childList: true, subtree: true });
          return seen;
        }"""
    )
    # Fail what is in flight on the page's side: at rest that is only the session's event stream.
    page.evaluate(
        """() => {
          const route = globalThis.__blocklite_shim.routes[0];
          for (const fail of [...route.live]) fail(new TypeError("the stream broke (test)"));
        }"""
    )
    toast = page.get_by_role("status").filter(has_text="Connection re-established.")
    expect(toast).to_be_visible(timeout=10_000)
    assert shown.evaluate("seen => seen.lost") is True
    expect(page.locator(".blocklite-notice-connection")).to_be_hidden()
    page.locator("#echo").click()
    expect(control(page, "out")).to_have_value("echo x", timeout=BOOT_TIMEOUT_MS)
