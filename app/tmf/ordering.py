"""TMF622 Product Ordering: create, list, read, revise (PATCH) and cancel product orders.

What the integrator sent (item ids, item relationships, notes, channel, related parties, requested dates)
is stored and returned as sent. ``PATCH`` is a revision of the order in flight (``productOrderItem``
entries named by item id: changed characteristics, ``"action": "add"`` for a new line, ``"delete"`` to
remove one) plus the plain attributes below; ``DELETE`` removes only a draft, a submitted order is
cancelled with ``cancelProductOrder``.
"""
from __future__ import annotations

from typing import Any

from flask import Response

from app.api.body import idempotency_key
from app.api.body import json_object
from app.api.spec import ID_FILTER
from app.api.spec import TEXT
from app.api.spec import documented
from app.api.spec import list_of
from app.api.spec import ref
from app.auth.access import api_roles
from app.auth.access import api_user
from app.errors import Conflict
from app.errors import Invalid
from app.errors import NotFound
from app.jeopardy import service as jeopardy
from app.orchestration import cancellation as cancellations
from app.orchestration import revisions
from app.orchestration.milestones import where_it_is
from app.orchestration.models import OrderCancellation
from app.orders import capture
from app.orders import service as orders
from app.orders import tmf622
from app.orders.accounts import account_for_party
from app.orders.models import OrderItem
from app.orders.models import ProductOrder
from app.orders.tmf622_checks import check_patch_shape
from app.tmf.blueprint import bp
from app.tmf.common import compact
from app.tmf.common import href
from app.tmf.common import money
from app.tmf.common import when
from app.tmf.query import Filter
from app.tmf.query import conditions
from app.tmf.query import fields_asked
from app.tmf.query import list_response
from app.tmf.query import one_response
from app.tmf.query import paging
from app.tmf.spec import DATE
from app.tmf.spec import ENTITY
from app.tmf.spec import PRODUCT_ORDER_CREATE
from app.tmf.spec import PRODUCT_ORDER_PATCH
from app.tmf.spec import cancel_body
from app.tmf.spec import tmf_list
from app.tmf.spec import tmf_one
from app.validation import parse_id

API = "/productOrderingManagement/v4"
BASE = f"{API}/productOrder"
CANCEL = f"{API}/cancelProductOrder"
CAPTURERS = ("customer", "order_agent", "order_manager", "process_admin")
REVISERS = ("order_agent", "order_manager", "process_admin")


def _account_id(text: str) -> int:
    account = account_for_party({"id": text})
    return account.id if account is not None else -1


ORDER_FILTERS = {
    "id": Filter(ProductOrder.id, "int"),
    "state": Filter(ProductOrder.state),
    "externalId": Filter(ProductOrder.external_id),
    "priority": Filter(ProductOrder.priority),
    "description": Filter(ProductOrder.description),
    "relatedParty.id": Filter(ProductOrder.account_id, convert=_account_id),
    "customer": Filter(ProductOrder.account_id, convert=_account_id),  # Ordra's earlier name for it
    "orderDate": Filter(ProductOrder.created_at, "date"),
    "completionDate": Filter(ProductOrder.completed_at, "date"),
    "requestedCompletionDate": Filter(ProductOrder.requested_completion_date, "date"),
    "requestedStartDate": Filter(ProductOrder.requested_start_date, "date"),
    "lastUpdate": Filter(ProductOrder.updated_at, "date"),
}
CANCEL_FILTERS = {
    "id": Filter(OrderCancellation.id, "int"),
    "productOrder.id": Filter(OrderCancellation.order_id, "int"),
    "requestedCancellationDate": Filter(OrderCancellation.requested_cancellation_date, "date"),
    "effectiveCancellationDate": Filter(OrderCancellation.effective_at, "date"),
}
# PATCH may change these attributes of an order in flight (the rest is Ordra's to set).
PATCHABLE = ("description", "priority", "requestedCompletionDate", "requestedStartDate", "note", "productOrderItem")


@bp.post(BASE)
@documented("TMF622 create a product order (the same externalId again returns the first order, 200); "
            "relatedParty by account id or external id; item ids, relationships, notes, channel kept",
            tag="TMF622", body=PRODUCT_ORDER_CREATE, ok=201, also_ok=(200,), response=ref("ProductOrder"))
@api_roles(*CAPTURERS)
def create_product_order() -> tuple[Response, int]:
    user = api_user()
    order, created = capture.capture(tmf622.order_request(json_object(), user), actor_id=user.id, channel="api")
    response = one_response(order_json(order, created=created), 201 if created else 200)
    response.headers["Location"] = href(f"{BASE}/{order.id}")
    return response, response.status_code


# What progress_json adds to an order: a list gives them when fields= names them.
PROGRESS_FIELDS = ("expectedCompletionDate", "productOrderMilestone")


@bp.get(BASE)
@tmf_list("TMF622 product orders (with expectedCompletionDate and productOrderMilestone when fields= names them)",
          "TMF622", list_of("ProductOrder"), state=TEXT, externalId=TEXT, priority=TEXT,
          **{"relatedParty.id": TEXT, "orderDate.gt": DATE, "orderDate.lt": DATE})
