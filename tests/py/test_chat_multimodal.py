"""gr.ChatInterface(multimodal=True) driven like a page: the message box is a MultimodalTextbox,
uploaded files reach the function as paths and show in the chat as Gradio 6.31 appends them (one
user message: each file, then the text), retry and undo keep them, a forged path or a file of the
wrong type fails the turn, and examples carry their files (run, filled, cached)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from chat_page import ChatPage
from file_cases import MULTIPART, form

import blocklite as gr
from blocklite.files import cache as files_cache
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def texts(history: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(role, text) of each message as the page shows it."""
    return [(m["role"], "".join(item.get("text", "") for item in m["content"])) for m in history]


def page_for(client_for: ClientFor, demo: gr.ChatInterface) -> ChatPage:
    return ChatPage(client_for(demo), demo)


def test_multimodal_messages_are_text_and_files_dicts(client_for: ClientFor) -> None:
    seen: list[Any] = []
    demo = gr.ChatInterface(lambda message, history: seen.append(message) or "ok", multimodal=True)
    assert isinstance(demo.textbox, gr.MultimodalTextbox)
    page = page_for(client_for, demo)
    page.send({"text": "hi", "files": []}, demo.textbox)  # type: ignore[arg-type]
    assert seen == [{"text": "hi", "files": []}]
    assert page.value(demo.textbox) == {"text": "", "files": []}  # cleared for the next one


def upload(client: TestClient, *files: tuple[str, bytes]) -> list[dict[str, Any]]:
    """Upload files as the page does; their FileData as the page then sends them."""
    answer = client.request("POST", "/gradio_api/upload", content=form(*files), headers=MULTIPART)
    assert answer.status == 200, answer.text
    return [
        {"path": path, "orig_name": name, "size": len(data), "meta": {"_type": "gradio.FileData"}}
        for path, (name, data) in zip(answer.json(), files)
    ]


def describe_files(message: dict[str, Any], history: list[Any]) -> str:
    names = [f"{Path(path).name}={Path(path).read_text()}" for path in message["files"]]
    return f"{message['text']!r} with {names} after {len(history)}"


