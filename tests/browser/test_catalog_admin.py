"""End to end in Chromium: a process admin adds an offering with a price and relabels a characteristic.

The agent's order entry and the customer's pages read the change at once: the new offering is on offer
with its price, and the characteristic reads with its new label.
"""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import expect

from tests.browser.pages import login
from tests.browser.pages import logout
from tests.browser.test_order_to_products import add_line
from tests.browser.test_post_sale import snap_both
from tests.helpers import Api
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion

pytestmark = pytest.mark.browser

NEW = "Managed Router Plus"


def test_an_admin_adds_an_offering_and_relabels_a_characteristic_that_agents_and_customers_then_read(
        app: Flask, seeded: dict[str, Any], live_server: str, page: Any) -> None:
    api = Api(app.test_client())
    run_to_completion(api, place(api, fibre_bundle(seeded, external_id="BROWSER-CATALOG")))  # bob's products
    login(page, live_server, "admin")
    page.get_by_role("link", name="Catalog").click()
    page.get_by_role("link", name="New offering").click()
    page.get_by_label("Name", exact=True).fill(NEW)
    page.get_by_label("Lifecycle status").select_option(label="Active")
    page.get_by_label("Product specification").select_option(label="Managed Router Product")
    page.get_by_label("Price 1: Name").fill("Router rental")
    page.get_by_role("button", name="Save").click()  # a price with no amount
    expect(page.locator("#prices-0-amount-error")).to_have_text("give an amount or a pricing decision")
    snap_both(page, "catalog-new-offering-errors")
    page.get_by_label("Price 1: Amount").fill("19.50")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_have_text(f"Created “{NEW}”.")
    expect(page.locator("main")).to_contain_text("£19.50")

    page.get_by_role("link", name="All offerings").click()
    page.get_by_role("link", name="Business Fibre Internet").first.click()
    page.get_by_role("link", name="Edit labels").click()
    page.get_by_label("Label of site_postcode").fill("Installation postcode")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_have_text("Saved the labels.")
    logout(page)

    login(page, live_server, "agent")
    page.get_by_role("link", name="Workspace").click()
    page.get_by_role("link", name="New order").click()
    add_line(page, NEW)
    expect(page.locator("table.prices tr[data-line='1']")).to_contain_text("£19.50")
    add_line(page, "Business Fibre Internet")
    expect(page.get_by_label("Installation postcode")).to_be_visible()
    expect(page.get_by_label("Site postcode")).to_have_count(0)
    snap_both(page, "catalog-order-entry-after")
    logout(page)

    login(page, live_server, "bob")
    page.get_by_role("link", name="Our products").click()
    expect(page.locator(f"article[data-offering='{NEW}'] .price-list")).to_have_text("Router rental: £19.50 a month")
    page.get_by_role("link", name="My products").click()
    fibre = page.locator("section[data-product='Business Fibre Internet'] dl.characteristics")
    expect(fibre).to_contain_text("Installation postcode")
    expect(fibre).not_to_contain_text("Site postcode")
    snap_both(page, "catalog-my-products-after")


def test_the_labels_page_says_which_other_offerings_change_with_the_labels(
        app: Flask, seeded: dict[str, Any], live_server: str, page: Any) -> None:
    """Labels are the product specification's: relabelling Business Fibre Internet relabels an offering sold on
    the same specification, and the page says so, naming it, before the admin saves."""
    from app.catalog import service
    from app.catalog.service import OfferingInput
    from app.database import unit_of_work

    with app.app_context(), unit_of_work():
        spec_id = service.get_offering(seeded["offerings"]["Business Fibre Internet"]).product_spec_id
        service.create_offering(OfferingInput(name="Fibre Internet Promo", product_spec_id=spec_id))
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, live_server, "admin")
    page.get_by_role("link", name="Catalog").click()
    page.get_by_role("link", name="Business Fibre Internet").first.click()
    page.get_by_role("link", name="Edit labels").click()
    expect(page.locator("#shared-spec")).to_contain_text("Saving changes them on this other offering too")
    expect(page.locator("#shared-spec").get_by_role("link", name="Fibre Internet Promo")).to_be_visible()
    snap_both(page, "catalog-labels-shared-spec")
    page.get_by_label("Label of bandwidth").fill("Line speed")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_have_text("Saved the labels. They changed on Fibre Internet Promo too.")
    page.get_by_role("link", name="All offerings").click()
    page.get_by_role("link", name="Fibre Internet Promo", exact=True).click()
    expect(page.locator("main")).to_contain_text("Line speed")
