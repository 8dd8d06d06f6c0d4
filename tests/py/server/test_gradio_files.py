"""The upload and file routes answer as real Gradio 6.31 does (tests/py/file_cases.py lists the requests):
same status, content type, range, inline vs attachment, and bytes.

One difference is deliberate and checked on its own (test_file_routes.py): blocklite never serves
a dotfile, where Gradio serves one that sits in its upload folder.
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

import file_cases
from real_gradio import gradio_python

import blocklite as gr
from blocklite.launch import parse_launch_options
from blocklite.testing import TestClient

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def gradio_side() -> dict[str, Any]:
    python = gradio_python()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [str(python), str(HERE / "gradio_files_app.py")],
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


@pytest.fixture(scope="module")
def blocklite_side() -> dict[str, Any]:
    with gr.Blocks() as demo:
        gr.Textbox()
    demo.launch_options = parse_launch_options((), {"max_file_size": file_cases.MAX_FILE_SIZE})
    client = TestClient(demo)
    try:
        uploads = {}
        for name, (method, path, headers, body) in file_cases.UPLOADS.items():
            answer = client.request(method, path, content=body, headers=headers)
            summary = file_cases.summary(answer.status, answer.headers, answer.body)
            if answer.status == 200:
                summary["body"] = [Path(p).name for p in answer.json()]
            uploads[name] = summary
        both = file_cases.form(("a.png", file_cases.PNG), ("x.html", file_cases.HTML))
        png, html = client.request(
            "POST", "/gradio_api/upload", content=both, headers=file_cases.MULTIPART
        ).json()
        values = {"png": png, "html": html, "folder": str(Path(png).parent)}
        files = {}
        for name, (method, path, headers) in file_cases.FILES.items():
            answer = client.request(method, path.format(**values), headers=headers)
            files[name] = file_cases.summary(answer.status, answer.headers, answer.body)
        return {"uploads": uploads, "files": files}
    finally:
        client.close()


@pytest.mark.parametrize("case", sorted(file_cases.UPLOADS))
def test_uploads_answer_as_gradio(gradio_side, blocklite_side, case: str) -> None:
    assert blocklite_side["uploads"][case] == gradio_side["uploads"][case]


@pytest.mark.parametrize("case", sorted(file_cases.FILES))
def test_the_file_route_answers_as_gradio(gradio_side, blocklite_side, case: str) -> None:
    assert blocklite_side["files"][case] == gradio_side["files"][case]
