"""Event engine part 2 through the real worker and real Python: the Stop pattern (cancels),
gr.Progress and show_progress / show_progress_on, scroll_to_output, gr.Timer and every=, js=
listeners and Blocks(js=), a full queue, unload (pagehide and handle.unmount()).

The tests share one booted page (pages/queue_features.html: a main app whose sections each have
their own components, and a second app with a tiny queue). Join and cancel bodies are recorded by
wrapping the shim's `fetch` before the bundle loads, with the queue's stream messages (traffic.py).
Checks that something stopped or did not happen wait on a definite signal, never a sleep: the
server's `process_completed` for the event, the page's sentinel round trip, or, for timers, the
page's always-running `every=0.2` timer ticking N times (N intervals passed and the page's timers
ran). The unload tests come last: they end the session's life.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_support import BOOT_TIMEOUT_MS, StaticServer, control, open_app
from playwright.sync_api import Browser, Page, expect
from shared_page import app_eval, console_errors_fixture, shared_page_fixture
from traffic import (
    RECORD_REQUESTS,
    click_and_wait_finished,
    dep_id,
    joins_for,
    joins_since,
    mark,
    messages_after_completion,
    next_frames,
    sentinel,
    wait_finished,
    wait_page_intervals,
)

PAGE = "/tests/browser/pages/queue_features.html"
TIMEOUT = BOOT_TIMEOUT_MS


page = shared_page_fixture(PAGE, RECORD_REQUESTS)


_console = console_errors_fixture()


def value(page: Page, elem_id: str) -> str:
    return control(page, elem_id).input_value()


def wait_number_at_least(page: Page, elem_id: str, n: float, timeout: float = TIMEOUT) -> None:
    page.wait_for_function(
        "([id, n]) => Number(document.querySelector(`#${id} input`).value) >= n",
        arg=[elem_id, n],
        timeout=timeout,
    )


def wait_every_ticks(page: Page, n: int) -> None:
    """The page's clock: wait until `every_num` (every=0.2, always running) has ticked `n` more
    times, so n x 0.2 s of page timers have run."""
    wait_number_at_least(page, "every_num", float(value(page, "every_num")) + n)


def caused_since(page: Page, since: int) -> list[dict[str, Any]]:
    """The joins after `mark()` gave `since`, without the clock's ticks (and the sentinel's)."""
    clock = dep_id(page, "every_value_1")
    return [j for j in joins_since(page, since) if j["fn_index"] != clock]


# ---- the Stop pattern ------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["async", "sync"])
def test_stop_button_cancels_a_streaming_generator_and_the_app_stays_usable(
    page: Page, which: str
) -> None:
    out, run, stop = {
        "async": ("stop_out", "stop_run", "stop_btn"),
        "sync": ("sync_out", "sync_run", "sync_stop"),
    }[which]
    read = "id => Number(document.querySelector(`#${id} textarea, #${id} input`).value)"
    stopped = "0"
    for _ in range(2):  # a second round: the app is still usable after a Stop
        page.locator(f"#{run}").click()
        if stopped != "0":  # the new run starts again from 1
            page.wait_for_function(
                f"([id, n]) => ({read})(id) < n", arg=[out, int(stopped)], timeout=TIMEOUT
            )
        page.wait_for_function(f"id => ({read})(id) >= 5", arg=out, timeout=TIMEOUT)
        page.locator(f"#{stop}").click()
        expect(page.locator(f"#{out} .blocklite-tracker")).to_have_count(0)
        event = joins_for(page, dep_id(page, run))[-1]
        # The server stopped the generator (it would count on for 100 s): nothing more can come.
        wait_finished(page, [event])
        next_frames(page)  # messages already on their way have landed and been painted
        stopped = value(page, out)
        sentinel(page)
        assert value(page, out) == stopped, "values kept changing after Stop"
        assert messages_after_completion(page, event["event_id"]) == []
        assert int(stopped) < 200
        expect(page.locator(f"#{out}")).not_to_have_attribute("aria-busy", "true")


def test_a_cancelled_event_completes_so_its_then_chain_runs(page: Page) -> None:
    page.locator("#stop_run").click()
    page.wait_for_function(
        "() => Number(document.querySelector('#stop_out textarea').value) >= 3", timeout=TIMEOUT
    )
    page.locator("#stop_btn").click()
    expect(control(page, "stop_after")).to_have_value(
        re.compile(r"^then saw \d+$"), timeout=TIMEOUT
    )


def test_stop_posts_gradios_cancel_body(page: Page) -> None:
    dep = dep_id(page, "stop_run")
    page.evaluate("window.__cancels.length = 0")
    page.locator("#stop_run").click()
    page.wait_for_function(
        "() => Number(document.querySelector('#stop_out textarea').value) >= 2", timeout=TIMEOUT
    )
    page.locator("#stop_btn").click()
    page.wait_for_function("() => window.__cancels.length > 0", timeout=TIMEOUT)
    cancel = page.evaluate("window.__cancels")[0]
    last_join = joins_for(page, dep)[-1]
    assert cancel == {
        "session_hash": app_eval(page, "app.sessionHash"),
        "fn_index": dep,
        "event_id": last_join["event_id"],
    }


# ---- progress --------------------------------------------------------------------------------


def test_progress_tqdm_shows_a_bar_with_its_description_and_steps(page: Page) -> None:
    page.locator("#crunch_btn").click()
    status = page.locator("#crunch_out .blocklite-tracker")
    label = status.locator(".blocklite-progress-label")
    expect(label).to_contain_text("Crunching", timeout=TIMEOUT)
    bar = status.get_by_role("progressbar")
    expect(bar).to_be_visible()
    expect(status.locator(".blocklite-tracker-meta")).to_have_text(
        re.compile(r"^\d+/12 steps \| \d+\.\ds$"), timeout=TIMEOUT
    )
    page.wait_for_function(
        "() => Number(document.querySelector('#crunch_out [role=progressbar]')?.getAttribute('aria-valuenow')) >= 25",
        timeout=TIMEOUT,
    )
    expect(page.locator("#crunch_out")).to_have_attribute("aria-busy", "true")
    expect(control(page, "crunch_out")).to_have_value("crunched", timeout=TIMEOUT)
    expect(status).to_have_count(0)
    expect(page.locator("#crunch_out")).not_to_have_attribute("aria-busy", "true")


def test_progress_fraction_shows_percent_and_follows_updates(page: Page) -> None:
    page.locator("#think_btn").click()
    status = page.locator("#think_out .blocklite-tracker")
    expect(status.locator(".blocklite-progress-label")).to_have_text(
        "Thinking - 30.0%", timeout=TIMEOUT
    )
    expect(status.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "30")
    expect(status.locator(".blocklite-progress-label")).to_have_text(
        "Almost - 80.0%", timeout=TIMEOUT
    )
    expect(control(page, "think_out")).to_have_value("thought", timeout=TIMEOUT)
    expect(status).to_have_count(0)


def test_show_progress_hidden_minimal_full_and_show_progress_on(page: Page) -> None:
    for btn in ("hidden_btn", "minimal_btn", "full_btn", "on_btn"):
        page.locator(f"#{btn}").click()
    full = page.locator("#full_out .blocklite-tracker-full")
    expect(full).to_be_visible(timeout=TIMEOUT)
    expect(full.locator(".blocklite-tracker-meta")).to_have_text(
        re.compile(r"processing \| \d+\.\ds")
    )
    expect(full.locator(".blocklite-spinner")).to_be_visible()
    minimal = page.locator("#minimal_out .blocklite-tracker-minimal")
    expect(minimal).to_be_attached()
    expect(minimal.locator(".blocklite-tracker-meta")).to_have_text(re.compile(r"^\d+\.\ds$"))
    expect(minimal.locator(".blocklite-tracker-center")).to_be_hidden()
    expect(page.locator("#hidden_out .blocklite-tracker")).to_have_count(0)
    expect(page.locator("#hidden_out")).not_to_have_attribute("aria-busy", "true")
    expect(page.locator("#on_target .blocklite-tracker-full")).to_be_visible(timeout=TIMEOUT)
    expect(page.locator("#on_out .blocklite-tracker")).to_have_count(0)
    for out in ("hidden_out", "minimal_out", "full_out", "on_out"):
        expect(control(page, out)).to_have_value("slow m", timeout=TIMEOUT)
    expect(page.locator(".blocklite-app").first.locator(".blocklite-tracker")).to_have_count(0)


def test_scroll_to_output_brings_the_output_into_view(page: Page) -> None:
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("#scroll_btn").scroll_into_view_if_needed()
    expect(page.locator("#scroll_out")).not_to_be_in_viewport()
    page.locator("#scroll_btn").click()
    expect(control(page, "scroll_out")).to_have_value("here s", timeout=TIMEOUT)
    expect(page.locator("#scroll_out")).to_be_in_viewport(timeout=5000)


# ---- Timer and every= ------------------------------------------------------------------------


def stop_timer(page: Page, tick: int) -> None:
    """Stop the 0.2 s timer and wait until the ticks already on their way have finished."""
    click_and_wait_finished(page, "timer_stop", "timer_stop")
    wait_finished(page, joins_for(page, tick))
    next_frames(page)


def test_timer_starts_ticks_stops_and_retimes_through_updates(page: Page) -> None:
    tick = dep_id(page, "tick")
    wait_every_ticks(page, 3)  # 3 periods of the inactive timer (also 0.2 s) pass
    assert value(page, "tick_count") == "0", "an inactive timer does not tick"
    assert joins_for(page, tick) == []
    click_and_wait_finished(page, "timer_start", "timer_start")
    wait_number_at_least(page, "tick_count", 3)
    stop_timer(page, tick)
    stopped, since = value(page, "tick_count"), mark(page)
    wait_every_ticks(page, 4)
    assert value(page, "tick_count") == stopped, "the timer kept ticking after active=False"
    assert [j for j in joins_since(page, since) if j["fn_index"] == tick] == []

    click_and_wait_finished(page, "timer_retime", "timer_retime")  # value=0.05, still inactive
    since = mark(page)
    wait_every_ticks(page, 2)  # 0.4 s: 8 ticks, had retiming started it
    assert value(page, "tick_count") == stopped
    assert [j for j in joins_since(page, since) if j["fn_index"] == tick] == []
    click_and_wait_finished(page, "timer_start", "timer_start")
    start = float(value(page, "tick_count") or 0)
    wait_every_ticks(page, 5)  # 1 s of the page's 0.2 s timer: 5 ticks at the old period
    stop_timer(page, tick)
    assert float(value(page, "tick_count")) - start >= 8, "retimed to 0.05 s: many more ticks"


def test_a_tick_never_starts_while_the_previous_one_runs(page: Page) -> None:
    tick = dep_id(page, "slow_tick")
    before = len(joins_for(page, tick))
    began = page.evaluate("performance.now()")
    page.locator("#slow_start").click()
    wait_number_at_least(page, "slow_count", float(value(page, "slow_count")) + 3)
    click_and_wait_finished(page, "slow_stop", "slow_stop")
    stopped_at = page.evaluate("performance.now()")
    sent = joins_for(page, tick)[before:]
    wait_finished(page, sent)  # the last tick finishes
    next_frames(page)
    ticks, seconds = len(sent), (stopped_at - began) / 1000
    # A 0.3 s handler, a timer every 0.05 s: one tick at a time means at most one per 0.3 s.
    assert 3 <= ticks <= seconds / 0.3 + 1, f"{ticks} ticks in {seconds:.2f} s"
    assert float(value(page, "slow_count")) == len(joins_for(page, tick))  # each saw the last


def test_every_reruns_a_value_function(page: Page) -> None:
    wait_number_at_least(page, "every_num", 1)
    first = float(value(page, "every_num"))
    wait_number_at_least(page, "every_num", first + 3, timeout=10_000)


# ---- js= -------------------------------------------------------------------------------------


def test_blocks_js_runs_once_when_the_app_renders(page: Page) -> None:
    assert page.evaluate("window.__app_js_runs") == 1


def test_js_runs_first_and_its_result_goes_to_python(page: Page) -> None:
    page.locator("#js_py_btn").click()
    expect(control(page, "js_py_out")).to_have_value("py got hello!", timeout=TIMEOUT)
    assert joins_for(page, dep_id(page, "js_py"))[-1]["data"] == ["hello!"]


def test_js_only_listener_sets_outputs_without_python(page: Page) -> None:
    page.locator("#js_only_btn").click()
    expect(control(page, "js_only_out")).to_have_value("HELLO", timeout=TIMEOUT)
    page.locator("#js_swap_btn").click()
    expect(control(page, "js_in")).to_have_value("world")
    expect(control(page, "js_other")).to_have_value("hello")
    page.locator("#js_swap_btn").click()
    expect(control(page, "js_in")).to_have_value("hello")
    assert joins_for(page, dep_id(page, "js_only")) == []
    assert joins_for(page, dep_id(page, "js_swap")) == []


def test_async_js_with_several_inputs(page: Page) -> None:
    page.locator("#js_async_btn").click()
    expect(control(page, "js_py_out")).to_have_value("WORLD+hello", timeout=TIMEOUT)


def test_a_failing_js_function_shows_an_error_and_stops_the_event(page: Page) -> None:
    before, since = value(page, "js_only_out"), mark(page)
    page.locator("#js_bad_btn").click()
    toast = page.get_by_role("alert").filter(has_text="JavaScript error")
    expect(toast).to_be_visible(timeout=TIMEOUT)
    expect(toast).to_contain_text("TypeError")
    sentinel(page)  # a Python call sent after the failure would have been joined and answered
    assert value(page, "js_only_out") == before
    assert caused_since(page, since) == []
    assert joins_for(page, dep_id(page, "js_bad")) == []
    toast.locator(".blocklite-toast-close").click()


# ---- a full queue ----------------------------------------------------------------------------


def test_a_full_queue_shows_its_detail_and_queued_events_show_their_rank(page: Page) -> None:
    btn = page.locator("#busy_btn")
    for _ in range(3):
        btn.click()
    expect(page.locator("#busy_out .blocklite-tracker-meta")).to_have_text(
        re.compile(r"^queue: 2/2 \| "), timeout=TIMEOUT
    )
    btn.click()
    toast = page.get_by_role("alert").filter(has_text="Queue is full.")
    expect(toast).to_be_visible(timeout=TIMEOUT)
    expect(control(page, "busy_out")).to_have_value("done x", timeout=TIMEOUT)
    expect(page.locator("#busy_out .blocklite-tracker")).to_have_count(0, timeout=TIMEOUT)
    toast.locator(".blocklite-toast-close").click()


# ---- unload (last: they end the session) -----------------------------------------------------


def test_pagehide_fires_unload_listeners_unless_the_page_is_cached(page: Page) -> None:
    seen: list[str] = []
    page.on("console", lambda m: seen.append(m.text))
    unload, since = dep_id(page, "unload"), mark(page)
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }))")
    sentinel(page)  # unload listeners fired by the pagehide would have been joined and run by now
    assert caused_since(page, since) == []
    assert joins_for(page, unload) == []
    assert not any("unload ran" in text for text in seen), (
        "a page kept in the bfcache is not unloaded"
    )
    with page.expect_console_message(lambda m: "unload ran" in m.text, timeout=TIMEOUT):
        page.evaluate(
            "window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }))"
        )


def test_unmount_stops_timers_fires_unload_and_ends_the_app(
    browser: Browser, browser_context_args: dict[str, Any], static_server: StaticServer
) -> None:
    context = browser.new_context(**browser_context_args)
    try:
        page = open_app(context.new_page(), static_server.url + PAGE)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.locator("#timer_start").click()
        wait_number_at_least(page, "tick_count", 2)
        page.locator("#stop_run").click()
        with page.expect_console_message(lambda m: "unload ran" in m.text, timeout=TIMEOUT):
            page.evaluate("[...blocklite.apps.values()][0].unmount()")
        page.wait_for_function(
            "() => [...blocklite.apps.values()][0].state === 'unmounted'", timeout=TIMEOUT
        )
        assert page.evaluate("[...blocklite.apps.values()][0].root.childElementCount") == 0
        last = "[...blocklite.apps.values()][0].requests.at(-1).time"
        count = page.evaluate(last)
        wait_page_intervals(page, 200, 5)  # the app's 0.2 s timers would have fired 4 times
        assert page.evaluate(last) == count, "timers and every= stopped"
        rejected = page.evaluate(
            "fetch([...blocklite.apps.values()][0].rootUrl + 'config').then(() => false, () => true)"
        )
        assert rejected
        page.evaluate("[...blocklite.apps.values()][0].unmount()")  # twice is fine
        # The other app on the page is untouched.
        page.locator("#busy_btn").click()
        expect(control(page, "busy_out")).to_have_value("done x", timeout=TIMEOUT)
        assert errors == []
    finally:
        context.close()
