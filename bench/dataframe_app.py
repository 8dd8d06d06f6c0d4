"""The 10,000-row Dataframe app of bench/dataframe.py, run as it is by both sides: real Gradio 6.31
(`python dataframe_app.py PORT`) and blocklite (bench/dataframe.py puts this file's text into a
page). Each Show returns a table whose cells name the run ("r3 row 17"), so a side cannot show an
earlier one and the bench knows when the new one is painted."""

from __future__ import annotations

import sys

import gradio as gr

ROWS = 10_000
shown = {"runs": 0}


def show():
    run = shown["runs"]
    shown["runs"] += 1
    return [[i, f"r{run} row {i}", i * 0.5, i % 7 == 0, f"text {i % 97}"] for i in range(ROWS)]


with gr.Blocks(analytics_enabled=False) as demo:
    table = gr.Dataframe(
        headers=["i", "label", "half", "flag", "note"],
        datatype=["number", "str", "number", "bool", "str"],
        max_height=500,
        interactive=False,
        elem_id="df",
    )
    gr.Button("Show", elem_id="show").click(show, None, table)

if len(sys.argv) > 1:
    demo.launch(server_name="127.0.0.1", server_port=int(sys.argv[1]))
else:
    demo.launch()
