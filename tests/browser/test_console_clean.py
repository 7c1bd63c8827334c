"""Pages load without errors in the browser console: nothing the Content Security Policy refuses, no script error."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.workspace.workspace_support import seed_shop

pytestmark = pytest.mark.browser


def console_errors(page: Any) -> list[str]:
    """The console errors and uncaught exceptions of ``page`` from now on (the list fills as they come)."""
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(f"{page.url}: {message.text}"))
    page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
    return errors


def ours(errors: list[str]) -> list[str]:
    """Leaving out dmn-js's own (vendored, unmodified): it sets inline styles the CSP refuses and warns of its
    Inferno build."""
    return [e for e in errors if "inline style" not in e and "Inferno" not in e]


def test_htmx_pages_break_no_content_security_policy_rule(app: Flask, live_server: str, page: Any) -> None:
    seed_shop(app)
    errors = console_errors(page)
    page.goto(f"{live_server}/login")
    login(page, live_server, "alice")
    page.goto(f"{live_server}/portal/order?offering=1")
    page.wait_for_load_state("load")
    logout(page)
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/new")
    page.wait_for_load_state("load")
    assert errors == []


def test_the_model_editors_open_without_console_errors(app: Flask, live_server: str, page: Any) -> None:
    """The editors and the read-only decision page: no explicit keyboard binding (bpmn-js and dmn-js log an
    error for it) and no request for a draft the user does not have (a 404 in the console); a draft that exists
    is still offered."""
    seed_shop(app)
    errors = console_errors(page)
    login(page, live_server, "admin")
    page.goto(f"{live_server}/studio/processes/change_request/edit")
    expect(page.locator("#process-modeler")).to_have_attribute("data-ready", "true")
    page.wait_for_load_state("networkidle")
    assert errors == []
    page.goto(f"{live_server}/studio/decisions/approval_level/edit")
    expect(page.locator("#decision-modeler")).to_have_attribute("data-ready", "true")
    page.wait_for_load_state("networkidle")
    assert ours(errors) == []

    page.evaluate("""url => fetch(url, {method: 'PUT', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json',
                  'X-CSRFToken': document.querySelector('[data-csrf]').dataset.csrf},
        body: JSON.stringify({content: '<definitions/>'})})""", "/studio/drafts/process/change_request")
    page.goto(f"{live_server}/studio/processes/change_request/edit")
    expect(page.locator(".modeler-draft")).to_contain_text("You have a draft from")

    page.goto(f"{live_server}/studio/decisions/approval_level")  # the read-only page: dmn-js's viewer
    expect(page.locator("#decision-viewer")).to_have_attribute("data-ready", "true")
    page.wait_for_load_state("networkidle")
    assert ours(errors) == []
