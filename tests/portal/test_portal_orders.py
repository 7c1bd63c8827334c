"""The customer portal: catalog, placing orders on one's own account, and isolation between customers."""
from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from app.extensions import db
from app.orders.customer import progress
from app.orders.customer import timeline
from app.orders.models import OrderEvent
from app.orders.models import ProductOrder
from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.workspace.workspace_support import POSTCODE
from tests.workspace.workspace_support import account_id
from tests.workspace.workspace_support import discount
from tests.workspace.workspace_support import fibre
from tests.workspace.workspace_support import installation
from tests.workspace.workspace_support import login
from tests.workspace.workspace_support import offering_id
from tests.workspace.workspace_support import portal_order


def stored(app: Flask, order_id: int) -> ProductOrder:
    order = db.session.get(ProductOrder, order_id)
    assert order is not None
    return order


def test_customers_land_on_the_portal_after_login(shop: Flask, client: FlaskClient) -> None:
    assert login(client, "alice").headers["Location"] == "/portal/"
    client.post("/logout")
    assert login(client, "agent").headers["Location"] == "/"


def test_the_catalog_shows_active_offerings_with_descriptions_and_prices(app: Flask, alice: FlaskClient) -> None:
    page = alice.get("/portal/").get_data(as_text=True)
    for name in ("Business Fibre Internet", "Managed Router", "Static IP Block", "Business Voice", "Installation"):
        assert f'data-offering="{name}"' in page
    assert "A business-grade router configured before delivery" in page
    assert "<strong>£15.00</strong> a month" in page and "<strong>£195.00</strong> once" in page
    assert f'href="/portal/order?offering={offering_id(app, "Installation")}"' in page


def test_ordering_from_the_catalog_starts_with_that_product(app: Flask, alice: FlaskClient) -> None:
    page = alice.get(f"/portal/order?offering={offering_id(app, 'Business Voice')}").get_data(as_text=True)
    assert "<legend>Line 1: Business Voice</legend>" in page and 'name="lines-0-chars.channels"' in page
    assert "-discount-" not in page and 'name="discount-kind"' not in page  # customers set no discounts


def test_a_placed_order_is_on_the_customers_own_account_whatever_the_form_says(app: Flask,
                                                                               alice: FlaskClient) -> None:
    bravo = account_id(app, "Bravo plc")
    order_id = portal_order(app, alice, account_id=str(bravo), relatedParty=str(bravo),
                     **discount("lines-0-discount", "percentage", "50", "I said so"),
                     **discount("discount", "amount", "100", "Me too"))
    with app.app_context():
        order = stored(app, order_id)
        assert (order.account.name, order.channel, order.state) == ("Acme Ltd", "portal", "acknowledged")
        assert order.instance_id is not None and order.created_by.username == "alice"
        assert order.items[0].adjustments == [] and order.adjustments == []
        assert (str(order.recurring_total), str(order.one_time_total)) == ("159.00", "445.00")


def test_my_orders_lists_the_placed_order_with_its_progress(app: Flask, alice: FlaskClient) -> None:
    order_id = portal_order(app, alice)
    listing = alice.get("/portal/orders").get_data(as_text=True)
    assert f'<tr data-order="{order_id}">' in listing and "Business Fibre Internet, Installation" in listing
    page = alice.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert 'id="order-state">Acknowledged<' in page
    assert re.search(r'<li class="step-current" aria-current="step">Received</li>', page)
    assert "£159.00 / month" in page and f"<dd>{POSTCODE}</dd>" in page
    assert "<dt>Static IP address</dt><dd>no</dd>" in page  # the catalog's label, not "Static ip"
    history = re.search(r'<ol class="timeline" id="history">(.*?)</ol>', page, re.S)
    assert history and re.findall(r"<strong>([^<]+)</strong>", history.group(1)) == ["Order placed", "Order received"]
    assert "process" not in history.group(1).lower() and "customer_order" not in page


def test_placing_needs_valid_lines_and_shows_errors_next_to_fields(app: Flask, alice: FlaskClient) -> None:
    response = alice.post("/portal/order", data={"action": "place", **fibre(app, postcode="")})
    assert response.status_code == 422
    assert 'id="lines-0-chars.site_postcode-error">This field is required.<' in response.get_data(as_text=True)
    response = alice.post("/portal/order", data={"action": "place"})
    assert response.status_code == 422 and "Add at least one product" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(db.func.count(ProductOrder.id))) == 0


def test_the_live_preview_does_not_call_a_new_line_s_blank_fields_required(app: Flask, alice: FlaskClient) -> None:
    blank = fibre(app, bandwidth="", postcode="")
    fragment = alice.post("/portal/order/preview", data=blank).get_data(as_text=True)
    assert "required" not in fragment and "Complete this line to see its price." in fragment


