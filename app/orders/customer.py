"""The customer's door: orders placed, followed and questioned from the portal.

A customer acts only on their own account. The account always comes from the login, never from
the request (also for a login that is staff as well), and every order is looked up through
``service.own_orders``, so another account's order is a 404 whatever its id. Drafts are the
workspace's business and do not show here.

A customer's issue, change or cancellation request starts the ``customer_request`` process,
whose user task lands in the order agents' inbox; its outcome is read back from that process.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlalchemy import select

from app.auth.models import User
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.errors import Forbidden
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.instances import service as instances
from app.labels import state_label
from app.orders.capture import ItemRequest
from app.orders.capture import OrderRequest
from app.orders.capture import capture
from app.orders.models import CANCELLABLE_STATES
from app.orders.models import CustomerAccount
from app.orders.models import OrderEvent
from app.orders.models import ProductOrder
from app.orders.service import account_of
from app.orders.service import own_orders
from app.orders.timeline import record
from app.orders.totals import ordered_if_other

PORTAL = "portal"
REQUEST_PROCESS = "customer_request"
REQUEST_EVENT = "customer_request"
REQUEST_KINDS: dict[str, str] = {"issue": "an issue", "change": "a change", "cancellation": "a cancellation"}
MAX_REQUEST_TEXT = 2000
# The path an order normally takes, as the customer sees it; other states are shown by name.
PROGRESS: tuple[tuple[str, str], ...] = (("acknowledged", "Received"), ("inProgress", "In progress"),
                                         ("completed", "Completed"))
# States in which the order is still on its way to the customer (a cancellation under way is not a delay).
DELIVERING = ("acknowledged", "inProgress", "pending", "held")
# What came of a request, as the settle step of ``customer_request`` recorded it (its ``outcome``).
OUTCOMES: dict[str, str] = {"cancelled": "Your order was cancelled",
                            "cancellation_refused": "We could not cancel your order",
                            "answered": "Answered", "declined": "Declined",
                            "escalated": "Passed to a specialist team"}
# An accepted cancellation whose compensations still run (or failed): the order is not cancelled yet.
CANCELLING = "Your order is being cancelled"
# Timeline entries meant for customers, with their wording; anything else (process steps, drafts,
# who did what) is internal. State changes recorded later under these kinds show up as they come.
CUSTOMER_EVENTS: dict[str, str] = {"captured": "Order placed", "acknowledged": "Order received",
                                   "state_changed": "Order updated", "completed": "Order completed",
                                   "cancelled": "Order cancelled", "rejected": "Order rejected",
                                   "closed": "Order closed", "revised": "Order changed",
                                   "data_fixed": "Order details corrected",
                                   "customer_request": "You asked for {kind}",
                                   "cancellation_refused": "We could not cancel your order"}


@dataclass(frozen=True)
class Step:
    label: str
    status: str  # done | current | todo


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    title: str
    text: str


@dataclass(frozen=True)
class CustomerRequest:
    """A request the customer raised on an order, and what the agent answered (once answered)."""

    kind: str
    text: str
    raised_at: datetime
    status: str  # open | answered | withdrawn
    resolution: str | None
    note: str | None
    reason: str | None = None  # why it could not be done (a refused cancellation)


@dataclass(frozen=True)
class OrderView:
    """One order as its customer sees it."""

    order: ProductOrder
    progress: list[Step]
    timeline: list[TimelineEntry]
    requests: list[CustomerRequest]
    overdue: bool = False  # still being delivered after the date the customer asked for
    ordered: tuple[Decimal, Decimal] | None = None  # what was ordered, if the order now costs something else


def own_account(user: User) -> CustomerAccount:
    """:raises Forbidden: the login is not linked to a customer account."""
    account = account_of(user)
    if account is None:
        raise Forbidden("your login is not linked to a customer account")
    return account


def place_order(items: list[ItemRequest], *, user: User) -> ProductOrder:
    """Capture and submit an order of ``items`` for the user's own account.

    :raises Forbidden: the user has no customer account.
    :raises Invalid: as ``capture``, fields named by the items' prefixes.
    """
    request = OrderRequest(account_id=own_account(user).id, items=items)
    order, _ = capture(request, actor_id=user.id, channel=PORTAL)
    return order


def my_orders(user: User, *, offset: int = 0, limit: int = 50) -> tuple[list[ProductOrder], int]:
    """A page of the user's account's orders (drafts left out), newest first, and the total count."""
    query = own_orders(user)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(query.order_by(ProductOrder.id.desc()).offset(offset).limit(limit)).all()
    return list(rows), total


def my_order(order_id: int, user: User) -> ProductOrder:
    """:raises NotFound: unknown, another account's, or still a draft (all look the same: ``own_orders``)."""
    order: ProductOrder | None = db.session.scalar(own_orders(user).where(ProductOrder.id == order_id))
    if order is None:
        raise NotFound(f"no order {order_id}")
    return order


