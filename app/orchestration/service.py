"""Running an order's domain orders: start what is ready, follow their plans, roll the order up.

A domain order is ``pending`` while data it requires is missing (staggered decomposition),
``waiting`` while a domain order it depends on has not completed, ``inProgress`` while its plan
runs, and ``completed``/``failed``/``cancelled`` as its plan instance ended. A failed plan is a
fallout case; when it is retried and completes, its domain order completes after all.
"""
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy import true

from app.database import locks_rows
from app.database import memo
from app.database import read_after_lock
from app.database import remembered
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.errors import NotFound
from app.extensions import db
from app.instances import service as instances
from app.orchestration import undo
from app.orchestration.decomposition import decompose
from app.orchestration.decomposition import installed_record
from app.orchestration.models import DomainOrder
from app.orders.models import ProductOrder
from app.orders.timeline import record

AWAIT_CONNECTOR = "ordra/await_fulfilment"
_PLAN_STATES = {"completed": "completed", "error": "failed", "cancelled": "cancelled"}
# Order states the roll-up leaves alone: final, or being cancelled (see cancellation.py).
_SETTLED = ("completed", "cancelled", "rejected", "assessingCancellation", "pendingCancellation")


def get_order(order_id: int) -> ProductOrder:
    order = db.session.get(ProductOrder, order_id)
    if order is None:
        raise NotFound(f"no order {order_id}")
    return order


def lock_order(order_id: int) -> ProductOrder:
    """The order, its row locked until the transaction ends, as last committed, with its domain orders.

    Every change to an order's fulfilment takes this lock first, so two workers finishing the
    order's last two domain orders at once take turns: the second sees the first's result, and
    exactly one of them resumes the order (under READ COMMITTED neither would see the other).
    The domain orders come in the lock's own statement (:func:`domain_orders` answers from it). On PostgreSQL
    a plain join would not do: rows read by the statement that waited for the lock would come from its
    snapshot, taken before the first's commit (PostgreSQL re-reads only the locked row). The function
    ``ordra_lock_order`` takes the lock and reads them in a query of its own, after it (``read_after_lock``).
    Locked once per transaction: while this transaction holds the lock no one else changes the order, so
    later calls in it (a chain of steps) take the row it already has.
    """
    order: ProductOrder | None = memo(("locked_order", order_id), lambda: _read_locked(order_id))
    if order is None:
        raise NotFound(f"no order {order_id}")
    return order


def _read_locked(order_id: int) -> ProductOrder | None:
    """The order for :func:`lock_order`, read with its domain orders in one statement."""
    domain: Any
    if locks_rows():
        after_the_lock, domain = read_after_lock("ordra_lock_order", ProductOrder.id, DomainOrder)
        read = (select(ProductOrder, domain).outerjoin(after_the_lock, true())
                .with_for_update(of=ProductOrder.__table__))
    else:  # SQLite locks no row: its writers take turns on the whole database, and nothing waits between reads
        domain = DomainOrder
        read = select(ProductOrder, DomainOrder).outerjoin(DomainOrder, DomainOrder.order_id == ProductOrder.id)
    rows = db.session.execute(read.where(ProductOrder.id == order_id).order_by(domain.id)
                              .execution_options(populate_existing=True)).all()
    if not rows:
        return None
    memo(("domain_orders", order_id), lambda: [found for _order, found in rows if found is not None])
    return rows[0][0]  # type: ignore[no-any-return]


def domain_orders(order_id: int) -> list[DomainOrder]:
    """The order's domain orders as last committed (read after :func:`lock_order` to be current).

    Read once per transaction after the lock: while it is held no one else changes them, so a chain of
    steps finishing several plans of one order reads them once (``decomposition.materialise``, which
    adds some, forgets them)."""
    def load() -> list[DomainOrder]:
        return list(db.session.scalars(select(DomainOrder).where(DomainOrder.order_id == order_id)
                                       .order_by(DomainOrder.id).execution_options(populate_existing=True)))
    if not remembered(("locked_order", order_id)):
        return load()
    return list(memo(("domain_orders", order_id), load))


def needed(domains: list[DomainOrder]) -> list[DomainOrder]:
    """The domain orders the order still consists of (a revision may have removed some)."""
    return [d for d in domains if d.state != "removed"]