@api_roles()
def list_product_orders() -> Response:
    offset, limit = paging()
    rows, total = orders.list_orders(api_user(), offset=offset, limit=limit, where=conditions(ORDER_FILTERS))
    # Where each order is costs its timeline: a list gives it when fields= asks for it (TMF630), not on every page.
    progress = bool(fields_asked() & set(PROGRESS_FIELDS))
    return list_response([order_json(order) | (progress_json(order) if progress else {}) for order in rows], total)


@bp.get(f"{BASE}/<int:order_id>")
@tmf_one("TMF622 one product order", "TMF622", ref("ProductOrder"))
@api_roles()
def get_product_order(order_id: int) -> Response:
    order = orders.get_order(order_id, api_user())
    return one_response(order_json(order) | progress_json(order))


# A milestone's status in TMF622's words (its v5 ProductOrderMilestone; v4 has none).
MILESTONE_STATUS = {"done": "completed", "now": "inProgress", "next": "planned", "may": "possible"}


def progress_json(order: ProductOrder) -> dict[str, Any]:
    """Where the order is, as its customer is told on the portal (``app.orchestration.milestones``): TMF622's
    ``expectedCompletionDate`` (the forecast, none while a problem holds the order) and, under TMF622 v5's name,
    ``productOrderMilestone``: the milestones the models declare, each with its date (done, or due)."""
    where = where_it_is(order)
    return compact({
        "expectedCompletionDate": when(where.expected),
        "productOrderMilestone": [{"name": m.label, "description": m.about or None,
                                   "status": MILESTONE_STATUS[m.status], "milestoneDate": when(m.at or m.due),
                                   "@type": "ProductOrderMilestone"} for m in where.milestones],
    })


@bp.patch(f"{BASE}/<int:order_id>")
@documented("TMF622 change an order in flight: productOrderItem entries become a revision (as "
            "/api/v1/orders/{id}/revisions), description/priority/dates/note are set; 409 past a point of no return",
            tag="TMF622", body=PRODUCT_ORDER_PATCH, errors=(409,), response=ref("ProductOrder"))
@api_roles(*REVISERS)
def patch_product_order(order_id: int) -> Response:
    """Merge-patch the order's attributes; ``productOrderItem`` entries become one revision of the order."""
    user = api_user()
    payload = json_object()
    unknown = sorted(set(payload) - set(PATCHABLE))
    if unknown:
        raise Invalid(errors=[{"field": name, "message": f"cannot be changed (patchable: {', '.join(PATCHABLE)})"}
                              for name in unknown])
    check_patch_shape(payload)
    order = orders.get_order(order_id, user)
    if order.state not in revisions.REVISABLE:
        raise Conflict(f"order {order.id} is {order.state} and can no longer be changed")
    if "productOrderItem" in payload:
        revisions.revise(order_id, user, payload["productOrderItem"], dry_run=False,
                         idempotency_key=idempotency_key())
    tmf622.apply_attributes(order, payload)
    if "requestedCompletionDate" in payload:  # the watch on the promised date moves with it
        jeopardy.follow_promise(order_id)
    return one_response(order_json(orders.get_order(order_id, user)))


@bp.delete(f"{BASE}/<int:order_id>")
@documented("TMF622 delete a draft order (a submitted one is cancelled instead: 409)", tag="TMF622", ok=204,
            errors=(409,))
@api_roles(*REVISERS)
def delete_product_order(order_id: int) -> tuple[str, int]:
    order = orders.get_order(order_id, api_user())
    if order.state != "draft":
        raise Conflict(f"order {order.id} was submitted ({order.state}); cancel it with cancelProductOrder")
    orders.delete_draft(order)
    return "", 204


@bp.post(CANCEL)
@documented("TMF622 cancel an order in flight: completed work is compensated; refused (409, naming the "
            "domain order and step) once a plan passed its point of no return", tag="TMF622",
            body=cancel_body("productOrder"), ok=201, errors=(409,), response=ENTITY)
@api_roles(*CAPTURERS)
def cancel_product_order() -> tuple[Response, int]:
    body = json_object()
    reference = body.get("productOrder")
    order_id = parse_id(reference.get("id") if isinstance(reference, dict) else None, "productOrder.id")
    reason = body.get("cancellationReason") or ""
    if not isinstance(reason, str) or len(reason) > 500:
        raise Invalid(errors=[{"field": "cancellationReason", "message": "a text of at most 500 characters"}])
    requested = tmf622.optional_date(body, "requestedCancellationDate")
    try:
        cancellation = cancellations.cancel_order(order_id, api_user(), reason, requested_date=requested)
    except NotFound as exc:  # the spec gives this POST no 404: the body names an order that is not there
        raise Invalid(errors=[{"field": "productOrder.id", "message": str(exc)}]) from None
    response = one_response(cancellation_json(cancellation), 201)
    response.headers["Location"] = href(f"{CANCEL}/{cancellation.id}")
    return response, 201


