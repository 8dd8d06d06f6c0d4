"""The hello example as a real Gradio app (run with .bench-venv's Python): `gradio_app.py PORT`.

Same components, labels, elem_ids and function as examples/hello.html, served by Gradio's own
server on 127.0.0.1, for the click-latency comparison in bench/latency.py.
"""

from __future__ import annotations

import sys

import gradio as gr


def greet(name: str) -> str:
    return f"Hello {name}!"


def build() -> gr.Blocks:
    with gr.Blocks(analytics_enabled=False) as demo:
        name = gr.Textbox(label="Name", elem_id="name")
        button = gr.Button("Greet", elem_id="greet-btn")
        greeting = gr.Textbox(label="Greeting", elem_id="greeting")
        button.click(greet, name, greeting)
    return demo


if __name__ == "__main__":
    port = int(sys.argv[1])
    build().launch(server_name="127.0.0.1", server_port=port)
