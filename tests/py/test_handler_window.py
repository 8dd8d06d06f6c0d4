"""handler_window: which code counts as the user's handler, and where an interrupt may land.

In the browser the worker installs a Watcher; here a recording one stands in for it, and the
page's interrupt is played by sending SIGINT to this process from inside (or outside) a handler.
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Callable, Iterator

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite import handler_window
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


class Recorder:
    def __init__(self) -> None:
        self.log: list[tuple[str, str | int]] = []
        self.next = 0
        self.stop = True
        self.active: dict[int, str] = {}

    def enter(self, event_id: str) -> int:
        self.next += 1
        self.active[self.next] = event_id
        self.log.append(("enter", event_id))
        return self.next

    def leave(self, run: int) -> None:
        self.log.append(("leave", self.active.pop(run)))

    def stop_requested(self, run: int) -> bool:
        return self.stop


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    previous = signal.getsignal(signal.SIGINT)
    rec = Recorder()
    handler_window.install(handler_window.Watcher(rec.enter, rec.leave, rec.stop_requested))
    yield rec
    handler_window.install(None)
    signal.signal(signal.SIGINT, previous)


def interrupt() -> None:
    """What the page's flag does in Pyodide: SIGINT, handled at the next bytecode check."""
    os.kill(os.getpid(), signal.SIGINT)


def test_without_a_watcher_nothing_is_wrapped() -> None:
    def gen() -> Iterator[int]:
        yield 1

    g = gen()
    assert handler_window.watched(g) is g
    with handler_window.running():
        pass


def test_sync_handler_generator_steps_and_coroutine_steps_are_runs(
    client_for: ClientFor, recorder: Recorder
) -> None:
    def plain(x: str) -> str:
        return x

    def steps(x: str) -> Iterator[str]:
        yield x
        yield x + x

    async def waits(x: str) -> str:
        await asyncio.sleep(0)
        return x

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(plain, box, box)
        gr.Button().click(steps, box, box)
        gr.Button().click(waits, box, box)
    client = client_for(demo)
    for fn in range(3):
        recorder.log.clear()
        assert completed(run_queued(client, fn, ["a"], session_hash=f"s{fn}"))["success"]
        enters = [e for kind, e in recorder.log if kind == "enter"]
        leaves = [e for kind, e in recorder.log if kind == "leave"]
        assert enters and len(enters) == len(leaves), recorder.log
        assert len(set(enters)) == 1 and enters[0], "every run names the event"
        assert recorder.active == {}
    # A generator: the call that makes it, then once per step (two items and the end).
    recorder.log.clear()
    run_queued(client, 1, ["a"], session_hash="again")
    assert sum(1 for kind, _ in recorder.log if kind == "enter") == 4


def test_an_interrupt_stops_the_handler_and_the_app_goes_on(
    client_for: ClientFor, recorder: Recorder
) -> None:
    def stuck(x: str) -> str:
        interrupt()
        while True:
            pass

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(stuck, box, box)
        gr.Button().click(lambda x: x + "!", box, box)
    client = client_for(demo)
    done = completed(run_queued(client, 0, ["a"]))
    # Gradio's answer for a cancelled event: completed, no output (no error toast on the page).
    assert done == {
        "msg": "process_completed",
        "event_id": done["event_id"],
        "output": {},
        "success": True,
    }
    assert completed(run_queued(client, 1, ["a"], session_hash="s2"))["output"]["data"] == ["a!"]


def test_an_interrupt_not_meant_for_this_run_or_outside_a_handler_is_ignored(
    client_for: ClientFor, recorder: Recorder
) -> None:
    recorder.stop = False

    def busy(x: str) -> str:
        interrupt()
        total = sum(range(100_000))  # bytecode checks happen here: the signal is handled
        return f"{x}{total > 0}"

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(busy, box, box)
        gr.Button().click(lambda x: x + "!", box, box)
    client = client_for(demo)
    assert completed(run_queued(client, 0, ["a"]))["output"]["data"] == ["aTrue"]
    recorder.stop = True
    interrupt()  # between events (handled right here): server code must never see it
    sum(range(100_000))
    assert completed(run_queued(client, 1, ["b"], session_hash="s2"))["output"]["data"] == ["b!"]
