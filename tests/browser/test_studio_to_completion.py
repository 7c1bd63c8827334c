"""End to end in Chromium: upload in the studio, fill generated forms, approve, see it completed."""
from __future__ import annotations

from typing import Any

import pytest

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.helpers import CHANGE_REQUEST_FILES

pytestmark = pytest.mark.browser
FILES = [str(path) for path in CHANGE_REQUEST_FILES]


def test_admin_deploys_agents_complete_forms_and_instance_completes(page: Any, live_server: str) -> None:
    base = live_server
    login(page, base, "admin")
    page.goto(f"{base}/studio/")
    page.set_input_files("input[name=files]", FILES)
    page.click("text=Validate and deploy")
    page.wait_for_selector("text=(deployment version 1)")
    assert page.locator("text=change_request").count() >= 1
    logout(page)

    login(page, base, "agent")
    page.goto(f"{base}/instances/")
    page.select_option("select[name=process_id]", "change_request")
    page.fill("input[name=data]", '{"customer": "Acme Ltd"}')
    page.click("button:has-text('Start')")
    page.wait_for_selector("#instance-status")
    instance_url = page.url
    assert page.inner_text("#instance-status") == "waiting"
    logout(page)

    login(page, base, "fulfiller")
    page.click("text=Enter technical details")
    page.select_option("[name=bandwidth]", "1000")
    page.fill("[name=site_postcode]", "not a postcode")
    page.fill("[name=install_date]", "2027-02-01")
    page.check("[name=cabling_needed]")
    # Skip the browser's own pattern check so the server's validation answers, as for any client.
    page.eval_on_selector("form.task-form", "form => form.noValidate = true")
    page.click("button:has-text('Complete')")
    error = page.locator("[name=site_postcode] ~ .field-error")
    assert error.is_visible() and "SW1A 1AA" in error.inner_text()  # the message shows the expected format
    page.fill("[name=site_postcode]", "SW1A 1AA")
    page.click("button:has-text('Complete')")
    page.wait_for_selector("text=completed.")
    logout(page)

    login(page, base, "approver")
    page.click("text=Approve change")
    page.select_option("[name=decision]", "approve")
    page.fill("[name=reason]", "Capacity checked")
    page.click("button:has-text('Complete')")
    page.wait_for_selector("text=completed.")  # back on the tasklist
    page.goto(instance_url)
    assert page.inner_text("#instance-status") == "completed"
    assert "task completed" in page.inner_text(".timeline")
