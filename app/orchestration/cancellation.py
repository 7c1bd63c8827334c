"""Cancelling an order in flight (TMF622 cancelProductOrder), up to its point of no return.

The point of no return is the first completed domain order: from then on something has been
delivered (a resource reserved, a service or billing activated, a visit made), and the customer
asks for a disconnect once the order completes instead. Before it, cancelling stops everything in
flight: domain orders not started are cancelled, running plans and the order's own process are
cancelled (which closes their work items, pending connector calls, fallout cases and SLA watches),
and the order goes ``assessingCancellation → pendingCancellation → cancelled``.
"""
from __future__ import annotations

from sqlalchemy import select

from app.auth.models import User
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.errors import Conflict
from app.errors import NotFound
from app.extensions import db
from app.instances import service as instances
from app.orchestration.models import OrderCancellation
from app.orchestration.service import domain_orders
from app.orchestration.service import lock_order
from app.orders import service as orders
from app.orders.models import ProductOrder
from app.orders.timeline import record

CANCELLABLE = ("acknowledged", "pending", "held", "inProgress", "failed", "partial")  # the rest is final
CANCELLING = ("assessingCancellation", "pendingCancellation")


def cancel_order(order_id: int, user: User, reason: str) -> OrderCancellation:
    """Cancel the order if it is before its point of no return.

    :raises NotFound: no such order, or not the caller's to see.
    :raises Conflict: the order is finished, a draft, or past its point of no return.
    """
    order = lock_order(orders.get_order(order_id, user).id)
    _assess(order)
    _move(order, "assessingCancellation", user, reason)
    _move(order, "pendingCancellation", user, reason)
    domains = domain_orders(order.id)
    for domain in domains:  # first, so that no plan's end starts a dependent one
        if domain.state in ("pending", "waiting"):
            domain.state = "cancelled"
    for domain in domains:  # running, or failed with its fallout open
        if domain.state in ("inProgress", "failed") and domain.instance_id is not None:
            _cancel_instance(domain.instance_id, user, reason)
    _move(order, "cancelled", user, reason)
    for item in order.items:
        item.state = "cancelled"
    if order.instance_id is not None:
        _cancel_instance(order.instance_id, user, reason)  # last: its step closes the order's SLA watch
    cancellation = OrderCancellation(order_id=order.id, reason=reason, requested_by_id=user.id,
                                     effective_at=utcnow())
    db.session.add(cancellation)
    db.session.flush()
    return cancellation


def _assess(order: ProductOrder) -> None:
    if order.state == "draft":
        raise Conflict(f"order {order.id} is a draft; discard it in the workspace instead")
    if order.state not in CANCELLABLE:
        raise Conflict(f"order {order.id} is {order.state} and can no longer be cancelled")
    delivered = [d for d in domain_orders(order.id) if d.state == "completed"]
    if delivered:
        names = ", ".join(d.name for d in delivered[:3]) + (" ..." if len(delivered) > 3 else "")
        raise Conflict(f"order {order.id} is past its point of no return ({len(delivered)} domain orders "
                       f"completed: {names}); ask for a disconnect once it completes")


def _move(order: ProductOrder, state: str, user: User, reason: str) -> None:
    record(order, "state_changed", actor_id=user.id, message=f"{order.state} → {state}",
           detail={"from": order.state, "to": state, "reason": reason})
    order.state = state


def _cancel_instance(instance_id: int, user: User, reason: str) -> None:
    instance = db.session.get(ProcessInstance, instance_id)
    if instance is not None and instance.status not in ("completed", "cancelled"):
        instances.cancel(instance_id, actor_id=user.id, reason=reason or "order cancelled")


def get_cancellation(cancellation_id: int, user: User) -> OrderCancellation:
    """:raises NotFound: unknown, or of an order the caller may not see."""
    cancellation = db.session.get(OrderCancellation, cancellation_id)
    if cancellation is None:
        raise NotFound(f"no cancellation {cancellation_id}")
    orders.get_order(cancellation.order_id, user)
    return cancellation


def list_cancellations(user: User, limit: int = 100) -> list[OrderCancellation]:
    visible = orders.visible_orders(user).with_only_columns(ProductOrder.id)
    return list(db.session.scalars(select(OrderCancellation).where(OrderCancellation.order_id.in_(visible))
                                   .order_by(OrderCancellation.id.desc()).limit(limit)))
