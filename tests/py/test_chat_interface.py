"""gr.ChatInterface driven like a page: replies of every shape, history, streaming, retry/undo/clear,
edits, examples (run, filled, cached), errors, the `chat` endpoint, saved conversations."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from chat_page import ChatPage

import blocklite as gr
from blocklite.testing import TestClient

ClientFor = Callable[..., TestClient]


def texts(history: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(role, text) of each message as the page shows it."""
    return [(m["role"], "".join(item.get("text", "") for item in m["content"])) for m in history]


def page_for(client_for: ClientFor, demo: gr.ChatInterface) -> ChatPage:
    return ChatPage(client_for(demo), demo)


def test_string_reply_and_history_passed_to_fn(client_for: ClientFor) -> None:
    seen: list[list[tuple[str, str]]] = []

    def echo(message: str, history: list[dict[str, Any]]) -> str:
        seen.append(texts(history))
        return f"You said: {message}"

    demo = gr.ChatInterface(echo)
    page = page_for(client_for, demo)
    page.send("hi", demo.textbox)
    page.send("again", demo.textbox)
    assert texts(page.value(demo.chatbot)) == [
        ("user", "hi"),
        ("assistant", "You said: hi"),
        ("user", "again"),
        ("assistant", "You said: again"),
    ]
    # The history excludes the message being answered, in Gradio 6's messages format.
    assert seen == [[], [("user", "hi"), ("assistant", "You said: hi")]]
    # The box was cleared and is editable again, submit button back.
    assert page.value(demo.textbox) == ""
    assert page.props[demo.textbox.id]["interactive"] is True


def test_message_dicts_chat_messages_lists_and_components(client_for: ClientFor) -> None:
    replies: list[Any] = [
        {"role": "assistant", "content": "as a dict", "metadata": {"title": "Tool"}},
        gr.ChatMessage(content="as a ChatMessage"),
        ["first", {"role": "assistant", "content": "second"}],
        gr.Markdown("**bold**"),
        "",
    ]
    demo = gr.ChatInterface(lambda message, history: replies.pop(0))
    page = page_for(client_for, demo)
    for word in ("a", "b", "c", "d", "e"):
        page.send(word, demo.textbox)
    history = page.value(demo.chatbot)
    assert texts(history)[:6] == [
        ("user", "a"),
        ("assistant", "as a dict"),
        ("user", "b"),
        ("assistant", "as a ChatMessage"),
        ("user", "c"),
        ("assistant", "first"),
    ]
    assert history[1]["metadata"] == {"title": "Tool"}
    assert texts(history[6:7]) == [("assistant", "second")]
    assert history[8]["content"][0]["type"] == "component"
    assert history[8]["content"][0]["component"] == "markdown"
    # An empty reply adds nothing after the user's message.
    assert texts(history[-1:]) == [("user", "e")]


def test_replies_are_assistant_messages_with_their_files(client_for: ClientFor) -> None:
    # As in Gradio: the function's reply is the assistant's whatever role it names, and a
    # {"text", "files"} reply is one message with the files, then the text.
    replies: list[Any] = [
        {"role": "user", "content": "dict claiming user"},
        gr.ChatMessage(role="user", content="ChatMessage claiming user"),
        {"text": "see these", "files": ["a.png", {"path": "b.txt"}]},
    ]
    demo = gr.ChatInterface(lambda message, history: replies.pop(0))
    page = page_for(client_for, demo)
    for word in ("a", "b", "c"):
        page.send(word, demo.textbox)
    history = page.value(demo.chatbot)
    assert [m["role"] for m in history] == ["user", "assistant"] * 3
    assert texts(history[1:4:2]) == [
        ("assistant", "dict claiming user"),
        ("assistant", "ChatMessage claiming user"),
    ]
    content = history[5]["content"]
    assert [item["type"] for item in content] == ["file", "file", "text"]
    assert [item["file"]["path"] for item in content[:2]] == ["a.png", "b.txt"]
    assert content[2]["text"] == "see these"


def test_generator_streams_each_yield_replacing_the_pending_reply(client_for: ClientFor) -> None:
    def stream(message: str, history: list[Any]) -> Iterator[str]:
        text = ""
        for word in message.split():
            text += word + " "
            yield text

    demo = gr.ChatInterface(stream)
    page = page_for(client_for, demo)
    page.send("one two three", demo.textbox)
    chatbot_index = next(
        d["outputs"].index(demo.chatbot.id) for d in page.deps if d["id"] == page.frames[0][0]
    )
    shown = [texts(data[chatbot_index]) for _, data in page.frames]
    assert shown == [
        [("user", "one two three"), ("assistant", "one ")],
        [("user", "one two three"), ("assistant", "one two ")],
        [("user", "one two three"), ("assistant", "one two three ")],
    ]
    assert texts(page.value(demo.chatbot))[-1] == ("assistant", "one two three ")


