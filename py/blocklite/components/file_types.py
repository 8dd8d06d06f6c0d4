"""`file_types=`: which uploads a component accepts, checked the way Gradio checks them.

Why it exists: File, Files, UploadButton, Image, Gallery and MultimodalTextbox all take
`file_types` (extensions such as ".pdf", or categories such as "image", "video", "audio", "text",
or "file" for anything); one rule here keeps their checks and their message identical to Gradio's.
The page checks the same rule before uploading (js/lib/file-types.ts); this check is the one that
holds, since a Gradio client can post any file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import Error
from ..files.cache import mime_type_of


def is_valid_file(path: str | Path, file_types: Sequence[str] | None) -> bool:
    """Whether the file named `path` is one of `file_types` (None accepts everything, an empty
    list nothing, as in Gradio's client)."""
    if file_types is None:
        return True
    name = Path(path).name.lower()
    mime = mime_type_of(path)
    for kind in file_types:
        if kind == "file":
            return True
        if kind.startswith("."):
            if len(name) > len(kind) and name.endswith(kind.lower()):
                return True
        elif mime is not None and mime.startswith(f"{kind}/"):
            return True
    return False


def check_file_type(
    path: str | Path, file_types: Sequence[str] | None, *, shown_as: str | None = None
) -> None:
    """Raise Gradio's "Invalid file type" error (a toast in the page) for a file not accepted.

    An empty `file_types` accepts everything here, as File and UploadButton treat it; `shown_as`
    names the file in the message (MultimodalTextbox names its MIME type, as Gradio)."""
    if not file_types or is_valid_file(path, file_types):
        return
    what = f": {shown_as}" if shown_as else ""
    raise Error(
        f"Invalid file type{what}. Please upload a file that is one of these formats: "
        f"{list(file_types)}"
    )
