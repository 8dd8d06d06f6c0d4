"""`gr.ChatInterface`: a whole chat app from `fn(message, history, *additional_inputs)`.

A Blocks laid out as Gradio lays it out: title and description, (with `save_history`) a column of
saved conversations, the Chatbot, the message box, and the additional inputs in an accordion. The
listeners that make it a chat are wired in turns.py; this module builds the layout and keeps the
options. Components passed in (`chatbot=`, `textbox=`, additional inputs) are used as given: those
not yet placed anywhere are rendered here, those already rendered stay where they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from ..blocks import Blocks
from ..components.base import Component
from ..components.display import JSON
from ..interface import _as_list, component_from
from .messages import Example, parse_examples
from .respond import Turn


class Response(JSON):
    """The `chat` endpoint's answer (hidden): any JSON, strings kept as strings."""

    block_type = "json"

    def postprocess(self, value: Any) -> Any:
        return value if isinstance(value, str) else super().postprocess(value)


def _served(example: Example) -> dict[str, Any]:
    """The example as the Chatbot shows it; its files are copied into the app's cache first (as
    Gradio copies example files) and from then on named by their cache paths."""
    if not example.files:
        return example.display
    from ..files import cache

    served = [cache.current().file_data(path) for path in example.files]
    example.files = [data["path"] for data in served]
    example.display = {**example.display, "files": served}
    return example.display


def _choice(value: Any, allowed: tuple[Any, ...], name: str) -> None:
    if value not in allowed:
        raise ValueError(
            f"ChatInterface: {name} must be one of {', '.join(map(repr, allowed))}, not {value!r}"
        )