def test_the_portal_preview_prices_the_entry(app: Flask, alice: FlaskClient) -> None:
    fragment = alice.post("/portal/order/preview", data={**fibre(app), **installation(app)}).get_data(as_text=True)
    assert 'id="total-recurring" data-label="Monthly">£159.00 / month<' in fragment
    assert 'id="total-one-time" data-label="One-time">£445.00<' in fragment


def test_a_customer_sees_only_their_own_accounts_orders(app: Flask, shop: Flask, client: FlaskClient) -> None:
    login(client, "bob")
    bobs = portal_order(app, client)
    client.post("/logout")
    login(client, "alice")
    alices = portal_order(app, client)
    assert client.get(f"/portal/orders/{bobs}").status_code == 404
    assert client.post(f"/portal/orders/{bobs}/requests", data={"kind": "cancellation", "text": "x"}).status_code == 404
    assert client.get(f"/portal/orders/{alices}").status_code == 200
    listing = client.get("/portal/orders").get_data(as_text=True)
    assert f'data-order="{alices}"' in listing and f'data-order="{bobs}"' not in listing
    assert client.get("/portal/orders/999999").status_code == 404


def test_workspace_drafts_do_not_show_in_the_portal(app: Flask, shop: Flask, client: FlaskClient) -> None:
    login(client, "agent")
    acme = str(account_id(app, "Acme Ltd"))
    response = client.post("/workspace/orders/new", data={"action": "save", "account_id": acme, **fibre(app)})
    draft = int(response.headers["Location"].rsplit("/", 1)[1])
    client.post("/logout")
    login(client, "alice")
    assert client.get(f"/portal/orders/{draft}").status_code == 404
    assert f'data-order="{draft}"' not in client.get("/portal/orders").get_data(as_text=True)


@pytest.mark.parametrize("username", ["agent", "admin"])
def test_staff_without_the_customer_role_may_not_use_the_portal(shop: Flask, client: FlaskClient,
                                                                username: str) -> None:
    login(client, username)
    for path in ("/portal/", "/portal/order", "/portal/orders"):
        assert client.get(path).status_code == 403, path


@pytest.mark.parametrize("state, expected", [
    ("acknowledged", ["current", "todo", "todo"]),
    ("inProgress", ["done", "current", "todo"]),
    ("completed", ["done", "done", "done"]),
    # off the normal path (the state is shown by name too), what was reached stays reached
    ("held", ["done", "current", "todo"]),
    ("failed", ["done", "done", "todo"]),
    ("rejected", ["done", "todo", "todo"]),
    ("pendingCancellation", ["done", "todo", "todo"]),
    ("cancelled", ["done", "todo", "todo"]),
    ("draft", ["todo", "todo", "todo"]),
])
def test_progress_follows_the_normal_path(state: str, expected: list[str]) -> None:
    assert [step.status for step in progress(ProductOrder(state=state))] == expected


def test_the_history_says_what_the_order_became(app: Flask) -> None:
    from datetime import datetime

    at = datetime(2026, 12, 6, 12, 0)
    events = [OrderEvent(kind="state_changed", at=at, message="acknowledged → inProgress",
                         detail={"from": "acknowledged", "to": "inProgress"}),
              OrderEvent(kind="state_changed", at=at, message="inProgress → held",
                         detail={"from": "inProgress", "to": "held"}),
              OrderEvent(kind="domain_order_started", at=at, message="internal")]
    with app.app_context():
        shown = timeline(ProductOrder(state="held", events=events))
    assert [(entry.title, entry.text) for entry in shown] == [("Order updated", "Now: In progress"),
                                                               ("Order updated", "Now: Held")]


def test_the_history_tells_a_cancellation_in_the_customer_s_words_with_its_reason(app: Flask) -> None:
    """It read "Order updated / Now: Assessing cancellation", then "Now: Pending cancellation": an internal step
    and a state code, and not why. The reason given is the one the agent or the customer typed."""
    from datetime import datetime

    at = datetime(2026, 12, 6, 12, 0)
    moves = [("inProgress", "assessingCancellation"), ("assessingCancellation", "pendingCancellation")]
    events = [OrderEvent(kind="state_changed", at=at, message=f"{before} → {after}",
                         detail={"from": before, "to": after, "reason": "The customer moved offices"})
              for before, after in moves]
    events.append(OrderEvent(kind="state_changed", at=at, message="pendingCancellation → cancelled",
                             detail={"from": "pendingCancellation", "to": "cancelled"}))  # as finished, no reason
    with app.app_context():
        shown = timeline(ProductOrder(state="cancelled", events=events))
    assert [(entry.title, entry.text) for entry in shown] == [
        ("Cancellation accepted", "Reason: The customer moved offices."),
        ("Order cancelled", "")]


