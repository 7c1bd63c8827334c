"""The portal's "Where your order is": the order's milestones in the customer's words, and when it is expected."""
from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import survey_and_install
from tests.workspace.workspace_support import login

# what the staff see and the customer must not: processes, tasks, domain orders, roles, internal notes
INTERNAL = ("plan_", "customer_order", "Survey site", "Install ONT", "Approve order", "Access Line", "Access Port",
            "Field Visit", "Technician Slot", "Fibre Internet Product", "fulfil", "approver", "order_agent",
            "Book the engineer visit", "Activate billing", "domain order", "work item", "survey_result",
            "Reception on the ground floor")


def _where(page: str) -> str:
    start = page.index('id="where"')
    return page[start:page.index("</section>", start)]


def _steps(page: str) -> list[tuple[str, str]]:
    section = _where(page)
    return [(status, re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", text)).strip())
            for status, text in re.findall(r'<li class="milestone milestone-(\w+)"[^>]*>(.*?)</li>', section, re.S)]


def test_alice_follows_her_order_and_bob_cannot_see_it(app: Flask, client: FlaskClient,
                                                        seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="PORTAL-MILESTONES", account="Acme Ltd"))
    login(client, "alice")
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert [status for status, _ in _steps(page)] == ["now"]
    assert _steps(page)[0][1].startswith("Order review In progress now, due by ")
    assert 'id="milestones-later"' in page and 'id="order-expected"' not in page

    approve(api, order_id)
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    steps = _steps(page)
    assert steps[0][0] == "done" and re.fullmatch(r"Order review Done \d{4}-\d\d-\d\d \d\d:\d\d UTC", steps[0][1])
    assert steps[1][0] == "now" and steps[1][1].startswith("Site survey · Installation In progress now, due by ")
    assert ("next", "Engineer visit · Installation To come") in steps
    assert ("next", "Billing started · Business Fibre Internet To come") in steps
    assert 'aria-current="step"' in _where(page)
    expected = re.search(r'id="order-expected">Expected completion: <strong><time datetime="[^"]+">'
                         r"(\d{4}-\d\d-\d\d)</time></strong>", page)
    assert expected and "estimate" in _where(page)
    for word in INTERNAL:
        assert word not in _where(page), word

    client.post("/logout")
    login(client, "bob")  # another customer: the order is not there for him
    assert client.get(f"/portal/orders/{order_id}").status_code == 404
    client.post("/logout")

    survey_and_install(api, order_id)
    login(client, "alice")
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert {status for status, _ in _steps(page)} == {"done"} and len(_steps(page)) == 8
    assert re.search(r'id="order-expected">Completed on <strong><time datetime="[^"]+">\d{4}-\d\d-\d\d</time>', page)
    for word in INTERNAL:
        assert word not in _where(page), word


def test_a_held_order_says_so_instead_of_a_date(app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="PORTAL-HELD", postcode="ZZ1 1ZZ", account="Acme Ltd"))
    complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
    approve(api, order_id)
    survey_and_install(api, order_id)
    login(client, "alice")
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    where = _where(page)
    assert "We are resolving a problem with your order" in where and "Expected completion" not in where
    assert "PORT_UNAVAILABLE" not in page and "fallout" not in where.lower()


def test_a_rejected_order_has_nothing_to_come(app: Flask, client: FlaskClient, seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="PORTAL-REJECTED-STEPS", account="Acme Ltd"))
    complete(api, order_id, "Approve order", "approver",
             {"approval_decision": "reject", "approval_reason": "Credit", "customer_reason": "Not at this site"})
    login(client, "alice")
    page = client.get(f"/portal/orders/{order_id}").get_data(as_text=True)
    assert [status for status, _ in _steps(page)] == ["done"]
    assert 'id="order-expected"' not in page and 'id="milestones-later"' not in page


def test_the_customers_tmf622_order_carries_the_same_milestones_and_expected_date(app: Flask,
                                                                                  seeded: dict[str, Any]) -> None:
    api = Api(app.test_client())
    order_id = place(api, fibre_bundle(seeded, external_id="TMF-MILESTONES", account="Acme Ltd"))
    approve(api, order_id)
    url = f"/tmf-api/productOrderingManagement/v4/productOrder/{order_id}"
    body = api.get(url, user="alice").json
    steps = body["productOrderMilestone"]
    assert [(s["name"], s.get("description"), s["status"]) for s in steps[:3]] == [
        ("Order review", None, "completed"), ("Site survey", "Installation", "inProgress"),
        ("Engineer visit booked", "Installation", "planned")]
    assert steps[0]["milestoneDate"].endswith("Z") and steps[1]["milestoneDate"]  # done at, and due by
    assert "milestoneDate" not in steps[2]
    assert body["expectedCompletionDate"].endswith("Z")
    assert api.get(url, user="bob").status_code == 404  # another customer's order
    listed = api.get(f"{url.rsplit('/', 1)[0]}?fields=state,productOrderMilestone,expectedCompletionDate",
                     user="alice").json
    entry = next(o for o in listed if o["id"] == str(order_id))
    assert (entry["productOrderMilestone"], entry["expectedCompletionDate"]) == (steps, body["expectedCompletionDate"])
    plain = api.get(url.rsplit("/", 1)[0], user="alice").json  # a plain list does not work out where each order is
    assert not any("productOrderMilestone" in o or "expectedCompletionDate" in o for o in plain)
    for word in ("Survey site", "plan_", "fulfil", "Field Visit"):
        assert word not in str(steps), word
