"""gr.Audio, gr.Microphone, gr.Video and gr.PlayableVideo against real Gradio 6.31: the same
keywords with the same defaults and the same events (config props: test_audio.py, test_video.py).
"""

from __future__ import annotations

import blocklite as gr

GRADIO_SIDE = """
import inspect, json, gradio
out = {}
for name in ["Audio", "Microphone", "Video", "PlayableVideo"]:
    cls = getattr(gradio, name)
    params = inspect.signature(cls.__init__).parameters.values()
    out[name] = {
        "params": [[p.name, repr(p.default)] for p in params if p.name != "self"],
        "events": sorted({e if isinstance(e, str) else e.event_name for e in cls.EVENTS}),
    }
print(json.dumps(out))
"""


def test_keywords_defaults_and_events_are_gradios() -> None:
    import inspect
    import json
    import os
    import subprocess

    from real_gradio import gradio_python

    done = subprocess.run(
        [str(gradio_python()), "-c", GRADIO_SIDE],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONWARNINGS": "ignore"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    shared = {"label", "every", "inputs", "show_label", "container", "scale", "min_width"}
    shared |= {"interactive", "visible", "elem_id", "elem_classes", "render", "key"}
    for name, gradio_side in theirs.items():
        cls = getattr(gr, name)
        ours = {
            p.name: repr(p.default)
            for p in inspect.signature(cls.__init__).parameters.values()
            if p.kind is p.KEYWORD_ONLY or p.name == "value"
        }
        for param, default in gradio_side["params"]:
            if param in shared:
                continue  # through **shared (test_keywords.py checks those)
            assert param in ours, (name, param)
            assert ours[param] == default, (name, param, ours[param], default)
        own = {p for p, _ in gradio_side["params"]} - shared
        assert set(ours) == own, (name, set(ours) ^ own)
        assert _events(cls) == gradio_side["events"], name


def _events(cls: type) -> list[str]:
    """The event names a class declares (its own and inherited EventListener attributes)."""
    from blocklite.events import EventListener

    names = {
        value.event_name
        for klass in cls.__mro__
        for value in vars(klass).values()
        if isinstance(value, EventListener)
    }
    return sorted(names)