def record_enrichment(order_id: int, values: Mapping[str, Any]) -> dict[str, Any]:
    """Store the enrichment decisions on the order (shown in its 360)."""
    order = lock_order(order_id)
    order.enrichment = {**order.enrichment, **dict(values)}
    record(order, "enriched", message=", ".join(f"{k}: {v}" for k, v in values.items()), detail=dict(values))
    return dict(order.enrichment)


def reject(order_id: int, reason: str, *, customer_reason: str = "", actor_id: int | None = None) -> dict[str, Any]:
    """End the order ``rejected`` (the approval said no) with ``reason``, the approver's note for staff, and
    ``customer_reason``, what the customer is told (the portal shows only that one); ``actor_id``: who said no."""
    order = lock_order(order_id)
    if order.state != "rejected":
        order.state = "rejected"
        for item in order.items:
            item.state = "rejected"
        record(order, "rejected", actor_id=actor_id, message=reason or "rejected at approval",
               detail={"reason": reason, "customer_reason": customer_reason})
    return {"state": order.state, "reason": reason, "customer_reason": customer_reason}


def start_decomposition(order_id: int, facts: Mapping[str, Any]) -> dict[str, Any]:
    """Decompose the order (once) and start every domain order that is ready; the order is then ``inProgress``."""
    order = lock_order(order_id)
    domains = domain_orders(order_id)
    if not domains:
        # The order's enrichment is the source of truth: a revision before decomposition may have re-enriched it,
        # and what a person's task recorded on it (the technical details of a site the rules do not know) is
        # decomposed too, whether or not the step's own facts name it.
        facts = {**facts, **order.enrichment}
        domains = decompose(order, facts)
        record(order, "decomposed", message=f"{len(domains)} domain orders",
               detail={"domain_orders": [d.id for d in domains], "facts": dict(facts)})
    start_ready(order, domains)
    roll_up(order, domains)
    return _summary(order_id, domains)


def provide_data(order_id: int, key: str, value: Any) -> dict[str, Any]:
    """Hand ``key`` to the domain orders of the order that wait for it, and start those now ready."""
    order = lock_order(order_id)
    domains = domain_orders(order_id)
    waiting = [d for d in domains if key in d.requires]
    for domain in waiting:
        domain.data = {**domain.data, key: value}
    record(order, "data_provided", message=f"{key} = {value}",
           detail={"key": key, "domain_orders": [d.id for d in waiting]})
    start_ready(order, domains)
    roll_up(order, domains)
    return {"key": key, "domain_orders": [d.id for d in waiting]}


def order_data_fixed(order: ProductOrder, values: Mapping[str, Any], actor_id: int | None) -> None:
    """Carry ``values`` fixed on the order's lines (a fallout's "fix data and retry", e.g. the site's postcode) to the
    domain orders still to be done, so that the order has one site everywhere from then on: the data a pending or
    waiting domain order will start its plan with, and a running plan's data for the tasks it has not done yet (its
    open work orders show the fixed value). A completed domain order keeps what it was done with; a failing plan
    gets the fix with its retry."""
    lock_order(order.id)
    for domain in domain_orders(order.id):
        if domain.state in ("completed", "cancelled", "removed"):
            continue
        fixed = _fixed_data(domain.data, values)
        if not fixed:
            continue
        domain.data = {**domain.data, **fixed}
        if domain.state == "inProgress" and domain.instance_id is not None:
            instances.amend_data(domain.instance_id, fixed, actor_id=actor_id)


def _fixed_data(data: Mapping[str, Any], values: Mapping[str, Any]) -> dict[str, Any]:
    """The entries of a domain order's ``data`` that ``values`` change: those it holds by their names (the order's
    site, a fact), and its line's characteristics as the decomposition gave them (``characteristics``)."""
    fixed = {name: value for name, value in values.items() if name in data and data[name] != value}
    line = data.get("characteristics")
    if isinstance(line, Mapping) and any(name in line and line[name] != value for name, value in values.items()):
        fixed["characteristics"] = {**line, **{name: value for name, value in values.items() if name in line}}
    return fixed


def fulfilment_done(order_id: int) -> bool:
    domains = needed(domain_orders(order_id))
    return bool(domains) and all(d.state == "completed" for d in domains)


