"""Undoing a domain order: is it still possible, and doing it (cancel what runs, compensate what is done).

What a plan allows is declared in its model (see ``app/engine/compensation.py`` and
``docs/changing-orders.md``): a step marked ``pointOfNoReturn`` that has completed makes the domain
order impossible to undo; compensation handlers say how each completed activity is undone. Undoing
cancels the plan instance if it still runs and starts the plan's generated compensation process
for the completed activities that have a handler.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.engine.models import ProcessInstance
from app.extensions import db
from app.instances import service as instances
from app.instances.listeners import LateAnswer
from app.orchestration.models import DomainOrder
from app.orders.models import ProductOrder
from app.orders.timeline import record

UNDONE = ("cancelled", "removed")  # domain orders whose work was already stopped and compensated
COMPENSATION_KEY = "compensation_instance_id"  # in DomainOrder.data: the instance undoing its work


@dataclass(frozen=True)
class Undoability:
    """Whether a domain order can be undone, and what undoing it means."""

    possible: bool
    effect: str  # cancel (nothing done yet, or its running plan stops) | compensate (done work is undone)
    reason: str | None = None
    step: str | None = None  # the point of no return passed, when not possible
    under_way: bool = False  # that step is being done now, not done yet
    milestone: str | None = None  # that step's wording for the customer, if the model gives it one


def assess(domain: DomainOrder) -> Undoability:
    """Can ``domain`` still be undone? Decided on the domain order as it is now (lock the order first)."""
    if domain.instance_id is None or domain.state in UNDONE:
        return Undoability(True, "cancel")
    instance = db.session.get(ProcessInstance, domain.instance_id)
    if instance is None:
        return Undoability(True, "cancel")
    summary = instance.process_version.summary or {}
    done = instances.completed_activities(instance.id)
    passed = _first_passed(summary, done)
    if passed is not None:
        return Undoability(False, "blocked", step=passed["name"], milestone=passed.get("milestone"),
                           reason=f"{domain.name} is past its point of no return: '{passed['name']}' is done")
    # The other system may be doing it now (a worker is calling it, or is about to): it cannot be stopped.
    under_way = _first_passed(summary, instances.activities_under_way(instance.id)) \
        if summary.get("points_of_no_return") else None
    if under_way is not None:
        return Undoability(False, "blocked", step=under_way["name"], milestone=under_way.get("milestone"),
                           under_way=True,
                           reason=f"{domain.name} is at its point of no return: '{under_way['name']}' is under way")
    to_compensate = [a for a in done if a in (summary.get("compensation") or {})]
    if domain.state == "completed" or to_compensate:
        return Undoability(True, "compensate", reason=_compensation_reason(summary, to_compensate))
    return Undoability(True, "cancel")


def passed_step(domain: DomainOrder) -> str | None:
    """The name of the point of no return ``domain``'s plan has passed, if it has (else None).

    A plan that declares no point of no return is not loaded at all: the check costs nothing there.
    """
    if domain.instance_id is None or domain.state in UNDONE:
        return None
    instance = db.session.get(ProcessInstance, domain.instance_id)
    points = (instance.process_version.summary or {}).get("points_of_no_return") if instance else None
    if instance is None or not points:
        return None
    passed = _first_passed(instance.process_version.summary, instances.completed_activities(instance.id))
    return passed["name"] if passed else None


def _first_passed(summary: dict[str, Any], done: list[str]) -> dict[str, str] | None:
    """The first of the plan's points of no return (``{"id", "name"[, "milestone"]}``) among the activities
    ``done``."""
    return next((p for p in summary.get("points_of_no_return", []) if p["id"] in done), None)


def _compensation_reason(summary: dict[str, Any], activities: list[str]) -> str:
    handlers = summary.get("compensation") or {}
    return ", ".join(handlers[a] for a in reversed(activities)) if activities else "nothing to undo"


def undo(order: ProductOrder, domain: DomainOrder, *, actor_id: int | None, reason: str) -> None:
    """Cancel ``domain``: stop its plan if it runs and compensate what the plan completed.

    The caller has checked :func:`assess`. Idempotent: a domain order already cancelled, or removed
    by a revision (and compensated then), is not undone twice.
    """
    if domain.state in UNDONE:
        return
    previous, domain.state = domain.state, "cancelled"  # first, so that the plan's end starts nothing
    instance = db.session.get(ProcessInstance, domain.instance_id) if domain.instance_id else None
    if instance is not None:
        if instance.status not in ("completed", "cancelled"):
            instances.cancel(instance.id, actor_id=actor_id, reason=reason or "domain order cancelled")
        _compensate(order, domain, instance, actor_id=actor_id)
    record(order, "domain_order_cancelled", actor_id=actor_id, message=f"{domain.type} order {domain.id}: "
           f"{domain.name} ({previous} → cancelled)", detail={"domain_order": domain.id, "reason": reason})


def _compensate(order: ProductOrder, domain: DomainOrder, instance: ProcessInstance, *, actor_id: int | None) -> None:
    handlers = (instance.process_version.summary or {}).get("compensation") or {}
    activities = [a for a in instances.completed_activities(instance.id) if a in handlers]
    _start_compensation(order, domain, instance, activities, instance.data, actor_id=actor_id)


def undo_late_answer(order: ProductOrder, instance: ProcessInstance, answer: LateAnswer) -> None:
    """Undo what another system did for a plan that was cancelled while it was being asked (its answer came
    after): the plan's compensation handler for that task; without one, the order's history says what was done."""
    domain = db.session.get(DomainOrder, instance.data.get("domain_order_id") or 0)
    if domain is None or domain.order_id != order.id or answer.data is None:
        return
    if answer.activity in ((instance.process_version.summary or {}).get("compensation") or {}):
        _start_compensation(order, domain, instance, [answer.activity], {**instance.data, **answer.data},
                            actor_id=None)
    else:
        record(order, "done_after_cancel", message=f"{domain.name}: '{answer.task_name}' was done after its plan "
               "was cancelled, and its plan has nothing to undo it", detail={"domain_order": domain.id,
                                                                            "instance": instance.id})


def _start_compensation(order: ProductOrder, domain: DomainOrder, instance: ProcessInstance, activities: list[str],
                        data: dict[str, Any], *, actor_id: int | None) -> None:
    """Start the plan's compensation process for ``activities`` with ``data`` (the plan's, as they left it)."""
    summary = instance.process_version.summary or {}
    if not activities or not summary.get("compensation_process"):
        return
    compensation = instances.start_process(summary["compensation_process"], {
        **data, "compensate": activities, "domain_order_id": domain.id}, actor_id=actor_id, order_id=order.id)
    domain.data = {**domain.data, COMPENSATION_KEY: compensation.id}
    record(order, "compensation_started", actor_id=actor_id,
           message=f"{domain.name}: {_compensation_reason(summary, activities)}",
           detail={"domain_order": domain.id, "instance": compensation.id, "activities": activities})


def still_undoing(order_id: int) -> bool:
    """Is something of the order still being undone: a compensation not completed (running, waiting or failed),
    or a call of a cancelled plan whose answer is awaited (it may need undoing)?"""
    running = db.session.scalar(select(ProcessInstance.id).where(
        ProcessInstance.order_id == order_id, ProcessInstance.process_id.like("%.compensation"),
        ProcessInstance.status.not_in(("completed", "cancelled"))).limit(1))
    return running is not None or instances.answers_awaited(order_id)
