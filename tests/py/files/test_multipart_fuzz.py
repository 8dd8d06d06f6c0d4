"""The multipart reader under any chunking (hypothesis; CPython only, as Pyodide has no
hypothesis): test_multipart.py has the deterministic cases."""

from __future__ import annotations

import sys

import pytest

if sys.platform == "emscripten":
    pytest.importorskip("hypothesis", reason="hypothesis is not installed in the Pyodide run")
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from multipart_support import BOUNDARY, body, read

payloads = st.binary(max_size=300) | st.sampled_from(
    [b"", b"\r\n", b"--", b"\r\n--" + BOUNDARY[:-1], b"\r\n-" + BOUNDARY, BOUNDARY]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(["files", "other"]), payloads), min_size=1, max_size=4),
    st.lists(st.integers(min_value=0, max_value=2000), max_size=8),
)
def test_any_chunking_gives_the_same_parts(fields, cuts) -> None:
    parts = [(name, f"f{i}.bin", data) for i, (name, data) in enumerate(fields)]
    raw = body(parts)
    assert read(raw, [c for c in cuts if c < len(raw)]) == parts
