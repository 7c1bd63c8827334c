"""TMF hub notifications: register a listener, receive signed events in order, retries, no internal targets."""
from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import Flask
from sqlalchemy import select

from app.database import unit_of_work
from app.database import utcnow
from app.tmf.hub_callbacks import SIGNATURE_HEADER
from app.tmf.hub_callbacks import signature
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.tmf.contract import schema_errors
from tests.tmf.listener import listening

PO = "/tmf-api/productOrderingManagement/v4"
PI = "/tmf-api/productInventory/v4"
SO = "/tmf-api/serviceOrdering/v4"
RO = "/tmf-api/resourceOrderingManagement/v4"


def _hub(api: Any, root: str, callback: str, **extra: Any) -> Any:
    return api.post(f"{root}/hub", user="agent", json={"callback": callback, **extra})


def test_a_listener_is_ended_only_by_whoever_registered_it_or_an_admin(app: Flask, api: Any,
                                                                      seeded: dict[str, Any]) -> None:
    """Another integration's listener is not theirs: an order manager cannot silence the order agent's CRM hub
    (it answers 404, as for a hub that is not there); its registrant and a process admin can end it."""
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    first, second = (_hub(api, PO, "http://127.0.0.1:9/x").json["id"] for _ in range(2))

    def end(hub_id: str, user: str) -> int:
        return int(api.client.delete(f"{PO}/hub/{hub_id}", headers=api.headers(user)).status_code)

    assert end(first, "omanager") == 404
    assert end(first, "agent") == 204
    assert end(second, "admin") == 204