def order_view(order_id: int, user: User) -> OrderView:
    """:raises NotFound: as ``my_order``."""
    order = my_order(order_id, user)
    return OrderView(order=order, progress=progress(order), timeline=timeline(order), requests=requests_on(order),
                     overdue=overdue(order, utcnow()), ordered=ordered_if_other(order))


def overdue(order: ProductOrder, now: datetime) -> bool:
    """Whether the order is still being delivered past the date the customer asked for: what the customer is told.
    Only that fact: not the staff's at-risk warnings, nor a forecast date that nobody has promised."""
    return (order.requested_completion_date is not None and order.state in DELIVERING
            and order.requested_completion_date <= now)


def raise_request(order_id: int, *, user: User, kind: str, text: str) -> ProcessInstance:
    """Ask the order agents about one of the user's orders: an issue, a change or a cancellation.

    Starts ``customer_request`` linked to the order (its task is for the role order_agent) and
    notes the request on the order's timeline.

    :raises NotFound: as ``my_order``.
    :raises Invalid: unknown ``kind`` (field ``kind``); empty or too long ``text`` (field ``text``).
    """
    order = my_order(order_id, user)
    _check_request(order, kind, text)
    data = {"order_id": order.id, "customer": order.account.name, "order_state": order.state,
            "request_kind": kind, "request_text": text.strip(),
            "requested_by": user.display_name or user.username}
    instance = instances.start_process(REQUEST_PROCESS, data, actor_id=user.id, order_id=order.id)
    record(order, REQUEST_EVENT, actor_id=user.id, message=f"asked for {REQUEST_KINDS[kind]}",
           detail={"kind": kind, "text": text.strip(), "instance": instance.id})
    return instance


def request_kinds(order: ProductOrder) -> tuple[str, ...]:
    """What a customer may ask about ``order``: a change or a cancellation only while it is still open (a
    delivered product is changed from *My products*); an issue always."""
    still_open = order.state in CANCELLABLE_STATES and order.completed_at is None
    return tuple(REQUEST_KINDS) if still_open else ("issue",)


def _check_request(order: ProductOrder, kind: str, text: str) -> None:
    errors = []
    if kind not in REQUEST_KINDS:
        errors.append({"field": "kind", "message": f"must be one of {', '.join(REQUEST_KINDS)}"})
    elif kind not in request_kinds(order):
        errors.append({"field": "kind", "message": f"order {order.id} is {state_label(order.state).lower()}: "
                                                   f"it takes no {kind} request; report an issue, or change "
                                                   "a delivered product under My products"})
    if not text.strip():
        errors.append({"field": "text", "message": "tell us what you need"})
    elif len(text) > MAX_REQUEST_TEXT:
        errors.append({"field": "text", "message": f"must be at most {MAX_REQUEST_TEXT} characters"})
    if errors:
        raise Invalid(errors=errors)


def requests_on(order: ProductOrder) -> list[CustomerRequest]:
    """The customer requests raised on ``order``, oldest first, with the agents' answers."""
    started = db.session.scalars(select(ProcessInstance).where(
        ProcessInstance.order_id == order.id, ProcessInstance.process_id == REQUEST_PROCESS)
        .order_by(ProcessInstance.id))
    return [_request(instance, order) for instance in started]


def _request(instance: ProcessInstance, order: ProductOrder) -> CustomerRequest:
    data: dict[str, Any] = instance.data or {}
    status = {"completed": "answered", "cancelled": "withdrawn"}.get(instance.status, "open")
    settlement = data.get("settlement") if status == "answered" else None
    if not isinstance(settlement, dict):
        return CustomerRequest(kind=str(data.get("request_kind", "")), text=str(data.get("request_text", "")),
                               raised_at=instance.created_at, status=status, resolution=None, note=None)
    outcome = str(settlement.get("outcome", ""))
    resolution = OUTCOMES.get(outcome, outcome)
    if outcome == "cancelled" and order.state != "cancelled":  # accepted; what was done is still being undone
        resolution = CANCELLING
    return CustomerRequest(kind=str(data.get("request_kind", "")), text=str(data.get("request_text", "")),
                           raised_at=instance.created_at, status=status, resolution=resolution,
                           note=data.get("resolution_note"),
                           reason=str(settlement.get("message")) if outcome == "cancellation_refused" else None)


