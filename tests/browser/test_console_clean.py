"""Pages load without errors in the browser console: nothing the Content Security Policy refuses, no script error."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

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
