"""Parameters annotated gr.Request / gr.EventData kinds are filled by blocklite, not by inputs."""

from __future__ import annotations

from collections.abc import Callable

from helpers import completed

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def join(client: TestClient, fn_index: int, data: list, **extra: object) -> dict:
    body = {"data": data, "fn_index": fn_index, "session_hash": "inj", **extra}
    assert (
        client.post("/gradio_api/queue/join?lang=fr", json=body, headers={"X-Test": "yes"}).status
        == 200
    )
    return completed(client.get("/gradio_api/queue/data?session_hash=inj").sse())


def test_request_gives_headers_query_and_session(client_for: ClientFor) -> None:
    def who(name: str, request: gr.Request) -> str:
        return f"{name}|{request.session_hash}|{request.headers['x-test']}|{request.query_params['lang']}"

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(who, box, box)
    assert join(client_for(demo), 0, ["Ann"])["output"]["data"] == ["Ann|inj|yes|fr"]


def test_request_first_and_string_annotations(client_for: ClientFor) -> None:
    exec_globals = {"gr": gr}
    exec(
        "def f(request: 'gr.Request', a, b):\n    return f'{request.session_hash}:{a + b}'\n",
        exec_globals,
    )
    with gr.Blocks() as demo:
        a, b, out = gr.Number(), gr.Number(), gr.Textbox()
        gr.Button().click(exec_globals["f"], [a, b], out)
    assert join(client_for(demo), 0, [1, 2])["output"]["data"] == ["inj:3"]


def test_select_data_from_textbox_select(client_for: ClientFor) -> None:
    def picked(evt: gr.SelectData) -> str:
        return f"{evt.value}@{evt.index}:{evt.selected}:{type(evt.target).__name__}"

    with gr.Blocks() as demo:
        box = gr.Textbox("hello world")
        out = gr.Textbox()
        box.select(picked, None, out)
    event_data = {"index": [6, 11], "value": "world", "selected": True}
    done = join(client_for(demo), 0, [], event_data=event_data, trigger_id=box.id)
    assert done["output"]["data"] == ["world@[6, 11]:True:Textbox"]
    assert demo.get_config_file()["dependencies"][0]["collects_event_data"] is True


def test_direct_call_gets_none_for_request() -> None:
    def who(name: str, request: gr.Request) -> str:
        return f"{name}:{request}"

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Button().click(who, box, box)
    assert demo("Bo") == "Bo:None"
