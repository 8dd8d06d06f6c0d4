"""The worker bridge: running app code as __main__ and carrying requests to the ASGI app."""

from __future__ import annotations

import importlib
import json
import os
import random
import sys
from pathlib import Path

import pytest

from blocklite.browser import bridge

HELLO = """
import gradio as gr

def greet(name):
    return f"Hello {name}!"

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    out = gr.Textbox(label="Greeting")
    gr.Button("Greet").click(greet, name, out)

if __name__ == "__main__":
    demo.launch()
"""


@pytest.fixture
def gradio_alias() -> object:
    """boot() aliases gradio for the worker; undo it so CPython tests never see a fake gradio."""
    had = sys.modules.get("gradio")
    bridge.boot()
    yield
    if had is None:
        sys.modules.pop("gradio", None)
    else:
        sys.modules["gradio"] = had


@pytest.mark.usefixtures("gradio_alias")
def test_run_app_runs_code_as_main_and_registers_the_launched_app() -> None:
    result = json.loads(
        bridge.run_app(HELLO, "app-t1", "http://localhost/__blocklite__/app-t1/", "<app-t1>")
    )
    assert result == {"ok": True}
    app, root_path = bridge._apps["app-t1"]
    assert root_path == "/__blocklite__/app-t1"
    assert app.blocks.launch_options.given == frozenset()


@pytest.mark.usefixtures("gradio_alias")
def test_run_app_serves_the_launched_blocks_else_the_last_created() -> None:
    later = "\nwith gr.Blocks(title='later') as other:\n    gr.Markdown('x')\n"
    assert json.loads(bridge.run_app(HELLO + later, "app-t6", "http://h/", "<app-t6>"))["ok"]
    assert bridge._apps["app-t6"][0].blocks.title == "Gradio"  # HELLO's demo, which launched
    unlaunched = HELLO.replace("demo.launch()", "pass") + later
    assert json.loads(bridge.run_app(unlaunched, "app-t7", "http://h/", "<app-t7>"))["ok"]
    assert bridge._apps["app-t7"][0].blocks.title == "later"


@pytest.mark.usefixtures("gradio_alias")
def test_syntax_error_reports_its_line() -> None:
    result = json.loads(bridge.run_app("x = 1\nif x\n  pass\n", "app-t2", "http://h/", "<app-t2>"))
    assert result["ok"] is False
    assert result["error"]["name"] == "SyntaxError"
    assert result["error"]["lineno"] == 2
    assert "<app-t2>" in result["error"]["traceback"]


@pytest.mark.usefixtures("gradio_alias")
def test_runtime_error_reports_the_app_line_and_a_clean_traceback() -> None:
    code = "import gradio as gr\nwith gr.Blocks():\n    gr.Textbox(lable='x')\n"
    result = json.loads(bridge.run_app(code, "app-t3", "http://h/", "<app-t3>"))
    assert result["ok"] is False
    assert result["error"]["name"] == "TypeError"
    assert result["error"]["lineno"] == 3
    assert "lable" in result["error"]["message"]
    assert "bridge.py" not in result["error"]["traceback"]


@pytest.mark.usefixtures("gradio_alias")
def test_code_without_blocks_is_reported() -> None:
    result = json.loads(bridge.run_app("x = 1\n", "app-t4", "http://h/", "<app-t4>"))
    assert result["ok"] is False
    assert "no gr.Blocks" in result["error"]["message"]


def test_unknown_app_answers_with_an_error_not_silence() -> None:
    calls: list[tuple[object, ...]] = []
    bridge.start_request("missing", "{}", None, lambda *args: calls.append(args))
    assert calls[0][0] == "error"
    assert "no app 'missing'" in json.loads(calls[0][1])["message"]


@pytest.mark.skipif(
    sys.platform != "emscripten", reason="needs pyodide.ffi (runs in the Pyodide suite)"
)
@pytest.mark.usefixtures("gradio_alias")
def test_start_request_streams_the_sse_body_chunk_by_chunk() -> None:
    from blocklite.server.sync import SyncEventLoop

    assert json.loads(
        bridge.run_app(HELLO, "app-t5", "http://h/__blocklite__/app-t5/", "<app-t5>")
    )["ok"]
    calls: list[tuple[object, ...]] = []

    def respond(kind: str, *args: object) -> None:
        if kind == "start" and len(args) == 4:  # the head with the first chunk
            calls.append(("start", args[0], args[1]))
            kind, args = "body", args[2:]
        calls.append((kind, bytes(args[0].to_py()) if kind == "body" else args[0], *args[1:]))

    def request(method: str, path: str, body: bytes | None) -> object:
        url = f"http://h/__blocklite__/app-t5{path}"
        req = json.dumps(
            {"method": method, "url": url, "headers": [["content-type", "application/json"]]}
        )
        return bridge.start_request("app-t5", req, body, respond)

    async def scenario() -> None:
        join = request(
            "POST", "/gradio_api/queue/join", b'{"data":["Ann"],"fn_index":0,"session_hash":"s"}'
        )
        assert join is None  # answered in full during the call: nothing left to await
        stream = request("GET", "/gradio_api/queue/data?session_hash=s", None)
        if stream is not None:
            await stream.done  # type: ignore[attr-defined]

    loop = SyncEventLoop()
    try:
        loop.run_until_complete(scenario())
    finally:
        loop.close()
    starts = [c for c in calls if c[0] == "start"]
    assert [s[1] for s in starts] == [200, 200]
    bodies = [c[1] for c in calls if c[0] == "body" and c[1]]
    assert b"event_id" in bodies[0]
    frames = b"".join(bodies[1:]).split(b"\n\n")
    assert [f[:30] for f in frames if f][-1] == b'data: {"msg":"close_stream","e'
    assert any(b"Hello Ann!" in f for f in frames)


def test_resume_reseeds_random() -> None:
    random.seed(1234)
    first = random.random()
    random.seed(1234)
    bridge.resume()  # as after a snapshot restore: the state was the snapshot's
    assert random.random() != first


def test_resume_lets_the_import_system_see_files_written_after_its_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A restored Python still holds the directory listings cached at build time, but the files were
    # rewritten after the restore; when the folder's mtime looks unchanged only resume() helps.
    (tmp_path / "snapmod_a.py").write_text("A = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("snapmod_a")
    stamp = os.stat(tmp_path).st_mtime_ns
    (tmp_path / "snapmod_b.py").write_text("B = 2\n")
    os.utime(tmp_path, ns=(stamp, stamp))
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("snapmod_b")
    bridge.resume()
    assert importlib.import_module("snapmod_b").B == 2
    for name in ("snapmod_a", "snapmod_b"):
        sys.modules.pop(name, None)
