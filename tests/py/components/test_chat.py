"""gr.Chatbot: the messages format both ways, gr.ChatMessage, errors, props and chat event data."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from helpers import completed, run_queued

import blocklite as gr
from blocklite.files import cache as files_cache
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def text(role: str, value: str, metadata: Any = None, options: Any = None) -> dict[str, Any]:
    """A message as the page receives it."""
    return {
        "role": role,
        "metadata": metadata,
        "content": [{"type": "text", "text": value}],
        "options": options,
    }


def test_postprocess_normalises_dicts_and_chat_messages_mixed() -> None:
    chat = gr.Chatbot(render=False)
    value = [
        {"role": "user", "content": "Hi"},
        gr.ChatMessage(content="Hello!", options=[{"value": "a", "label": "A"}, "b"]),
        {
            "role": "assistant",
            "content": "Thinking",
            "metadata": {"title": "Tool", "status": "done", "duration": 1.5},
        },
        {"role": "system", "content": [{"type": "text", "text": "sys"}, "more"]},
    ]
    assert chat.postprocess(value) == [
        text("user", "Hi"),
        {
            "role": "assistant",
            "metadata": {},
            "content": [{"type": "text", "text": "Hello!"}],
            "options": [{"value": "a", "label": "A"}, {"value": "b"}],
        },
        text("assistant", "Thinking", {"title": "Tool", "status": "done", "duration": 1.5}),
        {
            "role": "system",
            "metadata": None,
            "content": [{"type": "text", "text": "sys"}, {"type": "text", "text": "more"}],
            "options": None,
        },
    ]
    assert chat.postprocess(None) == []
    # Text is dedented like Gradio (triple-quoted strings in indented code).
    assert chat.postprocess([{"role": "user", "content": "\n    a\n      b\n"}])[0]["content"] == [
        {"type": "text", "text": "a\n  b"}
    ]


def test_chat_message_defaults_and_value_property() -> None:
    message = gr.ChatMessage("Hi")
    assert (message.role, message.metadata, message.options) == ("assistant", {}, [])
    chat = gr.Chatbot([gr.ChatMessage(role="user", content="Q")], render=False)
    assert chat.value == [{**text("user", "Q"), "metadata": {}, "options": []}]


def test_files_and_components_in_content() -> None:
    chat = gr.Chatbot(render=False)
    [image] = chat.postprocess(
        [{"role": "assistant", "content": {"path": "https://x.test/cat.png", "alt_text": "a cat"}}]
    )
    item = image["content"][0]
    assert item["type"] == "file" and item["alt_text"] == "a cat"
    assert item["file"]["url"] == "https://x.test/cat.png"
    assert item["file"]["mime_type"] == "image/png" and item["file"]["orig_name"] == "cat.png"
    with gr.Blocks() as demo:
        shown = gr.Markdown("**bold**")
        box = gr.Chatbot([{"role": "assistant", "content": shown}])
    # The component shows inside the message, not in the layout too.
    assert shown not in demo.children and box in demo.children
    [component] = box.value[0]["content"]
    assert component["type"] == "component" and component["component"] == "markdown"
    assert component["value"] == "**bold**" and component["props"]["name"] == "markdown"
    # preprocess hands the component back as an instance too, as Gradio does.
    [back] = box.preprocess(box.value)[0]["content"]
    assert isinstance(back["instance"], gr.Markdown) and back["instance"].value == "**bold**"


def test_preprocess_returns_normalised_message_dicts() -> None:
    chat = gr.Chatbot(render=False)
    payload = [text("user", "Hi"), text("assistant", "Yo", {"title": "T", "status": "pending"})]
    history = chat.preprocess(payload)
    assert history == payload
    assert chat.preprocess(None) == []
    # A handler can append loose messages to what it received and return it.
    history.append({"role": "assistant", "content": "more"})
    assert chat.postprocess(history)[-1] == text("assistant", "more")
    with pytest.raises(gr.Error, match="not a list of messages"):
        chat.preprocess({"role": "user"})
    with pytest.raises(gr.Error, match="message 0: role must be"):
        chat.preprocess([{"role": 5, "content": []}])


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ([["hi", "hello"]], "tuples format"),
        ([("hi", "hello"), ("a", None)], "tuples format"),
        ("hello", "expects a list of messages"),
        ([{"content": "no role"}], "message 0 is not in the messages format"),
        ([{"role": "user", "content": "ok"}, 42], "message 1 is not in the messages format"),
        ([{"role": None, "content": "x"}], "role must be a string"),
        ([{"role": "user", "content": None}], "content is None"),
        ([{"role": "user", "content": 3.5}], "content must be a string"),
        (
            [{"role": "user", "content": "x", "metadata": {"status": "running"}}],
            "'pending' or 'done'",
        ),
        ([{"role": "user", "content": "x", "options": [{"label": "no value"}]}], "needs a 'value'"),
    ],
)
def test_wrong_shapes_raise_errors_naming_the_component(value: Any, message: str) -> None:
    chat = gr.Chatbot(label="History", render=False)
    with pytest.raises(TypeError, match=message) as info:
        chat.postprocess(value)
    assert "Chatbot 'History'" in str(info.value)
    assert isinstance(info.value, gr.Error)  # shown to the user, as in Gradio


def test_any_string_role_is_kept_and_unknown_metadata_keys_are_dropped() -> None:
    # As in Gradio: a "tool" message passes through; metadata keys it does not know are dropped.
    chat = gr.Chatbot(render=False)
    out = chat.postprocess(
        [
            {"role": "tool", "content": "42", "metadata": {"foo": 1, "title": "Result"}},
            gr.ChatMessage(role="weird", content="x", metadata={"foo": 2}),
            {"role": "user", "content": "q", "metadata": {"colour": "red"}},
        ]
    )
    assert [m["role"] for m in out] == ["tool", "weird", "user"]
    assert [m["metadata"] for m in out] == [{"title": "Result"}, {}, {}]
    assert chat.preprocess(out) == out


def test_constructor_checks_and_unknown_keywords() -> None:
    with pytest.raises(ValueError, match="tuples"):
        gr.Chatbot(type="tuples", render=False)
    with pytest.raises(TypeError):
        gr.Chatbot(bubble_full_width=False, render=False)  # removed in Gradio 6
    with pytest.raises(TypeError):
        gr.Chatbot(not_a_parameter=1, render=False)
    with pytest.raises(ValueError, match="editable"):
        gr.Chatbot(editable="everyone", render=False)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="tuples format"):
        gr.Chatbot([["a", "b"]], render=False)  # a bad default fails when built


def test_props_in_config() -> None:
    chat = gr.Chatbot(
        label="Chat",
        height=300,
        editable="user",
        avatar_images=(None, "https://x.test/bot.png"),
        placeholder="**Ask me**",
        examples=[{"text": "Hi", "display_text": "Say hi"}, {"text": "Files", "files": ["a.txt"]}],
        feedback_options=["Like", "Dislike", "Spam"],
        feedback_value=["Like", None],
        layout="panel",
        show_copy_button=True,
        watermark="(AI)",
        render=False,
    )
    props = chat.get_config()["props"]
    assert props["height"] == 300 and props["editable"] == "user" and props["layout"] == "panel"
    assert props["avatar_images"] == [None, "https://x.test/bot.png"]
    assert props["placeholder"] == "**Ask me**" and props["watermark"] == "(AI)"
    assert props["examples"][0] == {"text": "Hi", "display_text": "Say hi"}
    assert props["examples"][1]["files"][0]["path"] == "a.txt"
    assert props["feedback_options"] == ["Like", "Dislike", "Spam"]
    assert props["feedback_value"] == ["Like", None]
    assert props["buttons"] == ["share", "copy", "copy_all"]
    assert props["latex_delimiters"] == [{"left": "$$", "right": "$$", "display": True}]
    assert gr.Chatbot(buttons=["copy"], render=False).buttons == ["copy"]
    assert gr.Chatbot(show_copy_all_button=False, render=False).buttons == ["share", "copy"]
    with pytest.raises(ValueError, match="unknown button"):
        gr.Chatbot(buttons=["paste"], render=False)
    with pytest.raises(ValueError, match="avatar_images"):
        gr.Chatbot(avatar_images="me.png", render=False)  # type: ignore[arg-type]


def test_reasoning_tags_split_thoughts() -> None:
    chat = gr.Chatbot(reasoning_tags=[("<think>", "</think>")], render=False)
    done = chat.postprocess([{"role": "assistant", "content": "<think>hmm</think>The answer"}])
    assert done == [
        text("assistant", "hmm", {"title": "Reasoning", "status": "done"}),
        text("assistant", "The answer"),
    ]
    streaming = chat.postprocess([{"role": "assistant", "content": "<think>still thinking"}])
    assert streaming == [
        text("assistant", "still thinking", {"title": "Reasoning", "status": "pending"})
    ]


def join(client: TestClient, fn_index: int, data: list[Any], **extra: Any) -> dict[str, Any]:
    body = {"data": data, "fn_index": fn_index, "session_hash": "chat", **extra}
    assert client.post("/gradio_api/queue/join", json=body).status == 200
    return completed(client.get("/gradio_api/queue/data?session_hash=chat").sse())


def test_chat_event_data_fill_handler_parameters(client_for: ClientFor) -> None:
    def liked(data: gr.LikeData) -> str:
        return f"like {data.index} {data.value} {data.liked}"

    def retried(history: list[Any], data: gr.RetryData) -> str:
        return f"retry {data.index} {data.value} {len(history)}"

    def undone(data: gr.UndoData) -> str:
        return f"undo {data.index} {data.value}"

    def edited(data: gr.EditData) -> str:
        return f"edit {data.index} {data.previous_value}->{data.value}"

    def copied(data: gr.CopyData) -> str:
        return f"copy {data.value}"

    def example(data: gr.SelectData) -> str:
        return f"example {data.index} {data.value['text']}"

    with gr.Blocks() as demo:
        chat = gr.Chatbot([{"role": "user", "content": "Q"}, {"role": "assistant", "content": "A"}])
        out = gr.Textbox()
        chat.like(liked, None, out)
        chat.retry(retried, chat, out)
        chat.undo(undone, None, out)
        chat.edit(edited, None, out)
        chat.copy(copied, None, out)
        chat.example_select(example, None, out)
    client = client_for(demo)
    history = chat.value
    cases = [
        (0, [], {"index": 1, "value": "A", "liked": False}, "like 1 A False"),
        (1, [history], {"index": 0, "value": "Q"}, "retry 0 Q 2"),
        (2, [], {"index": 0, "value": "Q"}, "undo 0 Q"),
        (3, [], {"index": 0, "value": "Q2", "previous_value": "Q"}, "edit 0 Q->Q2"),
        (4, [], {"index": 1, "value": "A"}, "copy A"),
        (5, [], {"index": 0, "value": {"text": "Hi"}}, "example 0 Hi"),
    ]
    for fn_index, data, event_data, expected in cases:
        done = join(client, fn_index, data, event_data=event_data, trigger_id=chat.id)
        assert done["output"]["data"] == [expected], (fn_index, done)
    assert all(dep["collects_event_data"] for dep in demo.get_config_file()["dependencies"])


def test_streaming_history_sends_diffs_of_the_last_message(client_for: ClientFor) -> None:
    def reply(history: list[dict[str, Any]]):
        history.append({"role": "assistant", "content": ""})
        for token in ["Hel", "lo", "!"]:
            history[-1]["content"] += token
            yield history

    with gr.Blocks() as demo:
        chat = gr.Chatbot([{"role": "user", "content": "Hi"}])
        gr.Button().click(reply, chat, chat)
    client = client_for(demo)
    body = {"data": [chat.value], "fn_index": 0, "session_hash": "chat"}
    assert client.post("/gradio_api/queue/join", json=body).status == 200
    messages = client.get("/gradio_api/queue/data?session_hash=chat").sse()
    generating = [m["output"]["data"][0] for m in messages if m["msg"] == "process_generating"]
    assert generating[0] == [text("user", "Hi"), text("assistant", "Hel")]
    # Later yields travel as edits of the last message's text only.
    for edits in generating[1:]:
        assert all(path[:2] == [1, "content"] for _, path, _ in edits), edits
    final = completed(messages)["output"]["data"][0]
    assert final == [text("user", "Hi"), text("assistant", "Hello!")]


@pytest.mark.parametrize("text", ["  hi  ", "hi", "", "   ", " a b ", "a\n   b", "\ta", "x\t"])
def test_one_line_text_is_cleaned_like_cleandoc(text: str) -> None:
    """The cheap path for one-line strings gives what inspect.cleandoc gives (on 3.11 and 3.14)."""
    import inspect

    (message,) = gr.Chatbot(render=False).postprocess([{"role": "user", "content": text}])
    assert message["content"] == [{"type": "text", "text": inspect.cleandoc(text)}]


def test_a_bad_message_is_named_by_component_and_index() -> None:
    chatbot = gr.Chatbot(label="Talk", render=False)
    good = {"role": "user", "content": "hi"}
    with pytest.raises(TypeError, match=r"Chatbot 'Talk'.*message 2.*role"):
        chatbot.postprocess([good, good, {"role": 3, "content": "x"}])


def test_content_items_module_and_the_old_import_path() -> None:
    """Content items live in chat_content.py; chat_format.py uses the same functions (it imports
    them from there, without re-exporting them)."""
    from blocklite.components import chat_content, chat_format

    assert not hasattr(chat_format, "__all__")
    assert chat_content.content_item.__module__ == "blocklite.components.chat_content"
    assert chat_format.content_item is chat_content.content_item
    assert chat_format.file_data is chat_content.file_data
    assert chat_format.ChatFormatError is chat_content.ChatFormatError
    item = chat_content.content_item(("pics/cat.png", "A cat"), "test")
    assert item["type"] == "file"
    assert item["alt_text"] == "A cat"
    assert item["file"]["mime_type"] == "image/png"
    assert item["file"]["orig_name"] == "cat.png"


def test_a_handlers_file_in_a_message_goes_out_through_the_file_route(
    client_for: ClientFor, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".secret").write_text("a dotfile in the working directory: never handed out")
    made = tmp_path / "reply.png"
    made.write_bytes(b"\x89PNG made by the handler")

    def reply(_: Any) -> list[dict[str, Any]]:
        return [
            {"role": "assistant", "content": {"path": str(made), "alt_text": "a picture"}},
            {"role": "assistant", "content": {"path": "https://x.test/cat.png"}},
            {"role": "assistant", "content": {"path": "pictures/on-the-host.png"}},
        ]

    def forbidden(_: Any) -> list[dict[str, Any]]:
        return [{"role": "assistant", "content": {"path": str(tmp_path / ".secret")}}]

    with gr.Blocks() as demo:
        chat = gr.Chatbot()
        gr.Button().click(reply, chat, chat)
        gr.Button().click(forbidden, chat, chat)
    client = client_for(demo)
    done = completed(run_queued(client, 0, [[]]))
    local, remote, relative = (m["content"][0]["file"] for m in done["output"]["data"][0])
    # The handler's file is copied into the app's cache and named by the app's file route ...
    assert local["path"] != str(made) and local["orig_name"] == "reply.png"
    assert local["mime_type"] == "image/png" and local["size"] == len(made.read_bytes())
    served = client.get(urlsplit(local["url"]).path)
    assert served.status == 200 and served.body == made.read_bytes()
    # ... while a URL, or a name that is no file here (relative to the page), is left alone.
    assert remote["url"] == "https://x.test/cat.png"
    assert relative["url"] == "pictures/on-the-host.png"
    # A file the app may not hand out is an error (hidden without show_error, as in Gradio), not
    # a leak.
    failed = completed(run_queued(client, 1, [[]], session_hash="s2"))
    assert failed["success"] is False and "dotfile" not in json.dumps(failed)


def test_an_avatar_file_of_the_app_is_served_from_its_cache(tmp_path: Any) -> None:
    face = tmp_path / "face.png"
    face.write_bytes(b"\x89PNG face")
    with gr.Blocks():
        chat = gr.Chatbot(avatar_images=(face, "https://x.test/bot.png"))
    user, bot = chat.avatar_images
    assert isinstance(user, dict) and user["orig_name"] == "face.png"
    assert "/gradio_api/file=" in user["url"] and user["path"] != str(face)
    assert bot == "https://x.test/bot.png"


def test_a_history_naming_a_file_the_app_never_handed_out_is_refused(
    client_for: ClientFor, tmp_path: Any
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not the app's")
    seen: list[Any] = []

    def read(history: list[dict[str, Any]]) -> str:
        seen.append([item for message in history for item in message["content"]])
        return "ok"

    with gr.Blocks() as demo:
        chat = gr.Chatbot()
        out = gr.Textbox()
        gr.Button().click(read, chat, out)
    client = client_for(demo)
    made = tmp_path / "mine.txt"
    made.write_text("handed out")
    with files_cache.using(demo.files):
        handed = demo.files.file_data(str(made))

    def history(path: str) -> list[dict[str, Any]]:
        file = {"path": path, "meta": {"_type": "gradio.FileData"}}
        return [{"role": "user", "content": [{"type": "file", "file": file}]}]

    refused = completed(run_queued(client, 0, [history(str(secret))]))
    assert refused["success"] is False and seen == []
    for path in (handed["path"], "https://x.test/a.png", "pictures/on-the-host.png"):
        done = completed(run_queued(client, 0, [history(path)], session_hash=f"s-{len(seen)}"))
        assert done["success"] is True, path
    assert [items[0]["file"]["path"] for items in seen][1:] == [
        "https://x.test/a.png",
        "pictures/on-the-host.png",
    ]
