"""`file_types` checks: the same cases as tests/node/ui-file-types.test.mjs, and Gradio's message."""

import pytest

import blocklite as gr
from blocklite.components.file_types import check_file_type, is_valid_file


@pytest.mark.parametrize(
    ("name", "types", "ok"),
    [
        ("Report.PDF", [".pdf"], True),
        (".pdf", [".pdf"], False),
        ("a.png", ["image"], True),
        ("a.txt", ["image", ".csv"], False),
        ("a.bin", ["file"], True),
        ("a.bin", None, True),
        ("a.bin", [], False),
        ("clip.mp4", ["video"], True),
    ],
)
def test_is_valid_file(name, types, ok):
    assert is_valid_file(f"/tmp/x/{name}", types) is ok


def test_check_file_type_raises_gradios_error():
    with pytest.raises(gr.Error) as info:
        check_file_type("/tmp/a.txt", ["image", ".pdf"])
    assert info.value.message == (
        "Invalid file type. Please upload a file that is one of these formats: ['image', '.pdf']"
    )
    with pytest.raises(gr.Error) as info:
        check_file_type("/tmp/a.txt", [".pdf"], shown_as="text/plain")
    assert info.value.message.startswith("Invalid file type: text/plain. ")
    check_file_type("/tmp/a.txt", [])  # an empty list accepts everything, as File does
