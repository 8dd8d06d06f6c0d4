"""`gr.ChatInterface`: the chat app (interface.py builds it, turns.py wires its listeners)."""

from __future__ import annotations

from .interface import ChatInterface

__all__ = ["ChatInterface"]