def start_ready(order: ProductOrder, domains: list[DomainOrder]) -> None:
    """Start every ``pending``/``waiting`` domain order (of ``domains``, the order's) whose data and
    dependencies are there."""
    by_id = {d.id: d for d in domains}
    ready = []
    for domain in domains:
        if domain.state not in ("pending", "waiting"):
            continue
        if any(key not in domain.data for key in domain.requires):
            domain.state = "pending"
        elif any(by_id[dep].state not in ("completed", "removed") for dep in domain.depends_on):
            domain.state = "waiting"
        else:
            ready.append(domain)
    if ready:
        _start(order, ready, by_id)


def _start(order: ProductOrder, ready: list[DomainOrder], by_id: dict[int, DomainOrder]) -> None:
    """Start the plans of ``ready`` together (stored by one INSERT), then mark them started."""
    started = instances.start_processes([instances.Start(domain.plan, {
        **domain.data, "upstream": {by_id[dep].spec_name: by_id[dep].result for dep in domain.depends_on},
        "installed": installed_record(order, domain)}, order.id) for domain in ready], actor_id=None)
    now = utcnow()
    for domain, instance in zip(ready, started):
        domain.state, domain.started_at, domain.instance_id = "inProgress", now, instance.id
        record(order, "domain_order_started", message=f"{domain.type} order {domain.id}: {domain.name}",
               detail={"domain_order": domain.id, "instance": instance.id, "plan": domain.plan})
    plans_finished([instance for instance in started if instance.status in _PLAN_STATES])  # within their first step


def plans_finished(finished: Sequence[ProcessInstance]) -> None:
    """Mark the domain orders run by the ``finished`` instances, then start their dependents and roll each order
    up once (idempotent: an instance that is not a plan, or whose domain order is marked, changes nothing)."""
    by_order: dict[int, list[ProcessInstance]] = {}
    for instance in finished:
        if instance.order_id is not None:  # else not a plan of an order's domain order
            by_order.setdefault(instance.order_id, []).append(instance)
    for order_id, plans in by_order.items():
        order = lock_order(order_id)
        domains = domain_orders(order_id)
        if any([_mark_finished(order, domains, plan) for plan in plans]):
            start_ready(order, domains)
            roll_up(order, domains)


def _mark_finished(order: ProductOrder, domains: list[DomainOrder], instance: ProcessInstance) -> bool:
    """Give the domain order run by ``instance`` its plan's outcome; False if there is none to give."""
    domain = next((d for d in domains if d.instance_id == instance.id), None)
    if domain is None or domain.state == _PLAN_STATES[instance.status]:
        return False  # the order's own process or a compensation, or marked already
    domain.state = _PLAN_STATES[instance.status]
    if domain.state == "completed":
        domain.completed_at = utcnow()
        domain.result = plan_result(instance)
    record(order, f"domain_order_{domain.state}", message=f"{domain.type} order {domain.id}: {domain.name}",
           detail={"domain_order": domain.id, "instance": instance.id})
    return True


def plan_result(instance: ProcessInstance) -> dict[str, Any]:
    """What a finished plan hands back: the data outputs its process declares (``bpmn:ioSpecification``);
    a plan that declares none hands back nothing."""
    declared = (instance.process_version.summary or {}).get("outputs") or []
    return {name: instance.data[name] for name in declared if name in instance.data}


def roll_up(order: ProductOrder, domains: list[DomainOrder], *, actor_id: int | None = None) -> None:
    """Derive the order's TMF622 state from its domain orders; resume the order once all completed.

    ``inProgress`` while any domain order runs or can still start; when none can: all completed →
    the order process closes the order; a failed one (its fallout case open) → ``held``, never a
    final state while the case can still be retried; otherwise (the rest cancelled for good) some
    completed → ``partial``, none → ``failed``, and the order process closes it with the lines delivered.
    ``actor_id``: the person whose act moves the order (a revision), None when its domain orders do.
    """
    domains = needed(domains)
    if not domains or order.state in _SETTLED:
        return
    state = _rolled_up_state(domains)
    if state in CLOSED_SHORT:
        state = _give_up_undelivered(order, domains)
    if state != order.state:
        record(order, "state_changed", actor_id=actor_id, message=f"{order.state} → {state}",
               detail={"from": order.state, "to": state})
        order.state = state
        for item in order.items:
            item.state = state
    if state == "held":  # a line that no failed work holds goes on: it said Held with all its work completed
        held = _held_lines(domains)
        for item in order.items:
            item.state = "held" if item.seq in held else "inProgress"
    ended = state in CLOSED_SHORT or all(d.state == "completed" for d in domains)
    if ended and order.instance_id is not None:  # the order process closes it (the lines delivered, if any)
        instances.resume_waiting_call(order.instance_id, AWAIT_CONNECTOR, _summary(order.id, domains))


