"""End to end in Chromium: an order agent imports a file of orders from the workspace and reads each line's
result; a file that cannot be read is refused with its reason and nothing is queued.

The test config runs jobs inline, so the batch is finished when its page first shows; with workers it fills in
as they go (the page refreshes itself while the batch runs).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.test_post_sale import snap_both
from tests.orders.test_bulk_import import write_jsonl

pytestmark = pytest.mark.browser


def test_an_agent_imports_orders_and_reads_each_lines_result(app: Flask, seeded: dict[str, Any], live_server: str,
                                                            page: Any, tmp_path: Path) -> None:
    good = tmp_path / "orders.jsonl"
    bad_lines = write_jsonl(good, seeded, count=25)  # line 20 asks for a bandwidth the catalog lacks
    broken = tmp_path / "broken.json"
    broken.write_text('[{"externalId": "X-1",')
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, live_server, "agent")
    page.get_by_role("link", name="Imports").click()
    expect(page.locator("h1")).to_have_text("Import orders")

    page.get_by_label("File of orders").set_input_files(str(broken))
    page.get_by_role("button", name="Import").click()
    expect(page.locator("#import-error")).to_contain_text("Nothing was imported: broken.json: not valid JSON")
    snap_both(page, "import-bad-file")

    page.get_by_label("File of orders").set_input_files(str(good))
    page.get_by_role("button", name="Import").click()
    expect(page.locator(".flash")).to_have_text("orders.jsonl: 25 orders queued for import.")
    expect(page.locator("#import-progress")).to_contain_text("25 of 25 orders handled, finished")
    expect(page.locator("#import-result")).to_have_text(
        f"{25 - len(bad_lines)} created, 0 already present (imported before), {len(bad_lines)} failed")
    failed = page.locator("#import-rows tr[data-status='failed']")
    expect(failed).to_have_count(len(bad_lines))
    expect(failed.first.locator("td").first).to_have_text("20")
    expect(failed.first).to_contain_text("bandwidth")
    snap_both(page, "import-batch")
    page.locator("#import-rows tr[data-line='1']").get_by_role("link").click()
    expect(page.locator("h1")).to_contain_text("Order ")
    expect(page.locator("main")).to_contain_text("IMP-1")

    page.get_by_role("link", name="Imports").click()
    expect(page.locator("#import-batches tbody tr")).to_have_count(1)  # the broken file queued nothing
    snap_both(page, "import-list")
