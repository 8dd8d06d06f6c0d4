"""Property updates: `gr.update(...)`, `gr.skip()`, and component instances returned by handlers."""

from __future__ import annotations

from typing import Any

UPDATE_TYPE = "update"


def update(**props: Any) -> dict[str, Any]:
    """Change only the given properties of an output (`value`, `visible`, `label`...)."""
    return {"__type__": UPDATE_TYPE, **props}


def skip() -> dict[str, Any]:
    """Leave an output exactly as it is."""
    return {"__type__": UPDATE_TYPE}


def is_update(value: Any) -> bool:
    return isinstance(value, dict) and value.get("__type__") == UPDATE_TYPE
