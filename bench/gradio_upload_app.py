"""An app for the upload comparison on real Gradio (run with .bench-venv's Python):
`gradio_upload_app.py PORT`. Uploads and the file route are Gradio's own; the app is minimal."""

from __future__ import annotations

import sys

import gradio as gr

if __name__ == "__main__":
    with gr.Blocks(analytics_enabled=False) as demo:
        gr.Textbox(elem_id="name")
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
