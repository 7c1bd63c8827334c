"""Cancelling an order in flight (TMF622 cancelProductOrder), up to its points of no return.

Each domain order's plan declares its own point of no return (a step marked ``pointOfNoReturn``,
e.g. "Activate service" or "Install ONT on site"); once one of them is done, something was
delivered that cannot be taken back, the cancellation is refused naming that domain order and step,
and the customer asks for a disconnect once the order completes instead. Before it, cancelling
undoes everything (``undo.py``): domain orders not started are cancelled, running plans are
cancelled (which closes their work items, pending connector calls, fallout cases and SLA watches),
completed work is compensated by the plans' compensation handlers (reservations released, visits
cancelled), and the order's own process is cancelled. The order goes ``assessingCancellation →
pendingCancellation``, and ``cancelled`` once every compensation has completed.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy import func
from sqlalchemy import select

from app.auth.models import User
from app.database import utcnow
from app.engine.compensation import is_generated
from app.engine.models import ProcessInstance
from app.errors import Conflict
from app.errors import NotFound
from app.extensions import db
from app.instances import service as instances
from app.instances.listeners import LateAnswer
from app.orchestration import revisions
from app.orchestration import undo
from app.orchestration.models import DomainOrder
from app.orchestration.models import OrderCancellation
from app.orchestration.service import domain_orders
from app.orchestration.service import lock_order
from app.orders import service as orders
from app.orders.models import CANCELLABLE_STATES
from app.orders.models import ProductOrder
from app.orders.timeline import record
from app.orders.timeline import record_refusal


def cancel_order(order_id: int, user: User, reason: str, requested_date: datetime | None = None,
                 service_order_id: int | None = None, resource_order_id: int | None = None) -> OrderCancellation:
    """Cancel the order if none of its domain orders is past its point of no return.

    :raises NotFound: no such order, or not the caller's to see.
    :raises Conflict: the order is finished, a draft, or past a point of no return (naming the
        domain order and the step).
    """
    order = lock_order(orders.get_order(order_id, user).id)
    try:
        cancellation = _cancel(order, actor_id=user.id, reason=reason, requested_date=requested_date)
    except CancellationRefused as exc:  # answered with an error, which rolls the request back: kept all the same
        record_refusal(order, REFUSED, actor_id=user.id, **_refusal_entry(order, exc, asked=reason))
        raise
    cancellation.service_order_id = service_order_id
    cancellation.resource_order_id = resource_order_id
    return cancellation


def why_not_cancellable(order: ProductOrder, *, for_customer: bool = False) -> str | None:
    """The refusal ``cancel_order`` would give now, as a sentence (so a page can say it before anyone tries),
    or None if the order can be cancelled; ``for_customer``: in the customer's words (:func:`customer_refusal`)."""
    try:
        _assess(order, domain_orders(order.id))
    except CancellationRefused as exc:
        return customer_refusal(order, exc) if for_customer else refusal(exc)
    return None


def customer_refusal(order: ProductOrder, exc: Conflict) -> str:
    """A refusal past a point of no return as the customer reads it: what was already done for them, on which of
    their products, and what they can do instead. The step is named by its customer milestone ("Engineer visit"),
    never by the plan's own name for it, which is internal; a step with no milestone is "some of the work".
    Staff pages keep :func:`refusal`, which names the domain order and the plan's step ("Access Line (Business
    Fibre Internet) is past its point of no return: 'Activate service' is done ...")."""
    blocked = next((error for error in exc.errors if error.get("domain_order")), None)
    domain = db.session.get(DomainOrder, blocked["domain_order"]) if blocked else None
    if blocked is None or domain is None:
        return refusal(exc)
    products = " and ".join(dict.fromkeys(item.offering_name for item in order.items if item.seq in domain.item_seqs))
    milestone, under_way = blocked.get("milestone"), blocked.get("under_way")
    if milestone:
        done = (f"'{milestone}' is under way for your {products} right now" if under_way
                else f"'{milestone}' is done for your {products}")
    else:
        done = (f"work on your {products} is being done right now" if under_way
                else f"some of the work on your {products} is already done")
    return (f"Order {order.id} can no longer be cancelled: {done}, and that cannot be undone. "
            f"{CUSTOMER_INSTEAD[_line_action(order, domain)]}")


# What a customer (or, in staff's words, an agent) can do instead of a cancellation refused, by what the order's
# blocked line does to the product: undo it the other way once it is done.
CUSTOMER_INSTEAD = {"add": "Once it is delivered, you can ask for a disconnect in My products.",
                    "modify": "Once the change is made, you can ask for another one.",
                    "suspend": "Once it is suspended, you can resume it in My products.",
                    "resume": "Once it is resumed, you can suspend it again in My products.",
                    "delete": "Once it is disconnected, you can order it again."}
