"""The chat turns a ChatInterface builds: user messages, replies, the last turn, examples.

Pure functions over the messages format, kept apart from the layout and the events so each rule
(what a reply may be, where the last turn starts, what an example carries) is read and tested in
one place. Histories come from `Chatbot.preprocess` (content a list of `{"type": "text", ...}`
items, as in Gradio 6); the messages built here may be loose (content a string) because the
Chatbot's `postprocess` normalises whatever is shown.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, is_dataclass, replace
from typing import Any

from ..processing import EventError

Message = dict[str, Any]


def text_of(message: Any) -> str:
    """The text of a message (or of its content), its text items joined by newlines."""
    content = message.get("content") if isinstance(message, dict) else message
    if content is None:
        content = getattr(message, "content", None)
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        content = [content]
    if not isinstance(content, (list, tuple)):
        return ""
    parts = [
        item if isinstance(item, str) else item.get("text", "")
        for item in content
        if isinstance(item, str) or (isinstance(item, dict) and item.get("type", "text") == "text")
    ]
    return "\n".join(part for part in parts if isinstance(part, str))


def message_parts(message: Any, where: str) -> tuple[str, list[str]]:
    """The text and file paths of what the user sent: a string, or a MultimodalTextbox value
    `{"text", "files": [path | FileData, ...]}`."""
    if message is None:
        return "", []
    if isinstance(message, str):
        return message, []
    if isinstance(message, dict) and ("text" in message or "files" in message):
        text = message.get("text")
        files = message.get("files") or []
        if not isinstance(files, (list, tuple)):
            raise EventError(f"{where}: a message's 'files' must be a list, got {files!r}")
        paths = [_path_of(file, where) for file in files]
        return ("" if text is None else str(text)), paths
    raise EventError(f"{where}: a message must be a string or {{'text', 'files'}}, got {message!r}")


def _path_of(file: Any, where: str) -> str:
    path = file.get("path") if isinstance(file, dict) else file
    if isinstance(path, os.PathLike):
        path = os.fspath(path)
    if not isinstance(path, str) or not path:
        raise EventError(f"{where}: a message's file must be a path or {{'path'}}, got {file!r}")
    return path


def message_text(message: Any, where: str) -> str:
    """The text of a message that may not carry files (examples, an edited message)."""
    text, files = message_parts(message, where)
    if files:
        raise EventError(f"{where}: files are not supported here yet: send text only")
    return text


def as_input(text: str, files: list[str], multimodal: bool) -> Any:
    """What the function receives as `message`: the text, or `{"text", "files": [paths]}`."""
    return {"text": text, "files": list(files)} if multimodal else text


def user_turn(text: str, files: list[str] | tuple[str, ...] = ()) -> list[Message]:
    """The messages a user's text (and files) add to the history: none for an empty message.

    With files, one message whose content is each file then the text, as Gradio 6.31's
    ChatInterface appends a multimodal message."""
    if files:
        content: list[Any] = [{"path": path} for path in files]
        if text:
            content.append(text)
        return [{"role": "user", "content": content}]
    return [{"role": "user", "content": text}] if text != "" else []


def reply_messages(response: Any, where: str) -> list[Any]:
    """What the function returned (or yielded) → the assistant messages that show it."""
    from ..components.base import Component

    if response is None:
        return []
    if isinstance(response, str):
        return [{"role": "assistant", "content": response}] if response != "" else []
    if isinstance(response, list):
        return [message for item in response for message in reply_messages(item, where)]
    if isinstance(response, Component):
        return [{"role": "assistant", "content": response}]
    if isinstance(response, dict):
        if "content" in response:
            return [{**response, "role": "assistant"}]  # the role is the reply's, as in Gradio
        if "text" in response and set(response) <= {"text", "files"}:
            return _multimodal_reply(response, where)
        if "path" in response or "file" in response:
            return [{"role": "assistant", "content": response}]
    elif hasattr(response, "role") and hasattr(response, "content"):  # a gr.ChatMessage
        if is_dataclass(response) and not isinstance(response, type):
            return [replace(response, role="assistant")]
        return [
            {
                "role": "assistant",
                "content": response.content,
                "metadata": getattr(response, "metadata", None),
                "options": getattr(response, "options", None),
            }
        ]
    if isinstance(response, tuple):
        raise EventError(
            f"{where} returned a tuple {response!r}: return (reply, *outputs) only with "
            "additional_outputs=[...]; a file is {'path': ...}"
        )
    raise EventError(
        f"{where} must return a string, a message dict ({{'role', 'content'}}), a gr.ChatMessage, "
        f"a component or a list of those, not {response!r} ({type(response).__name__})"
    )


def _multimodal_reply(response: dict[str, Any], where: str) -> list[Message]:
    """`{"text", "files"}` → one assistant message: the files, then the text (as Gradio does)."""
    files = response.get("files") or []
    if not isinstance(files, (list, tuple)):
        raise EventError(f"{where}: a reply's 'files' must be a list of paths, got {files!r}")
    content: list[Any] = [
        {"path": file.get("path")} if isinstance(file, dict) else {"path": file} for file in files
    ]
    if response.get("text"):
        content.append(response["text"])
    return [{"role": "assistant", "content": content}] if content else []


def split_outputs(result: Any, extra: int, where: str) -> tuple[Any, list[Any]]:
    """`(reply, *additional_outputs)` when the ChatInterface has additional outputs."""
    if extra == 0:
        return result, []
    if not isinstance(result, (tuple, list)) or len(result) != extra + 1:
        raise EventError(
            f"{where} must return (reply, {', '.join(['output'] * extra)}): the ChatInterface "
            f"has {extra} additional output(s), got {result!r}"
        )
    return result[0], list(result[1:])


def last_turn(history: list[Any]) -> tuple[int, str]:
    """Where the last user turn starts (its assistant replies follow it) and its text.

    Returns `(len(history), "")` when there is no user message to take back.
    """
    end = len(history)
    while end > 0 and _role(history[end - 1]) != "user":
        end -= 1
    start = end
    while start > 0 and _role(history[start - 1]) == "user":
        start -= 1
    if start == end:
        return len(history), ""
    texts = [text_of(message) for message in history[start:end]]
    return start, "\n".join(text for text in texts if text)


def turn_files(history: list[Any], start: int) -> list[dict[str, Any]]:
    """The files of the user messages from `start` on (the last turn), as FileData dicts."""
    files = []
    for message in history[start:]:
        if _role(message) != "user":
            break
        content = message.get("content") if isinstance(message, dict) else None
        for item in content if isinstance(content, list) else []:
            if (
                isinstance(item, dict)
                and item.get("type") == "file"
                and isinstance(item.get("file"), dict)
            ):
                files.append(item["file"])
    return files


def _role(message: Any) -> Any:
    return message.get("role") if isinstance(message, dict) else getattr(message, "role", None)


@dataclass
class Example:
    """One example: the message it sends, what the chatbot shows for it, extra input values."""

    text: str
    display: dict[str, Any]
    inputs: list[Any] = field(default_factory=list)
    #: The message's files (multimodal examples): paths or URLs, cache paths once served.
    files: list[str] = field(default_factory=list)


def parse_examples(
    examples: list[Any] | None,
    labels: list[str] | None,
    icons: list[str] | None,
    n_inputs: int,
    multimodal: bool = False,
) -> list[Example]:
    """Strings, `{"text", "files"}` dicts (files with `multimodal` only), or
    `[message, *additional_input_values]` lists."""
    if not examples:
        return []
    if not isinstance(examples, (list, tuple)):
        raise ValueError("ChatInterface: examples must be a list (of strings or lists)")
    for name, extra in (("example_labels", labels), ("example_icons", icons)):
        if extra is not None and len(extra) != len(examples):
            raise ValueError(
                f"ChatInterface: {name} has {len(extra)} entries for {len(examples)} examples"
            )
    parsed = []
    for number, example in enumerate(examples):
        values = list(example) if isinstance(example, (list, tuple)) else [example]
        if not values or len(values) > n_inputs + 1:
            raise ValueError(
                f"ChatInterface: example {number} has {len(values)} value(s); give the message "
                f"and at most {n_inputs} additional input value(s)"
            )
        where = f"ChatInterface: example {number}"
        try:
            text, files = message_parts(values[0], where)
        except EventError as error:
            raise ValueError(str(error)) from None
        if files and not multimodal:
            raise ValueError(f"{where} has files: examples with files need multimodal=True")
        display: dict[str, Any] = {"text": text}
        if labels is not None and labels[number] is not None:
            display["display_text"] = str(labels[number])
        if icons is not None and icons[number] is not None:
            display["icon"] = icons[number]
        if files and labels is None and not text:
            display["display_text"] = ", ".join(os.path.basename(path) for path in files)
        parsed.append(Example(text, display, values[1:], files))
    return parsed
