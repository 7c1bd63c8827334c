"""My products: a customer suspends, resumes and disconnects an installed product; each becomes an order."""
from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import Api
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.orchestration.test_order_cancellation import inbox
from tests.workspace.workspace_support import login


def _no_approval_asked(api: Api, order_id: int) -> None:
    """A suspend, resume or disconnect sells nothing: no commercial approval (dmn/order_approval.dmn)."""
    assert inbox(api, "approver", order_id) == []


def _ask(client: FlaskClient, api: Api, product_id: int, action: str) -> int:
    response = client.post(f"/portal/products/{product_id}", data={"action": action, "confirmed": "yes"})
    assert response.status_code == 302, response.get_data(as_text=True)
    found = re.fullmatch(r"/portal/orders/(\d+)", response.headers["Location"])
    assert found
    order_id = int(found.group(1))
    _no_approval_asked(api, order_id)
    return order_id


def test_a_customer_suspends_resumes_and_disconnects_from_my_products(app: Flask, client: FlaskClient,
                                                                      seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="PORTAL-MACD", account="Acme Ltd"))
    run_to_completion(api, first)
    router = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Managed Router")
    login(client, "alice")
    page = client.get("/portal/products").get_data(as_text=True)
    assert 'value="suspend"' in page and 'value="delete"' in page
    assert "<dt>Static IP address</dt><dd>no</dd>" in page and "<dt>Wi-Fi</dt><dd>yes</dd>" in page

    suspend = _ask(client, api, router["id"], "suspend")
    assert order_360(api, suspend)["state"] == "completed"
    product = api.get(f"/tmf-api/productInventory/v4/product/{router['id']}", user="alice").json
    assert product["status"] == "suspended"
    assert 'value="resume"' in client.get("/portal/products").get_data(as_text=True)
    assert client.post(f"/portal/products/{router['id']}", data={"action": "suspend"}).status_code == 422

    _ask(client, api, router["id"], "resume")
    assert api.get(f"/tmf-api/productInventory/v4/product/{router['id']}", user="alice").json["status"] == "active"
    asked = client.post(f"/portal/products/{router['id']}", data={"action": "delete"})  # first, the question
    page = asked.get_data(as_text=True)
    assert asked.status_code == 200 and "<h1>Disconnect Managed Router?</h1>" in page
    assert "you are no longer billed for it. This cannot be undone" in page
    assert '<input type="hidden" name="action" value="delete">' in page
    assert api.get(f"/tmf-api/productInventory/v4/product/{router['id']}", user="alice").json["status"] == "active"
    # the question reloaded (the answer to a POST) goes back to the product in the list, not "not allowed"
    reloaded = client.get(f"/portal/products/{router['id']}")
    assert reloaded.status_code == 302 and reloaded.headers["Location"] == f"/portal/products#product-{router['id']}"
    _ask(client, api, router["id"], "delete")
    assert api.get(f"/tmf-api/productInventory/v4/product/{router['id']}", user="alice").json["status"] == "terminated"

    client.post("/logout")
    login(client, "bob")  # another customer's product is not there for bob
    assert client.post(f"/portal/products/{router['id']}", data={"action": "suspend"}).status_code == 404
    assert client.get(f"/portal/products/{router['id']}").status_code == 404
    assert client.get(f"/portal/orders/{first}/cancel").status_code == 404
    client.post("/logout")
    login(client, "alice")  # the cancellation's question reloaded: back to the order
    assert client.get(f"/portal/orders/{first}/cancel").headers["Location"] == f"/portal/orders/{first}"


def test_my_products_offers_no_change_while_an_order_changes_the_product(app: Flask, client: FlaskClient,
                                                                          seeded: dict[str, Any]) -> None:
    from tests.orchestration.flow import line

    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="PORTAL-BUSY", account="Acme Ltd"))
    run_to_completion(api, first)
    fibre = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Business Fibre Internet")
    # a faster line is a commercial change: it waits for its approval, in flight
    item = line(1, seeded["offerings"]["Business Fibre Internet"], action="modify", product_id=str(fibre["id"]),
                bandwidth=1000)
    suspend = place(api, {"externalId": "PORTAL-BUSY-S", "productOrderItem": [item],
                          "relatedParty": [{"id": str(seeded["accounts"]["Acme Ltd"]), "role": "Customer"}]})
    assert "Approve order" in inbox(api, "approver", suspend)
    login(client, "alice")
    page = client.get("/portal/products").get_data(as_text=True)
    assert f'<a href="/portal/orders/{suspend}">order {suspend}</a>\n    is changing this product' in page
    assert f'action="/portal/products/{fibre["id"]}"' not in page  # no Suspend or Disconnect for it now
    refused = client.post(f"/portal/products/{fibre['id']}", data={"action": "delete"})
    assert refused.status_code == 422
    assert f"being changed by order {suspend}" in refused.get_data(as_text=True)


