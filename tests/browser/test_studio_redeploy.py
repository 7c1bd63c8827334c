"""A process admin rolls a decision back from the studio's version list: a confirmation that says what will
happen, then the deploy, and a message that says what it did."""
from __future__ import annotations

import io
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import snap
from tests.browser.test_console_clean import console_errors
from tests.browser.test_console_clean import ours
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO
from tests.helpers import Api

pytestmark = pytest.mark.browser


def test_an_older_decision_version_deployed_again_from_the_studio(app: Flask, live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    changed = (REPO / "dmn" / "approval_level.dmn").read_bytes().replace(b'"works"', b'"cabling works"')
    assert api.post("/api/v1/models", data={"files": [(io.BytesIO(changed), "approval_level.dmn")]},
                    content_type="multipart/form-data").status_code == 201
    errors = console_errors(page)
    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/")
    decisions = page.locator("#decisions")
    expect(decisions.get_by_role("link", name="Deploy again approval_level v2 as the newest")).to_have_count(0)
    # the older version is there to read first: its own page, its table drawn, what it would bring back
    decisions.locator('a[href="/studio/decisions/approval_level/versions/1"]').click()
    expect(page.locator("#older-version")).to_contain_text("Version 1 is not the newest: version 2 is")
    expect(page.locator("#decision-viewer")).to_be_visible()
    snap(page, "studio-decision-older-version")
    page.go_back()
    decisions.get_by_role("link", name="Deploy again approval_level v1 as the newest").click()

    expect(page.locator("h1")).to_have_text("Deploy version 1 of approval_level again?")
    expect(page.locator(".redeploy-effects")).to_contain_text("running instances keep the version they run")
    snap(page, "studio-redeploy-confirm")
    page.get_by_role("button", name="Deploy version 1 as version 3").click()

    expect(page.locator(".flash")).to_contain_text("Deployed version 1's content as version 3 of approval_level")
    expect(page.locator("h1")).to_have_text("Deployment 3")
    expect(page.locator(".meta")).to_contain_text("by admin — redeployed version 1 of decision approval_level")
    snap(page, "studio-redeploy-done")
    facts = {"facts": {"bandwidth": 100, "surcharge": 5}}
    assert api.post("/api/v1/decisions/approval_level/evaluate", json=facts).json["outputs"]["level"] == "works"
    assert ours(errors) == []  # dmn-js (the older version's table) warns of its own build