STAFF_INSTEAD = {"add": "ask for a disconnect once it completes", "modify": "change it again once it completes",
                 "suspend": "resume it once it completes", "resume": "suspend it again once it completes",
                 "delete": "order it again once it completes"}


def _line_action(order: ProductOrder, domain: DomainOrder) -> str:
    """What the order's line behind ``domain`` does to its product (``add`` if unknown)."""
    actions = [item.action for item in order.items if item.seq in domain.item_seqs]
    return actions[0] if actions and actions[0] in CUSTOMER_INSTEAD else "add"


def refusal(exc: Conflict) -> str:
    """A refused cancellation as a sentence: "Order 7 cannot be cancelled: …; ask for a disconnect …" (or what
    else undoes the line once it is done: :data:`STAFF_INSTEAD`)."""
    text = str(exc)
    return f"{text[:1].upper()}{text[1:]}."


ON_REQUEST = "at the customer's request"


def cancel_on_request(order_id: int, *, agent_id: int | None, customer_id: int | None) -> dict[str, Any]:
    """Carry out a customer's cancellation request that an order agent accepted; say what happened.

    Its reason (TMF622 ``cancellationReason``, the customer's history) is that the customer asked
    (``customer_id``, who asked); what it changes on the order is the agent's doing (``agent_id``)."""
    order = lock_order(order_id)
    # Cancelled while the request waited (by an agent, over TMF622): what the customer asked for is done.
    cancellation = latest_cancellation(order_id) if order.state in ("pendingCancellation", "cancelled") else None
    if cancellation is None:
        try:
            cancellation = _cancel(order, actor_id=agent_id, reason=ON_REQUEST, requested_by_id=customer_id)
        except CancellationRefused as exc:  # the message is shown to the customer; the detail keeps the staff wording
            record(order, REFUSED, actor_id=agent_id, **_refusal_entry(order, exc, asked=ON_REQUEST))
            return {"outcome": "cancellation_refused", "message": customer_refusal(order, exc), "detail": str(exc)}
    state = "cancelled" if cancellation.effective_at else "being cancelled"
    return {"outcome": "cancelled", "message": f"order {order_id} is {state}", "cancellation": cancellation.id}


def decline_request(order_id: int, *, agent_id: int | None, note: str) -> None:
    """Record that an order agent declined a customer's cancellation request, with the note they gave why."""
    order = lock_order(order_id)
    record(order, REFUSED, actor_id=agent_id, message=f"declined by the order agent: {note}" if note else
           "declined by the order agent", detail={"reason": ON_REQUEST, "refusal": note, "customer_refusal": note,
                                                  "declined": True})


REFUSED = "cancellation_refused"


class CancellationRefused(Conflict):
    """The order cannot be cancelled now: finished, a draft, or past a point of no return."""


def _refusal_entry(order: ProductOrder, exc: CancellationRefused, *, asked: str) -> dict[str, Any]:
    """A refused cancellation for the order's timeline: the refusal for staff (the message) and as the customer
    was told it, the reason the cancellation was asked for, and the domain order and step that stopped it."""
    blocked = exc.errors[0]
    return {"message": refusal(exc),
            "detail": {"reason": asked, "refusal": refusal(exc), "customer_refusal": customer_refusal(order, exc),
                       "domain_order": blocked.get("domain_order"), "step": blocked.get("step")}}


def _cancel(order: ProductOrder, *, actor_id: int | None, reason: str, requested_by_id: int | None = None,
            requested_date: datetime | None = None) -> OrderCancellation:
    domains = domain_orders(order.id)
    _assess(order, domains)
    _move(order, "assessingCancellation", actor_id, reason)
    _move(order, "pendingCancellation", actor_id, reason)
    for domain in domains:  # not started first, so that no plan's end starts a dependent one
        if domain.state in ("pending", "waiting"):
            undo.undo(order, domain, actor_id=actor_id, reason=reason)
    for domain in domains:
        undo.undo(order, domain, actor_id=actor_id, reason=reason)
    for item in order.items:
        item.state = "cancelled"
    revisions.withdraw_pending(order, actor_id=actor_id)
    if order.instance_id is not None:
        _cancel_instance(order.instance_id, actor_id, reason)  # its step closes the order's SLA watch
    cancellation = OrderCancellation(order_id=order.id, reason=reason,
                                     requested_by_id=actor_id if requested_by_id is None else requested_by_id,
                                     requested_cancellation_date=requested_date)
    db.session.add(cancellation)
    db.session.flush()
    finish_cancellation(order, actor_id=actor_id)
    return cancellation


