"""TMF622 as a CRM uses it: its own ids kept, filters and field selection, revision by PATCH, cancellation."""
from __future__ import annotations

from typing import Any

from flask import Flask

from app.database import unit_of_work
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import line

PO = "/tmf-api/productOrderingManagement/v4"
ORDERS = f"{PO}/productOrder"


def crm_order(seeded: dict[str, Any], external_id: str = "CRM-77", party: str = "CUST-0042") -> dict[str, Any]:
    offerings = seeded["offerings"]
    fibre = {**line(1, offerings["Business Fibre Internet"], bandwidth=500, site_postcode="SW1A 1AA"), "id": "ITEM-A"}
    router = {**line(2, offerings["Managed Router"]), "id": "ITEM-B",
              "productOrderItemRelationship": [{"id": "ITEM-A", "relationshipType": "reliesOn"}]}
    return {"externalId": external_id, "priority": "1", "description": "new office",
            "requestedCompletionDate": "2027-03-01T09:00:00Z", "requestedStartDate": "2027-02-01T09:00:00Z",
            "channel": [{"id": "CH-WEB", "name": "Partner web shop"}],
            "note": [{"text": "call before visiting", "author": "crm"}],
            "relatedParty": [{"id": party, "role": "Customer", "@referredType": "Organization"}],
            "productOrderItem": [fibre, router]}


def _link_external_id(app: Flask, account_id: int, external: str) -> None:
    from app.extensions import db
    from app.orders.models import CustomerAccount
    with app.app_context(), unit_of_work():
        db.session.get(CustomerAccount, account_id).external_ref = external


