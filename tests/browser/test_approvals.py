"""End to end in Chromium: an order whose discount is over the limit goes to an order manager, then to an approver.

The agent's order is entered through the order-entry form by the test client (order entry has its own
browser test); the decisions are taken in the browser through the inbox's generated forms, and the agent
and the customer then read the outcome.
"""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.test_post_sale import snap_both
from tests.workspace.workspace_support import login as client_login
from tests.workspace.workspace_support import submit_discounted_order

pytestmark = pytest.mark.browser

OVER_THE_LIMIT = "Competitor match: 30.00% off the monthly charge, above the 20% limit"


def discounted_order(app: Flask) -> int:
    client = app.test_client()
    app.config["WTF_CSRF_ENABLED"] = False  # the test client posts without the browser's token
    try:
        client_login(client, "agent")
        return submit_discounted_order(app, client)
    finally:
        app.config["WTF_CSRF_ENABLED"] = True


def in_inbox(page: Any, order_id: int) -> Any:
    """The inbox rows of the order."""
    return page.locator("tr", has=page.locator("td[data-label=Order]", has_text=f"#{order_id}"))


def decide(page: Any, task: str, order_id: int, choice: str, *notes: tuple[str, str], refused: bool = False) -> None:
    """Open ``task`` of the order from the inbox, claim it, choose ``choice``, fill ``notes`` (label, text) and
    complete it (or, ``refused``, try to)."""
    page.get_by_role("link", name="Inbox").click()
    in_inbox(page, order_id).get_by_role("link", name=task).click()
    page.get_by_role("button", name="Claim").click()
    page.get_by_label("Decision").select_option(label=choice)
    for label, text in notes:
        page.get_by_label(label).fill(text)
    page.get_by_role("button", name="Complete", exact=True).click()
    if not refused:
        expect(page.locator(".flash")).to_contain_text("completed")


def test_the_order_manager_rejects_a_discount_over_the_limit(app: Flask, seeded: dict[str, Any], live_server: str,
                                                            page: Any) -> None:
    order_id = discounted_order(app)
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    expect(page.locator(".notice", has_text="Discounts above the limit")).to_contain_text(OVER_THE_LIMIT)
    expect(page.locator("#rejection")).to_have_count(0)
    logout(page)

    login(page, live_server, "omanager")
    page.get_by_role("link", name="Inbox").click()
    page.get_by_role("link", name="Approve price adjustments").click()
    expect(page.locator("main")).to_contain_text(f"carries discounts above the limit: {OVER_THE_LIMIT}.")
    expect(page.locator(".field-help", has_text="Required when")).to_have_text(
        ["Required when Decision is “Reject the order”."])  # said before anyone is refused
    snap_both(page, "approvals-price-adjustments-task")
    page.get_by_role("link", name="Inbox").click()
    decide(page, "Approve price adjustments", order_id, "Reject the order",
           ("Note to the order agent", "30% is more than we match"), refused=True)
    reason = page.get_by_label("Reason for the customer")  # a rejection the customer is not told about is refused
    expect(reason).to_have_attribute("aria-invalid", "true")
    expect(page.locator("p.field-error")).to_have_text(["Required when Decision is “Reject the order”."])
    expect(page.get_by_label("Note to the order agent")).to_have_value("30% is more than we match")
    snap_both(page, "approvals-rejection-needs-a-reason")
    reason.fill("We cannot offer this discount; ask us for a quote on a longer term")
    page.get_by_role("button", name="Complete", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("completed")
    logout(page)

    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    expect(page.locator("h1 .state")).to_have_text("Rejected")
    expect(page.locator("#rejection p").first).to_have_text("Rejected: 30% is more than we match")
    expect(page.locator("#rejection-for-customer")).to_have_text(
        "The customer was told: We cannot offer this discount; ask us for a quote on a longer term")
    expect(page.locator("#revise-order, #cancel-order")).to_have_count(0)
    snap_both(page, "approvals-agent-rejected")
    logout(page)
    login(page, live_server, "alice")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    expect(page.locator("#order-state")).to_have_text("Rejected")
    expect(page.locator("#history li").last).to_contain_text("Order rejected")
    expect(page.locator("#history li").last).to_contain_text(
        "Reason: We cannot offer this discount; ask us for a quote on a longer term.")
    expect(page.locator("#history")).not_to_contain_text("30% is more")  # the note was for the agent
    snap_both(page, "approvals-alice-rejected")


def test_the_discount_and_the_order_are_approved_and_the_order_goes_on(app: Flask, seeded: dict[str, Any],
                                                                      live_server: str, page: Any) -> None:
    order_id = discounted_order(app)
    login(page, live_server, "approver")  # nothing for the approver before the order manager has decided
    page.get_by_role("link", name="Inbox").click()
    expect(in_inbox(page, order_id)).to_have_count(0)
    logout(page)
    login(page, live_server, "omanager")
    decide(page, "Approve price adjustments", order_id, "Approve the discounts")
    logout(page)
    login(page, live_server, "approver")
    decide(page, "Approve order", order_id, "Approve: fulfil the order", ("Internal note", "Fine"))
    logout(page)

    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{order_id}")
    expect(page.locator("h1 .state")).to_have_text("In progress")
    expect(page.locator("#rejection")).to_have_count(0)
    snap_both(page, "approvals-agent-approved")
    logout(page)
    login(page, live_server, "alice")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    expect(page.locator("#order-state")).to_have_text("In progress")
    expect(page.locator(".progress [aria-current=step]")).to_have_text("In progress")


def test_the_approver_reads_the_order_in_the_configured_currency(app: Flask, seeded: dict[str, Any],
                                                                 live_server: str, page: Any) -> None:
    """With ``CURRENCY`` EUR (and a price list in euros) the approval task says euros, not the GBP it hard-coded."""
    from sqlalchemy import update

    from app.catalog.models import OfferingPrice
    from app.database import unit_of_work
    from app.extensions import db
    from app.orders.models import ProductOrder
    from tests.helpers import Api
    from tests.orchestration.flow import fibre_bundle
    from tests.orchestration.flow import place

    app.config["CURRENCY"] = "EUR"
    with app.app_context(), unit_of_work():
        db.session.execute(update(OfferingPrice).values(currency="EUR"))
    order_id = place(Api(app.test_client()), fibre_bundle(seeded, external_id="BROWSER-EURO"))
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, live_server, "approver")
    page.get_by_role("link", name="Inbox").click()
    in_inbox(page, order_id).get_by_role("link", name="Approve order").click()
    expect(page.locator("main")).to_contain_text("184.00 EUR a month")
    expect(page.get_by_label("Currency")).to_have_value("EUR")
    expect(page.get_by_label("Monthly total")).to_have_value("184.00")
    with app.app_context():  # what the order costs once is before the approver too
        one_time = str(db.session.get(ProductOrder, order_id).one_time_total)
    expect(page.get_by_label("One-time total")).to_have_value(one_time)
    expect(page.locator("main")).not_to_contain_text("GBP")
    snap_both(page, "approvals-task-in-euros")
