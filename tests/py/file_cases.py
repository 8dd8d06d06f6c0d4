"""The upload and file-route requests compared between real Gradio 6.31 and blocklite.

Imported by both sides (tests/py/server/test_gradio_files.py in process, gradio_files_app.py on
real Gradio over HTTP), so it imports neither library. A case's path may name `{png}`, `{html}`
(files uploaded first) and `{folder}` (the png's upload folder); each side fills them in.
"""

from __future__ import annotations

from typing import Any

BOUNDARY = "blocklite-compare"
MAX_FILE_SIZE = "1kb"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
HTML = b"<b>not a page</b>"


def form(*files: tuple[str, bytes]) -> bytes:
    out = b""
    for name, data in files:
        out += (
            (
                f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + data
            + b"\r\n"
        )
    return out + f"--{BOUNDARY}--\r\n".encode()


MULTIPART = {"content-type": f"multipart/form-data; boundary={BOUNDARY}"}

#: name → (method, path, headers, body)
UPLOADS: dict[str, tuple[str, str, dict[str, str], bytes]] = {
    "two files": ("POST", "/gradio_api/upload", MULTIPART, form(("a.png", PNG), ("b.txt", b"hi"))),
    "too big": ("POST", "/gradio_api/upload", MULTIPART, form(("big.bin", b"x" * 3000))),
    "json body": ("POST", "/gradio_api/upload", {"content-type": "application/json"}, b"{}"),
    "not multipart": ("POST", "/gradio_api/upload", MULTIPART, b"garbage"),
}

FILES: dict[str, tuple[str, str, dict[str, str]]] = {
    "png": ("GET", "/gradio_api/file={png}", {}),
    "png head": ("HEAD", "/gradio_api/file={png}", {}),
    "html is an attachment": ("GET", "/gradio_api/file={html}", {}),
    "range": ("GET", "/gradio_api/file={png}", {"range": "bytes=2-5"}),
    "open range": ("GET", "/gradio_api/file={png}", {"range": "bytes=3-"}),
    "suffix range": ("GET", "/gradio_api/file={png}", {"range": "bytes=-3"}),
    "range past the end": ("GET", "/gradio_api/file={png}", {"range": "bytes=500-"}),
    "outside": ("GET", "/gradio_api/file=/etc/passwd", {}),
    "traversal": ("GET", "/gradio_api/file={folder}/../../../etc/passwd", {}),
    "a folder": ("GET", "/gradio_api/file={folder}", {}),
    "missing": ("GET", "/gradio_api/file={folder}/nothing.png", {}),
}


def summary(status: int, headers: dict[str, str], body: bytes) -> dict[str, Any]:
    """What must agree: status, type, range, disposition kind, and the body of a success."""
    lowered = {k.lower(): v for k, v in headers.items()}
    disposition = lowered.get("content-disposition")
    return {
        "status": status,
        "type": lowered.get("content-type", "").split(";")[0],
        "range": lowered.get("content-range"),
        "disposition": disposition.split(";")[0] if disposition else None,
        "body": body.decode("latin-1") if status < 300 else None,
    }