class ChatInterface(Blocks):
    """`gr.ChatInterface(fn)`: a chatbot UI around a function that answers messages."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        multimodal: bool = False,
        type: Literal["messages"] | None = "messages",
        chatbot: Any = None,
        textbox: Any = None,
        additional_inputs: Component | str | Sequence[Component | str] | None = None,
        additional_inputs_accordion: Any = None,
        additional_outputs: Component | Sequence[Component] | None = None,
        editable: bool = False,
        examples: list[Any] | None = None,
        example_labels: list[str] | None = None,
        example_icons: list[str] | None = None,
        run_examples_on_click: bool = True,
        cache_examples: bool | None = None,
        cache_mode: Literal["eager", "lazy"] | None = None,
        title: str | None = None,
        description: str | None = None,
        flagging_mode: Literal["never", "manual"] | None = None,
        flagging_options: Sequence[str] | None = ("Like", "Dislike"),
        flagging_dir: str = ".gradio/flagged",
        css: str | None = None,
        css_paths: Any = None,
        js: str | None = None,
        head: str | None = None,
        head_paths: Any = None,
        analytics_enabled: bool | None = None,
        autofocus: bool = True,
        autoscroll: bool = True,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = True,
        concurrency_limit: int | Literal["default"] | None = "default",
        delete_cache: tuple[int, int] | None = None,
        show_progress: Literal["full", "minimal", "hidden"] = "minimal",
        fill_height: bool = True,
        fill_width: bool = False,
        api_name: str | Literal[False] = "chat",
        api_description: str | None = None,
        api_visibility: Literal["public", "undocumented", "private"] = "public",
        save_history: bool = False,
        theme: Any = None,
    ) -> None:
        if not callable(fn):
            raise TypeError(f"ChatInterface: fn must be a function, not {fn!r}")
        if type not in (None, "messages"):
            raise ValueError(
                f"ChatInterface: type={type!r} is not supported: Gradio 6 (and blocklite) use "
                "only the messages format"
            )
        _choice(cache_mode, (None, "eager", "lazy"), "cache_mode")
        _choice(flagging_mode, (None, "never", "manual"), "flagging_mode")
        _choice(show_progress, ("full", "minimal", "hidden"), "show_progress")
        super().__init__(
            analytics_enabled=analytics_enabled,
            mode="chat_interface",
            title=title or "Gradio",
            fill_height=fill_height,
            fill_width=fill_width,
            delete_cache=delete_cache,
            theme=theme,
            css=css,
            css_paths=css_paths,
            js=js,
            head=head,
            head_paths=head_paths,
        )
        from ..components.multimodal import MultimodalTextbox

        self.fn = fn
        self.type = "messages"
        # A MultimodalTextbox given as `textbox=` makes the messages `{"text", "files"}` too.
        self.multimodal = multimodal or isinstance(textbox, MultimodalTextbox)
        self.editable = editable
        self.save_history = save_history
        self.run_examples_on_click = run_examples_on_click
        self.cache_examples = bool(cache_examples)
        self.cache_mode = cache_mode or "eager"
        self.flagging_mode = flagging_mode or "never"
        self.flagging_options = list(flagging_options) if flagging_options else None
        self.flagging_dir = flagging_dir
        self.show_progress = show_progress
        self.concurrency_limit = concurrency_limit
        self.api_name = api_name
        self.api_description = api_description
        self.api_visibility = api_visibility
        self.additional_inputs = [component_from(c) for c in _as_list(additional_inputs)]
        self.additional_outputs = _as_list(additional_outputs)
        for output in self.additional_outputs:
            if not isinstance(output, Component):
                raise TypeError(
                    f"ChatInterface: additional_outputs must be components, got {output!r}"
                )
        self.examples = parse_examples(
            examples, example_labels, example_icons, len(self.additional_inputs), self.multimodal
        )
        self.turn = Turn(fn, self.multimodal, len(self.additional_outputs))
        #: Cached examples: index → (reply messages as the Chatbot shows them, additional outputs).
        self.cached: dict[int, tuple[list[Any], list[Any]]] = {}
        from .turns import wire

        with self:
            self._build(chatbot, textbox, additional_inputs_accordion, title, description,
                        autofocus, autoscroll, submit_btn, stop_btn)  # fmt: skip
            wire(self)
        if self.cache_examples and self.cache_mode == "eager":
            for index in range(len(self.examples)):
                self.cached_example(index)

    # -- layout ------------------------------------------------------------------------------------

    def _build(
        self,
        chatbot: Any,
        textbox: Any,
        accordion: Any,
        title: str | None,
        description: str | None,
        autofocus: bool,
        autoscroll: bool,
        submit_btn: str | bool | None,
        stop_btn: str | bool | None,
    ) -> None:
        from ..components.browser_state import BrowserState
        from ..components.text import Markdown
        from ..layouts import Column
        from ..state import State

        self.saved_input = State(None)  # the message being answered
        self.history_before = State([])  # the history before that message
        self.api_history = State([])  # the `chat` endpoint's own conversation, per session
        self.conversation_id = State(None)  # index of the shown conversation in the saved list
        self.saved_conversations = BrowserState([]) if self.save_history else None
        self.api_response = Response(label="Response", visible=False)
        with Column(elem_classes="blocklite-chat-interface"):
            if title:
                Markdown(f'<h1 style="text-align: center">{title}</h1>')
            if description:
                Markdown(description)
            if self.save_history:
                self._history_and_chat(chatbot, textbox, autofocus, autoscroll, submit_btn,
                                       stop_btn)  # fmt: skip
            else:
                self._chat_area(chatbot, textbox, autofocus, autoscroll, submit_btn, stop_btn)
            pending = [c for c in self.additional_inputs if c.parent is None]
            if pending:
                with self._accordion(accordion):
                    for component in pending:
                        component.render()

    def _history_and_chat(self, *chat_args: Any) -> None:
        from ..components.button import Button
        from ..components.text import Textbox
        from ..examples import Dataset
        from ..layouts import Column, Row

        with Row(equal_height=True, elem_classes="blocklite-chat-saved-row"):
            with Column(scale=1, min_width=100, elem_classes="blocklite-chat-saved"):
                self.new_chat_button = Button("New chat", variant="primary", size="md")
                self.history_list = Dataset(
                    components=[Textbox(render=False)],
                    samples=[],
                    label="Saved chats",
                    elem_classes="blocklite-chat-saved-list",
                )
            with Column(scale=6, elem_classes="blocklite-chat-main"):
                self._chat_area(*chat_args)

    def _chat_area(
        self,
        chatbot: Any,
        textbox: Any,
        autofocus: bool,
        autoscroll: bool,
        submit_btn: str | bool | None,
        stop_btn: str | bool | None,
    ) -> None:
        from ..components.chat import Chatbot
        from ..components.multimodal import MultimodalTextbox
        from ..components.text import Textbox

        shown = [_served(example) for example in self.examples] or None
        if chatbot is not None:
            if not isinstance(chatbot, Chatbot):
                raise TypeError(f"ChatInterface: chatbot must be a gr.Chatbot, not {chatbot!r}")
            if chatbot.parent is None:
                chatbot.render()
            if shown:
                if chatbot.examples:
                    import warnings

                    warnings.warn(
                        "ChatInterface: both the Chatbot and the ChatInterface have examples; "
                        "the ChatInterface's are shown",
                        stacklevel=3,
                    )
                chatbot.examples = chatbot.normalize_prop("examples", shown)
            if self.editable and chatbot.editable is None:
                chatbot.editable = "user"
            self.chatbot = chatbot
        else:
            # With fill_height it takes the free height (js/styles/layout.css), else Gradio 400px.
            self.chatbot = Chatbot(
                label="Chatbot",
                scale=1,
                height=None if self.fill_height else 400,
                elem_classes="blocklite-chat-fill" if self.fill_height else None,
                autoscroll=autoscroll,
                editable="user" if self.editable else None,
                examples=shown,
            )
        if self.flagging_mode == "manual":
            self.chatbot.feedback_options = self.flagging_options
        if textbox is not None:
            if not isinstance(textbox, (Textbox, MultimodalTextbox)):
                raise TypeError(
                    "ChatInterface: textbox must be a gr.Textbox or a gr.MultimodalTextbox, not "
                    f"{textbox!r}"
                )
            textbox.show_label = False
            if textbox.parent is None:
                textbox.render()
            self.textbox = textbox
        else:
            self.textbox = (MultimodalTextbox if self.multimodal else Textbox)(
                show_label=False,
                label="Message",
                placeholder="Type a message...",
                autofocus=autofocus,
                submit_btn=submit_btn,
            )
        # As in Gradio, the stop button shows (instead of submit) only while the function runs.
        self.stop_label = (textbox.stop_btn if textbox is not None else stop_btn) or None
        self.submit_label = self.textbox.submit_btn
        self.textbox.stop_btn = False

    def _accordion(self, spec: Any) -> Any:
        from ..layouts import Accordion

        if spec is None:
            return Accordion("Additional Inputs", open=False)
        if isinstance(spec, str):
            return Accordion(spec)
        if isinstance(spec, Accordion):
            if spec.parent is None:
                spec.render()
                return spec
            return Accordion(spec.label, open=spec.open, visible=spec.visible,
                             elem_id=spec.elem_id, elem_classes=spec.elem_classes)  # fmt: skip
        raise TypeError(
            "ChatInterface: additional_inputs_accordion must be a label or a gr.Accordion, "
            f"not {spec!r}"
        )

    # -- examples ----------------------------------------------------------------------------------

    def cached_example(self, index: int) -> tuple[list[Any], list[Any]]:
        """The example's reply as the Chatbot shows it (computed once, shared by all sessions)."""
        if index not in self.cached:
            from .messages import reply_messages

            example = self.examples[index]
            values = [
                c.preprocess(c.postprocess(v))
                for c, v in zip(self.additional_inputs, example.inputs)
            ]
            values += [c.preprocess(c.value) for c in self.additional_inputs[len(values) :]]
            reply, extra = self.turn.run_to_end(example.text, values, example.files)
            shown = self.chatbot.postprocess(reply_messages(reply, self.turn.where))
            self.cached[index] = (shown, extra)
        return self.cached[index]
