"""The listeners of a ChatInterface: submit, retry, undo, edit, options, examples, clear, history.

Every way to start a turn (Enter or the submit button, Retry, an edited message, a message option,
an example) first runs a quick step outside the queue: it takes the message, remembers the history
before it, shows the user's message at once and locks the message box (its submit button becomes
Stop). Then the chat function runs (streamed when it is a generator), then the box is unlocked
(also after an error or a Stop), then, with `save_history`, the conversation is stored in the
browser. Stop cancels whichever turn is running.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..events import Dependency, on
from ..request import EditData, SelectData
from ..updates import skip, update
from .messages import (
    as_input,
    last_turn,
    message_parts,
    message_text,
    reply_messages,
    turn_files,
    user_turn,
)
from .saved import delete as delete_saved
from .saved import load as load_saved
from .saved import save as save_conversation
from .saved import titles as saved_titles

if TYPE_CHECKING:
    from .interface import ChatInterface

#: Options of the quick steps: outside the queue, no progress, not part of the API.
QUICK: dict[str, Any] = {"queue": False, "show_progress": "hidden", "api_name": False}


class Turns:
    """The step functions, bound to one ChatInterface."""

    def __init__(self, chat: ChatInterface) -> None:
        self.chat = chat

    # -- the message box ------------------------------------------------------------------------

    def lock(self, clear: bool) -> dict[str, Any]:
        """The message box while the function runs: read-only, Stop instead of submit."""
        props: dict[str, Any] = {"interactive": False}
        if clear:
            props["value"] = as_input("", [], self.chat.multimodal)
        if self.chat.stop_label:
            props.update(submit_btn=False, stop_btn=self.chat.stop_label)
        return update(**props)

    def unlock(self) -> dict[str, Any]:
        props: dict[str, Any] = {"interactive": True}
        if self.chat.stop_label:
            props.update(submit_btn=self.chat.submit_label, stop_btn=False)
        return update(**props)

    def _start(
        self, text: str, before: list[Any], clear: bool, files: list[str] | None = None
    ) -> tuple[Any, ...]:
        """Outputs [textbox, saved_input, history_before, chatbot] of a turn that starts; the
        saved message is what the function will receive (with files, `{"text", "files"}`)."""
        files = files or []
        saved = as_input(text, files, self.chat.multimodal)
        return self.lock(clear), saved, before, [*before, *user_turn(text, files)]

    @staticmethod
    def _nothing() -> tuple[Any, ...]:
        """No turn starts (an empty message, nothing to retry): the function is not called."""
        return skip(), None, skip(), skip()

    # -- ways to start a turn -------------------------------------------------------------------

    def submit(self, message: Any, history: list[Any]) -> tuple[Any, ...]:
        text, files = message_parts(message, "ChatInterface")
        if not text.strip() and not files:
            return self._nothing()
        return self._start(text, history, clear=True, files=files)

    def retry(self, history: list[Any]) -> tuple[Any, ...]:
        start, text = last_turn(history)
        if start == len(history):
            return self._nothing()
        files = [file["path"] for file in turn_files(history, start)]
        return self._start(text, history[:start], clear=False, files=files)

    def option(self, history: list[Any], data: SelectData) -> tuple[Any, ...]:
        value = data.value.get("value") if isinstance(data.value, dict) else data.value
        if value is None:
            return self._nothing()
        return self._start(str(value), history, clear=False)

    def edit(self, history: list[Any], data: EditData) -> tuple[Any, ...]:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        if not isinstance(index, int) or not 0 <= index < len(history):
            return self._nothing()
        if history[index].get("role") != "user":
            return self._nothing()  # an edited reply is kept as edited; nothing to answer
        text = data.value if isinstance(data.value, str) else message_text(data.value, "edit")
        return self._start(text, history[:index], clear=False)

    def _example_index(self, data: SelectData) -> int | None:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        if isinstance(index, int) and 0 <= index < len(self.chat.examples):
            return index
        text = data.value.get("text") if isinstance(data.value, dict) else data.value
        for number, example in enumerate(self.chat.examples):
            if example.text == text:
                return number
        return None

    def _example_inputs(self, index: int | None) -> list[Any]:
        values = self.chat.examples[index].inputs if index is not None else []
        return [*values, *[skip() for _ in self.chat.additional_inputs[len(values) :]]]

    def example_run(self, history: list[Any], data: SelectData) -> tuple[Any, ...]:
        index = self._example_index(data)
        if index is None:
            return (*self._nothing(), *self._example_inputs(None))
        example = self.chat.examples[index]
        start = self._start(example.text, history, clear=False, files=_inputs(example.files))
        return (*start, *self._example_inputs(index))

    def example_fill(self, data: SelectData) -> Any:
        index = self._example_index(data)
        if index is None:
            message: Any = skip()
        else:
            example = self.chat.examples[index]
            files = example.display.get("files", [])
            message = {"text": example.text, "files": files} if files else example.text
        return _outputs(message, *self._example_inputs(index))

    def example_cached(self, history: list[Any], data: SelectData) -> Any:
        index = self._example_index(data)
        extra_skips = [skip() for _ in self.chat.additional_outputs]
        if index is None:
            return _outputs(skip(), *self._example_inputs(None), *extra_skips)
        reply, extra = self.chat.cached_example(index)
        example = self.chat.examples[index]
        shown = [*history, *user_turn(example.text, example.files), *reply]
        return _outputs(shown, *self._example_inputs(index), *extra)

    # -- other chat events ----------------------------------------------------------------------

    def undo(self, history: list[Any]) -> tuple[Any, ...]:
        start, text = last_turn(history)
        if start == len(history):
            return skip(), skip()
        if self.chat.multimodal:  # the files go back into the box with the text
            return history[:start], {"text": text, "files": turn_files(history, start)}
        return history[:start], text

    # -- the `chat` endpoint --------------------------------------------------------------------

    def shown(self, reply: Any, history: list[Any], extra: list[Any]) -> Any:
        """The function's result for the page: the new history (and additional outputs)."""
        return (history, *extra) if extra or self.chat.additional_outputs else history

    def api(self, reply: Any, history: list[Any], extra: list[Any]) -> tuple[Any, ...]:
        """The function's result for API callers: the reply itself, and the session's history."""
        chatbot = self.chat.chatbot
        if reply is None or isinstance(reply, str):
            answer: Any = reply
        else:
            messages = chatbot.postprocess(reply_messages(reply, self.chat.turn.where))
            answer = messages[0] if len(messages) == 1 else messages
        return (answer, chatbot.preprocess(chatbot.postprocess(history)), *extra)


