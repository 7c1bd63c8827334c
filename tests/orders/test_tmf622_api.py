"""TMF622 product ordering over HTTP."""
from __future__ import annotations

from typing import Any

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


def fibre_order(seeded: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    offerings = seeded["offerings"]
    body = {
        "externalId": "CRM-1001",
        "requestedCompletionDate": "2027-03-01T09:00:00Z",
        "relatedParty": [{"id": str(seeded["accounts"]["Acme Ltd"]), "role": "Customer"}],
        "productOrderItem": [
            {"id": "1", "action": "add", "quantity": 1,
             "productOffering": {"id": str(offerings["Business Fibre Internet"])},
             "product": {"productCharacteristic": [{"name": "bandwidth", "value": 500},
                                                   {"name": "site_postcode", "value": "SW1A 1AA"}]}},
            {"id": "2", "action": "add", "quantity": 1,
             "productOffering": {"id": str(offerings["Installation"])}},
        ],
    }
    body.update(overrides)
    return body


def test_agent_places_a_priced_order(api: Any, seeded: dict[str, Any]) -> None:
    response = api.post(ORDERS, user="agent", json=fibre_order(seeded))
    assert response.status_code == 201, response.json
    order = response.json
    assert order["state"] == "acknowledged" and order["@type"] == "ProductOrder"
    assert response.headers["Location"] == order["href"]
    fibre, install = order["productOrderItem"]
    assert fibre["productOffering"]["name"] == "Business Fibre Internet"
    assert {c["name"]: c["value"] for c in fibre["product"]["productCharacteristic"]}["bandwidth"] == 500
    recurring = next(p for p in order["orderTotalPrice"] if p["priceType"] == "recurring")
    assert recurring["price"]["dutyFreeAmount"]["unit"] == "GBP"
    assert float(recurring["price"]["dutyFreeAmount"]["value"]) > 0
    one_time = next(p for p in install["itemTotalPrice"] if p["priceType"] == "oneTime")
    assert float(one_time["price"]["dutyFreeAmount"]["value"]) > 0
    again = api.get(f"{ORDERS}/{order['id']}", user="agent")
    assert again.status_code == 200
    read = dict(again.json)  # the read says where the order is as well (app.tmf.ordering.progress_json)
    assert [m["status"] for m in read.pop("productOrderMilestone")] == ["inProgress"] and read == order
    detail = api.get(f"/api/v1/orders/{order['id']}", user="agent").json
    assert detail["state"] == "acknowledged" and detail["process"][0]["process_id"] == "customer_order"
    assert [e["kind"] for e in detail["events"]][:2] == ["captured", "acknowledged"]


def test_same_external_id_returns_the_first_order(api: Any, seeded: dict[str, Any]) -> None:
    first = api.post(ORDERS, user="agent", json=fibre_order(seeded))
    second = api.post(ORDERS, user="agent", json=fibre_order(seeded))
    assert first.status_code == 201 and second.status_code == 200
    assert first.json["id"] == second.json["id"]
    listed = api.get(f"{ORDERS}?externalId=CRM-1001", user="agent")
    assert len(listed.json) == 1 and listed.headers["X-Total-Count"] == "1"


def test_errors_name_the_item_and_field(api: Any, seeded: dict[str, Any]) -> None:
    body = fibre_order(seeded)
    body["productOrderItem"][0]["product"]["productCharacteristic"] = [{"name": "bandwidth", "value": 300}]
    body["productOrderItem"][1]["productOffering"]["id"] = "99999"
    response = api.post(ORDERS, user="agent", json=body)
    assert response.status_code == 400
    fields = {e["field"] for e in response.json["errors"]}
    assert "productOrderItem[1].productOffering.id" in fields
    assert any(f.startswith("productOrderItem[0]") and "bandwidth" in f for f in fields)
    assert any(f.startswith("productOrderItem[0]") and "site_postcode" in f for f in fields)
    assert api.get(ORDERS, user="agent").json == []


def test_customers_order_for_their_own_account_and_see_only_theirs(api: Any, seeded: dict[str, Any]) -> None:
    bravo = str(seeded["accounts"]["Bravo plc"])
    body = fibre_order(seeded, relatedParty=[{"id": bravo, "role": "Customer"}], externalId="ALICE-1")
    placed = api.post(ORDERS, user="alice", json=body)
    assert placed.status_code == 201, placed.json
    acme = str(seeded["accounts"]["Acme Ltd"])  # whose order it is, not the id the customer sent
    assert [(p["id"], p["name"]) for p in placed.json["relatedParty"]] == [(acme, "Acme Ltd")]
    assert api.get(f"{ORDERS}/{placed.json['id']}", user="bob").status_code == 404
    assert api.get(f"/api/v1/orders/{placed.json['id']}", user="bob").status_code == 403  # staff only
    assert api.get(ORDERS, user="bob").json == []
    assert [o["id"] for o in api.get(ORDERS, user="alice").json] == [placed.json["id"]]


def test_filters_and_auth(api: Any, seeded: dict[str, Any]) -> None:
    api.post(ORDERS, user="agent", json=fibre_order(seeded))
    assert len(api.get(f"{ORDERS}?state=acknowledged", user="agent").json) == 1
    assert api.get(f"{ORDERS}?state=completed", user="agent").json == []
    acme = seeded["accounts"]["Acme Ltd"]
    assert len(api.get(f"{ORDERS}?customer={acme}", user="agent").json) == 1
    assert api.get(ORDERS, user=None).status_code == 401
    assert api.post(ORDERS, user="fulfiller", json=fibre_order(seeded)).status_code == 403
    assert api.post(ORDERS, user="agent", data="nope", content_type="application/json").status_code == 400