def test_async_function_and_async_generator(client_for: ClientFor) -> None:
    async def answer(message: str, history: list[Any]) -> str:
        await asyncio.sleep(0)
        return message.upper()

    async def count(message: str, history: list[Any]) -> AsyncIterator[str]:
        for n in range(1, 4):
            await asyncio.sleep(0)
            yield str(n)

    for fn, expected in ((answer, "HEY"), (count, "3")):
        demo = gr.ChatInterface(fn)
        page = page_for(client_for, demo)
        page.send("hey", demo.textbox)
        assert texts(page.value(demo.chatbot)) == [("user", "hey"), ("assistant", expected)]


def test_additional_inputs_and_outputs(client_for: ClientFor) -> None:
    def repeat(message: str, history: list[Any], times: float, loud: bool) -> tuple[str, int]:
        text = " ".join([message] * int(times))
        return (text.upper() if loud else text), len(history)

    count = gr.Number(render=False)
    times = gr.Slider(1, 5, value=2, label="Times", render=False)
    with gr.Blocks() as demo:
        # Made with render=False (or outside any Blocks): they go into the accordion.
        chat = gr.ChatInterface(
            repeat,
            additional_inputs=[times, gr.Checkbox(label="Loud", render=False)],
            additional_outputs=[count],
        )
        count.render()
    accordion = next(c for c in demo.get_config_file()["components"] if c["type"] == "accordion")
    assert (
        accordion["props"]["label"] == "Additional Inputs" and accordion["props"]["open"] is False
    )
    page = ChatPage(client_for(demo), demo)
    page.set(chat.additional_inputs[1], True)
    page.send("ho", chat.textbox)
    page.send("hi", chat.textbox)
    assert texts(page.value(chat.chatbot))[-1] == ("assistant", "HI HI")
    assert page.value(count) == 2  # the history's length when answering "hi"


def test_additional_inputs_rendered_elsewhere_stay_there() -> None:
    with gr.Blocks() as demo:
        system = gr.Textbox(label="System prompt")
        gr.ChatInterface(lambda m, h, s: s + m, additional_inputs=[system])
    types = [c["type"] for c in demo.get_config_file()["components"]]
    assert "accordion" not in types  # nothing left to put in it
    assert system.parent is demo


def test_accordion_label_or_instance() -> None:
    demo = gr.ChatInterface(
        lambda m, h, t: m,
        additional_inputs=["textbox"],
        additional_inputs_accordion=gr.Accordion("Settings", open=True, render=False),
    )
    accordion = next(c for c in demo.get_config_file()["components"] if c["type"] == "accordion")
    assert accordion["props"]["label"] == "Settings" and accordion["props"]["open"] is True


def test_retry_replaces_the_last_reply(client_for: ClientFor) -> None:
    calls: list[tuple[str, int]] = []

    def answer(message: str, history: list[Any]) -> str:
        calls.append((message, len(history)))
        return f"{message} #{len(calls)}"

    demo = gr.ChatInterface(answer)
    page = page_for(client_for, demo)
    page.send("a", demo.textbox)
    page.send("b", demo.textbox)
    page.fire(demo.chatbot, "retry", {"index": 2, "value": "b"})
    assert texts(page.value(demo.chatbot)) == [
        ("user", "a"),
        ("assistant", "a #1"),
        ("user", "b"),
        ("assistant", "b #3"),
    ]
    assert calls[-1] == ("b", 2)  # answered again with the history before "b"