def _inputs(paths: list[str]) -> list[str]:
    """An example's files as inputs: cache paths, a URL downloaded into the cache (as Gradio)."""
    if not paths:
        return []
    from ..files import cache

    return [cache.current().check_input(path) for path in paths]


def _outputs(*values: Any) -> Any:
    """A listener's return value: the value itself for one output, else the tuple."""
    return values[0] if len(values) == 1 else values


def wire(chat: ChatInterface) -> None:
    """Register every listener of `chat` (called inside its `with` block)."""
    turns = Turns(chat)
    bot, box = chat.chatbot, chat.textbox
    started = [box, chat.saved_input, chat.history_before, bot]
    respond_options: dict[str, Any] = {
        "api_name": False,
        "show_progress": chat.show_progress,
        "concurrency_limit": chat.concurrency_limit,
    }
    idle = (
        skip()
        if not chat.additional_outputs
        else (skip(), *[skip() for _ in chat.additional_outputs])
    )
    respond = chat.turn.listener(turns.shown, idle=idle)
    respond_inputs = [chat.saved_input, chat.history_before, *chat.additional_inputs]
    respond_outputs = [bot, *chat.additional_outputs]
    running: list[Dependency] = []

    def then_save(step: Dependency) -> None:
        if chat.saved_conversations is None:
            return
        step.then(
            save_conversation,
            [chat.conversation_id, bot, chat.saved_conversations],
            [chat.conversation_id, chat.saved_conversations, chat.history_list],
            preprocess=False,  # stored as the page shows it: plain JSON
            **QUICK,
        )

    def answer(start: Dependency, only_on_success: bool = False) -> None:
        chain = start.success if only_on_success else start.then
        run = chain(respond, respond_inputs, respond_outputs, **respond_options)
        _fix_injections(run, chat)
        running.append(run)
        then_save(run.then(turns.unlock, None, box, **QUICK))

    answer(box.submit(turns.submit, [box, bot], started, **QUICK))
    answer(bot.retry(turns.retry, bot, started, **QUICK))
    answer(bot.option_select(turns.option, bot, started, **QUICK))
    if chat.editable:
        answer(bot.edit(turns.edit, bot, started, **QUICK), only_on_success=True)
    if chat.examples:
        inputs = chat.additional_inputs
        if chat.cache_examples:
            outputs = [bot, *inputs, *chat.additional_outputs]
            then_save(bot.example_select(turns.example_cached, bot, outputs, **QUICK))
        elif chat.run_examples_on_click:
            answer(bot.example_select(turns.example_run, bot, [*started, *inputs], **QUICK))
        else:
            bot.example_select(turns.example_fill, None, [box, *inputs], **QUICK)
    box.stop(None, None, None, cancels=running, api_name=False)
    then_save(bot.undo(turns.undo, bot, [bot, box], **QUICK))
    _wire_clear(chat)

    # The API endpoint: no trigger on the page (wire() runs inside `with chat:`, so it is chat's).
    endpoint = on(
        [],
        chat.turn.listener(turns.api),
        [box, chat.api_history, *chat.additional_inputs],
        [chat.api_response, chat.api_history, *chat.additional_outputs],
        api_name=chat.api_name,
        api_description=chat.api_description,
        api_visibility=chat.api_visibility,
        concurrency_limit=chat.concurrency_limit,
        show_progress="hidden",
    )
    _fix_injections(endpoint, chat)
    if chat.saved_conversations is not None:
        _wire_saved(chat)
    if chat.flagging_mode == "manual":
        from .flagging import wire_flagging

        wire_flagging(chat)


def _fix_injections(dep: Dependency, chat: ChatInterface) -> None:
    """The wrapper takes `*args`: the engine fills the user function's gr.Request/... slots."""
    dep.injections = chat.turn.injections


def _wire_clear(chat: ChatInterface) -> None:
    """The Chatbot's trash button: an empty chat (and, saved, that conversation forgotten)."""
    if chat.saved_conversations is None:
        chat.chatbot.clear(lambda: [], None, chat.chatbot, **QUICK)
        return
    chat.chatbot.clear(
        lambda current, stored: ([], *delete_saved(current, stored)),
        [chat.conversation_id, chat.saved_conversations],
        [chat.chatbot, chat.conversation_id, chat.saved_conversations, chat.history_list],
        **QUICK,
    )


def _wire_saved(chat: ChatInterface) -> None:
    """The saved-conversations column: listed on load, opened on click, New chat."""
    assert chat.saved_conversations is not None
    chat.new_chat_button.click(
        lambda: ([], None), None, [chat.chatbot, chat.conversation_id], **QUICK
    )
    chat.history_list.click(
        load_saved,
        [chat.history_list, chat.saved_conversations],
        [chat.chatbot, chat.conversation_id],
        **QUICK,
    )
    chat.load(saved_titles, chat.saved_conversations, chat.history_list, **QUICK)
