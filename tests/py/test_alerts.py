"""gr.Info / gr.Warning / gr.Success toasts while the function goes on; gr.Error stops it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def test_info_and_warning_are_log_messages_and_the_function_continues(
    client_for: ClientFor,
) -> None:
    def work(x: str) -> str:
        gr.Info("starting")
        gr.Warning("careful", duration=3, title="Heads up")
        gr.Success("done")
        return x.upper()

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(work, box, box)
    messages = run_queued(client_for(demo), 0, ["go"])
    logs = [m for m in messages if m["msg"] == "log"]
    assert [(m["level"], m["log"], m["title"]) for m in logs] == [
        ("info", "starting", "Info"),
        ("warning", "careful", "Heads up"),
        ("success", "done", "Success"),
    ]
    assert logs[1]["duration"] == 3 and logs[1]["visible"] is True
    assert all(m["event_id"] == logs[0]["event_id"] for m in logs)
    assert completed(messages)["output"]["data"] == ["GO"]


def test_alerts_outside_an_event_print(capsys: pytest.CaptureFixture[str]) -> None:
    gr.Warning("no page here")
    assert "no page here" in capsys.readouterr().err
