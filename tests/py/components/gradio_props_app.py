"""Real Gradio's side of real_gradio.gradio_props (run with .bench-venv's Python, never imported):
read `[[class name, keyword arguments], ...]` as JSON on stdin, build each component inside one
Blocks, and print `{"version", "props": [each component's config props]}`."""

from __future__ import annotations

import json
import os
import sys

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio


def option(value: object) -> object:
    """`{"$option": "Brush", ...}` (an option record, which JSON cannot carry) → gr.Brush(...)."""
    if isinstance(value, dict) and "$option" in value:
        return getattr(gradio, value["$option"])(
            **{k: v for k, v in value.items() if k != "$option"}
        )
    return value


def main() -> None:
    cases = json.load(sys.stdin)
    with gradio.Blocks():
        built = [
            getattr(gradio, name)(**{k: option(v) for k, v in kwargs.items()})
            for name, kwargs in cases
        ]
    props = [component.get_config() for component in built]
    for entry in props:
        for name in ("api_info", "api_info_as_input", "api_info_as_output", "example_inputs"):
            entry.pop(name, None)
    print(json.dumps({"version": gradio.__version__, "props": props}, default=str))


if __name__ == "__main__":
    main()
