"""gr.FileExplorer in the real worker: the tree is listed by Python folder by folder, checked
files reach the handler as paths under root_dir, and file_count="single" keeps one."""

from __future__ import annotations

from browser_support import BOOT_TIMEOUT_MS
from playwright.sync_api import Page, expect
from shared_page import console_errors_fixture, shared_page_fixture

page = shared_page_fixture("/tests/browser/pages/file_explorer.html")
_console = console_errors_fixture()


def box(page: Page, elem_id: str):
    return page.locator(f"#{elem_id} textarea, #{elem_id} input")


def test_checked_files_reach_python_as_paths(page: Page) -> None:
    tree = page.locator("#explorer")
    expect(tree.get_by_label("Select a.txt")).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    assert tree.get_by_text("c.py").count() == 0  # not matched by the glob: not listed
    tree.get_by_label("Select a.txt").check()
    expect(box(page, "picked")).to_have_value("a.txt", timeout=BOOT_TIMEOUT_MS)
    tree.get_by_role("button", name="docs").click()  # listed only now
    tree.get_by_label("Select docs/b.txt").check()
    expect(box(page, "picked")).to_have_value("a.txt, docs/b.txt")
    tree.get_by_label("Select a.txt").uncheck()
    expect(box(page, "picked")).to_have_value("docs/b.txt")


def test_single_keeps_one_file_and_the_handler_reads_it(page: Page) -> None:
    one = page.locator("#one")
    one.get_by_label("Select a.txt").check()
    expect(box(page, "contents")).to_have_value("A", timeout=BOOT_TIMEOUT_MS)
    one.get_by_label("Select c.py").check()
    expect(box(page, "contents")).to_have_value("C")
    expect(one.get_by_label("Select a.txt")).not_to_be_checked()


def test_every_control_has_a_name(page: Page) -> None:
    from a11y_support import duplicate_ids, unnamed_controls

    assert unnamed_controls(page) == []
    assert duplicate_ids(page) == []
