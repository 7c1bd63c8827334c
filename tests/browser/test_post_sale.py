"""End to end in Chromium: post-sale changes of installed products, by the customer and by an order agent.

Each change is an order like any other (decomposed, fulfilled; a status change needs no commercial approval);
the demo connectors run inline (the test config), so each order is complete by the next page.
What the customer reads at each step must be true when it is read: "Suspended" only once it is.
"""
from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.pages import snap
from tests.helpers import Api
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion

pytestmark = pytest.mark.browser

FIBRE = "section[data-product='Business Fibre Internet']"


def snap_both(page: Any, name: str) -> None:
    """A screenshot at 1280 px and one at a phone's 390 px, which must not scroll sideways."""
    snap(page, name)
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), name
    snap(page, f"phone-{name}")
    page.set_viewport_size({"width": 1280, "height": 900})


def ask(page: Any, api: Api, action: str, product: str = "Business Fibre Internet") -> int:
    """Press ``action`` on ``product`` in My products; the change order is placed and, needing no commercial
    approval (dmn/order_approval.dmn), done by the time its page shows."""
    page.get_by_role("link", name="My products").click()
    page.locator(f"section[data-product='{product}']").get_by_role("button", name=action).click()
    if action == "Disconnect":  # it cannot be taken back: the portal asks first
        expect(page.locator("h1")).to_have_text(f"Disconnect {product}?")
        expect(page.locator("#confirm")).to_contain_text("This cannot be undone")
        if product == "Business Fibre Internet":
            expect(page.locator("#confirm")).to_contain_text("has a minimum term of 24 months")
            snap_both(page, "portal-disconnect-confirm")
        page.locator("#confirm-yes").click()
    expect(page.locator(".flash")).to_contain_text(f"{action} is ordered: order ")
    order_id = int(re.search(r"/portal/orders/(\d+)$", page.url).group(1))  # type: ignore[union-attr]
    expect(page.locator("#order-state")).to_have_text("Completed")
    expect(page.locator(f"tr[data-item='{product}']")).to_contain_text(f"({action.lower()})")
    return order_id


def products_show(page: Any, status: str, buttons: list[str]) -> None:
    page.get_by_role("link", name="My products").click()
    expect(page.locator(f"{FIBRE} h2")).to_have_text(f"Business Fibre Internet {status}")
    expect(page.locator(f"{FIBRE} .product-actions button")).to_have_text(buttons)


