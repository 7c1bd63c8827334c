"""Driving an order through the API as the people in it would: place, approve, do the work orders."""
from __future__ import annotations

from typing import Any

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


def line(seq: int, offering_id: int, action: str = "add", product_id: str | None = None,
         **characteristics: Any) -> dict[str, Any]:
    product: dict[str, Any] = {"productCharacteristic": [{"name": k, "value": v} for k, v in characteristics.items()]}
    if product_id:
        product["id"] = product_id
    return {"id": str(seq), "action": action, "quantity": 1, "productOffering": {"id": str(offering_id)},
            "product": product}


def fibre_bundle(seeded: dict[str, Any], external_id: str = "CRM-BUNDLE-1", postcode: str = "SW1A 1AA",
                 account: str = "Bravo plc") -> dict[str, Any]:
    """Fibre 500 + static IP block + managed router + installation for one site."""
    offerings = seeded["offerings"]
    return {"externalId": external_id,
            "relatedParty": [{"id": str(seeded["accounts"][account]), "role": "Customer"}],
            "productOrderItem": [
                line(1, offerings["Business Fibre Internet"], bandwidth=500, site_postcode=postcode),
                line(2, offerings["Static IP Block"]),
                line(3, offerings["Managed Router"]),
                line(4, offerings["Installation"], access_notes="Reception on the ground floor")]}


def place(api: Any, body: dict[str, Any]) -> int:
    response = api.post(ORDERS, user="agent", json=body)
    assert response.status_code == 201, response.json
    return int(response.json["id"])


def order_360(api: Any, order_id: int) -> dict[str, Any]:
    response = api.get(f"/api/v1/orders/{order_id}", user="agent")
    assert response.status_code == 200, response.json
    return response.json


def task(api: Any, order_id: int, name: str, user: str) -> dict[str, Any]:
    """The open work item called ``name`` of the order in ``user``'s inbox."""
    items = [t for t in api.get("/api/v1/tasks", user=user).json if t["order_id"] == order_id and t["name"] == name]
    assert len(items) == 1, (name, api.get("/api/v1/tasks", user=user).json)
    return items[0]


def complete(api: Any, order_id: int, name: str, user: str, data: dict[str, Any]) -> None:
    work_item = task(api, order_id, name, user)
    response = api.post(f"/api/v1/tasks/{work_item['id']}/complete", user=user, json={"data": data})
    assert response.status_code == 200, response.json


def approve(api: Any, order_id: int) -> None:
    complete(api, order_id, "Approve order", "approver", {"approval_decision": "approve"})


def run_to_completion(api: Any, order_id: int) -> None:
    """Approve, survey and install: every human step of the fibre bundle."""
    approve(api, order_id)
    survey_and_install(api, order_id)


def survey_and_install(api: Any, order_id: int) -> None:
    """The fibre bundle's human steps after the approval."""
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    complete(api, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT1234567"})
