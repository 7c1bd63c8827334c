"""End to end in Chromium: a customer issues herself an API token, copies it (shown once), uses it and revokes it;
a process admin revokes another user's token from the Users page (someone left)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.test_console_clean import console_errors
from tests.browser.test_post_sale import snap_both

pytestmark = pytest.mark.browser
PRODUCTS = "/tmf-api/productInventory/v4/product"  # what a customer's integration reads


@pytest.fixture()
def clipboard_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def status_with(page: Any, live_server: str, token: str) -> int:
    return int(page.request.get(f"{live_server}{PRODUCTS}", headers={"Authorization": f"Bearer {token}"}).status)


def test_a_customer_issues_copies_uses_and_revokes_her_token(app: Flask, live_server: str,
                                                             clipboard_page: Any) -> None:
    page = clipboard_page
    errors = console_errors(page)  # the copy script included: no CSP refusal, no exception
    login(page, live_server, "alice")
    page.get_by_role("link", name="API tokens").click()
    expect(page.get_by_role("heading", name="API tokens", level=1)).to_be_visible()
    expect(page.locator("#tokens")).to_contain_text("You have no API tokens yet.")
    snap_both(page, "tokens-empty")

    name = page.get_by_label("Name")
    name.fill("   ")  # the browser takes blanks for a name; the server does not
    expires = page.get_by_label("Expires after (days)")
    expires.fill("400")
    page.get_by_role("button", name="Issue token").click()
    assert expires.evaluate("field => field.validity.rangeOverflow")  # the browser stops it first
    expect(page.locator("#new-token")).to_have_count(0)
    expires.fill("90")
    page.get_by_label("Your password").fill("demo")
    page.get_by_role("button", name="Issue token").click()
    expect(name).to_have_attribute("aria-invalid", "true")  # refused, by the field, and nothing issued
    expect(page.locator("#name-error")).to_have_text("This field is required.")
    expect(page.locator("#new-token")).to_have_count(0)
    snap_both(page, "tokens-refused")

    name.fill("Acme ERP")
    page.get_by_role("group", name="Roles it may use").get_by_label("Customer").check()
    page.get_by_label("Your password").fill("demo")  # not kept by the refused form
    page.get_by_role("button", name="Issue token").click()
    secret_field = page.get_by_role("textbox", name="Your new token")
    expect(secret_field).to_be_focused()  # where a screen reader lands: the token, with what to do described
    expect(page.locator(".new-token")).to_contain_text("Copy it now: you will not see it again.")
    token = secret_field.input_value()
    page.get_by_role("button", name="Copy").click()
    expect(page.locator("#copy-status")).to_have_text("Copied to the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == token
    row = page.locator("#tokens tr", has_text="Acme ERP")
    expect(row).to_contain_text("customer")
    expect(row).to_contain_text("active")
    expect(row.locator("td[data-label='Last used']")).to_have_text("Never")
    snap_both(page, "tokens-issued")
    assert status_with(page, live_server, token) == 200

    page.goto(f"{live_server}/account/tokens")  # shown once: gone from the page for good
    expect(page.locator("#new-token")).to_have_count(0)
    # used once just now: the time it was, to the minute (recorded at most every 5 minutes, which the page says)
    expect(row.locator("td[data-label='Last used'] time")).to_have_text(re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d$"))
    expect(page.locator("p.meta")).to_contain_text("to within 5 minutes")
    snap_both(page, "tokens-used")
    assert token not in page.content()
    page.get_by_role("link", name="Revoke the token Acme ERP").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Revoke the token “Acme ERP”?")
    snap_both(page, "tokens-confirm-revoke")
    page.get_by_role("link", name="Keep it").click()  # changed her mind: nothing happens
    assert status_with(page, live_server, token) == 200
    page.get_by_role("link", name="Revoke the token Acme ERP").click()
    page.get_by_role("button", name="Revoke token").click()
    expect(page.locator(".flash")).to_have_text(
        "Token “Acme ERP” is revoked: requests with it are refused from now on.")
    expect(row).to_contain_text("revoked")
    expect(page.get_by_role("link", name="Revoke the token Acme ERP")).to_have_count(0)
    assert status_with(page, live_server, token) == 401
    # the refused form's page is a 422, which Chromium notes in the console; nothing else may be there
    assert [error for error in errors if "status of 422" not in error] == []


def test_a_process_admin_revokes_a_token_of_someone_who_left(app: Flask, live_server: str, page: Any) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, live_server, "agent")
    page.get_by_role("link", name="API tokens").click()
    page.get_by_label("Name").fill("nightly import")
    page.get_by_label("Your password").fill("demo")
    page.get_by_role("button", name="Issue token").click()
    token = page.get_by_role("textbox", name="Your new token").input_value()
    logout(page)

    login(page, live_server, "admin")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Users").click()
    agent = page.locator("#users tr[data-user=agent]")
    expect(agent).to_contain_text("nightly import")
    expect(agent).to_contain_text("order agent")
    expect(agent).to_contain_text("never used")
    snap_both(page, "users-tokens")
    agent.get_by_role("link", name="Revoke agent’s token nightly import").click()
    expect(page.locator("#token-facts")).to_contain_text("Olivia Agent (agent)")
    page.get_by_role("button", name="Revoke token").click()
    expect(page.locator(".flash")).to_contain_text("agent’s token “nightly import” is revoked")
    expect(agent).not_to_contain_text("nightly import")
    assert page.request.get(f"{live_server}/api/v1/tasks",
                            headers={"Authorization": f"Bearer {token}"}).status == 401
