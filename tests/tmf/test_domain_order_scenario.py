"""TMF641 and TMF652 as an integrator uses them: list with filters and fields, get, cancel, and the hub."""
from __future__ import annotations

from typing import Any

from flask import Flask

from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.tmf.contract import schema_errors
from tests.tmf.listener import listening

SO = "/tmf-api/serviceOrdering/v4"
RO = "/tmf-api/resourceOrderingManagement/v4"


def test_service_and_resource_orders_listed_selected_and_cancelled(app: Flask, api: Any,
                                                                   seeded: dict[str, Any]) -> None:
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    with listening() as services:
        hub = api.post(f"{SO}/hub", user="agent", json={
            "callback": services.url, "query": "eventType=CancelServiceOrderCreateEvent,ServiceOrderStateChangeEvent"
                                               "&state=cancelled,done,inProgress"})
        assert hub.status_code == 201, hub.json
        order_id = place(api, fibre_bundle(seeded, "DOM-1"))
        approve(api, order_id)

        listed = api.get(f"{SO}/serviceOrder?externalId={order_id}&fields=serviceOrderItem.id,"
                         "serviceOrderItem.service.name,state", user="agent")
        assert listed.status_code == 200 and listed.headers["X-Total-Count"] == str(len(listed.json)) != "0"
        for service_order in listed.json:
            assert set(service_order) == {"id", "href", "@type", "state", "serviceOrderItem"}
            (item,) = service_order["serviceOrderItem"]
            assert set(item) == {"id", "service"} and set(item["service"]) <= {"name", "@type"}
        pending = api.get(f"{SO}/serviceOrder?externalId={order_id}&state=pending,acknowledged", user="agent").json
        assert pending and all(s["state"] in ("pending", "acknowledged") for s in pending)
        one = api.get(f"{SO}/serviceOrder/{pending[0]['id']}?fields=externalReference", user="agent").json
        assert one["externalReference"] == [{"name": str(order_id), "externalReferenceType": "ProductOrder"}]

        resources = api.get(f"{RO}/resourceOrder?externalReference.id={order_id}&fields=orderItem.resource.name",
                            user="agent")
        assert resources.status_code == 200 and resources.json
        assert all(set(r["orderItem"][0]) == {"id", "resource"} for r in resources.json)
        assert api.get(f"{RO}/resourceOrder?colour=red", user="agent").status_code == 400

        cancelled = api.post(f"{SO}/cancelServiceOrder", user="agent", json={
            "serviceOrder": {"id": pending[0]["id"]}, "cancellationReason": "customer moved"})
        assert cancelled.status_code == 201, cancelled.json
        mine = api.get(f"{SO}/cancelServiceOrder?serviceOrder.id={pending[0]['id']}", user="agent").json
        assert [c["id"] for c in mine] == [cancelled.json["id"]]
        assert api.get(f"{RO}/cancelResourceOrder/{cancelled.json['id']}", user="agent").status_code == 404
        after = api.get(f"{SO}/serviceOrder?externalId={order_id}&fields=state", user="agent").json
        assert {s["state"] for s in after} == {"cancelled"}

        events = [r["body"] for r in services.received]
        created = [e for e in events if e["eventType"] == "CancelServiceOrderCreateEvent"]
        assert len(created) == 1 and created[0]["event"]["cancelServiceOrder"]["id"] == cancelled.json["id"]
        assert not schema_errors(SO, {"$ref": "#/definitions/CancelServiceOrderCreateEvent"}, created[0])
        changes = [e for e in events if e["eventType"] == "ServiceOrderStateChangeEvent"]
        heard = {e["event"]["serviceOrder"]["state"] for e in changes}
        assert "cancelled" in heard and heard <= {"cancelled", "inProgress"}  # the query's states only