def test_a_disconnect_reads_as_a_disconnect_on_the_portal_and_workspace_order_pages(
        app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    """The customer pressed "Disconnect": the order's line must not read "(delete)", the TMF code."""
    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="PORTAL-DISCONNECT", account="Acme Ltd"))
    run_to_completion(api, first)
    router = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Managed Router")
    login(client, "alice")
    disconnect = _ask(client, api, router["id"], "delete")
    page = client.get(f"/portal/orders/{disconnect}").get_data(as_text=True)
    assert 'Managed Router <span class="muted">(disconnect)</span>' in page
    assert "(delete)" not in page
    client.post("/logout")
    login(client, "agent")
    page = client.get(f"/workspace/orders/{disconnect}").get_data(as_text=True)
    assert "<strong>1. Managed Router</strong> (disconnect)" in page and "(delete)" not in page
    # the staff inventory says what the portal says: the installation has no minimum term, the entitlements' states
    first_page = client.get(f"/workspace/orders/{first}").get_data(as_text=True)
    [installation] = re.findall(r'<tr data-product="Installation">.*?</tr>', first_page, re.S)
    assert "no minimum term" in installation and "0 months" not in installation
    assert order_360(api, disconnect)["state"] == "completed"
    [router_row] = re.findall(r'<tr data-product="Managed Router">.*?</tr>', first_page, re.S)
    assert re.search(r'<div data-entitlement="[^"]+">[^<]+ <span class="muted">\(revoked\)</span></div>', router_row)


def test_a_disconnected_product_says_what_delivered_it_in_the_past_tense(app: Flask, client: FlaskClient,
                                                                        seeded: dict[str, Any]) -> None:
    """A terminated router was still "Delivered by" its (ceased) service and router, as if it ran."""
    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="PORTAL-PAST", account="Acme Ltd"))
    run_to_completion(api, first)
    router = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Managed Router")
    login(client, "alice")
    _ask(client, api, router["id"], "delete")
    page = client.get("/portal/products").get_data(as_text=True)
    section = page[page.index('data-product="Managed Router"'):]
    section = section[:section.index("</section>")]
    assert "<h3>Was delivered by</h3>" in section and "<h3>Delivered by</h3>" not in section
    assert page.count("<h3>Delivered by</h3>") == 3  # the fibre, the static IP block and the installation


def test_an_installation_done_once_offers_no_suspend_or_disconnect(app: Flask, client: FlaskClient,
                                                                   seeded: dict[str, Any]) -> None:
    """An installation is a field visit with a one-time price, not a service that runs: nothing to suspend or stop.
    Its running neighbours (recurring prices in the catalog) still offer both, and TMF622 refuses the same."""
    from tests.orchestration.flow import line

    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="PORTAL-ONCE", account="Acme Ltd"))
    run_to_completion(api, first)
    visit = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Installation")
    login(client, "alice")
    page = client.get("/portal/products").get_data(as_text=True)
    section = page[page.index('data-product="Installation"'):]
    assert "product-actions" not in section[:section.index("</section>")]
    assert page.count('class="product-actions"') == 3  # the fibre, the static IP block and the router
    refused = client.post(f"/portal/products/{visit['id']}", data={"action": "delete"})
    assert refused.status_code == 422

    item = line(1, seeded["offerings"]["Installation"], action="suspend", product_id=str(visit["id"]))
    response = api.post("/tmf-api/productOrderingManagement/v4/productOrder", user="agent", json={
        "productOrderItem": [item], "relatedParty": [{"id": str(seeded["accounts"]["Acme Ltd"]), "role": "Customer"}]})
    assert response.status_code == 400
    assert response.json["errors"] == [{"field": "productOrderItem[0].product.id", "message":
                                        f"product {visit['id']} (Installation) was done once: "
                                        "there is no running service to suspend"}]


def test_my_products_says_before_a_disconnect_that_another_product_needs_this_one(
        app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    """The fibre carries the Static IP Block: no Disconnect on it while the block is on, and the page says why."""
    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="PORTAL-NEEDED", account="Acme Ltd"))
    run_to_completion(api, first)
    block = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Static IP Block")
    login(client, "alice")
    page = client.get("/portal/products").get_data(as_text=True)
    fibre = page[page.index('data-product="Business Fibre Internet"'):]
    fibre = fibre[:fibre.index("</section>")]
    assert 'value="suspend"' in fibre and 'value="delete"' not in fibre
    assert (f"Static IP Block (product {block['id']}) needs this product:\n    disconnect it first, then you can "
            "disconnect this one.") in fibre
    _ask(client, api, block["id"], "delete")
    fibre = client.get("/portal/products").get_data(as_text=True).split('data-product="Business Fibre Internet"')[1]
    assert 'value="delete"' in fibre.split("</section>")[0]


def test_a_refused_cancellation_of_a_suspend_says_to_resume_not_to_disconnect(app: Flask, client: FlaskClient,
                                                                               seeded: dict[str, Any]) -> None:
    from app.errors import Conflict
    from app.extensions import db
    from app.orchestration.cancellation import customer_refusal
    from app.orchestration.models import DomainOrder
    from app.orders.models import ProductOrder

    api = Api(app.test_client())
    first = place(api, fibre_bundle(seeded, external_id="PORTAL-SUSPEND-REFUSED", account="Acme Ltd"))
    run_to_completion(api, first)
    router = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Managed Router")
    login(client, "alice")
    suspend = _ask(client, api, router["id"], "suspend")
    with app.app_context():  # as its point of no return refuses it: the words for the customer
        domain = db.session.query(DomainOrder).filter_by(order_id=suspend).first()
        said = customer_refusal(db.session.get(ProductOrder, suspend),
                                Conflict("refused", errors=[{"domain_order": domain.id, "milestone": None}]))
    assert said.endswith("Once it is suspended, you can resume it in My products.") and "disconnect" not in said
