"""`flagging_mode="manual"`: the Chatbot's feedback buttons flag messages to a CSV file.

As in Gradio, each like, dislike or other feedback option chosen on a message appends a row to
`flagging_dir/dataset.csv` (the conversation as JSON, the message's index, the feedback and the
time). In the browser the file is in the worker's in-memory file system: the app can read it (to
show or download the flags) for as long as the page stays open.
"""

from __future__ import annotations

import csv
import json
import os
import time
from typing import TYPE_CHECKING, Any

from ..request import LikeData

if TYPE_CHECKING:
    from .interface import ChatInterface

COLUMNS = ["conversation", "index", "flag", "timestamp"]


def flag_row(path: str, history: list[Any], data: LikeData) -> None:
    """Append one flag to the CSV at `path` (writing the header first for a new file)."""
    folder = os.path.dirname(path)
    if folder:
        os.makedirs(folder, exist_ok=True)
    new = not os.path.exists(path)
    liked = data.liked
    flag = liked if isinstance(liked, str) else ("Like" if liked else "Dislike")
    index = data.index if not isinstance(data.index, list) else data.index[0]
    with open(path, "a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(COLUMNS)
        writer.writerow(
            [json.dumps(history, default=str), index, flag, time.strftime("%Y-%m-%d %H:%M:%S")]
        )


def wire_flagging(chat: ChatInterface) -> None:
    path = os.path.join(chat.flagging_dir, "dataset.csv")

    def flag(history: list[Any], data: LikeData) -> None:
        flag_row(path, history, data)

    chat.chatbot.like(
        flag,
        chat.chatbot,
        None,
        preprocess=False,  # the conversation as the page shows it: plain JSON
        queue=False,
        show_progress="hidden",
        api_name=False,
    )
