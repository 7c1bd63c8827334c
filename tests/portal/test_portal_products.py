"""The portal's "My products": a customer sees their account's inventory in full, and only theirs."""
from __future__ import annotations

import re
from typing import Any

from flask.testing import FlaskClient

from tests.helpers import Api
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.orders.conftest import seeded  # noqa: F401  (the seeded demo: models, catalog, alice/Acme, bob/Bravo)
from tests.workspace.workspace_support import login


def _products_page(client: FlaskClient, username: str) -> str:
    login(client, username)
    response = client.get("/portal/products")
    assert response.status_code == 200
    client.post("/logout")
    return response.get_data(as_text=True)


def _section(page: str, name: str) -> str:
    """The HTML of the product section called ``name``."""
    match = re.search(rf'<section class="product" data-product="{re.escape(name)}".*?</section>', page, re.S)
    assert match, name
    return match.group(0)


def test_alice_sees_her_completed_bundle_with_services_contracts_and_entitlements(
        api: Api, client: FlaskClient, seeded: dict[str, Any]) -> None:  # noqa: F811
    order_id = place(api, fibre_bundle(seeded, account="Acme Ltd"))
    run_to_completion(api, order_id)

    page = _products_page(client, "alice")
    assert re.findall(r'data-product="([^"]+)"', page) == [
        "Business Fibre Internet", "Static IP Block", "Managed Router", "Installation"]
    fibre = _section(page, "Business Fibre Internet")
    assert '<span class="state state-active">active</span>' in fibre
    assert f'href="/portal/orders/{order_id}"' in fibre
    assert "<dt>Bandwidth</dt><dd>500</dd>" in fibre and "<dt>Site postcode</dt><dd>SW1A 1AA</dd>" in fibre
    assert re.findall(r'data-service="([^"]+)"', fibre) == ["Access Line", "IP Connectivity"]
    assert re.findall(r'data-resource="([^"]+)"', fibre) == ["ONT", "Access Port", "IPv4 Address"]
    assert re.search(r"Service Access Line <code>SVC-[^<]+</code>", fibre)
    assert "<td>24 months</td>" in fibre and '<td class="num">£159.00</td>' in fibre
    assert re.findall(r'data-entitlement="([^"]+)"', fibre) == ["Access Line", "IP Connectivity"]
    install = _section(page, "Installation")
    assert "<td>no minimum term</td>" in install and '<td class="num">£195.00</td>' in install
    assert "ont serial <code>ONT1234567</code>" in install
    router = _section(page, "Managed Router")
    assert re.search(r"serial number <code>SN[^<]+</code>", router)
    assert "Products 1–4 of 4." in page


def test_bob_never_sees_alices_products(api: Api, client: FlaskClient, seeded: dict[str, Any]) -> None:  # noqa: F811
    acme = place(api, fibre_bundle(seeded, external_id="CRM-ACME", account="Acme Ltd"))
    bravo = place(api, fibre_bundle(seeded, external_id="CRM-BRAVO", account="Bravo plc"))
    run_to_completion(api, acme)
    run_to_completion(api, bravo)

    alice, bob = _products_page(client, "alice"), _products_page(client, "bob")
    assert f'href="/portal/orders/{acme}"' in alice and f"/portal/orders/{bravo}" not in alice
    assert f'href="/portal/orders/{bravo}"' in bob and f"/portal/orders/{acme}" not in bob
    assert len(re.findall(r"data-product=", alice)) == len(re.findall(r"data-product=", bob)) == 4
    alice_ids = set(re.findall(r"<code>((?:SVC|RES)-[^<]+)</code>", alice))
    bob_ids = set(re.findall(r"<code>((?:SVC|RES)-[^<]+)</code>", bob))
    assert alice_ids and bob_ids and not alice_ids & bob_ids


def test_a_customer_without_products_is_told_so_and_staff_have_no_products_page(
        client: FlaskClient, seeded: dict[str, Any]) -> None:  # noqa: F811
    login(client, "alice")
    page = client.get("/portal/products").get_data(as_text=True)
    assert 'href="/portal/products">My products</a>' in page
    assert "You have no products yet." in page and "data-product=" not in page
    client.post("/logout")
    assert client.get("/portal/products").status_code == 302  # to the login page
    login(client, "agent")
    assert client.get("/portal/products").status_code == 403
