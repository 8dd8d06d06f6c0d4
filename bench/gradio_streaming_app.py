"""The streaming app as a real Gradio app (run with .bench-venv's Python): `... PORT`.

Same components, labels, elem_ids and functions as bench/streaming.html, served by Gradio's own
server on 127.0.0.1, for the streaming comparison in bench/streaming.py: a generator yielding a
growing string ("x", "xx", ... up to `count` characters) as fast as it can.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import gradio as gr


def stream(count: float) -> Iterator[str]:
    s = ""
    for _ in range(int(count)):
        s += "x"
        yield s


def clear() -> str:
    return ""


def build() -> gr.Blocks:
    with gr.Blocks(analytics_enabled=False) as demo:
        count = gr.Number(value=1000, precision=0, label="Count", elem_id="count")
        button = gr.Button("Stream", elem_id="stream-btn")
        reset = gr.Button("Clear", elem_id="clear-btn")
        streamed = gr.Textbox(label="Streamed", lines=1, elem_id="streamed")
        button.click(stream, count, streamed)
        reset.click(clear, None, streamed)
    return demo


if __name__ == "__main__":
    port = int(sys.argv[1])
    build().launch(server_name="127.0.0.1", server_port=port)
