"""Real Gradio's side of test_gradio_files.py (run with .bench-venv's Python, never imported):
serve an app, send file_cases' requests over HTTP, print one JSON document of their summaries."""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/py

import file_cases
import gradio


def call(base: str, method: str, path: str, headers: dict[str, str], body: bytes | None):
    request = urllib.request.Request(base + path, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def main() -> None:
    with gradio.Blocks() as demo:
        gradio.Textbox()
    _, base, _ = demo.launch(
        prevent_thread_lock=True, quiet=True, max_file_size=file_cases.MAX_FILE_SIZE
    )
    base = base.rstrip("/")
    uploads = {}
    for name, (method, path, headers, body) in file_cases.UPLOADS.items():
        status, answer_headers, answer = call(base, method, path, headers, body)
        summary = file_cases.summary(status, answer_headers, answer)
        if status == 200:
            summary["body"] = [Path(p).name for p in json.loads(answer)]
        uploads[name] = summary
    _, _, answer = call(
        base,
        "POST",
        "/gradio_api/upload",
        file_cases.MULTIPART,
        file_cases.form(("a.png", file_cases.PNG), ("x.html", file_cases.HTML)),
    )
    png, html = json.loads(answer)
    values = {"png": png, "html": html, "folder": str(Path(png).parent)}
    files = {}
    for name, (method, path, headers) in file_cases.FILES.items():
        status, answer_headers, answer = call(base, method, path.format(**values), headers, None)
        files[name] = file_cases.summary(status, answer_headers, answer)
    demo.close()
    print(json.dumps({"version": gradio.__version__, "uploads": uploads, "files": files}))


if __name__ == "__main__":
    main()