CLOSED_SHORT = ("partial", "failed")  # nothing of the order runs any more, and some of it will never be delivered


def _give_up_undelivered(order: ProductOrder, domains: list[DomainOrder]) -> str:
    """Part of the order was given up (a fallout case): the domain orders that waited on it are cancelled, and so is
    the completed work of lines that will not be delivered (its plans' compensation handlers undo it). The order
    is ``partial`` if a domain order of a delivered line remains, else ``failed``."""
    undelivered = {seq for d in domains if d.state != "completed" for seq in d.item_seqs}
    for domain in domains:
        if domain.state in ("pending", "waiting") or (domain.state == "completed"
                                                      and set(domain.item_seqs) <= undelivered):
            undo.undo(order, domain, actor_id=None, reason="its line will not be delivered")
    return "partial" if any(d.state == "completed" for d in domains) else "failed"


def _rolled_up_state(domains: list[DomainOrder]) -> str:
    by_id = {d.id: d for d in domains}
    providers = data_providers(domains)

    def dead(domain: DomainOrder) -> bool:
        return domain.state in ("failed", "cancelled") or blocked(domain)

    def blocked(domain: DomainOrder) -> bool:
        """Waits for a domain order that will not complete, or for data that none of its providers will give."""
        lacking = [providers[key] for key in domain.requires if key not in domain.data and providers.get(key)]
        return (any(dead(by_id[dep]) for dep in domain.depends_on if dep in by_id)
                or any(all(dead(provider) for provider in some) for some in lacking))

    if any(d.state == "inProgress" or (d.state in ("pending", "waiting") and not blocked(d)) for d in domains):
        return "inProgress"
    if all(d.state == "completed" for d in domains):
        return "inProgress"  # the order process closes it (inventory first), then it is completed
    if any(d.state == "failed" for d in domains):
        return "held"  # a fallout case is open: retried, fixed or cancelled, the order goes on
    return "partial" if any(d.state == "completed" for d in domains) else "failed"


def _held_lines(domains: list[DomainOrder]) -> set[int]:
    """The lines (seqs) a failed domain order holds: its own, and those of the domain orders that wait on it, for
    its completion or for data only it (or others held) would provide, however far down."""
    providers = data_providers(domains)
    held = {d.id for d in domains if d.state == "failed"}
    waiting = [d for d in domains if d.state in ("pending", "waiting")]
    grew = True
    while grew:
        newly = {d.id for d in waiting if d.id not in held and (
            any(dep in held for dep in d.depends_on)
            or any(providers.get(key) and all(p.id in held for p in providers[key])
                   for key in d.requires if key not in d.data))}
        held |= newly
        grew = bool(newly)
    return {seq for d in domains if d.id in held for seq in d.item_seqs}


def data_providers(domains: Sequence[DomainOrder]) -> dict[str, list[DomainOrder]]:
    """Which of ``domains`` provide each data key others may require: their decomposition rule's ``provides`` (the
    field visit provides the survey result and the site's installation)."""
    providers: dict[str, list[DomainOrder]] = {}
    for domain in domains:
        for key in (domain.rule or {}).get("provides", []):
            providers.setdefault(key, []).append(domain)
    return providers


def summary(order_id: int) -> dict[str, Any]:
    return _summary(order_id, domain_orders(order_id))


def _summary(order_id: int, domains: list[DomainOrder]) -> dict[str, Any]:
    return {"order_id": order_id, "domain_orders": [
        {"id": d.id, "type": d.type, "spec": d.spec_name, "state": d.state} for d in domains]}