def test_multimodal_files_reach_the_function_and_show_in_the_chat(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(describe_files, multimodal=True)
    client = client_for(demo)
    page = ChatPage(client, demo)
    files = upload(client, ("a.txt", b"one"), ("b.txt", b"two"))
    page.send({"text": "look", "files": files}, demo.textbox)  # type: ignore[arg-type]
    history = page.value(demo.chatbot)
    assert [m["role"] for m in history] == ["user", "assistant"]
    # As Gradio 6.31 appends it: one user message, each file then the text.
    items = history[0]["content"]
    assert [item["type"] for item in items] == ["file", "file", "text"]
    assert [item["file"]["path"] for item in items[:2]] == [f["path"] for f in files]
    assert items[0]["file"]["url"].endswith(f"/gradio_api/file={files[0]['path']}")
    assert items[2]["text"] == "look"
    assert history[1]["content"][0]["text"] == "'look' with ['a.txt=one', 'b.txt=two'] after 0"
    # The file message is served by the app's file route.
    assert client.get(f"/gradio_api/file={files[1]['path']}").body == b"two"
    # Files alone are a message; the function sees the earlier turn in its history.
    (only,) = upload(client, ("c.txt", b"three"))
    page.send({"text": "", "files": [only]}, demo.textbox)  # type: ignore[arg-type]
    history = page.value(demo.chatbot)
    assert [item["type"] for item in history[2]["content"]] == ["file"]
    assert history[3]["content"][0]["text"] == "'' with ['c.txt=three'] after 2"


def test_multimodal_empty_message_is_not_sent(client_for: ClientFor) -> None:
    calls: list[Any] = []
    demo = gr.ChatInterface(lambda m, h: calls.append(m) or "x", multimodal=True)
    page = page_for(client_for, demo)
    page.send({"text": "  ", "files": []}, demo.textbox)  # type: ignore[arg-type]
    assert calls == [] and page.value(demo.chatbot) == []


def test_multimodal_retry_and_undo_keep_the_files(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(describe_files, multimodal=True)
    client = client_for(demo)
    page = ChatPage(client, demo)
    files = upload(client, ("a.txt", b"one"))
    page.send({"text": "look", "files": files}, demo.textbox)  # type: ignore[arg-type]
    page.fire(demo.chatbot, "retry", {"index": 1, "value": ""})
    history = page.value(demo.chatbot)
    assert len(history) == 2
    assert history[1]["content"][0]["text"] == "'look' with ['a.txt=one'] after 0"
    page.fire(demo.chatbot, "undo", {"index": 0, "value": ""})
    assert page.value(demo.chatbot) == []
    back = page.value(demo.textbox)
    assert back["text"] == "look" and [f["path"] for f in back["files"]] == [files[0]["path"]]


def test_a_forged_file_path_in_a_multimodal_message_is_refused(
    client_for: ClientFor, tmp_path: Any
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    calls: list[Any] = []
    demo = gr.ChatInterface(lambda m, h: calls.append(m) or "x", multimodal=True)
    page = page_for(client_for, demo)
    forged = {"path": str(secret), "meta": {"_type": "gradio.FileData"}}
    page.send({"text": "hi", "files": [forged]}, demo.textbox)  # type: ignore[arg-type]
    assert calls == [] and page.value(demo.chatbot) == []
    assert page.errors  # the event failed: nothing was shown or answered


def test_a_given_multimodal_textbox_and_file_types(client_for: ClientFor) -> None:
    box = gr.MultimodalTextbox(file_types=[".csv"], file_count="multiple", render=False)
    demo = gr.ChatInterface(lambda m, h: f"{len(m['files'])} file(s)", textbox=box)
    assert demo.textbox is box and demo.multimodal is True
    client = client_for(demo)
    page = ChatPage(client, demo)
    good = upload(client, ("t.csv", b"a,b"))
    page.send({"text": "x", "files": good}, demo.textbox)  # type: ignore[arg-type]
    assert texts(page.value(demo.chatbot))[-1] == ("assistant", "1 file(s)")
    bad = upload(client, ("t.exe", b"MZ"))
    page.send({"text": "x", "files": bad}, demo.textbox)  # type: ignore[arg-type]
    assert "Invalid file type" in page.errors[-1]["error"]
    assert len(page.value(demo.chatbot)) == 2


def test_multimodal_examples_with_files_run_fill_and_cache(
    client_for: ClientFor, tmp_path: Any
) -> None:
    example_file = tmp_path / "example.txt"
    example_file.write_text("from an example")
    examples = [{"text": "read it", "files": [str(example_file)]}, {"files": [str(example_file)]}]
    demo = gr.ChatInterface(describe_files, multimodal=True, examples=examples)
    shown = demo.chatbot.examples
    assert shown[0]["text"] == "read it" and shown[1]["display_text"] == "example.txt"
    served = shown[0]["files"][0]
    assert files_cache.is_in_or_equal(served["path"], demo.files.folder)  # copied into the cache
    client = client_for(demo)
    page = ChatPage(client, demo)
    page.fire(demo.chatbot, "example_select", {"index": 0, "value": {"text": "read it"}})
    history = page.value(demo.chatbot)
    assert [item["type"] for item in history[0]["content"]] == ["file", "text"]
    assert history[1]["content"][0]["text"] == (
        "'read it' with ['example.txt=from an example'] after 0"
    )
    assert client.get(f"/gradio_api/file={served['path']}").body == b"from an example"

    filled = gr.ChatInterface(
        describe_files, multimodal=True, examples=examples, run_examples_on_click=False
    )
    page = ChatPage(client_for(filled), filled)
    page.fire(filled.chatbot, "example_select", {"index": 0, "value": {"text": "read it"}})
    value = page.value(filled.textbox)
    assert value["text"] == "read it" and len(value["files"]) == 1
    assert value["files"][0]["url"].endswith(value["files"][0]["path"])

    cached = gr.ChatInterface(
        describe_files, multimodal=True, examples=examples, cache_examples=True
    )
    page = ChatPage(client_for(cached), cached)
    page.fire(cached.chatbot, "example_select", {"index": 1, "value": {"text": ""}})
    history = page.value(cached.chatbot)
    assert [item["type"] for item in history[0]["content"]] == ["file"]
    assert history[1]["content"][0]["text"] == "'' with ['example.txt=from an example'] after 0"


def test_examples_with_files_need_multimodal(tmp_path: Any) -> None:
    with pytest.raises(ValueError, match="examples with files need multimodal=True"):
        gr.ChatInterface(lambda m, h: m, examples=[{"text": "x", "files": [str(tmp_path)]}])


def test_retry_refuses_a_file_path_the_page_made_up(client_for: ClientFor, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    calls: list[Any] = []
    demo = gr.ChatInterface(lambda m, h: calls.append(m) or "x", multimodal=True)
    page = page_for(client_for, demo)
    forged = {"path": str(secret), "meta": {"_type": "gradio.FileData"}}
    page.set(demo.chatbot, [{"role": "user", "content": [{"type": "file", "file": forged}]}])
    page.fire(demo.chatbot, "retry", {"index": 0, "value": ""})
    assert calls == [] and page.errors
    errors = len(page.errors)
    page.fire(demo.chatbot, "undo", {"index": 0, "value": ""})  # nor put back into the box
    assert len(page.errors) == errors + 1
    assert page.value(demo.textbox) == {"text": "", "files": []}
