"""One streamed media chunk (gr.Audio / gr.Video with streaming=True) as its own file.

Why it exists: a streaming output sends every yielded chunk as a FileData marked `is_stream`
(docs/media.md, "Audio and Video"), and the page plays each new one. The cache stores files by
content, so a generator that yields the same bytes twice (a repeated beep, silence) would send
the same FileData twice, which the page cannot tell from "nothing new". Each chunk is therefore
stored under a name of its own.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from ..files import cache

_numbers = itertools.count(1)


def as_stream_chunk(data: dict[str, Any]) -> dict[str, Any]:
    """`data` (a FileData dict the cache made) as a chunk: a file of its own, `is_stream` set."""
    path = data.get("path")
    if not isinstance(path, str) or path.startswith(("http://", "https://", "data:")):
        return {**data, "is_stream": True}
    store = cache.current()
    name = Path(path).name
    own = store.store_bytes(Path(path).read_bytes(), f"chunk{next(_numbers)}-{name}")
    return {**store.file_data(own, orig_name=data.get("orig_name") or name), "is_stream": True}
