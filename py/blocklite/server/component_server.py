"""`POST /gradio_api/component_server`: call a component's server function (FileExplorer's `ls`).

Why it exists: Gradio's FileExplorer lists its tree lazily, one folder per call, through this
route (`{"component_id", "fn_name", "data", "session_hash"}` → the function's JSON answer). Only
the names a component lists in its `server_functions` may be called; anything else is a 404, and a
function's own `gr.Error` (a path outside root_dir) a 403 with its message.
"""

from __future__ import annotations

from typing import Any

from ..errors import Error
from .http import HTTPError


def call_server_function(blocks: Any, body: Any) -> Any:
    """The answer of `fn_name(data)` on block `component_id` (HTTPError when refused)."""
    if not isinstance(body, dict):
        raise HTTPError(
            422, "component_server needs a JSON object with 'component_id' and 'fn_name'."
        )
    component_id, fn_name = body.get("component_id"), body.get("fn_name")
    if isinstance(component_id, bool) or not isinstance(component_id, int):
        raise HTTPError(422, "'component_id' must be an integer.")
    block = blocks.blocks.get(component_id)
    allowed = getattr(type(block), "server_functions", ())
    if block is None or not isinstance(fn_name, str) or fn_name not in allowed:
        raise HTTPError(404, f"Component {component_id} has no server function {fn_name!r}.")
    try:
        return getattr(block, fn_name)(body.get("data"))
    except Error as error:
        raise HTTPError(403, str(error)) from None
