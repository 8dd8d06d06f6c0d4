"""Reading a request body as JSON, strictly: what a hostile client sends is refused, not crashed on.

Python's `json` accepts the non-standard literals `NaN`, `Infinity` and `-Infinity`, turns `1e999`
into infinity, and recurses once per nesting level (so ~1,000 levels raise RecursionError). Any of
these got deep into the server before (a 500 from the encoder, or from the recursion); here they
are a `BadJSON` with the reason, which the HTTP layer answers with 400.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

#: Deepest nesting accepted in a request body. Gradio's page sends a few levels; 64 leaves room.
MAX_BODY_DEPTH = 64


class BadJSON(ValueError):
    """The body is not acceptable JSON; the message says why."""


def _no_constant(name: str) -> Any:
    raise BadJSON(f"{name} is not valid JSON (JSON has no NaN or Infinity)")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise BadJSON(f"the number {text[:40]} is out of range")
    return number


def parse_json_body(raw: bytes) -> Any:
    """`raw` as JSON (an empty body is `null`); raises BadJSON."""
    if not raw.strip():
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadJSON("Request body is not valid UTF-8.") from None
    try:
        return parse_json_text(text)
    except BadJSON as error:
        raise BadJSON(f"Request body is not valid JSON: {error}") from None


def parse_json_text(text: str, max_depth: int = MAX_BODY_DEPTH) -> Any:
    """`text` as strict JSON (no NaN/Infinity, no out-of-range number, at most `max_depth`
    levels); raises BadJSON with the reason."""
    if text.count("[") + text.count("{") > max_depth:
        # Only a text with that many brackets can be too deep: check before recursing into it.
        _check_depth(text, max_depth)
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite_float)
    except BadJSON:
        raise
    except (ValueError, RecursionError) as error:
        raise BadJSON(str(error)) from None


def _check_depth(text: str, max_depth: int) -> None:
    """Refuse a body nested deeper than MAX_BODY_DEPTH (brackets in strings do not count).

    C-speed steps only (a regex, a translate, accumulate): a 16 MB body is checked in well under
    a second, where a Python loop over its bytes would take several.
    """
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    deepest = max(accumulate(map(_DELTA.__getitem__, brackets)), default=0)
    if deepest > max_depth:
        raise BadJSON(f"nested more than {max_depth} levels deep")


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}
