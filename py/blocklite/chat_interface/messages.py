"""The chat turns a ChatInterface builds: user messages, replies, the last turn, examples.

Pure functions over the messages format, kept apart from the layout and the events so each rule
(what a reply may be, where the last turn starts, what an example carries) is read and tested in
one place. Histories come from `Chatbot.preprocess` (content a list of `{"type": "text", ...}`
items, as in Gradio 6); the messages built here may be loose (content a string) because the
Chatbot's `postprocess` normalises whatever is shown.
"""

from __future__ import annotations

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


def message_text(message: Any, where: str) -> str:
    """The text of what the user sent: a string, or a MultimodalTextbox-like `{"text", "files"}`."""
    if message is None:
        return ""
    if isinstance(message, str):
        return message
    if isinstance(message, dict) and "text" in message:
        if message.get("files"):
            raise EventError(
                f"{where}: the message has files, but blocklite cannot attach files to a chat "
                "message yet (no MultimodalTextbox): send text only"
            )
        text = message["text"]
        return "" if text is None else str(text)
    raise EventError(f"{where}: a message must be a string or {{'text', 'files'}}, got {message!r}")


def as_input(text: str, multimodal: bool) -> Any:
    """What the function receives as `message`: the text, or `{"text", "files": []}`."""
    return {"text": text, "files": []} if multimodal else text


def user_turn(text: str) -> list[Message]:
    """The messages a user's text adds to the history (none for an empty message)."""
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


def _role(message: Any) -> Any:
    return message.get("role") if isinstance(message, dict) else getattr(message, "role", None)


@dataclass
class Example:
    """One example: the message it sends, what the chatbot shows for it, extra input values."""

    text: str
    display: dict[str, Any]
    inputs: list[Any] = field(default_factory=list)


def parse_examples(
    examples: list[Any] | None,
    labels: list[str] | None,
    icons: list[str] | None,
    n_inputs: int,
) -> list[Example]:
    """Strings, `{"text", "files"}` dicts, or `[message, *additional_input_values]` lists."""
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
            text = message_text(values[0], where)
        except EventError as error:
            raise ValueError(str(error)) from None
        display: dict[str, Any] = {"text": text}
        if labels is not None and labels[number] is not None:
            display["display_text"] = str(labels[number])
        if icons is not None and icons[number] is not None:
            display["icon"] = icons[number]
        parsed.append(Example(text, display, values[1:]))
    return parsed
