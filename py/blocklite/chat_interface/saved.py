"""`save_history=True`: the conversations a ChatInterface keeps in the browser (a BrowserState).

The saved list holds each conversation as the Chatbot shows it (JSON), newest first; the session's
current conversation is an index into it (None: not saved yet). These functions are the listeners'
bodies, kept apart so the rules (where a new conversation goes, what a title is) are tested alone.
"""

from __future__ import annotations

from typing import Any

from ..updates import update
from .messages import text_of

TITLE_LENGTH = 60


def title(conversation: list[Any]) -> str:
    """A conversation's name in the list: its first user message, shortened."""
    for message in conversation:
        if isinstance(message, dict) and message.get("role") == "user":
            text = " ".join(text_of(message).split())
            if text:
                return text if len(text) <= TITLE_LENGTH else text[: TITLE_LENGTH - 1] + "…"
    return "New chat"


def titles(saved: list[Any] | None) -> dict[str, Any]:
    """The update that shows the saved conversations in the history list."""
    return update(samples=[[title(conversation)] for conversation in _valid(saved)])


def _valid(saved: Any) -> list[list[Any]]:
    """The stored list, ignoring anything that is not a conversation (an older or damaged entry)."""
    if not isinstance(saved, list):
        return []
    return [conversation for conversation in saved if isinstance(conversation, list)]


def save(current: int | None, history: list[Any] | None, saved: Any) -> tuple[Any, ...]:
    """Store the shown conversation: in its place, or first in the list when it is new."""
    conversations = _valid(saved)
    history = list(history or [])
    if current is not None and 0 <= current < len(conversations):
        conversations[current] = history
    elif history:
        conversations.insert(0, history)
        current = 0
    else:
        current = None  # nothing said yet: nothing to keep
    return current, conversations, titles(conversations)


def delete(current: int | None, saved: Any) -> tuple[Any, ...]:
    """The chat was cleared: forget the current conversation."""
    conversations = _valid(saved)
    if current is not None and 0 <= current < len(conversations):
        conversations.pop(current)
    return None, conversations, titles(conversations)


def load(index: int | None, saved: Any) -> tuple[Any, ...]:
    """Show the conversation clicked in the list (and make it the current one)."""
    conversations = _valid(saved)
    if index is None or not 0 <= index < len(conversations):
        return update(), None
    return conversations[index], index
