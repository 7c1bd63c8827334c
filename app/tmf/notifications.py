"""TMF hub notifications: ``POST <api>/hub`` registers a listener, and changes to product orders, their
cancellations, inventory products, service and resource orders and the catalog's offerings, prices and
product specifications are published to the listeners.

Publishing watches the ORM, not the callers: whatever door changed an order (TMF, workspace, portal, a
plan's step), the unit of work that commits the change also records the event and one delivery per hub of
the API. Deliveries run as jobs (``deliver_tmf_events``, on RQ workers when scaled out), one resource's
events in order: an event is sent only after the ones before it were delivered or given up. A failed
attempt is retried after a wait that doubles (``TMF_HUB_BACKOFF_SECONDS``), up to ``TMF_HUB_MAX_ATTEMPTS``;
the scheduler re-enqueues due deliveries, so retries and a restart lose nothing.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import Response
from flask import jsonify
from sqlalchemy import event as orm_event
from sqlalchemy import inspect
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import object_session

from app.api.body import json_object
from app.api.spec import documented
from app.auth.access import api_roles
from app.auth.access import api_user
from app.auth.models import User
from app.catalog.models import OfferingPrice
from app.catalog.models import ProductOffering
from app.catalog.models import Specification
from app.database import utcnow
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.jobs.queue import enqueue
from app.jobs.queue import enqueue_unless_waiting
from app.orchestration.models import DomainOrder
from app.orchestration.models import OrderCancellation
from app.orders.models import InventoryProduct
from app.orders.models import OrderItem
from app.orders.models import ProductOrder
from app.shared_cache import cached
from app.tmf.blueprint import bp
from app.tmf.common import compact
from app.tmf.common import when
from app.tmf.hub_callbacks import check_callback
from app.tmf.hub_callbacks import send
from app.tmf.models import TmfDelivery
from app.tmf.models import TmfEvent
from app.tmf.models import TmfHub
from app.tmf.spec import ENTITY
from app.tmf.spec import HUB_BODY

HUB_ROLES = ("order_agent", "order_manager", "process_admin")
# The APIs with events, by the name hubs are registered under, and their roots.
APIS = {"productCatalog": "/productCatalogManagement/v4",
        "productOrdering": "/productOrderingManagement/v4", "productInventory": "/productInventory/v4",
        "serviceOrdering": "/serviceOrdering/v4", "resourceOrdering": "/resourceOrderingManagement/v4"}
STANDARDS = {"productCatalog": "TMF620", "productOrdering": "TMF622", "productInventory": "TMF637",
             "serviceOrdering": "TMF641", "resourceOrdering": "TMF652"}  # the OpenAPI tag of each API's hub
# ProductOrder attributes whose change is an AttributeValueChangeEvent (state has its own event).
ORDER_ATTRIBUTES = ("description", "priority", "requested_completion_date", "requested_start_date", "notes",
                    "recurring_total", "one_time_total", "completed_at")
# What an integrator sent of a line and a revision or a fix may change (a line's state moves with the order's).
ITEM_ATTRIBUTES = ("characteristics", "quantity")


# --- hub routes ---------------------------------------------------------------------------------

def _hub_routes(api: str, root: str) -> None:
    tag = STANDARDS[api]

    @documented(f"{tag} register a listener for events (http(s) callback; internal addresses refused unless "
                "allowed); answers its id and HMAC secret", tag=tag, body=HUB_BODY, ok=201, response=ENTITY)
    def register() -> tuple[Response, int]:
        body = json_object()
        check_callback(body.get("callback"))
        query = body.get("query") or ""
        secret = body.get("secret") or secrets.token_urlsafe(32)
        if not isinstance(query, str) or len(query) > 500:
            raise Invalid(errors=[{"field": "query", "message": "a text of at most 500 characters"}])
        check_query(query)
        if not isinstance(secret, str) or not 16 <= len(secret) <= 200:
            raise Invalid(errors=[{"field": "secret", "message": "a text of 16 to 200 characters"}])
        hub = TmfHub(api=api, callback=body["callback"], query=query, secret=secret, created_by_id=api_user().id)
        db.session.add(hub)
        db.session.flush()
        response = jsonify(compact({"id": str(hub.id), "callback": hub.callback, "query": hub.query or None,
                                    "secret": secret}))  # the HMAC key of X-Ordra-Signature: shown this once
        response.headers["Location"] = f"/tmf-api{root}/hub/{hub.id}"
        return response, 201

    @documented(f"{tag} end a listener", tag=tag, ok=204)
    def unregister(hub_id: int) -> tuple[str, int]:
        hub = db.session.get(TmfHub, hub_id)
        if hub is None or hub.api != api or hub.ended_at is not None or not _may_end(hub, api_user()):
            raise NotFound(f"no hub {hub_id}")
        hub.ended_at = utcnow()
        for delivery in db.session.scalars(select(TmfDelivery).where(TmfDelivery.hub_id == hub.id,
                                                                     TmfDelivery.status == "pending")):
            delivery.status, delivery.last_error = "failed", "the hub was deleted"
        return "", 204

    bp.add_url_rule(f"{root}/hub", f"register_{api}_hub", api_roles(*HUB_ROLES)(register), methods=["POST"])
    bp.add_url_rule(f"{root}/hub/<int:hub_id>", f"delete_{api}_hub", api_roles(*HUB_ROLES)(unregister),
                    methods=["DELETE"])


for _api, _root in APIS.items():
    _hub_routes(_api, _root)


def _may_end(hub: TmfHub, user: User) -> bool:
    """A listener is ended by whoever registered it, or a process admin: another integration's is not theirs
    (to anyone else it does not exist)."""
    return hub.created_by_id == user.id or user.has_role("process_admin")


# --- publishing ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Change:
    """A change to publish, noted at flush and turned into events before the commit."""

    kind: str  # create | state | attributes | delete
    entity: Any
    fields: tuple[str, ...] = ()
    snapshot: dict[str, Any] | None = None  # a deleted entity's last representation
    state: str | None = None  # a product order's state change: the state it moved to


def _changed(obj: Any, names: tuple[str, ...]) -> tuple[str, ...]:
    state = inspect(obj)
    return tuple(n for n in names if state.attrs[n].history.has_changes())


def _note_deletions(session: Session, _context: Any, _instances: Any) -> None:
    """A deleted catalog entity is described before it goes (its event carries its last representation)."""
    deleted = [obj for obj in session.deleted if isinstance(obj, CATALOG)]
    if deleted and not session.info.get("tmf_publishing"):
        notes: list[Change] = session.info.setdefault("tmf_changes", [])
        notes.extend(Change("delete", obj, snapshot=_catalog_body(obj)) for obj in deleted)


def _note_changes(session: Session, _context: Any) -> None:
    notes: list[Change] = session.info.setdefault("tmf_changes", [])
    for obj in session.new:
        if isinstance(obj, PUBLISHED):
            notes.append(Change("create", obj))
    for obj in session.dirty:
        if isinstance(obj, ProductOrder):
            if _changed(obj, ("state",)):
                notes.append(Change("state", obj, state=obj.state))
            fields = _changed(obj, ORDER_ATTRIBUTES)
            if fields:
                _note_attributes(notes, obj, fields)
        elif isinstance(obj, OrderItem) and _changed(obj, ITEM_ATTRIBUTES):
            _note_attributes(notes, obj.order, ("productOrderItem",))
        elif isinstance(obj, (InventoryProduct, DomainOrder)) and _changed(obj, _STATE_FIELD[type(obj)]):
            notes.append(Change("state", obj))
        elif isinstance(obj, OrderCancellation) and _changed(obj, ("effective_at",)):
            notes.append(Change("state", obj))
        elif isinstance(obj, CATALOG):
            if _changed(obj, ("lifecycle_status",)):
                notes.append(Change("state", obj))
            fields = _changed(obj, CATALOG_ATTRIBUTES[type(obj)])
            if fields:
                notes.append(Change("attributes", obj, fields))


def _note_attributes(notes: list[Change], order: ProductOrder, fields: tuple[str, ...]) -> None:
    """Note changed attributes of a stored order: its own columns, or ``productOrderItem`` when a line changed (a
    revision, a fallout's fix of its data; the price may stay). One event per order for what one commit changed:
    its body is the order as committed either way."""
    for index, note in enumerate(notes):
        if note.kind == "attributes" and note.entity is order:
            notes[index] = Change("attributes", order, tuple(dict.fromkeys(note.fields + fields)))
            return
    notes.append(Change("attributes", order, fields))


def _note_order_move(order: ProductOrder, state: str, was: Any, _initiator: Any) -> None:
    """Every state a stored order moves to is an event of its own, also one it leaves before the next flush (a
    cancellation passes ``assessingCancellation`` on its way to ``pendingCancellation``): the flush sees only the
    last. (A new order's first states come with its create event.)"""
    session = object_session(order)
    if session is None or not inspect(order).persistent or state == was or session.info.get("tmf_publishing"):
        return
    session.info.setdefault("tmf_changes", []).append(Change("state", order, state=state))


_STATE_FIELD: dict[type, tuple[str, ...]] = {InventoryProduct: ("status",), DomainOrder: ("state",)}
CATALOG = (ProductOffering, Specification, OfferingPrice)
PUBLISHED = (ProductOrder, OrderCancellation, InventoryProduct, DomainOrder, *CATALOG)
CATALOG_ATTRIBUTES: dict[type, tuple[str, ...]] = {
    ProductOffering: ("name", "description", "valid_from", "valid_to", "product_spec_id", "is_bundle"),
    Specification: ("name", "description"),
    OfferingPrice: ("name", "price_type", "amount", "decision_id", "offering_id", "description")}
CATALOG_NAMES = {ProductOffering: "ProductOffering", Specification: "ProductSpecification",
                 OfferingPrice: "ProductOfferingPrice"}


def _catalog_body(entity: Any) -> dict[str, Any]:
    from app.tmf.catalog import offering_json
    from app.tmf.catalog import price_json
    from app.tmf.catalog import specification_json

    if isinstance(entity, ProductOffering):
        return offering_json(entity)
    if isinstance(entity, OfferingPrice):
        return price_json(entity)
    return specification_json(entity)


def _publish_changes(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released: the transaction's changes are published when it commits
    changes: list[Change] = session.info.pop("tmf_changes", [])
    if not changes or session.info.get("tmf_publishing"):
        return
    session.info["tmf_publishing"] = True
    try:
        hubs = _active_hubs(session)
        if hubs:
            _publish(session, changes, hubs)
    finally:
        session.info.pop("tmf_publishing", None)
        session.info.pop("tmf_changes", None)  # the events' own flushes note nothing to publish


def _forget_changes(session: Session) -> None:
    if session.in_nested_transaction():
        return  # back to a savepoint: app.database.savepoint puts back the changes noted before it
    session.info.pop("tmf_changes", None)


def install_event_capture() -> None:
    """Note TMF-visible changes in every session and record their events when it commits (the factory calls
    this; SQLAlchemy's session events are process-wide, so once is enough and again is harmless)."""
    for name, handler in (("before_flush", _note_deletions), ("after_flush", _note_changes),
                          ("before_commit", _publish_changes), ("after_rollback", _forget_changes)):
        if not orm_event.contains(Session, name, handler):
            orm_event.listen(Session, name, handler)
    if not orm_event.contains(ProductOrder.state, "set", _note_order_move):
        orm_event.listen(ProductOrder.state, "set", _note_order_move, active_history=True)  # (``was`` loaded)


@dataclass(frozen=True)
class Listener:
    """A registered hub as publishing reads it (remembered across transactions: plain values)."""

    id: int
    api: str
    query: str


def _active_hubs(session: Session) -> dict[str, list[Listener]]:
    by_api: dict[str, list[Listener]] = {}
    for hub in cached(("tmf_hubs",), lambda: _listeners(session), session=session):
        by_api.setdefault(hub.api, []).append(hub)
    return by_api


def _listeners(session: Session) -> tuple[Listener, ...]:
    return tuple(Listener(id=hub.id, api=hub.api, query=hub.query) for hub in session.execute(
        select(TmfHub.id, TmfHub.api, TmfHub.query).where(TmfHub.ended_at.is_(None)).order_by(TmfHub.id)))


def _publish(session: Session, changes: list[Change], hubs: dict[str, list[Listener]]) -> None:
    seen: set[tuple[str, int, str, str | None]] = set()
    created: list[TmfDelivery] = []
    for change in changes:
        key = (type(change.entity).__name__, change.entity.id, change.kind, change.state)
        gone = inspect(change.entity).deleted or inspect(change.entity).was_deleted
        if key in seen or (gone and change.kind != "delete"):
            continue
        seen.add(key)
        for api, event_type, resource, order_id, body_key, body in _describe(change):
            listeners = [h for h in hubs.get(api, []) if _wants(h, event_type, {body_key: body})]
            if not listeners:
                continue
            now = utcnow()
            record = TmfEvent(api=api, event_type=event_type, resource=resource, order_id=order_id, payload={})
            session.add(record)
            session.flush()
            record.payload = {"eventId": str(record.id), "eventTime": when(now), "eventType": event_type,
                              "event": {body_key: body},
                              **({"fieldPath": list(change.fields)} if change.fields else {})}
            for hub in listeners:
                delivery = TmfDelivery(event_id=record.id, hub_id=hub.id, resource=resource, next_attempt_at=now)
                session.add(delivery)
                created.append(delivery)
    session.flush()
    for hub_id, resource in sorted({(d.hub_id, d.resource) for d in created}):
        enqueue("deliver_tmf_events", hub_id=hub_id, resource=resource)


QUERY_CLAUSE = re.compile(r"^(eventType|[A-Za-z@][\w@]*(\.[A-Za-z@][\w@]*)*)=[^=&]+$")


def check_query(query: str) -> None:
    """A hub's ``query`` (TMF630): ``&``-joined clauses, ``eventType=A,B`` and attribute filters such as
    ``state=completed`` or ``productOrder.state=completed,failed``.

    :raises Invalid: a clause that is not ``name=value`` with a dotted attribute name.
    """
    for clause in query.split("&"):
        if clause.strip() and not QUERY_CLAUSE.match(clause.strip()):
            raise Invalid(errors=[{"field": "query", "message": f"{clause.strip()!r} is not name=value (e.g. "
                                   "eventType=ProductOrderStateChangeEvent&productOrder.state=completed)"}])


def _wants(hub: Listener, event_type: str, event: dict[str, Any]) -> bool:
    """Whether every clause of the hub's ``query`` holds for the event (no query: every event).

    ``eventType=A,B`` names event types. Any other clause is an attribute of the event's body, from the
    event (``productOrder.state``, ``event.productOrder.state``) or from the resource in it (``state``);
    ``a,b`` matches either value, and a list matches when one of its entries does.
    """
    for clause in hub.query.split("&"):
        name, _, value = clause.strip().partition("=")
        if not name:
            continue
        wanted = {v.strip() for v in value.split(",")}
        if name == "eventType":
            if event_type not in wanted:
                return False
            continue
        path = name.split(".")
        if path[0] == "event":
            path = path[1:]
        resource = next(iter(event.values()))  # the event's one resource (its body key names its kind)
        root = event if path and path[0] in event else resource
        if not wanted & _values_at(root, path):
            return False
    return True


def _values_at(value: Any, path: list[str]) -> set[str]:
    """The texts found at ``path`` in ``value`` (through lists), booleans as TMF writes them."""
    if isinstance(value, list):
        return set().union(*(_values_at(entry, path) for entry in value)) if value else set()
    if not path:
        if isinstance(value, bool):
            return {"true" if value else "false"}
        return {str(value)} if value is not None and not isinstance(value, dict) else set()
    if not isinstance(value, dict) or path[0] not in value:
        return set()
    return _values_at(value[path[0]], path[1:])


Described = tuple[str, str, str, int | None, str, dict[str, Any]]


def _describe(change: Change) -> list[Described]:
    """``(api, eventType, resource, order id, body key, body)`` of each event a change makes."""
    from app.tmf.domain_cancellation import cancellation_json as domain_cancellation_json
    from app.tmf.domain_cancellation import domain_order_id
    from app.tmf.domain_cancellation import kind_of
    from app.tmf.domain_orders import domain_orders_json
    from app.tmf.inventory import products_json
    from app.tmf.ordering import cancellation_json
    from app.tmf.ordering import order_json

    entity, kind = change.entity, change.kind
    suffix = {"create": "CreateEvent", "state": "StateChangeEvent", "attributes": "AttributeValueChangeEvent",
              "delete": "DeleteEvent"}[kind]
    if isinstance(entity, CATALOG):
        name = CATALOG_NAMES[type(entity)]
        if isinstance(entity, Specification) and (entity.kind != "product" or kind in ("state", "attributes")):
            return []  # TMF620 has specification create and delete events only, of product specifications
        body = change.snapshot if change.snapshot is not None else _catalog_body(entity)
        return [("productCatalog", f"{name}{suffix}", f"{name[0].lower()}{name[1:]}/{entity.id}", None,
                f"{name[0].lower()}{name[1:]}", body)]
    if isinstance(entity, ProductOrder):
        body = order_json(entity)  # as committed, with the state this event is about (it may have moved on)
        return [("productOrdering", f"ProductOrder{suffix}", f"productOrder/{entity.id}", entity.id, "productOrder",
                {**body, "state": change.state} if change.state else body)]
    if isinstance(entity, OrderCancellation):
        events: list[Described] = [("productOrdering", f"CancelProductOrder{suffix}",
                                    f"productOrder/{entity.order_id}", entity.order_id, "cancelProductOrder",
                                    cancellation_json(entity))]
        domain_kind = kind_of(entity)
        if domain_kind is not None:  # asked for through TMF641 or TMF652: that API's listeners hear it too
            name = domain_kind.type_name  # in order with the domain order's own events
            events.append((f"{domain_kind.type}Ordering", f"{name}{suffix}",
                           f"{domain_kind.reference}/{domain_order_id(domain_kind, entity)}", entity.order_id,
                           f"{name[0].lower()}{name[1:]}", domain_cancellation_json(domain_kind, entity)))
        return events
    if isinstance(entity, InventoryProduct):
        return [("productInventory", f"Product{suffix}", f"product/{entity.id}", entity.order_id, "product",
                products_json([entity])[0])]
    if isinstance(entity, DomainOrder):
        kind_name = "serviceOrder" if entity.type == "service" else "resourceOrder"
        api = "serviceOrdering" if entity.type == "service" else "resourceOrdering"
        return [(api, f"{kind_name[0].upper()}{kind_name[1:]}{suffix}", f"{kind_name}/{entity.id}", entity.order_id,
                kind_name, domain_orders_json([entity])[0])]
    return []


# --- delivering ---------------------------------------------------------------------------------

def deliver_tmf_events(hub_id: int, resource: str) -> None:
    """Send the hub's oldest pending event about ``resource``; once it is settled, the job runs again for the
    next (after this one's outcome is committed), so one resource's events go in order."""
    delivery = db.session.scalar(
        select(TmfDelivery).where(TmfDelivery.hub_id == hub_id, TmfDelivery.resource == resource,
                                  TmfDelivery.status == "pending")
        .order_by(TmfDelivery.id).limit(1).with_for_update(skip_locked=True))
    if delivery is None:
        return
    if delivery.attempts and delivery.next_attempt_at > utcnow():
        return  # backing off: the scheduler enqueues it again when due
    if _attempt(delivery):
        enqueue("deliver_tmf_events", hub_id=hub_id, resource=resource)


def _attempt(delivery: TmfDelivery) -> bool:
    """One attempt; True when the next event may go (this one delivered or given up)."""
    from flask import current_app

    config = current_app.config
    status, error = send(delivery.hub.callback, delivery.hub.secret, delivery.event.payload)
    delivery.attempts += 1
    delivery.last_status, delivery.last_error = status, error
    if not error:
        delivery.status, delivery.delivered_at = "delivered", utcnow()
        return True
    if delivery.attempts >= config["TMF_HUB_MAX_ATTEMPTS"]:
        delivery.status = "failed"
        return True
    wait = config["TMF_HUB_BACKOFF_SECONDS"] * 2 ** (delivery.attempts - 1)
    delivery.next_attempt_at = utcnow() + timedelta(seconds=wait)
    return False


def enqueue_due_deliveries() -> int:
    """Enqueue delivery of every hub's resource with a pending event due now (retries, lost jobs, restarts)."""
    due = db.session.execute(select(TmfDelivery.hub_id, TmfDelivery.resource).where(
        TmfDelivery.status == "pending", TmfDelivery.next_attempt_at <= utcnow()).distinct()).all()
    for hub_id, resource in due:
        enqueue_unless_waiting("deliver_tmf_events", hub_id=hub_id, resource=resource)
    return len(due)


def deliveries_of_order(order_id: int) -> list[TmfDelivery]:
    """The deliveries of the events about an order (its own, its cancellation's, its domain orders' and
    products'), oldest first: for the order page."""
    return list(db.session.scalars(select(TmfDelivery).join(TmfEvent).where(TmfEvent.order_id == order_id)
                                   .order_by(TmfDelivery.id)))


