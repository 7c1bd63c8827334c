"""End to end in Chromium: a process admin starts a process from the Instances page with JSON data.

A typing slip keeps what was typed and says what is wrong next to the field; mended, the instance starts
and waits on its first task, whose data is the JSON given.
"""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.test_post_sale import snap_both

pytestmark = pytest.mark.browser


def test_an_admin_starts_a_process_with_json_after_mending_a_slip(app: Flask, seeded: dict[str, Any],
                                                                 live_server: str, page: Any) -> None:
    login(page, live_server, "admin")
    page.get_by_role("link", name="Instances").click()
    page.get_by_label("Process").select_option("change_request")
    page.get_by_label("Data (JSON)").fill('{"customer": "Acme"')
    page.get_by_role("button", name="Start").click()
    expect(page.locator("#data-error")).to_contain_text("not valid JSON")
    expect(page.get_by_label("Data (JSON)")).to_have_value('{"customer": "Acme"')
    expect(page.get_by_label("Process")).to_have_value("change_request")
    snap_both(page, "instances-start-bad-json")

    page.get_by_label("Data (JSON)").fill('{"customer": "Acme"}')
    page.get_by_role("button", name="Start").click()
    expect(page.locator("h1")).to_have_text("change_request #1")
    expect(page.locator("main")).to_contain_text("status waiting")
    expect(page.locator("main")).to_contain_text("Enter technical details")
    page.locator("summary", has_text="Data").click()
    expect(page.locator("main")).to_contain_text('"customer": "Acme"')
    snap_both(page, "instances-started")