# Where an order off the normal path stands on it (its state is shown by name next to the steps): held or
# pending, it is still being delivered; failed or partial, delivery ran and ended short; rejected, cancelled
# or being cancelled, it was received and will not be delivered.
_OFF_PATH: dict[str, tuple[str, ...]] = {"held": ("done", "current", "todo"), "pending": ("done", "current", "todo"),
                                         "failed": ("done", "done", "todo"), "partial": ("done", "done", "todo")}
_NOT_DELIVERED = ("done", "todo", "todo")


def progress(order: ProductOrder) -> list[Step]:
    """The order's place on its normal path: received, in progress, completed (a draft has reached none)."""
    states = [state for state, _ in PROGRESS]
    if order.state == "draft":
        return [Step(label, "todo") for _, label in PROGRESS]
    if order.state not in states:
        marks = _OFF_PATH.get(order.state, _NOT_DELIVERED)
        return [Step(label, mark) for (_, label), mark in zip(PROGRESS, marks, strict=True)]
    reached = states.index(order.state)
    finished = order.state == states[-1]
    return [Step(label, "done" if index < reached or finished else "current" if index == reached else "todo")
            for index, (_, label) in enumerate(PROGRESS)]


# A cancellation's moves in the customer's words: "assessing" is an internal instant, not news.
CANCELLATION_MOVES: dict[str, str] = {"assessingCancellation": "", "pendingCancellation": "Cancellation accepted",
                                      "cancelled": "Order cancelled"}


def timeline(order: ProductOrder) -> list[TimelineEntry]:
    """The order's history as the customer may see it: no internal steps, no staff names."""
    entries = [_entry(event) for event in order.events if event.kind in CUSTOMER_EVENTS]
    return [entry for entry in entries if entry.title]


def _entry(event: OrderEvent) -> TimelineEntry:
    if event.kind == REQUEST_EVENT:
        kind = REQUEST_KINDS.get(str(event.detail.get("kind", "")), "help")
        return TimelineEntry(at=event.at, title=CUSTOMER_EVENTS[event.kind].format(kind=kind),
                             text=str(event.detail.get("text", "")))
    if event.kind == "state_changed" and event.detail.get("to") in CANCELLATION_MOVES:
        return _cancellation_entry(event)
    if event.kind == "state_changed" and event.detail.get("to"):  # what it became, not only that it changed
        return TimelineEntry(at=event.at, title=CUSTOMER_EVENTS[event.kind],
                             text=f"Now: {state_label(event.detail['to'])}")
    if event.kind == "rejected":  # the reason the approver gave for the customer; their staff note stays inside
        reason = str(event.detail.get("customer_reason") or "").strip().rstrip(".")
        return TimelineEntry(at=event.at, title=CUSTOMER_EVENTS[event.kind],
                             text=f"Reason: {reason}." if reason else "")
    if event.kind in ("revised", "data_fixed"):  # what changed on the lines (and price); not the domain orders
        changes = [str(change) for change in event.detail.get("changes") or []]
        return TimelineEntry(at=event.at, title=CUSTOMER_EVENTS[event.kind],
                             text=f"{'; '.join(changes)}." if changes else "")
    if event.kind == "cancellation_refused":
        return _refused_entry(event)
    if event.kind == "closed":  # closed short (part of it given up): which lines the customer has, which not
        said = [f"{label}: {', '.join(event.detail[key])}." for key, label in (("delivered", "Delivered"),
                                                                               ("not_delivered", "Not delivered"))
                if event.detail.get(key)]
        return TimelineEntry(at=event.at, title=CUSTOMER_EVENTS[event.kind], text=" ".join(said))
    return TimelineEntry(at=event.at, title=CUSTOMER_EVENTS[event.kind], text="")


def _refused_entry(event: OrderEvent) -> TimelineEntry:
    """A cancellation that was refused (past a point of no return) or that the order agent declined, in the words
    the customer was given then (never the plan's step names)."""
    title = "Your cancellation request was declined" if event.detail.get("declined") else CUSTOMER_EVENTS[event.kind]
    return TimelineEntry(at=event.at, title=title, text=str(event.detail.get("customer_refusal") or ""))


def _cancellation_entry(event: OrderEvent) -> TimelineEntry:
    """A move of the cancellation, with the reason given for it (typed by the customer or the agent)."""
    reason = str(event.detail.get("reason") or "").rstrip(".")
    return TimelineEntry(at=event.at, title=CANCELLATION_MOVES[str(event.detail["to"])],
                         text=f"Reason: {reason}." if reason else "")