def _assess(order: ProductOrder, domains: list[DomainOrder]) -> None:
    """:raises CancellationRefused: why the order cannot be cancelled now."""
    if order.state == "draft":
        raise CancellationRefused(f"order {order.id} is a draft; discard it in the workspace instead")
    if order.state not in CANCELLABLE_STATES or order.completed_at is not None:  # closed short: its lines are delivered
        raise CancellationRefused(f"order {order.id} is {order.state} and can no longer be cancelled")
    for domain in domains:
        verdict = undo.assess(domain)
        if not verdict.possible:
            message = (f"order {order.id} cannot be cancelled: {verdict.reason}; "
                       f"{STAFF_INSTEAD[_line_action(order, domain)]}")
            raise CancellationRefused(message, errors=[{"message": message, "domain_order": domain.id,
                                                        "step": verdict.step, "under_way": verdict.under_way,
                                                        "milestone": verdict.milestone}])


def finish_cancellation(order: ProductOrder, *, actor_id: int | None = None) -> None:
    """Move a ``pendingCancellation`` order to ``cancelled`` once nothing of it is left to undo (``actor_id``: who
    cancelled it, when nothing was left to undo at once; the end of the last compensation has no one behind it)."""
    if order.state != "pendingCancellation" or undo.still_undoing(order.id):
        return
    record(order, "state_changed", actor_id=actor_id, message="pendingCancellation → cancelled",
           detail={"from": order.state, "to": "cancelled"})
    order.state = "cancelled"
    for cancellation in db.session.scalars(select(OrderCancellation).where(OrderCancellation.order_id == order.id,
                                                                           OrderCancellation.effective_at.is_(None))):
        cancellation.effective_at = utcnow()


def compensations_finished(finished: Sequence[ProcessInstance]) -> None:
    """Compensation instances ended (completed, or given up from fallout): the orders they undid may now be
    cancelled, whichever of them ended last."""
    for instance in finished:
        if (instance.order_id is not None and is_generated(instance.process_id)
                and instance.status in ("completed", "cancelled")):
            finish_cancellation(lock_order(instance.order_id))


def answered_after_cancel(instance: ProcessInstance, answer: LateAnswer) -> None:
    """A call made while its plan was cancelled (by a cancellation or a revision) was answered: what the other
    system did is undone, and an order being cancelled is cancelled once nothing of it is left to undo."""
    if instance.order_id is not None:
        order = lock_order(instance.order_id)
        undo.undo_late_answer(order, instance, answer)
        finish_cancellation(order)


def _move(order: ProductOrder, state: str, actor_id: int | None, reason: str) -> None:
    record(order, "state_changed", actor_id=actor_id, message=f"{order.state} → {state}",
           detail={"from": order.state, "to": state, "reason": reason})
    order.state = state


def _cancel_instance(instance_id: int, actor_id: int | None, reason: str) -> None:
    instance = db.session.get(ProcessInstance, instance_id)
    if instance is not None and instance.status not in ("completed", "cancelled"):
        instances.cancel(instance_id, actor_id=actor_id, reason=reason or "order cancelled")


def get_cancellation(cancellation_id: int, user: User) -> OrderCancellation:
    """:raises NotFound: unknown, or of an order the caller may not see."""
    cancellation = db.session.get(OrderCancellation, cancellation_id)
    if cancellation is None:
        raise NotFound(f"no cancellation {cancellation_id}")
    orders.get_order(cancellation.order_id, user)
    return cancellation


def cancellation_page(user: User, *, offset: int, limit: int,
                      where: Sequence[ColumnElement[bool]] = ()) -> tuple[list[OrderCancellation], int]:
    """A page of the cancellations of orders the caller may see (newest first) and their total count."""
    visible = orders.visible_orders(user).with_only_columns(ProductOrder.id)
    query = select(OrderCancellation).where(OrderCancellation.order_id.in_(visible), *where)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(query.order_by(OrderCancellation.id.desc()).offset(offset).limit(limit))
    return list(rows), total


def latest_cancellation(order_id: int) -> OrderCancellation | None:
    """The order's cancellation, if it was cancelled."""
    return db.session.scalar(select(OrderCancellation).where(OrderCancellation.order_id == order_id)
                             .order_by(OrderCancellation.id.desc()).limit(1))
