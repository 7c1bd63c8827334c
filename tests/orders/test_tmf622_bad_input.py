"""TMF622 bodies a fuzzer or a hostile client sends: each gets a 4xx naming the field, never a 500."""
from __future__ import annotations

import threading
from typing import Any

import pytest
from flask import Flask

from tests.helpers import Api
from tests.orders.test_tmf622_api import ORDERS
from tests.orders.test_tmf622_api import fibre_order

CANCEL = "/tmf-api/productOrderingManagement/v4/cancelProductOrder"


def _item(body: dict[str, Any], index: int = 0) -> dict[str, Any]:
    return body["productOrderItem"][index]  # type: ignore[no-any-return]


def _with(seeded: dict[str, Any], change: Any) -> dict[str, Any]:
    body = fibre_order(seeded)
    change(body)
    return body


@pytest.mark.parametrize(("change", "field"), [
    (lambda b: _item(b).update(product="x"), "productOrderItem[0].product"),
    (lambda b: b.update(relatedParty="Acme"), "relatedParty"),
    (lambda b: _item(b)["product"].update(productCharacteristic="bandwidth"),
     "productOrderItem[0].product.productCharacteristic"),
    (lambda b: _item(b).update(adjustments="10%"), "productOrderItem[0].adjustments"),
    (lambda b: _item(b).update(adjustments=[1, 2]), "productOrderItem[0].adjustments"),
    (lambda b: _item(b).update(productOffering=["1"]), "productOrderItem[0].productOffering"),
    (lambda b: b.update(externalId="x" * 101), "externalId"),
    (lambda b: b.update(priority="p" * 11), "priority"),
    (lambda b: b.update(requestedCompletionDate="9999-12-31T23:59:59-23:59"), "requestedCompletionDate"),
    (lambda b: b.update(relatedParty=[{"id": "99999999999999999999", "role": "Customer"}]), "relatedParty.id"),
    (lambda b: _item(b, 1).update(id="1"), "productOrderItem[1].id"),
    (lambda b: _item(b).update(productOrderItemRelationship=[{"id": "7", "relationshipType": "reliesOn"}]),
     "productOrderItem[0].productOrderItemRelationship[0].id"),
    (lambda b: _item(b).update(productOrderItemRelationship=[{"id": "1", "relationshipType": "reliesOn"}]),
     "productOrderItem[0].productOrderItemRelationship[0].id"),
    (lambda b: _item(b)["product"]["productCharacteristic"].append({"name": "bandwidth", "value": 100}),
     "productOrderItem[0].product.productCharacteristic[2].name"),
    (lambda b: _item(b)["product"].update(id="²"), "productOrderItem[0].product.id"),
    (lambda b: b.update(description="a\x00b"), "description"),
    (lambda b: _item(b)["product"]["productCharacteristic"][1].update(value="Z" * 20_000),
     "productOrderItem[0].product.productCharacteristic.site_postcode"),
], ids=["product-string", "relatedParty-string", "characteristics-string", "adjustments-string",
        "adjustments-numbers", "offering-list", "externalId-long", "priority-long", "date-overflow", "party-id-huge",
        "duplicate-item-id", "dangling-relationship", "self-relationship", "duplicate-characteristic",
        "product-id-superscript", "nul-in-description", "characteristic-text-long"])
def test_bad_nested_fields_are_400_naming_the_field(api: Api, seeded: dict[str, Any], change: Any,
                                                    field: str) -> None:
    response = api.post(ORDERS, user="agent", json=_with(seeded, change))
    assert response.status_code == 400, response.json
    assert response.json["@type"] == "Error" and response.json["code"] == "400"
    assert field in [error.get("field") for error in response.json["errors"]], response.json


def test_customers_get_the_same_checks(api: Api, seeded: dict[str, Any]) -> None:
    response = api.post(ORDERS, user="alice", json=_with(seeded, lambda b: _item(b).update(product="x")))
    assert response.status_code == 400


def test_relationships_between_items_are_accepted(api: Api, seeded: dict[str, Any]) -> None:
    body = _with(seeded, lambda b: _item(b, 1).update(
        productOrderItemRelationship=[{"id": "1", "relationshipType": "reliesOn"}]))
    assert api.post(ORDERS, user="agent", json=body).status_code == 201


def test_too_many_items_is_400(api: Api, seeded: dict[str, Any]) -> None:
    body = fibre_order(seeded)
    body["productOrderItem"] = [{**_item(body, 1), "id": str(n)} for n in range(101)]
    response = api.post(ORDERS, user="agent", json=body)
    assert response.status_code == 400 and response.json["errors"][0]["field"] == "productOrderItem"  # no 413 in TMF622


@pytest.mark.parametrize("order_id", ["²", "99999999999999999999", "-1", "1.5", True, None])
def test_cancel_with_a_bad_order_id_is_400(api: Api, seeded: dict[str, Any], order_id: Any) -> None:
    response = api.post(CANCEL, user="agent", json={"productOrder": {"id": order_id}})
    assert response.status_code == 400 and response.json["errors"][0]["field"] == "productOrder.id"


@pytest.mark.parametrize("query", ["externalId=%00", "limit=0", "limit=-1", "offset=-5", "offset=99999999999999999999",
                                   "orderDate.gt=yesterday", "state.gt=x", "colour=red", "externalId=" + "x" * 201])
def test_bad_list_filters_are_400(api: Api, seeded: dict[str, Any], query: str) -> None:
    response = api.get(f"{ORDERS}?{query}", user="agent")
    assert response.status_code == 400 and response.json["@type"] == "Error", query


@pytest.mark.parametrize("query", ["relatedParty.id=99999999999999999999", "customer=%C2%B2"])
def test_a_party_no_account_has_matches_no_order(api: Api, seeded: dict[str, Any], query: str) -> None:
    response = api.get(f"{ORDERS}?{query}", user="agent")  # an external id may be any text
    assert response.status_code == 200 and response.json == [] and response.headers["X-Total-Count"] == "0"


def test_huge_ids_in_paths_are_404(api: Api, seeded: dict[str, Any]) -> None:
    for path in (f"{ORDERS}/99999999999999999999", f"{ORDERS}/2147483648", f"{CANCEL}/99999999999999999999",
                 "/api/v1/orders/99999999999999999999"):
        assert api.get(path, user="agent").status_code == 404, path


def test_parallel_posts_with_one_external_id_make_one_order(app: Flask, seeded: dict[str, Any]) -> None:
    body = fibre_order(seeded, externalId="RACE-1")
    barrier = threading.Barrier(20)
    answers: list[tuple[int, Any]] = []

    def post() -> None:
        api = Api(app.test_client())
        barrier.wait()
        response = api.post(ORDERS, user="agent", json=body)
        answers.append((response.status_code, (response.json or {}).get("id")))

    threads = [threading.Thread(target=post) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(status for status, _ in answers)
    assert statuses == [200] * 19 + [201], answers
    assert len({order_id for _, order_id in answers}) == 1
