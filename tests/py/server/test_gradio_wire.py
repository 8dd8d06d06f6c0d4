"""The same app on real Gradio 6.31 and on blocklite: the values on the wire are the same.

tests/py/wire_cases.py holds the app (Textbox → gr.JSON, Textbox → gr.Number(float(x)), handlers returning
NaN, datetimes, bytes, sets, Decimal, objects, numpy values...). gradio_wire_app.py serves it on
real Gradio from `.bench-venv` (scripts/setup.sh's `setup_bench_venv` makes it; scripts/test.sh
runs that step and sets BLOCKLITE_REQUIRE_GRADIO=1, so there a missing venv fails instead of
skipping). Here the same app runs on blocklite's ASGI app in process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

if sys.platform == "emscripten":
    pytest.skip("runs real Gradio in a subprocess, which Pyodide cannot", allow_module_level=True)

import wire_cases
from helpers import completed, run_queued
from real_gradio import gradio_python

import blocklite as gr
from blocklite.server.wire import encode
from blocklite.testing import TestClient

HERE = Path(__file__).resolve().parent

#: Cases where blocklite differs on purpose (docs/reliability.md): Gradio's stream writes numpy
#: numbers as their text, blocklite as numbers.
NUMPY_CASES = {"np_float_nan", "np_int", "np_float32", "np_array"}


@pytest.fixture(scope="module")
def gradio_side() -> dict[str, Any]:
    python = gradio_python()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [str(python), str(HERE / "gradio_wire_app.py")],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["version"] == "6.31.0"
    return result


def blocklite_side() -> dict[str, Any]:
    demo = wire_cases.build(gr)
    outcomes = {}
    with TestClient(demo) as client:
        for fn_index, api_name, inputs in wire_cases.events():
            for typed in inputs:
                answer = client.post(f"/gradio_api/run/{api_name}", json={"data": [typed]})
                run = wire_cases.outcome(answer.status == 200, answer.json())
                done = completed(run_queued(client, fn_index, [typed], "compare"))
                queued = wire_cases.outcome(done["success"], done["output"])
                outcomes[f"{api_name}({typed})"] = {"queued": queued, "run": run}
    return outcomes


def test_event_outputs_match_gradio(gradio_side: dict[str, Any]) -> None:
    ours = blocklite_side()
    theirs = gradio_side["events"]
    assert ours.keys() == theirs.keys()
    different = {key: (ours[key], theirs[key]) for key in ours if ours[key] != theirs[key]}
    assert not different, json.dumps(different, indent=1)
    # The cases the audit found: a NaN typed into Number arrives as null, JSON text is refused.
    assert theirs["as_float(nan)"]["queued"] == {"success": True, "data": [None]}
    assert theirs["echo_json(NaN)"]["queued"]["error"] == "Invalid JSON string"


def test_the_stream_encodes_values_as_gradio(gradio_side: dict[str, Any]) -> None:
    theirs = gradio_side["stream"]
    for name, value in wire_cases.cases().items():
        ours = json.loads(encode(value))
        if name in NUMPY_CASES:
            assert isinstance(theirs[name], str), (name, theirs[name])
            assert json.loads(encode(value, run_route=True)) == ours
        else:
            assert ours == theirs[name], name
