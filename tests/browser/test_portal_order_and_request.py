"""End to end in Chromium: a customer places an order, follows it and asks to cancel; an agent gets the task."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.pages import reload_until
from tests.browser.pages import snap
from tests.workspace.workspace_support import seed_shop

pytestmark = pytest.mark.browser


def test_customer_orders_and_requests_a_cancellation_that_reaches_an_agent(app: Flask, live_server: str,
                                                                            page: Any) -> None:
    seed_shop(app)
    login(page, live_server, "alice")
    expect(page.locator("h1")).to_have_text("Our products")  # customers land on the portal
    page.get_by_role("link", name="Order Business Fibre Internet").click()
    page.get_by_label("Bandwidth").select_option("100")
    page.get_by_label("Site postcode").fill("EC1A 1BB")
    expect(page.locator("#total-recurring")).to_have_text("£79.50 / month")
    page.get_by_role("button", name="Place order").click()
    expect(page.locator(".flash")).to_contain_text("is placed")
    expect(page.locator("#order-state")).to_have_text("Acknowledged")
    order_heading = page.locator("h1").inner_text()

    page.get_by_role("link", name="My orders").first.click()
    page.get_by_role("link", name=order_heading).click()
    page.get_by_label("Request a cancellation").check()
    page.get_by_label("Tell us more").fill("We are moving office next month.")
    page.get_by_role("button", name="Send to an order agent").click()
    expect(page.locator("#requests")).to_contain_text("waiting for an answer")
    expect(page.locator("#history")).to_contain_text("You asked for a cancellation")
    logout(page)

    login(page, live_server, "agent")
    page.get_by_role("link", name="Handle customer request").click()
    expect(page.locator("main")).to_contain_text("We are moving office next month.")
    order_id = order_heading.split()[-1]
    expect(page.locator(".instructions")).to_contain_text(f"(cancellation) from Acme Ltd on order {order_id}")

    page.locator("a.order-link").click()  # the task links to the order
    expect(page.locator("h1")).to_contain_text(order_id)
    page.go_back()
    page.get_by_label("Cancel the order", exact=False).check()
    page.get_by_label("Note to the customer").fill("Cancelled; there is no fee.")
    page.get_by_role("button", name="Complete", exact=True).click()
    logout(page)

    login(page, live_server, "alice")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    reload_until(page, "#requests", "Your order was cancelled.")
    expect(page.locator("#requests")).to_contain_text("Cancelled; there is no fee.")
    expect(page.locator("#order-state")).to_have_text("Cancelled")


def test_a_refused_cancellation_comes_back_to_the_agent_who_answers_the_customer(
        app: Flask, seeded: dict[str, Any], live_server: str, page: Any) -> None:
    from tests.helpers import Api
    from tests.orchestration.flow import approve
    from tests.orchestration.flow import complete
    from tests.orchestration.flow import fibre_bundle
    from tests.orchestration.flow import place

    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="BROWSER-REFUSED", account="Acme Ltd"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})  # past a point of no return
    login(page, live_server, "alice")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    page.get_by_label("Request a cancellation").check()
    page.get_by_label("Tell us more").fill("We are moving office next month.")
    page.get_by_role("button", name="Send to an order agent").click()
    logout(page)

    login(page, live_server, "agent")
    page.get_by_role("link", name="Handle customer request").click()
    page.get_by_label("Cancel the order", exact=False).check()
    page.get_by_label("Note to the customer").fill("We have cancelled your order as asked.")
    page.get_by_role("button", name="Complete", exact=True).click()
    reload_until(page, "main", "Handle customer request")  # it comes back to the agents
    page.get_by_role("link", name="Handle customer request").click()
    expect(page.locator(".instructions")).to_contain_text("The cancellation you chose was refused")
    expect(page.locator(".instructions")).to_contain_text("Your note has not been sent")
    snap(page, "agent-refused-cancellation-back", full_page=True)
    page.get_by_role("radio", name="Answered (an issue explained", exact=False).check()
    page.get_by_label("Note to the customer").fill("The line is live already: disconnect it in My products.")
    page.get_by_role("button", name="Complete", exact=True).click()
    logout(page)

    login(page, live_server, "alice")
    page.goto(f"{live_server}/portal/orders/{order_id}")
    reload_until(page, "#requests", "Answered.")
    expect(page.locator("#requests")).to_contain_text("disconnect it in My products")
    expect(page.locator("#requests")).not_to_contain_text("as asked")
    expect(page.locator("#history")).to_contain_text("We could not cancel your order")