def test_internal_callbacks_are_refused_unless_allowed(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    for callback in ("http://127.0.0.1:9/x", "http://10.0.0.1/x", "http://169.254.169.254/latest", "ftp://a.b/",
                     "http://user:pw@example.com/", "not a url", "http://[::1]/x"):
        refused = _hub(api, PO, callback)
        assert refused.status_code == 400 and refused.json["errors"][0]["field"] == "callback", callback
    assert api.post(f"{PO}/hub", user="alice", json={"callback": "http://127.0.0.1:9/x"}).status_code == 403
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    assert _hub(api, PO, "http://127.0.0.1:9/x").status_code == 201
    for malformed in ("state", "state==completed", "productOrder..state=x", "a=b=c", "state=completed&;drop"):
        unknown = _hub(api, PO, "http://127.0.0.1:9/x", query=malformed)  # not silently ignored
        assert unknown.status_code == 400 and unknown.json["errors"][0]["field"] == "query", malformed


def test_a_listener_follows_an_order_by_signed_events_in_order(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    with listening() as orders, listening() as products, listening() as services:
        hub = _hub(api, PO, orders.url, secret="s3cret-s3cret-s3cret")
        assert hub.status_code == 201 and hub.json["callback"] == orders.url and hub.json["id"]
        assert _hub(api, PI, products.url).status_code == 201
        assert _hub(api, SO, services.url, query="eventType=ServiceOrderStateChangeEvent").status_code == 201
        order_id = place(api, fibre_bundle(seeded, "HUB-1"))
        run_to_completion(api, order_id)

        types = orders.event_types()
        assert types[0] == "ProductOrderCreateEvent" and "ProductOrderStateChangeEvent" in types
        states = [r["body"]["event"]["productOrder"]["state"] for r in orders.received
                  if r["body"]["eventType"] == "ProductOrderStateChangeEvent"]
        assert states[-1] == "completed" and "inProgress" in states
        ids = [int(r["body"]["eventId"]) for r in orders.received]
        assert ids == sorted(ids)  # in order per resource
        first = orders.received[0]
        assert first["headers"][SIGNATURE_HEADER] == signature("s3cret-s3cret-s3cret", first["raw"])
        assert first["body"]["event"]["productOrder"]["href"].startswith("http")
        assert "ProductCreateEvent" in products.event_types()
        assert set(services.event_types()) == {"ServiceOrderStateChangeEvent"}

        browser = app.test_client()
        browser.post("/login", data={"username": "agent", "password": "demo"})
        page = browser.get(f"/workspace/orders/{order_id}")
        assert b'id="tmf-deliveries"' in page.data and b"ProductOrderCreateEvent" in page.data
        assert page.data.count(b"<td>delivered") == len(orders.received) + len(products.received) + len(
            services.received)

        assert api.client.delete(f"{PO}/hub/{hub.json['id']}", headers=api.headers("agent")).status_code == 204
        assert api.client.delete(f"{PO}/hub/{hub.json['id']}", headers=api.headers("agent")).status_code == 404
        before = len(orders.received)
        place(api, fibre_bundle(seeded, "HUB-2", postcode="EC1A 1BB"))
        assert len(orders.received) == before


def test_a_failing_listener_is_retried_with_backoff_and_the_order_kept(app: Flask, api: Any,
                                                                      seeded: dict[str, Any]) -> None:
    from app.extensions import db
    from app.tmf.models import TmfDelivery
    from app.tmf.notifications import enqueue_due_deliveries

    app.config.update(TMF_HUB_ALLOW_PRIVATE_CALLBACKS=True, TMF_HUB_MAX_ATTEMPTS=3)
    with listening() as listener:
        listener.status = 302  # a redirect is a failure: not followed
        assert _hub(api, PO, listener.url).status_code == 201
        order_id = place(api, fibre_bundle(seeded, "HUB-3"))
        assert listener.event_types() == ["ProductOrderCreateEvent"]  # the later events wait behind it
        with app.app_context():
            pending = db.session.scalars(select(TmfDelivery).order_by(TmfDelivery.id)).all()
            assert pending[0].attempts == 1 and pending[0].status == "pending"
            assert "redirects are not followed" in pending[0].last_error
            assert pending[0].next_attempt_at > utcnow()
            assert all(d.attempts == 0 for d in pending[1:])

        listener.status = 200
        with app.app_context(), unit_of_work():  # time passes: the scheduler finds the due retry
            for delivery in db.session.scalars(select(TmfDelivery)):
                delivery.next_attempt_at = utcnow() - timedelta(seconds=1)
            assert enqueue_due_deliveries() == 1
        types = listener.event_types()
        assert types[0] == types[1] == "ProductOrderCreateEvent" and len(types) >= 3
        with app.app_context():
            assert {d.status for d in db.session.scalars(select(TmfDelivery))} == {"delivered"}
    assert order_id


def test_the_catalog_hub_hears_offerings_and_prices(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    pc = "/tmf-api/productCatalogManagement/v4"
    with listening() as catalog:
        assert api.post(f"{pc}/hub", json={"callback": catalog.url}).status_code == 201
        spec = api.post(f"{pc}/productSpecification", json={"name": "SD-WAN Product"}).json
        offering = api.post(f"{pc}/productOffering", json={"name": "SD-WAN", "productSpecification": {
            "id": spec["id"]}}).json
        assert api.client.patch(f"{pc}/productOffering/{offering['id']}", headers=api.headers("admin"),
                                json={"lifecycleStatus": "Active", "description": "managed"}).status_code == 200
        assert api.client.delete(f"{pc}/productOffering/{offering['id']}",
                                 headers=api.headers("admin")).status_code == 204
    assert catalog.event_types() == ["ProductSpecificationCreateEvent", "ProductOfferingCreateEvent",
                                     "ProductOfferingStateChangeEvent", "ProductOfferingAttributeValueChangeEvent",
                                     "ProductOfferingDeleteEvent"]
    deleted = catalog.received[-1]["body"]["event"]["productOffering"]
    assert deleted["name"] == "SD-WAN" and deleted["lifecycleStatus"] == "Active"
    assert catalog.received[3]["body"]["fieldPath"] == ["description"]


def test_cancelling_through_a_resource_order_is_heard_on_the_resource_and_product_hubs(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    with listening() as resources, listening() as services, listening() as orders:
        assert _hub(api, RO, resources.url).status_code == 201
        assert _hub(api, SO, services.url, query="eventType=CancelServiceOrderCreateEvent").status_code == 201
        assert _hub(api, PO, orders.url, query="eventType=CancelProductOrderCreateEvent").status_code == 201
        order_id = place(api, fibre_bundle(seeded, "HUB-RO"))
        approve(api, order_id)
        listed = api.get(f"{RO}/resourceOrder?externalId={order_id}", user="agent").json
        resource_order = listed[0]["id"]
        cancelled = api.post(f"{RO}/cancelResourceOrder", user="agent",
                             json={"resourceOrder": {"id": resource_order}, "cancellationReason": "site refused"})
        assert cancelled.status_code == 201, cancelled.json
        assert cancelled.json["resourceOrder"]["id"] == resource_order
        assert cancelled.json["cancellationReason"] == "site refused"

        heard = [r["body"] for r in resources.received if r["body"]["eventType"].startswith("CancelResourceOrder")]
        assert [e["eventType"] for e in heard][0] == "CancelResourceOrderCreateEvent"
        for event in heard:
            assert event["event"]["cancelResourceOrder"]["id"] == cancelled.json["id"]
            assert not schema_errors(RO, {"$ref": f"#/definitions/{event['eventType']}"}, event)
        if cancelled.json["state"] == "done":  # cancelled at once: its state change came with it
            assert "CancelResourceOrderStateChangeEvent" in [e["eventType"] for e in heard]
        assert services.event_types() == []  # asked through TMF652, not TMF641
        assert orders.event_types() == ["CancelProductOrderCreateEvent"]  # the product order is cancelled too
        about_it = [int(e["eventId"]) for e in (r["body"] for r in resources.received)
                    if (e["event"].get("resourceOrder") or e["event"]["cancelResourceOrder"]["resourceOrder"])["id"]
                    == resource_order]
        assert len(about_it) > len(heard) and about_it == sorted(about_it)  # in order with the order's own events


def test_a_hub_query_filters_events_by_their_attributes(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    with listening() as completed, listening() as by_resource, listening() as by_item, listening() as nothing:
        only_completed = "eventType=ProductOrderStateChangeEvent&productOrder.state=completed"
        assert _hub(api, PO, completed.url, query=only_completed).status_code == 201
        assert _hub(api, PO, by_resource.url, query="state=inProgress,completed").status_code == 201
        assert _hub(api, PO, by_item.url, query="event.productOrder.productOrderItem.id=2&eventType="
                    "ProductOrderCreateEvent").status_code == 201
        assert _hub(api, PO, nothing.url, query="productOrder.externalId=SOMEONE-ELSE").status_code == 201
        order_id = place(api, fibre_bundle(seeded, "HUB-Q"))
        run_to_completion(api, order_id)

        assert completed.event_types() == ["ProductOrderStateChangeEvent"]
        assert completed.received[0]["body"]["event"]["productOrder"]["state"] == "completed"
        states = {r["body"]["event"]["productOrder"]["state"] for r in by_resource.received}
        assert states == {"inProgress", "completed"} and len(by_resource.received) >= 2
        assert by_item.event_types() == ["ProductOrderCreateEvent"]  # a list matches when one entry does
        assert nothing.received == []


def test_every_state_an_order_passes_is_heard_as_the_timeline_tells_it(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """A cancellation moves the order through assessingCancellation and pendingCancellation in one transaction; a
    listener hears each state it passed, in the order of the timeline's moves, each event saying that state."""
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    with listening() as orders, listening() as cancelled_only:
        assert _hub(api, PO, orders.url, query="eventType=ProductOrderStateChangeEvent").status_code == 201
        assert _hub(api, PO, cancelled_only.url, query="productOrder.state=assessingCancellation").status_code == 201
        order_id = place(api, fibre_bundle(seeded, "HUB-CANCEL"))
        approve(api, order_id)
        cancelled = api.post(f"{PO}/cancelProductOrder", user="agent",
                             json={"productOrder": {"id": str(order_id)}, "cancellationReason": "moved"})
        assert cancelled.status_code == 201, cancelled.json
        order = api.get(f"/api/v1/orders/{order_id}", user="agent").json
        moves = [e["detail"]["to"] for e in order["events"] if e["kind"] == "state_changed"]
        heard = [r["body"]["event"]["productOrder"]["state"] for r in orders.received]
        assert moves == ["inProgress", "assessingCancellation", "pendingCancellation", "cancelled"]
        assert heard == ["acknowledged", *moves]  # (acknowledged: submitted as it was captured)
        assert [r["body"]["event"]["productOrder"]["state"] for r in cancelled_only.received] == \
            ["assessingCancellation"]
        for received in orders.received:
            assert not schema_errors(PO, {"$ref": "#/definitions/ProductOrderStateChangeEvent"}, received["body"])


def test_a_fix_of_an_order_line_is_heard_as_a_change_of_the_order(app: Flask, api: Any,
                                                                  seeded: dict[str, Any]) -> None:
    """A fallout's fix set the line's site postcode (TMF622 GET shows it) but the price stayed: no order column
    changed, so the listener heard nothing of the change of its productOrderItem."""
    from tests.orchestration.flow import complete
    app.config["TMF_HUB_ALLOW_PRIVATE_CALLBACKS"] = True
    with listening() as orders:
        assert _hub(api, PO, orders.url, query="eventType=ProductOrderAttributeValueChangeEvent").status_code == 201
        order_id = place(api, fibre_bundle(seeded, "HUB-FIX", postcode="ZZ1 1ZZ"))
        complete(api, order_id, "Enter technical details", "fulfiller", {"serving_exchange": "LAB-1"})
        approve(api, order_id)
        complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
        before = len(orders.received)
        case = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json[0]
        fixed = api.post(f"/api/v1/fallouts/{case['id']}/retry", user="fallout",
                         json={"data": {"site_postcode": "SW1A 1AA"}})
        assert fixed.status_code == 200, fixed.json
        heard = [r["body"]["event"]["productOrder"] for r in orders.received[before:]]
        assert len(heard) == 1, [r["body"]["eventType"] for r in orders.received]
        [fibre] = [i for i in heard[0]["productOrderItem"] if i["id"] == "1"]
        assert {"name": "site_postcode", "value": "SW1A 1AA"} in fibre["product"]["productCharacteristic"]
