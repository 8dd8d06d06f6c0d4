"""What a handler can ask for by annotating a parameter: `gr.Request` and `gr.EventData` kinds.

These parameters are filled by blocklite, not by the listener's inputs; the inputs fill the other
parameters in order. Annotations are read without evaluating them eagerly, so they work with
`from __future__ import annotations` and with Python 3.14's lazy annotations.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable, Mapping
from typing import Any


class Request:
    """The HTTP request behind an event: headers, query parameters, the session's hash.

    Handlers called directly (not through the app) get None instead.
    """

    def __init__(
        self,
        headers: Mapping[str, str] | None = None,
        query_params: Mapping[str, str] | None = None,
        session_hash: str | None = None,
        url: str = "",
        client_host: str | None = None,
        username: str | None = None,
    ) -> None:
        self.headers = {key.lower(): value for key, value in (headers or {}).items()}
        self.query_params = dict(query_params or {})
        self.session_hash = session_hash
        self.url = url
        self.client = _Client(client_host)
        self.username = username
        self.path_params: dict[str, str] = {}
        self.cookies: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"Request(session_hash={self.session_hash!r}, url={self.url!r})"


class _Client:
    def __init__(self, host: str | None) -> None:
        self.host = host


class EventData:
    """The payload of the event that triggered the handler; `target` is the component."""

    def __init__(self, target: Any, data: Any) -> None:
        self.target = target
        self._data = data


class SelectData(EventData):
    """`.select`: what was selected (`index`, `value`, `selected`, and row/column for tables)."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index = data.get("index")
        self.value = data.get("value")
        self.row_value = data.get("row_value")
        self.col_value = data.get("col_value")
        self.selected: bool = data.get("selected", True)


class KeyUpData(EventData):
    """`.key_up`: the key pressed and the input's value."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.key = data.get("key")
        self.input_value = data.get("input_value")


class LikeData(EventData):
    """`.like`: which message, its value, and whether it was liked (True/False, or the custom
    feedback option chosen)."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index = data.get("index")
        self.value = data.get("value")
        self.liked = data.get("liked", True)


class RetryData(EventData):
    """Chatbot `.retry`: the index and value of the user message to answer again."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index = data.get("index")
        self.value = data.get("value")


class UndoData(EventData):
    """Chatbot `.undo`: the index and value of the user message of the turn to undo."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index = data.get("index")
        self.value = data.get("value")


class EditData(EventData):
    """Chatbot `.edit`: the edited message's index, its new text and its text before."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index = data.get("index")
        self.value = data.get("value")
        self.previous_value = data.get("previous_value")


class CopyData(EventData):
    """`.copy`: what was copied (and, for a chat message, its index)."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index = data.get("index")
        self.value = data.get("value")


class _FileEventData(EventData):
    """An event about one file (its FileData dict from the page): `.file` is a `gr.FileData`."""

    def __init__(self, target: Any, data: Any) -> None:
        super().__init__(target, data)
        from .files.file_data import FileData  # only apps with file components pay for it

        fields = data if isinstance(data, dict) else {}
        path = fields.get("path")
        self.file = FileData(
            path=path if isinstance(path, str) else "",
            url=fields.get("url") if isinstance(fields.get("url"), str) else None,
            size=fields.get("size") if isinstance(fields.get("size"), int) else None,
            orig_name=fields.get("orig_name") if isinstance(fields.get("orig_name"), str) else None,
            mime_type=fields.get("mime_type") if isinstance(fields.get("mime_type"), str) else None,
        )


class DeletedFileData(_FileEventData):
    """`.delete` of a file component: the file the user removed."""


class DownloadData(_FileEventData):
    """`.download` of a file component: the file the user downloaded."""


INJECTABLE: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        Request,
        EventData,
        SelectData,
        KeyUpData,
        LikeData,
        RetryData,
        UndoData,
        EditData,
        CopyData,
        DeletedFileData,
        DownloadData,
    )
}


def _parameters(fn: Callable[..., Any]) -> list[inspect.Parameter]:
    try:
        if sys.version_info >= (3, 14):
            import annotationlib

            signature = inspect.signature(fn, annotation_format=annotationlib.Format.STRING)
        else:
            signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return []
    return list(signature.parameters.values())


def _resolve(annotation: Any, fn: Callable[..., Any]) -> type | None:
    """The injectable class an annotation names (a class, or a string like "gr.Request")."""
    if isinstance(annotation, type):
        return annotation if issubclass(annotation, (Request, EventData)) else None
    if not isinstance(annotation, str):
        return None
    text = annotation.strip().strip("'\"")
    try:
        value = eval(text, getattr(fn, "__globals__", {}))
    except Exception:
        value = None
    if isinstance(value, type) and issubclass(value, (Request, EventData)):
        return value
    return INJECTABLE.get(text.rsplit(".", 1)[-1].split("|")[0].strip())


def injected_parameters(fn: Callable[..., Any] | None) -> dict[int, tuple[str, type]]:
    """Position → (name, injectable class), for the parameters blocklite fills itself."""
    if fn is None:
        return {}
    found: dict[int, tuple[str, type]] = {}
    for position, parameter in enumerate(_parameters(fn)):
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            break
        cls = _resolve(parameter.annotation, fn)
        if cls is None and _is_progress(parameter.default):
            cls = type(parameter.default)
        if cls is not None:
            found[position] = (parameter.name, cls)
    return found


def _is_progress(default: Any) -> bool:
    from .progress import Progress

    return isinstance(default, Progress)