def test_undo_removes_the_last_turn_and_puts_the_message_back(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(lambda message, history: message * 2)
    page = page_for(client_for, demo)
    page.send("a", demo.textbox)
    page.send("b", demo.textbox)
    page.fire(demo.chatbot, "undo", {"index": 2, "value": "b"})
    assert texts(page.value(demo.chatbot)) == [("user", "a"), ("assistant", "aa")]
    assert page.value(demo.textbox) == "b"


def test_clear_empties_the_history(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(lambda message, history: str(len(history)))
    page = page_for(client_for, demo)
    page.send("a", demo.textbox)
    page.fire(demo.chatbot, "clear")
    assert page.value(demo.chatbot) == []
    page.send("b", demo.textbox)
    assert texts(page.value(demo.chatbot)) == [("user", "b"), ("assistant", "0")]


def test_editing_a_user_message_answers_again_from_there(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(lambda message, history: f"{message}!", editable=True)
    assert demo.chatbot.editable == "user"
    page = page_for(client_for, demo)
    page.send("a", demo.textbox)
    page.send("b", demo.textbox)
    page.fire(demo.chatbot, "edit", {"index": 0, "value": "z", "previous_value": "a"})
    assert texts(page.value(demo.chatbot)) == [("user", "z"), ("assistant", "z!")]


def test_empty_message_runs_nothing(client_for: ClientFor) -> None:
    calls: list[str] = []
    demo = gr.ChatInterface(lambda message, history: calls.append(message) or "x")
    page = page_for(client_for, demo)
    page.send("   ", demo.textbox)
    assert calls == [] and page.value(demo.chatbot) == []


def test_stop_cancels_the_running_turn() -> None:
    demo = gr.ChatInterface(lambda message, history: (yield message), stop_btn="Halt")
    stops = [d for d in demo.fns if (demo.textbox.id, "stop") in d.targets]
    assert len(stops) == 1 and stops[0].cancels
    respond = stops[0].cancels[0]
    assert respond.fn is not None and respond.trigger_after is not None
    # The stop button is hidden until a turn runs, then replaces the submit button.
    assert demo.textbox.stop_btn is False
    from blocklite.chat_interface.turns import Turns

    assert Turns(demo).lock(clear=True) == {
        "__type__": "update",
        "interactive": False,
        "value": "",
        "submit_btn": False,
        "stop_btn": "Halt",
    }


def test_examples_show_in_the_chatbot_and_run_on_click(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(
        lambda message, history, tone: f"{tone}: {message}",
        additional_inputs=[gr.Textbox(value="calm", label="Tone")],
        examples=["hello", ["shout", "loud"]],
        example_labels=["Say hello", None],
    )
    assert demo.chatbot.examples == [
        {"text": "hello", "display_text": "Say hello"},
        {"text": "shout"},
    ]
    page = page_for(client_for, demo)
    page.fire(demo.chatbot, "example_select", {"index": 1, "value": {"text": "shout"}})
    assert texts(page.value(demo.chatbot)) == [("user", "shout"), ("assistant", "loud: shout")]
    assert page.value(demo.additional_inputs[0]) == "loud"  # the example's input value is set


def test_examples_fill_the_box_when_not_run_on_click(client_for: ClientFor) -> None:
    calls: list[str] = []
    demo = gr.ChatInterface(
        lambda message, history: calls.append(message) or "x",
        examples=["hello"],
        run_examples_on_click=False,
    )
    page = page_for(client_for, demo)
    page.fire(demo.chatbot, "example_select", {"index": 0, "value": {"text": "hello"}})
    assert page.value(demo.textbox) == "hello" and calls == [] and page.value(demo.chatbot) == []


@pytest.mark.parametrize("mode", ["eager", "lazy"])
def test_cached_examples_show_stored_replies(client_for: ClientFor, mode: str) -> None:
    calls: list[str] = []

    def answer(message: str, history: list[Any]) -> Iterator[str]:
        calls.append(message)
        yield "thinking"
        yield f"cached {message}"

    demo = gr.ChatInterface(answer, examples=["a", "b"], cache_examples=True, cache_mode=mode)
    assert calls == (["a", "b"] if mode == "eager" else [])
    page = page_for(client_for, demo)
    for _ in range(2):  # the second click does not run the function again
        page.fire(demo.chatbot, "example_select", {"index": 1, "value": {"text": "b"}})
    assert texts(page.value(demo.chatbot))[-2:] == [("user", "b"), ("assistant", "cached b")]
    assert calls.count("b") == 1 and "a" in calls if mode == "eager" else calls == ["b"]


def test_bad_examples_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="example 0 has 3 value"):
        gr.ChatInterface(lambda m, h: m, examples=[["a", 1, 2]])
    with pytest.raises(ValueError, match="example_labels has 1 entries for 2 examples"):
        gr.ChatInterface(lambda m, h: m, examples=["a", "b"], example_labels=["x"])


@pytest.mark.allow_console_errors
def test_an_error_is_shown_the_history_kept_and_the_app_usable(client_for: ClientFor) -> None:
    def moody(message: str, history: list[Any]) -> str:
        if message == "boom":
            raise gr.Error("Something broke")
        return "fine"

    demo = gr.ChatInterface(moody)
    page = page_for(client_for, demo)
    page.send("hello", demo.textbox)
    page.send("boom", demo.textbox)
    assert page.errors[-1]["error"] == "Something broke"
    # The user's message stays; the box is unlocked again (the unlock step runs after failures).
    assert texts(page.value(demo.chatbot)) == [
        ("user", "hello"),
        ("assistant", "fine"),
        ("user", "boom"),
    ]
    assert page.props[demo.textbox.id]["interactive"] is True
    page.send("again", demo.textbox)
    assert texts(page.value(demo.chatbot))[-1] == ("assistant", "fine")


def test_wrong_reply_shapes_name_the_problem(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(lambda message, history: ("two", "values"))
    page = page_for(client_for, demo)
    page.send("x", demo.textbox)
    assert "additional_outputs" in page.errors[-1]["error"]
    # Additional outputs must be on the page (rendered in an enclosing Blocks).
    with pytest.raises(ValueError, match="is not part of this Blocks"):
        gr.ChatInterface(lambda m, h: "x", additional_outputs=[gr.Number(render=False)])


def test_chat_endpoint_via_demo_call_and_api_info(client_for: ClientFor) -> None:
    def answer(message: str, history: list[Any], suffix: str) -> Iterator[str]:
        yield message
        yield f"{message}{suffix} ({len(history)})"

    demo = gr.ChatInterface(answer, additional_inputs=[gr.Textbox(value="!", label="Suffix")])
    assert demo("hi", "?", api_name="chat") == "hi? (0)"
    info = client_for(demo).get("/gradio_api/info").json()
    assert list(info["named_endpoints"]) == ["/chat"]
    names = [p["parameter_name"] for p in info["named_endpoints"]["/chat"]["parameters"]]
    assert names == ["message", "suffix"]


def test_chat_endpoint_keeps_its_name_whatever_the_function_is_called() -> None:
    def chat(message: str, history: list[Any]) -> str:
        return message

    demo = gr.ChatInterface(chat)
    assert [d.api_name for d in demo.fns if d.api_visibility == "public"] == ["chat"]
    assert demo("x", api_name="chat") == "x"
    named = gr.ChatInterface(chat, api_name="talk", api_visibility="undocumented")
    assert [d.api_name for d in named.fns if d.api_name != "false"] == ["talk"]


def test_chat_endpoint_keeps_a_history_per_session(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(lambda message, history: f"{message} after {len(history)}")
    client = client_for(demo)
    endpoint = next(d for d in demo.fns if d.api_name == "chat")
    page = ChatPage(client, demo, session_hash="api")
    page.set(demo.textbox, "one")
    page._call(endpoint.get_config(), None)
    page.set(demo.textbox, "two")
    page._call(endpoint.get_config(), None)
    assert page.value(demo.api_response) == "two after 2"


def test_request_is_injected(client_for: ClientFor) -> None:
    def who(message: str, history: list[Any], request: gr.Request) -> str:
        return f"{message} from {request.session_hash}"

    demo = gr.ChatInterface(who)
    page = page_for(client_for, demo)
    page.send("hi", demo.textbox)
    assert texts(page.value(demo.chatbot))[-1] == ("assistant", "hi from page")


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
    from file_cases import MULTIPART, form

    answer = client.request("POST", "/gradio_api/upload", content=form(*files), headers=MULTIPART)
    assert answer.status == 200, answer.text
    return [
        {"path": path, "orig_name": name, "size": len(data), "meta": {"_type": "gradio.FileData"}}
        for path, (name, data) in zip(answer.json(), files)
    ]


def describe_files(message: dict[str, Any], history: list[Any]) -> str:
    from pathlib import Path

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


def test_custom_chatbot_and_textbox_keep_their_props() -> None:
    bot = gr.Chatbot(height=300, placeholder="Ask me", label="Bot", render=False)
    box = gr.Textbox(placeholder="Say something", lines=3, stop_btn="Halt", render=False)
    demo = gr.ChatInterface(lambda m, h: m, chatbot=bot, textbox=box, examples=["x"])
    assert demo.chatbot is bot and demo.textbox is box
    props = {c["id"]: c["props"] for c in demo.get_config_file()["components"]}
    assert props[bot.id]["height"] == 300 and props[bot.id]["placeholder"] == "Ask me"
    assert props[bot.id]["examples"] == [{"text": "x"}]
    assert props[box.id]["lines"] == 3 and props[box.id]["show_label"] is False
    assert demo.stop_label == "Halt"


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="type='tuples' is not supported"):
        gr.ChatInterface(lambda m, h: m, type="tuples")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"chatbot must be a gr\.Chatbot"):
        gr.ChatInterface(lambda m, h: m, chatbot=gr.Textbox(render=False))
    with pytest.raises(TypeError, match=r"textbox must be a gr\.Textbox or a gr\.Multimodal"):
        gr.ChatInterface(lambda m, h: m, textbox=gr.Number(render=False))
    with pytest.raises(TypeError, match="fn must be a function"):
        gr.ChatInterface("not a function")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cache_mode must be one of"):
        gr.ChatInterface(lambda m, h: m, cache_mode="sometimes")  # type: ignore[arg-type]


def test_title_description_and_page_options() -> None:
    demo = gr.ChatInterface(lambda m, h: m, title="Echo", description="Says it back")
    config = demo.get_config_file()
    markdown = [c["props"]["value"] for c in config["components"] if c["type"] == "markdown"]
    assert any("Echo" in text for text in markdown) and "Says it back" in markdown
    assert config["title"] == "Echo" and config["mode"] == "chat_interface"
    assert config["fill_height"] is True


def test_save_history_keeps_conversations_in_browser_state(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(lambda message, history: message.upper(), save_history=True)
    assert isinstance(demo.saved_conversations, gr.BrowserState)
    page = page_for(client_for, demo)
    page.fire(demo, "load")
    assert page.props[demo.history_list.id]["samples"] == []
    page.send("first chat", demo.textbox)
    page.send("more", demo.textbox)
    stored = page.value(demo.saved_conversations)
    assert len(stored) == 1 and texts(stored[0])[-1] == ("assistant", "MORE")
    page.fire(demo.new_chat_button, "click")
    assert page.value(demo.chatbot) == []
    page.send("second chat", demo.textbox)
    stored = page.value(demo.saved_conversations)
    assert [texts(c)[0][1] for c in stored] == ["second chat", "first chat"]  # newest first
    assert page.props[demo.history_list.id]["samples"] == [["second chat"], ["first chat"]]
    # Open the older one, continue it: it is updated in place.
    page.set(demo.history_list, 1)
    page.fire(demo.history_list, "click")
    assert texts(page.value(demo.chatbot))[0] == ("user", "first chat")
    page.send("third", demo.textbox)
    stored = page.value(demo.saved_conversations)
    assert len(stored) == 2 and texts(stored[1])[-1] == ("assistant", "THIRD")
    # Clearing the chat forgets that conversation.
    page.fire(demo.chatbot, "clear")
    assert [texts(c)[0][1] for c in page.value(demo.saved_conversations)] == ["second chat"]


def test_saved_conversations_survive_a_new_session(client_for: ClientFor) -> None:
    demo = gr.ChatInterface(lambda message, history: "ok", save_history=True)
    client = client_for(demo)
    first = ChatPage(client, demo, session_hash="before-reload")
    first.send("remember me", demo.textbox)
    # A reload: a new session, the same browser storage.
    second = ChatPage(client, demo, session_hash="after-reload")
    second.set(demo.saved_conversations, first.value(demo.saved_conversations))
    second.fire(demo, "load")
    assert second.props[demo.history_list.id]["samples"] == [["remember me"]]


def test_saved_helpers_ignore_damaged_storage() -> None:
    from blocklite.chat_interface import saved

    assert saved.save(None, [], "junk") == (None, [], {"__type__": "update", "samples": []})
    long = "word " * 30
    assert saved.title([{"role": "user", "content": [{"type": "text", "text": long}]}]).endswith(
        "…"
    )
    assert saved.title([]) == "New chat"
    assert saved.load(5, [[]]) == ({"__type__": "update"}, None)


def test_manual_flagging_writes_liked_messages(client_for: ClientFor, tmp_path: Any) -> None:
    demo = gr.ChatInterface(
        lambda message, history: "reply",
        flagging_mode="manual",
        flagging_options=["Like", "Dislike", "Wrong"],
        flagging_dir=str(tmp_path / "flags"),
    )
    assert demo.chatbot.feedback_options == ["Like", "Dislike", "Wrong"]
    page = page_for(client_for, demo)
    page.send("hi", demo.textbox)
    page.fire(demo.chatbot, "like", {"index": 1, "value": "reply", "liked": "Wrong"})
    rows = (tmp_path / "flags" / "dataset.csv").read_text().splitlines()
    assert rows[0] == "conversation,index,flag,timestamp"
    assert ",1,Wrong," in rows[1] and '""reply""' in rows[1]


def test_chat_interface_examples_replace_the_chatbots_own() -> None:
    bot = gr.Chatbot(examples=[{"text": "mine"}], render=False)
    with pytest.warns(UserWarning, match="both the Chatbot and the ChatInterface have examples"):
        gr.ChatInterface(lambda m, h: m, chatbot=bot, examples=["theirs"])
    assert bot.examples == [{"text": "theirs"}]


def test_multimodal_examples_with_files_run_fill_and_cache(
    client_for: ClientFor, tmp_path: Any
) -> None:
    from blocklite.files import cache as files_cache

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