@bp.get(CANCEL)
@tmf_list("TMF622 accepted cancellations of the orders the caller may see", "TMF622", **{"productOrder.id": ID_FILTER})
@api_roles()
def list_cancel_product_orders() -> Response:
    offset, limit = paging()
    rows, total = cancellations.cancellation_page(api_user(), offset=offset, limit=limit,
                                                  where=conditions(CANCEL_FILTERS))
    return list_response([cancellation_json(c) for c in rows], total)


@bp.get(f"{CANCEL}/<int:cancellation_id>")
@tmf_one("TMF622 one cancellation", "TMF622")
@api_roles()
def get_cancel_product_order(cancellation_id: int) -> Response:
    return one_response(cancellation_json(cancellations.get_cancellation(cancellation_id, api_user())))


# --- TMF622 representations --------------------------------------------------------------------

def _prices(recurring: Any, one_time: Any, currency: str) -> list[dict[str, Any]]:
    return [{"priceType": "recurring", "recurringChargePeriod": "month",
             "price": {"dutyFreeAmount": money(recurring, currency)}},
            {"priceType": "oneTime", "price": {"dutyFreeAmount": money(one_time, currency)}}]


def order_json(order: ProductOrder, *, created: bool = False) -> dict[str, Any]:
    """The order in TMF622 v4 field names; what the integrator sent comes back as sent.

    :param created: the order was created by this request (so it has no cancellation to look up).
    """
    cancellation = None if created else cancellations.latest_cancellation(order.id)
    return compact({
        "id": str(order.id),
        "href": href(f"{BASE}/{order.id}"),
        "@type": "ProductOrder",
        "externalId": order.external_id,
        "state": order.state,
        "description": order.description or None,
        "priority": order.priority or None,
        "category": None,
        "channel": order.channels or [{"id": order.channel, "name": order.channel, "@referredType": "SalesChannel"}],
        "note": order.notes or None,
        "orderDate": when(order.created_at),
        "completionDate": when(order.completed_at),
        "requestedCompletionDate": when(order.requested_completion_date),
        "requestedStartDate": when(order.requested_start_date),
        # the date the order is cancelled: none while its cancellation is still being carried out
        "cancellationDate": when(cancellation.effective_at) if cancellation else None,
        "cancellationReason": (cancellation.reason or None) if cancellation else None,
        "relatedParty": _parties(order),
        "productOrderItem": [item_json(item, order.currency) for item in order.items],
        "orderTotalPrice": _prices(order.recurring_total, order.one_time_total, order.currency),
    })


def _parties(order: ProductOrder) -> list[dict[str, Any]]:
    """The parties as sent (the customer's with its account's name), or the account when none were sent. A
    customer party naming another account than the order's (a customer orders for their own account whatever
    it says) is the order's account: the answer says whose order it is."""
    account = {"id": str(order.account_id), "name": order.account.name, "role": "Customer",
               "@referredType": "CustomerAccount"}
    if not order.related_parties:
        return [account]
    sent = []
    for party in order.related_parties:
        party = {**party, "@referredType": party.get("@referredType") or "Individual"}
        if str(party.get("role", "")).lower() == "customer":
            if str(party.get("id") or "").strip() not in {str(order.account_id), order.account.external_ref} - {""}:
                sent.append(account)
                continue
            party.setdefault("name", order.account.name)
        sent.append({**party, "id": str(party.get("id"))})
    return sent


def item_json(item: OrderItem, currency: str) -> dict[str, Any]:
    product: dict[str, Any] = {"productCharacteristic": [{"name": name, "value": value}
                                                         for name, value in item.characteristics.items()]}
    if item.product_ref:
        product.update(id=item.product_ref, href=href(f"/productInventory/v4/product/{item.product_ref}"))
    return {
        "id": item.client_id or str(item.seq),
        "action": item.action,
        "quantity": item.quantity,
        "state": item.state,
        "productOffering": {"id": str(item.offering_id), "name": item.offering_name,
                            "href": href(f"/productCatalogManagement/v4/productOffering/{item.offering_id}")},
        "product": product,
        "productOrderItemRelationship": item.relationships or None,
        "itemPrice": _prices(item.unit_recurring, item.unit_one_time, currency),
        "itemTotalPrice": _prices(item.recurring_total, item.one_time_total, currency),
        "adjustments": item.adjustments or None,
    }


def cancellation_json(cancellation: OrderCancellation) -> dict[str, Any]:
    """A CancelProductOrder: ``inProgress`` while the order's completed work is being compensated, ``done``
    once the order is cancelled. ``requestedCancellationDate`` is the client's, as sent."""
    return compact({
        "id": str(cancellation.id), "href": href(f"{CANCEL}/{cancellation.id}"), "@type": "CancelProductOrder",
        "state": "done" if cancellation.effective_at else "inProgress",
        "cancellationReason": cancellation.reason or None,
        "requestedCancellationDate": when(cancellation.requested_cancellation_date),
        "effectiveCancellationDate": when(cancellation.effective_at),
        "productOrder": {"id": str(cancellation.order_id), "href": href(f"{BASE}/{cancellation.order_id}"),
                         "@referredType": "ProductOrder"}})