def test_the_crm_s_identifiers_come_back_as_sent(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    acme = seeded["accounts"]["Acme Ltd"]
    unknown = api.post(ORDERS, user="agent", json=crm_order(seeded))
    assert unknown.status_code == 400 and unknown.json["@type"] == "Error"
    assert "relatedParty.id" in [e["field"] for e in unknown.json["errors"]]
    _link_external_id(app, acme, "CUST-0042")

    placed = api.post(ORDERS, user="agent", json=crm_order(seeded))
    assert placed.status_code == 201, placed.json
    order = placed.json
    assert placed.headers["Location"] == order["href"] and order["href"].startswith("http://localhost/tmf-api/")
    assert order["relatedParty"] == [{"id": "CUST-0042", "role": "Customer", "@referredType": "Organization",
                                      "name": "Acme Ltd"}]
    assert [i["id"] for i in order["productOrderItem"]] == ["ITEM-A", "ITEM-B"]
    assert order["productOrderItem"][1]["productOrderItemRelationship"] == [{"id": "ITEM-A",
                                                                            "relationshipType": "reliesOn"}]
    assert order["channel"] == [{"id": "CH-WEB", "name": "Partner web shop"}]
    assert order["note"] == [{"text": "call before visiting", "author": "crm", "id": "1"}]
    assert order["requestedStartDate"] == "2027-02-01T09:00:00Z"
    assert order["requestedCompletionDate"] == "2027-03-01T09:00:00Z"
    money = order["orderTotalPrice"][0]["price"]["dutyFreeAmount"]
    assert money["unit"] == "GBP" and isinstance(money["value"], float) and money["value"] > 0
    assert "completionDate" not in order and "cancellationDate" not in order  # absent, not null
    read = api.get(order["href"].replace("http://localhost", ""), user="agent").json
    # the read says where the order is as well (app.tmf.ordering.progress_json): the rest is what was sent back
    assert read.pop("productOrderMilestone")[0]["name"] == "Order review" and read == order


def test_unknown_parties_get_an_account_when_configured(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    app.config["CREATE_ACCOUNTS_FOR_UNKNOWN_PARTIES"] = True
    body = crm_order(seeded, party="CUST-9001")
    body["relatedParty"][0]["name"] = "Zephyr Labs"
    placed = api.post(ORDERS, user="agent", json=body)
    assert placed.status_code == 201, placed.json
    assert placed.json["relatedParty"][0]["name"] == "Zephyr Labs"
    again = api.post(ORDERS, user="agent", json={**crm_order(seeded, "CRM-78", party="CUST-9001")})
    assert again.status_code == 201 and again.json["relatedParty"][0]["name"] == "Zephyr Labs"
    listed = api.get(f"{ORDERS}?relatedParty.id=CUST-9001", user="agent")
    assert sorted(o["externalId"] for o in listed.json) == ["CRM-77", "CRM-78"]


def test_filters_fields_and_paging_headers(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    _link_external_id(app, seeded["accounts"]["Acme Ltd"], "CUST-0042")
    first = api.post(ORDERS, user="agent", json=crm_order(seeded)).json
    api.post(ORDERS, user="agent", json=fibre_bundle(seeded, "OTHER-1"))
    everything = api.get(ORDERS, user="agent")
    assert everything.headers["X-Total-Count"] == "2" and everything.headers["X-Result-Count"] == "2"
    page = api.get(f"{ORDERS}?limit=1&offset=1", user="agent")
    assert page.headers["X-Total-Count"] == "2" and page.headers["X-Result-Count"] == "1"
    assert [o["externalId"] for o in api.get(f"{ORDERS}?priority=1", user="agent").json] == ["CRM-77"]
    assert [o["externalId"] for o in api.get(f"{ORDERS}?description=new office", user="agent").json] == ["CRM-77"]
    assert len(api.get(f"{ORDERS}?orderDate.gt=2000-01-01T00:00:00Z", user="agent").json) == 2
    assert api.get(f"{ORDERS}?orderDate.lt=2000-01-01T00:00:00Z", user="agent").json == []
    assert len(api.get(f"{ORDERS}?state=acknowledged,inProgress,pending", user="agent").json) == 2
    selected = api.get(f"{ORDERS}?fields=state,externalId&externalId=CRM-77", user="agent").json
    assert selected == [{"id": first["id"], "href": first["href"], "@type": "ProductOrder",
                         "state": first["state"], "externalId": "CRM-77"}]
    one = api.get(f"{ORDERS}/{first['id']}?fields=priority", user="agent").json
    assert set(one) == {"id", "href", "@type", "priority"}
    nested = api.get(f"{ORDERS}/{first['id']}?fields=productOrderItem.id,productOrderItem.product.productCharacteristic"
                     ".name,state", user="agent").json
    assert set(nested) == {"id", "href", "@type", "state", "productOrderItem"}
    assert [item["id"] for item in nested["productOrderItem"]] == ["ITEM-A", "ITEM-B"]
    assert all(set(item) <= {"id", "@type", "href", "product"} for item in nested["productOrderItem"])
    fibre_product = nested["productOrderItem"][0]["product"]
    assert set(fibre_product) <= {"id", "href", "@type", "productCharacteristic"}
    assert {c["name"] for c in fibre_product["productCharacteristic"]} >= {"bandwidth", "site_postcode"}
    assert all(set(c) == {"name"} for c in fibre_product["productCharacteristic"])
    refused = api.get(f"{ORDERS}?isBundle=true", user="agent")
    assert refused.status_code == 400 and refused.json["errors"][0]["field"] == "isBundle"


def test_patch_revises_by_the_crm_s_item_ids_and_cancel_keeps_the_requested_date(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    _link_external_id(app, seeded["accounts"]["Acme Ltd"], "CUST-0042")
    order = api.post(ORDERS, user="agent", json=crm_order(seeded)).json
    url = f"{ORDERS}/{order['id']}"
    patched = api.client.patch(url, headers=api.headers("agent"), json={
        "description": "bigger office", "note": [{"text": "gate code 1234"}],
        "productOrderItem": [
            {"id": "ITEM-A", "product": {"productCharacteristic": [{"name": "bandwidth", "value": 1000}]}},
            {**line(9, seeded["offerings"]["Static IP Block"]), "id": "ITEM-C", "action": "add"}]})
    assert patched.status_code == 200, patched.json
    body = patched.json
    assert body["description"] == "bigger office" and body["note"] == [{"text": "gate code 1234", "id": "1"}]
    assert [i["id"] for i in body["productOrderItem"]] == ["ITEM-A", "ITEM-B", "ITEM-C"]
    fibre = body["productOrderItem"][0]["product"]["productCharacteristic"]
    assert {c["name"]: c["value"] for c in fibre}["bandwidth"] == 1000
    revisions = api.get(f"/api/v1/orders/{order['id']}", user="agent").json["revisions"]
    assert len(revisions) == 1
    bad = api.client.patch(url, headers=api.headers("agent"), json={"orderDate": "2020-01-01T00:00:00Z"})
    assert bad.status_code == 400 and bad.json["errors"][0]["field"] == "orderDate"

    cancelled = api.post(f"{PO}/cancelProductOrder", user="agent", json={
        "productOrder": {"id": order["id"]}, "cancellationReason": "moved elsewhere",
        "requestedCancellationDate": "2027-01-15T00:00:00Z"})
    assert cancelled.status_code == 201, cancelled.json
    assert cancelled.json["requestedCancellationDate"] == "2027-01-15T00:00:00Z"
    after = api.get(url, user="agent").json
    assert after["state"] == "cancelled" and after["cancellationReason"] == "moved elsewhere"
    assert after["cancellationDate"].endswith("Z")
    assert api.client.delete(url, headers=api.headers("agent")).status_code == 409