def test_a_customer_suspends_resumes_and_disconnects_a_product(app: Flask, seeded: dict[str, Any],
                                                               live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    run_to_completion(api, place(api, fibre_bundle(seeded, external_id="BROWSER-POST-SALE")))
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, live_server, "bob")
    products_show(page, "Active", ["Suspend"])  # the Static IP Block needs it: no Disconnect, and it says so
    expect(page.locator(f"{FIBRE} .product-needed")).to_contain_text("Static IP Block (product")
    snap_both(page, "post-sale-products")

    ask(page, api, "Suspend")  # a status change needs no commercial approval: it runs at once
    snap_both(page, "post-sale-suspend-ordered")
    products_show(page, "Suspended", ["Resume"])
    expect(page.locator(f"{FIBRE} .entitlements")).to_contain_text("Access Line (suspended)")
    snap_both(page, "post-sale-products-suspended")

    ask(page, api, "Resume")
    products_show(page, "Active", ["Suspend"])
    ask(page, api, "Disconnect", "Static IP Block")
    products_show(page, "Active", ["Suspend", "Disconnect"])
    expect(page.locator(f"{FIBRE} .product-needed")).to_have_count(0)

    ask(page, api, "Disconnect")
    page.reload()
    expect(page.locator("#order-state")).to_have_text("Completed")
    expect(page.locator("#history")).to_contain_text("Order completed")
    snap_both(page, "post-sale-disconnect-completed")
    disconnect = int(re.search(r"/orders/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    products_show(page, "Terminated", [])
    expect(page.locator(f"{FIBRE} .meta")).to_contain_text("terminated")
    expect(page.locator(FIBRE).get_by_role("heading", name="Was delivered by")).to_be_visible()

    # staff read what the disconnect did: the service ceased and billing stopped, nothing activated
    logout(page)
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{disconnect}")
    services = page.locator("#order-inventory tr[data-product='Business Fibre Internet'] td").nth(2)
    expect(services).to_contain_text("Access Line")
    expect(services).to_contain_text("ceased")
    snap_both(page, "post-sale-disconnect-order")
    page.locator("tr[data-domain-type=service] a").first.click()
    diagram = page.locator("#instance-diagram")
    expect(diagram.locator(".djs-element.ordra-state-completed[data-element-id=cease_service]")).to_have_count(1)
    expect(diagram.locator(".djs-element.ordra-state-completed[data-element-id=activate_service]")).to_have_count(0)
    expect(page.locator("ol.timeline")).to_contain_text("Cease service")
    expect(page.locator("ol.timeline")).not_to_contain_text("Activate service")
    snap_both(page, "post-sale-disconnect-plan")


def test_an_agent_suspends_a_customer_product_from_the_order_page(app: Flask, seeded: dict[str, Any],
                                                                  live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="BROWSER-AGENT-POST-SALE"))
    run_to_completion(api, first)
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{first}")
    router = page.locator("#order-inventory tr[data-product='Managed Router']")
    router.get_by_role("button", name="Suspend").click()
    expect(page.locator(".flash")).to_contain_text("Suspend is ordered: order ")
    suspend = int(re.search(r"/workspace/orders/(\d+)$", page.url).group(1))  # type: ignore[union-attr]
    expect(page.locator("#fulfilment")).to_contain_text("1. Managed Router (suspend)")
    snap_both(page, "post-sale-agent-suspend-ordered")
    assert suspend  # it ran at once: a status change needs no commercial approval
    page.goto(f"{live_server}/workspace/orders/{first}")
    expect(router.locator(".state")).to_have_text("Suspended")
    expect(router.get_by_role("button")).to_have_text(["Resume", "Disconnect"])
    snap_both(page, "post-sale-agent-inventory-suspended")


def test_an_agent_is_told_a_product_is_needed_and_disconnects_it_with_the_product_needing_it(
        app: Flask, seeded: dict[str, Any], live_server: str, page: Any) -> None:
    """The fibre carries the Static IP Block: the order page offers no lone Disconnect of it (it would be refused
    on click), names the block up front, and disconnects both in one order."""
    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="BROWSER-AGENT-NEEDED"))
    run_to_completion(api, first)
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, live_server, "agent")
    page.goto(f"{live_server}/workspace/orders/{first}")
    fibre = page.locator("#order-inventory tr[data-product='Business Fibre Internet']")
    expect(fibre.get_by_role("button")).to_have_text(["Suspend", "Disconnect with Static IP Block"])
    expect(fibre.locator(".product-needed")).to_contain_text(
        "needs this product: it cannot be disconnected on its own.")
    expect(fibre.locator(".product-needed a")).to_have_attribute("href", f"/workspace/orders/{first}")
    snap_both(page, "post-sale-agent-product-needed")
    for width in (1280, 390):  # the inventory is far down a full-page shot: the row in view as well, to look at
        page.set_viewport_size({"width": width, "height": 900})
        fibre.scroll_into_view_if_needed()
        snap(page, f"post-sale-agent-product-needed-row-{width}", full_page=False)
    page.set_viewport_size({"width": 1280, "height": 900})
    fibre.get_by_role("button", name="Disconnect with Static IP Block").click()
    # it cannot be taken back: asked first, as the portal asks the customer, with each product's minimum term
    expect(page.locator("h1")).to_have_text(re.compile(r"^Disconnect Business Fibre Internet \(product \d+\), "
                                                       r"Static IP Block \(product \d+\)\?$"))
    expect(page.locator("#confirm")).to_contain_text("This cannot be undone")
    expect(page.locator("#confirm")).to_contain_text("has a minimum term of")
    snap_both(page, "post-sale-agent-confirms-disconnect")
    page.locator("#confirm-yes").click()
    expect(page.locator(".flash")).to_contain_text("Disconnect is ordered: order ")
    expect(page.locator("#fulfilment")).to_contain_text("1. Business Fibre Internet (disconnect)")
    expect(page.locator("#fulfilment")).to_contain_text("2. Static IP Block (disconnect)")
    page.goto(f"{live_server}/workspace/orders/{first}")
    expect(fibre.locator(".state")).to_have_text("Terminated")
    expect(page.locator("#order-inventory tr[data-product='Static IP Block'] .state")).to_have_text("Terminated")
    snap_both(page, "post-sale-agent-disconnected-together")
