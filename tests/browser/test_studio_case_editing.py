"""A process admin edits a decision's saved test case in the browser (a problem shows at its field), then
deletes it."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.browser.test_console_clean import console_errors
from tests.browser.test_console_clean import ours
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import Api

pytestmark = pytest.mark.browser


def test_a_saved_case_edited_then_deleted(app: Flask, live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    case = {"name": "big", "inputs": {"bandwidth": 100, "surcharge": 5}, "expected": {"level": "works"}}
    assert api.post("/api/v1/decisions/approval_level/tests", json=case).status_code == 201
    errors = console_errors(page)
    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/decisions/approval_level")
    page.get_by_role("link", name="Edit or delete test case big").click()

    expected = page.get_by_label("Expected outputs")
    expect(expected).to_have_value('{\n  "level": "works"\n}')
    expected.fill('{"level": ')
    page.get_by_label("Inputs").fill("[100, 5]")
    page.get_by_role("button", name="Save test case").click()
    expect(page.locator("#expected-error")).to_contain_text("not valid JSON")
    expect(expected).to_have_attribute("aria-invalid", "true")
    page.get_by_label("Inputs").fill('{"bandwidth": 100, "surcharge": 5}')
    expected.fill("[]")
    page.get_by_role("button", name="Save test case").click()
    expect(page.locator("#expected-error")).to_have_text("must be a JSON object")
    expect(page.locator("#inputs-error")).to_have_count(0)
    snap(page, "studio-case-edit-errors")

    page.get_by_label("Name").fill("big bandwidth")
    expected.fill('{"level": "works", "surcharge": 5}')
    page.get_by_role("button", name="Save test case").click()
    expect(page.locator(".flash")).to_contain_text("Saved test case 'big bandwidth'")
    expect(page.locator(".case-list")).to_contain_text("big bandwidth")
    assert api.get("/api/v1/decisions/approval_level/tests").json[0]["expected"] == {"level": "works", "surcharge": 5}

    page.get_by_role("link", name="Edit or delete test case big bandwidth").click()
    page.locator(".case-delete summary").click()
    page.get_by_role("button", name="Delete “big bandwidth”").click()
    expect(page.locator(".flash")).to_contain_text("Deleted test case 'big bandwidth' of approval_level.")
    expect(page.locator(".case-list")).to_have_count(0)
    assert api.get("/api/v1/decisions/approval_level/tests").json == []
    refused = "/edit: Failed to load resource: the server responded with a status of 422"  # the page's own answer
    assert [e for e in ours(errors) if refused not in e] == []  # the decision's page shows it with dmn-js