@pytest.mark.parametrize("page", ["/portal/orders", "/portal/products"])
@pytest.mark.parametrize("offset", ["1000000000000000000000000000000", "-1", "abc"])
def test_an_offset_out_of_range_is_refused_naming_it(alice: FlaskClient, page: str, offset: str) -> None:
    """An offset no query can take was a 500 (SQLite overflow); now a 422 page naming the field."""
    response = alice.get(f"{page}?offset={offset}")
    assert response.status_code == 422
    assert "offset" in response.get_data(as_text=True)
    assert alice.get(f"{page}?offset={2**31 - 1}").status_code == 200


def test_past_a_point_of_no_return_the_customer_is_told_why_before_trying(app: Flask, client: FlaskClient,
                                                                         seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="PORTAL-NO-RETURN", account="Acme Ltd"))
    approve(api, order_id)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    login(client, "alice")
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert 'id="cancel-order"' not in page
    # in the customer's words: what was done for them and what they can do, not the plan's domain order or step
    # (the service's activation has no customer milestone, so it is "some of the work")
    assert (f"Order {order_id} can no longer be cancelled: some of the work on your Business Fibre Internet is "
            "already done, and that cannot be undone. Once it is delivered, you can ask for a disconnect in My "
            "products.") in page
    assert "point of no return" not in page and "Access Line" not in page and "Activate service" not in page
    refused = client.post(f"/portal/orders/{order_id}/cancel", data={"confirmed": "yes"},
                          follow_redirects=True).get_data(as_text=True)
    # the flash, the note and the refusal in the order's history, once each
    assert refused.count("can no longer be cancelled") == 3
    assert "point of no return" not in refused
    client.post("/logout")
    login(client, "agent")  # staff keep the precise wording: the domain order and the plan's step
    staff = client.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert "Access Line (Business Fibre Internet) is past its point of no return" in staff


def test_a_rejected_order_tells_the_customer_the_reason_given_for_them_not_the_staff_note(
        app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="PORTAL-REJECTED", account="Acme Ltd"))
    complete(api, order_id, "Approve order", "approver", {
        "approval_decision": "reject", "approval_reason": "Credit check failed twice, see CRM note 88",
        "customer_reason": "We cannot offer fibre at this site yet; your account manager will call you."})
    login(client, "alice")
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    history = page[page.index('id="history"'):]
    history = history[:history.index("</ol>")]
    assert "<strong>Order rejected</strong>" in history
    assert ("Reason: We cannot offer fibre at this site yet; your account manager will call you." in history)
    assert "Credit check" not in page  # the approver's note was for staff
    order = api.get(f"/api/v1/orders/{order_id}", user="agent").json
    staff = [e for e in order["events"] if e["kind"] == "rejected"]
    assert staff[0]["message"] == "Credit check failed twice, see CRM note 88"
    assert order["rejection"] == "Credit check failed twice, see CRM note 88"
    assert order["rejection_for_customer"].startswith("We cannot offer fibre at this site yet")
    client.post("/logout")
    login(client, "agent")  # staff see both: their note, and what the customer was told
    page = client.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert "Rejected</strong>: Credit check failed twice" in page
    assert "The customer was told: We cannot offer fibre at this site yet" in page


def test_every_time_on_the_order_pages_says_it_is_utc(app: Flask, alice: FlaskClient) -> None:
    """The customer's history and requests, and the staff page's created, submitted and timeline times, were
    shown bare: a reader in another zone took them for local time (the promised date alone said UTC)."""
    order_id = portal_order(app, alice)
    alice.post(f"/portal/orders/{order_id}/requests", data={"kind": "issue", "text": "Is it on time?"})
    page = alice.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    history = page.split('id="history"')[1].split("</ol>")[0]
    stamps = re.findall(r"<time[^>]*>([^<]*)</time>", history)
    assert stamps and all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC", s) for s in stamps), stamps
    assert re.search(r"<strong>Issue</strong>, \d{4}-\d\d-\d\d \d\d:\d\d UTC:", page)
    alice.post("/logout")
    login(alice, "agent")
    staff = alice.get(f"/workspace/orders/{order_id}").get_data(as_text=True)
    assert re.search(r"<dt>Created</dt><dd>\d{4}-\d\d-\d\d \d\d:\d\d UTC by alice</dd>", staff)
    assert re.search(r"<dt>Submitted</dt><dd>\d{4}-\d\d-\d\d \d\d:\d\d UTC</dd>", staff)
    times = re.findall(r"<time[^>]*>([^<]*)</time>", staff.split('<ol class="timeline">')[1])
    assert times and all(t.endswith(" UTC") for t in times), times
