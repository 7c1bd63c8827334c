"""Revisions of an order in flight: add, change or remove lines, reconciled against what is already done.

A revision names lines the way TMF622 does (``productOrderItem``): a new line (a new ``id`` and
``"action": "add"``), an existing line by its ``id`` with changed ``product.productCharacteristic``,
or an existing line by its ``id`` with ``"action": "delete"``; lines not named stay as they are.
The revised order is priced from the catalog again and re-decomposed on paper; each domain order
of the order is then compared with what the revised order needs:

* ``unchanged``: still needed, its watched characteristics did not change;
* ``amend``: still needed with new data: not started → its data is replaced; running in a plan
  that waits for the message ``order_amended`` → the plan takes the new data itself; otherwise it
  is undone (plan cancelled, completed work compensated) and planned again with the new data;
* ``cancel`` / ``compensate``: no longer needed: stopped, and what it completed is undone;
* ``new``: needed and not there: created and started when ready;
* ``blocked``: would have to be undone past its point of no return: the revision is refused.

A revision that moves the order's site asks the site enrichment decision again (a changed fact
amends every domain order); the ``revision_approval`` decision says whether an order approver must
approve it first (the ``revision_approval`` process), in which case it is computed again and applied
when approved. An order still under review (its own process at technical details, discounts or its approval)
is revised without that: the process takes the revised order (message ``order_revised``) and its review is
taken again on it; a process that does not take it keeps the order from being revised until its task is done.
A dry run answers exactly this impact and changes nothing; a real revision computes
the same impact on the locked order and carries it out, so the two cannot disagree.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any

from flask import current_app
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app import rules
from app.auth.models import User
from app.catalog import pricing
from app.catalog.money import symbol
from app.database import savepoint
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.errors import Conflict
from app.errors import Invalid
from app.extensions import db
from app.inbox.models import WorkItem
from app.instances import service as instances
from app.orchestration import undo
from app.orchestration.decomposition import PlannedDomain
from app.orchestration.decomposition import materialise
from app.orchestration.decomposition import plan_line
from app.orchestration.decomposition import touched
from app.orchestration.models import DomainOrder
from app.orchestration.models import OrderRevision
from app.orchestration.service import data_providers
from app.orchestration.service import domain_orders
from app.orchestration.service import lock_order
from app.orchestration.service import roll_up
from app.orchestration.service import start_ready
from app.orders import service as orders
from app.orders.capture import ItemRequest
from app.orders.capture import apply_totals
from app.orders.capture import price_item
from app.orders.lifecycle import process_data
from app.orders.limits import check_item_count
from app.orders.models import OrderItem
from app.orders.models import ProductOrder
from app.orders.service import line_site
from app.orders.service import order_site
from app.orders.service import site_characteristic
from app.orders.timeline import line_change
from app.orders.timeline import record
from app.studio import decisions

REVISABLE = ("acknowledged", "inProgress", "pending", "held")
APPROVAL_DECISION = "revision_approval"
APPROVAL_PROCESS = "revision_approval"
AMEND_MESSAGE = "order_amended"  # what a running plan that models taking a change waits for
REVISED_MESSAGE = "order_revised"  # what the order's own process takes while people review the order


@dataclass
class _Line:
    """One line of the revised order."""

    item: OrderItem | None  # None: a new line
    request: ItemRequest
    priced: Any = None
    changed: set[str] | None = None  # characteristics that change (None: a new line)


@dataclass
class _Plan:
    lines: list[_Line]
    removed: list[OrderItem]
    effects: list[dict[str, Any]] = field(default_factory=list)
    planned_new: list[PlannedDomain] = field(default_factory=list)
    amended: dict[int, PlannedDomain] = field(default_factory=dict)  # domain order id → its new plan
    kept: dict[int, DomainOrder] = field(default_factory=dict)  # id(planned) → the domain order that stays
    totals: Any = None
    facts: dict[str, Any] = field(default_factory=dict)  # order-level facts of the revised order
    changed_facts: set[str] = field(default_factory=set)  # what re-enrichment changed
    enrichment: dict[str, Any] = field(default_factory=dict)  # the new site's enrichment, when it moved
    refusal: str | None = None  # why the revision cannot be made at all


def revise(order_id: int, user: User, items: Any, *, dry_run: bool,
           idempotency_key: str | None = None) -> tuple[dict[str, Any], bool]:
    """Revise (or, with ``dry_run``, assess revising) an order; return the impact and whether it was stored.

    :raises NotFound: no such order, or not the caller's to see.
    :raises Invalid: a malformed item, each error naming its field (``productOrderItem[1].id`` ...).
    :raises Conflict: the order cannot be revised now, or a domain order is past its point of no
        return (the impact then names it); a concurrent revision of the same order.
    """
    visible = orders.get_order(order_id, user).id
    based_on = _latest_number(visible)  # read before the lock: a revision committed meanwhile is a conflict
    order = lock_order(visible)
    if idempotency_key:
        earlier = db.session.scalar(select(OrderRevision).where(OrderRevision.order_id == order.id,
                                                                OrderRevision.idempotency_key == idempotency_key))
        if earlier is not None:
            return earlier.impact, False
    if order.state not in REVISABLE:
        raise Conflict(f"order {order.id} is {order.state} and can no longer be revised")
    if _latest_number(order.id) != based_on:
        raise Conflict(f"order {order.id} was revised by someone else at the same time; look at revision "
                       f"{_latest_number(order.id)} and try again")
    waiting = _pending(order.id)
    if waiting is not None:
        raise Conflict(f"revision {waiting.number} of order {order.id} awaits approval; it is decided first")
    plan = _plan(order, items)
    impact = _impact(order, plan)
    if dry_run:
        return impact, False
    if not impact["allowed"]:
        blocking = next((e["id"] for e in impact["domain_orders"] if e["effect"] == "blocked"), None)
        raise Conflict(impact["reason"], errors=[{"message": impact["reason"], "domain_order": blocking,
                                                  "impact": impact}])
    number = based_on + 1
    needs_approval = impact["approval"]["needed"]
    impact = {"revision": number, "status": "pendingApproval" if needs_approval else "applied", **impact}
    revision = OrderRevision(order_id=order.id, number=number, actor_id=user.id, idempotency_key=idempotency_key,
                             changes=list(items), impact=impact, status=impact["status"])
    _claim(revision)
    if needs_approval:
        _ask_approval(order, revision)
    else:
        _apply(order, plan, actor_id=user.id, number=number)
    db.session.flush()
    return impact, True


def outcome_message(order_id: int, impact: dict[str, Any]) -> str:
    """What a confirmed revision did, in words: applied, or waiting for an order approver (and why)."""
    if impact.get("status") == "pendingApproval":
        reason = (impact.get("approval") or {}).get("reason")
        return (f"Revision {impact['revision']} of order {order_id} awaits approval"
                f"{f': {reason}' if reason else ''}; the order is unchanged until an order approver approves it.")
    return f"Revision {impact['revision']} of order {order_id} is applied."


def _claim(revision: OrderRevision) -> None:
    """Store the revision first: its number is unique per order, so of two racing revisions one fails here.

    :raises Conflict: another revision of the order took the number (or the idempotency key) meanwhile.
    """
    try:
        with savepoint():
            db.session.add(revision)
    except IntegrityError:
        raise Conflict(f"order {revision.order_id} was revised by someone else at the same time; "
                       "look at its revisions and try again") from None


def decide(order_id: int, number: int, *, approve: bool, note: str, actor_id: int | None = None) -> dict[str, Any]:
    """Carry out an approver's decision on a revision awaiting approval; say what happened. The decision is
    recorded as ``actor_id``'s (the approver); what an approved revision does, as its author's.

    Approved, the revision is computed again on the order as it is now: what it does then is what
    is applied and recorded (it is refused if a domain order passed its point of no return meanwhile).
    """
    order = lock_order(order_id)
    revision = _pending(order_id)
    if revision is None or revision.number != number:
        return {"outcome": "unchanged", "message": f"revision {number} of order {order_id} awaits no decision"}
    revision.note, revision.decided_at = note, utcnow()
    if not approve:
        return _settle(order, revision, "rejected", note or "rejected by the approver", actor_id=actor_id)
    if order.state not in REVISABLE:
        return _settle(order, revision, "refused", f"the order is {order.state} now", actor_id=actor_id)
    try:
        plan = _plan(order, revision.changes)
    except Invalid as exc:
        return _settle(order, revision, "refused", "; ".join(e["message"] for e in exc.errors), actor_id=actor_id)
    impact = _impact(order, plan)
    if not impact["allowed"]:
        return _settle(order, revision, "refused", str(impact["reason"]), actor_id=actor_id)
    revision.impact = {"revision": number, "status": "applied", **impact}
    _apply(order, plan, actor_id=revision.actor_id, number=number)
    return _settle(order, revision, "applied", note, actor_id=actor_id)


def _settle(order: ProductOrder, revision: OrderRevision, status: str, message: str, *,
            actor_id: int | None) -> dict[str, Any]:
    revision.status = status
    revision.impact = {**revision.impact, "status": status}
    record(order, f"revision_{status}", actor_id=actor_id, message=f"revision {revision.number}: {message}"
           if message else f"revision {revision.number}", detail={"revision": revision.number})
    return {"outcome": status, "message": message}


def withdraw_pending(order: ProductOrder, *, actor_id: int | None) -> None:
    """Refuse the order's revision awaiting approval, if there is one, and withdraw its approval (the order is
    being cancelled: there is nothing left to revise)."""
    revision = _pending(order.id)
    if revision is None:
        return
    _settle(order, revision, "refused", "the order was cancelled", actor_id=actor_id)
    approvals = db.session.scalars(select(ProcessInstance.id).where(
        ProcessInstance.order_id == order.id, ProcessInstance.process_id == APPROVAL_PROCESS,
        ProcessInstance.status.not_in(("completed", "cancelled"))))
    for instance_id in list(approvals):
        instances.cancel(instance_id, actor_id=actor_id, reason="the order was cancelled")


def _pending(order_id: int) -> OrderRevision | None:
    return db.session.scalar(select(OrderRevision).where(OrderRevision.order_id == order_id,
                                                         OrderRevision.status == "pendingApproval"))


def _ask_approval(order: ProductOrder, revision: OrderRevision) -> None:
    """Start the revision approval process: an order approver decides, then it is carried out."""
    impact = revision.impact
    summary = "; ".join(f"{e['name']}: {e['effect']}" for e in impact["domain_orders"] if e["effect"] != "unchanged")
    data = {"order_id": order.id, "customer": order.account.name, "revision": revision.number,
            "approval_reason": impact["approval"]["reason"], "revision_note": "",
            "impact_summary": f"{summary or 'lines only'}; price change {impact['price_delta']['recurring']} a month, "
                              f"{impact['price_delta']['one_time']} once"}
    instances.start_process(APPROVAL_PROCESS, data, actor_id=revision.actor_id, order_id=order.id)
    record(order, "revision_requested", actor_id=revision.actor_id,
           message=f"revision {revision.number} awaits approval: {impact['approval']['reason']}",
           detail={"revision": revision.number})


def _latest_number(order_id: int) -> int:
    return db.session.scalar(select(func.max(OrderRevision.number)).where(OrderRevision.order_id == order_id)) or 0


def _plan(order: ProductOrder, items: Any) -> _Plan:
    """Read the request against the order's lines and price the revised order. :raises Invalid:"""
    if not isinstance(items, list) or not items:
        raise Invalid(errors=[{"field": "productOrderItem", "message": "a non-empty list of order items"}])
    check_item_count(len(items))
    # Lines are named by the integrator's item id where it gave one, else by their number.
    by_id = {str(item.seq): item for item in order.items} | {item.client_id: item for item in order.items
                                                              if item.client_id}
    lines = {item.seq: _Line(item, ItemRequest(item.offering_id, item.action, item.quantity,
                                               dict(item.characteristics), list(item.adjustments),
                                               item.product_ref)) for item in order.items}
    removed: list[OrderItem] = []
    new: list[_Line] = []
    errors: list[dict[str, Any]] = []
    for index, raw in enumerate(items):
        prefix = f"productOrderItem[{index}]"
        try:
            _read_item(raw, prefix, by_id, lines, removed, new)
        except Invalid as exc:
            errors.extend(exc.errors)
    kept = [line for seq, line in lines.items() if line.item not in removed] + new
    check_item_count(len(kept))
    if not kept and not errors:
        errors.append({"field": "productOrderItem", "message": "a revision cannot remove every line; cancel instead"})
    for line in kept:
        try:
            line.priced = price_item(line.request, line.request.field_prefix or _untouched_prefix(line),
                                     sold_already=line.item is not None)
        except Invalid as exc:
            errors.extend(exc.errors)
    if errors:
        raise Invalid(errors=errors)
    for line in kept:
        if line.item is not None:
            line.changed = {name for name, value in line.request.characteristics.items()
                            if line.item.characteristics.get(name) != value}
    if not removed and not new and not any(line.changed for line in kept):
        raise Invalid(errors=[{"field": "productOrderItem", "message": "the revision changes nothing: each line it "
                                                                      "names already has those values"}])
    plan = _Plan(lines=kept, removed=removed)
    plan.totals = pricing.price_order([line.priced for line in kept], order.adjustments,
                                      limits=pricing.approval_limits())
    return plan


def _untouched_prefix(line: _Line) -> str:
    """How errors name a line the request left alone (it can fail when the catalog changed since):
    by its id, as the request would name it, since it has no place in the request's list."""
    assert line.item is not None  # new lines always come from the request
    return f"productOrderItem[id={line.item.client_id or line.item.seq}]"


def _read_item(raw: Any, prefix: str, by_id: dict[str, OrderItem], lines: dict[int, _Line],
               removed: list[OrderItem], new: list[_Line]) -> None:
    if not isinstance(raw, dict):
        raise Invalid(errors=[{"field": prefix, "message": "an object"}])
    item_id, action = str(raw.get("id") or ""), raw.get("action")
    product = raw.get("product") or {}
    characteristics = product.get("productCharacteristic") if isinstance(product, dict) else None
    if characteristics is not None and not isinstance(characteristics, list):
        raise Invalid(errors=[{"field": f"{prefix}.product.productCharacteristic", "message": "a list"}])
    values = {str(c.get("name")): c.get("value") for c in characteristics or [] if isinstance(c, dict)}
    existing = by_id.get(item_id)
    if action == "add":
        if existing is not None:
            raise Invalid(errors=[{"field": f"{prefix}.id",
                                   "message": f"line {item_id} exists; a new line needs a new id"}])
        offering_ref = raw.get("productOffering")
        offering = offering_ref.get("id") if isinstance(offering_ref, dict) else None
        new.append(_Line(None, ItemRequest(offering, "add", raw.get("quantity", 1), values, field_prefix=prefix,
                                           client_id=item_id[:100])))
        return
    if existing is None:
        raise Invalid(errors=[{"field": f"{prefix}.id", "message": f"the order has no line {item_id!r}; "
                                                                   "a new line needs \"action\": \"add\""}])
    if action == "delete":
        removed.append(existing)
    elif action in (None, "modify", existing.action):
        if "quantity" in raw and raw["quantity"] != existing.quantity:
            raise Invalid(errors=[{"field": f"{prefix}.quantity",
                                   "message": f"line {item_id} has quantity {existing.quantity}, and a line's "
                                              "quantity is not changed in flight: delete the line and add one "
                                              "with the quantity wanted"}])
        lines[existing.seq].request.characteristics.update(values)
        lines[existing.seq].request.field_prefix = prefix  # its errors name the caller's item, not the order's
    else:
        raise Invalid(errors=[{"field": f"{prefix}.action", "message": "add (a new line), delete, or leave out"}])


def _impact(order: ProductOrder, plan: _Plan) -> dict[str, Any]:
    """What the revision would do to each domain order of ``order``, and to the price."""
    domains = [d for d in domain_orders(order.id) if d.state not in ("cancelled", "removed")]
    facts = _facts(order)
    _re_enrich(order, plan, facts or {})
    if domains or facts is not None:
        _reconcile(order, plan, domains, plan.facts)
    blocked = [e for e in plan.effects if e["effect"] == "blocked"]
    under_review, review_task = _under_review(order), _review_task(order)
    reason = (plan.refusal or (None if under_review or review_task is None else _review_refusal(order, review_task))
              or (blocked[0]["reason"] if blocked else None))
    delta = {"recurring": plan.totals.recurring_total - order.recurring_total,
             "one_time": plan.totals.one_time_total - order.one_time_total}
    return {"allowed": reason is None, "reason": reason, "domain_orders": plan.effects,
            "price_delta": {key: str(value) for key, value in delta.items()},
            "approval": _approval(plan, delta, review_task if under_review else None)}


def _approval(plan: _Plan, delta: dict[str, Any], review_task: str | None) -> dict[str, Any]:
    """Whether the revision must be approved first, as the ``revision_approval`` decision says.

    Not while the order is still under review: its own process takes the revised order back to its approval steps
    (discounts, order approval), which decide the order as it then is; asking an approver for the revision as well
    would have the same order approved twice, once as a change to an order nobody approved yet. ``review``
    names the task that is taken again then (the pages say so before the revision is confirmed)."""
    if review_task is not None:
        return {"needed": False, "reason": None, "review": review_task}
    facts = {"discounts_over_limit": bool(plan.totals.requires_approval), "recurring_delta": delta["recurring"],
             "one_time_delta": delta["one_time"]}
    outputs = rules.to_jsonable(decisions.evaluate(APPROVAL_DECISION, facts).require().as_dict())
    return {"needed": bool(outputs.get("approval_needed")), "reason": outputs.get("reason") or None}


def _facts(order: ProductOrder) -> dict[str, Any] | None:
    """The order-level facts it was decomposed with, as its last revision left them (None: not decomposed yet)."""
    event = next((e for e in reversed(order.events) if e.kind in ("decomposed", "revised") and "facts" in e.detail),
                 None)
    return dict(event.detail["facts"]) if event is not None else None


def _re_enrich(order: ProductOrder, plan: _Plan, facts: dict[str, Any]) -> None:
    """Ask the site enrichment decision again when the revision moves the order's site (the configured
    ``SITE_CHARACTERISTIC``, ``SITE_ENRICHMENT_DECISION`` and its ``SITE_ENRICHMENT_REFUSAL_OUTPUT``).

    Every domain order carries the site's facts, so a changed fact amends them all; a site the
    decision does not know (a person would have to enter its details) cannot be revised into.
    """
    plan.facts = dict(facts)
    site = site_characteristic()
    new_site = line_site(line.request.characteristics for line in plan.lines)
    if new_site == order_site(order):
        return
    config = current_app.config
    decision, refusal = config["SITE_ENRICHMENT_DECISION"], config["SITE_ENRICHMENT_REFUSAL_OUTPUT"]
    outputs = rules.to_jsonable(decisions.evaluate(decision, {site: new_site}).require().as_dict()) if decision else {}
    if refusal and outputs.get(refusal):
        plan.refusal = (f"the new site {new_site} is not one the enrichment rules know (a person would have to "
                        "enter its details): cancel the order and order again")
        return
    plan.enrichment = {key: value for key, value in outputs.items() if key in facts}  # the facts the order carries
    plan.facts = {**facts, **plan.enrichment, site: new_site}
    plan.changed_facts = {key for key in plan.enrichment if plan.facts.get(key) != facts.get(key)} | {site}


def _reconcile(order: ProductOrder, plan: _Plan, domains: list[DomainOrder], facts: dict[str, Any]) -> None:
    removed_seqs = {item.seq for item in plan.removed}
    for domain in domains:
        if set(domain.item_seqs) & removed_seqs:
            plan.effects.append(_undo_effect(domain, "the line is removed"))
    for line in plan.lines:
        item = line.item or _draft_item(order, plan, line)
        planned = plan_line(order, _revised(item, line), facts)
        mine: dict[str, DomainOrder | None] = {d.spec_name: d for d in domains if item.seq in d.item_seqs}
        for node in planned:
            existing = mine.pop(node.spec_name, None)
            if existing is None:
                plan.planned_new.append(node)
                plan.effects.append({"id": None, "name": node.name, "effect": "new", "reason": None})
            elif plan.changed_facts or (line.changed and touched(node.watches, line.changed)):
                plan.kept[id(node)] = existing
                plan.amended[existing.id] = node
                plan.effects.append(_amend_effect(existing, (line.changed or set()) | plan.changed_facts))
            else:
                plan.kept[id(node)] = existing
                plan.effects.append({"id": existing.id, "name": existing.name, "effect": "unchanged", "reason": None})
        for unneeded in mine.values():  # the revised line no longer needs it (e.g. static_ip turned off)
            if unneeded is not None:
                plan.effects.append(_undo_effect(unneeded, "the revised line no longer needs it"))


def _draft_item(order: ProductOrder, plan: _Plan, line: _Line) -> OrderItem:
    """An unsaved item for a new line, numbered after the order's lines (planning only)."""
    seq = max([i.seq for i in order.items] + [0]) + 1 + [ln for ln in plan.lines if ln.item is None].index(line)
    return OrderItem(seq=seq, action="add", offering_id=line.priced.offering_id,
                     offering_name=line.priced.offering_name,
                     quantity=line.request.quantity, characteristics=line.request.characteristics,
                     recurring_total=line.priced.recurring_total, one_time_total=line.priced.one_time_total,
                     product_ref="")


def _revised(item: OrderItem, line: _Line) -> OrderItem:
    """``item`` as the revision leaves it (unsaved copy: planning must not change the order)."""
    return OrderItem(seq=item.seq, action=item.action, offering_id=item.offering_id, offering_name=item.offering_name,
                     quantity=line.request.quantity, characteristics=dict(line.request.characteristics),
                     recurring_total=line.priced.recurring_total, one_time_total=line.priced.one_time_total,
                     product_ref=item.product_ref)


def _undo_effect(domain: DomainOrder, why: str) -> dict[str, Any]:
    verdict = undo.assess(domain)
    if not verdict.possible:
        return {"id": domain.id, "name": domain.name, "effect": "blocked", "reason": verdict.reason}
    reason = f"{why}; undone by: {verdict.reason}" if verdict.effect == "compensate" else why
    return {"id": domain.id, "name": domain.name, "effect": verdict.effect, "reason": reason}


def _amend_effect(domain: DomainOrder, changed: set[str]) -> dict[str, Any]:
    what = ", ".join(sorted(changed))
    if domain.state in ("pending", "waiting"):
        return {"id": domain.id, "name": domain.name, "effect": "amend", "reason": f"{what} changed; not started yet"}
    verdict = undo.assess(domain)
    if not verdict.possible:
        return {"id": domain.id, "name": domain.name, "effect": "blocked", "reason": verdict.reason}
    if _takes_amendment(domain):
        return {"id": domain.id, "name": domain.name, "effect": "amend",
                "reason": f"{what} changed; its running plan takes the amendment (message {AMEND_MESSAGE})"}
    return {"id": domain.id, "name": domain.name, "effect": "amend",
            "reason": f"{what} changed; its plan is undone ({verdict.reason or 'nothing done yet'}) and runs again"}


def _takes_amendment(domain: DomainOrder) -> bool:
    """Does the domain order's running plan model taking a change (it waits for ``order_amended`` now)?"""
    return (domain.state == "inProgress" and domain.instance_id is not None
            and instances.waits_for_message(domain.instance_id, AMEND_MESSAGE))


def _apply(order: ProductOrder, plan: _Plan, *, actor_id: int | None, number: int) -> None:
    reason = f"revision {number}"
    said = _line_changes(plan) + _price_change(order, plan)  # read before the lines change below
    domains = {d.id: d for d in domain_orders(order.id)}
    for effect in plan.effects:
        domain = domains.get(effect["id"]) if effect["id"] else None
        if domain is None:
            continue
        if effect["effect"] in ("cancel", "compensate"):
            undo.undo(order, domain, actor_id=actor_id, reason=reason)
            domain.state = "removed"  # no longer part of the order: its completion is not awaited
        elif effect["effect"] == "amend":
            _amend(order, domain, plan.amended[domain.id], actor_id=actor_id, reason=reason)
    _revise_items(order, plan)
    current = domain_orders(order.id)
    provided = {key: d.data[key] for d in current for key in d.requires if key in d.data}
    awaited = {key for d in current if d.state not in ("cancelled", "removed") for key in d.requires}
    awaited |= {key for node in plan.planned_new for key in node.provides}
    for node in plan.planned_new:
        node.data = {**node.data, **{k: v for k, v in provided.items() if k in node.requires}}
    materialise(order, plan.planned_new, provided=awaited | set(provided), stored=plan.kept)
    if plan.enrichment:
        order.enrichment = {**order.enrichment, **plan.enrichment}
        record(order, "enriched", actor_id=actor_id, message=", ".join(f"{k}: {v}" for k, v in plan.enrichment.items()),
               detail=dict(plan.enrichment))
    effects = ", ".join(f"{e['name']} {e['effect']}" for e in plan.effects if e["effect"] != "unchanged")
    record(order, "revised", actor_id=actor_id,
           message=f"revision {number}: {'; '.join(said)}" + (f"; domain orders: {effects}" if effects else ""),
           detail={"revision": number, "changes": said, **({"facts": plan.facts} if _facts(order) is not None else {})})
    current = domain_orders(order.id)
    _stop_waiting_for_removed(order, current, actor_id=actor_id)
    start_ready(order, current)
    roll_up(order, current, actor_id=actor_id)
    _tell_review(order, actor_id=actor_id)


def _under_review(order: ProductOrder) -> bool:
    """Is the order's own process where people review the order (technical details, discounts, its approval) and
    modelled to take a revision there (it waits for ``order_revised``)?"""
    return order.instance_id is not None and instances.waits_for_message(order.instance_id, REVISED_MESSAGE)


def _review_task(order: ProductOrder) -> str | None:
    """The person's task the order's own process waits at (an approval...), if it waits at one."""
    if order.instance_id is None:
        return None
    return db.session.scalar(select(WorkItem.title).where(WorkItem.instance_id == order.instance_id,
                                                          WorkItem.status == "open").limit(1))


def _review_refusal(order: ProductOrder, review_task: str) -> str:
    """Why the order cannot be revised now: its own process waits at a person's task that does not take a revision
    (a process version modelled before ``order_revised``), so the task would go on showing the order as it was, and
    its decision would be taken on an order that no longer exists."""
    return (f"order {order.id} waits at '{review_task}', whose process does not take a revision (message "
            f"{REVISED_MESSAGE}): complete that task first, or move the process to a version that takes revisions")


def _tell_review(order: ProductOrder, *, actor_id: int | None) -> None:
    """Hand the revised order to its own process if people are reviewing it: the process started with the order as
    captured, and its open task shows those lines and that price. The shipped process closes the task, takes the
    order as it now is and decides again (discounts, approval) on that, so nobody decides on an order that is gone."""
    if _under_review(order):
        instances.deliver_message(int(order.instance_id or 0), REVISED_MESSAGE, process_data(order),
                                  actor_id=actor_id)


def _stop_waiting_for_removed(order: ProductOrder, domains: list[DomainOrder], *, actor_id: int | None) -> None:
    """Data that only removed domain orders would have provided never comes: the domain orders still waiting for it
    stop waiting, as decomposition drops a requirement nobody provides (billing no longer waits for the installation
    of a removed installation line)."""
    providers = data_providers(domains)
    for domain in domains:
        if domain.state not in ("pending", "waiting"):
            continue
        orphaned = [key for key in domain.requires if key not in domain.data
                    and all(provider.state == "removed" for provider in providers.get(key, []))]
        if orphaned:
            domain.requires = [key for key in domain.requires if key not in orphaned]
            record(order, "domain_order_amended", actor_id=actor_id,
                   message=f"{domain.type} order {domain.id}: {domain.name} no longer waits for "
                           f"{', '.join(orphaned)} (what would have provided it was removed)",
                   detail={"domain_order": domain.id, "dropped_requirements": orphaned})


def _line_changes(plan: _Plan) -> list[str]:
    """What the revision does to the lines, in the words of the order page (the customer reads them too)."""
    said = [f"{item.offering_name} removed" for item in plan.removed]
    for line in plan.lines:
        if line.item is None:
            said.append(f"{line.priced.offering_name} added")
        elif line.changed:
            said.append(line_change(line.item.offering_id, line.item.offering_name, line.item.characteristics,
                                    line.request.characteristics, line.changed))
    return said


def _price_change(order: ProductOrder, plan: _Plan) -> list[str]:
    """The change of the order's price, if any: "price +£136.00 a month"."""
    sign = symbol(order.currency)
    deltas = [(plan.totals.recurring_total - order.recurring_total, "a month"),
              (plan.totals.one_time_total - order.one_time_total, "once")]
    moved = [f"{'+' if d > 0 else '−'}{sign}{abs(d):,.2f} {when}" for d, when in deltas if d]
    return [f"price {' and '.join(moved)}"] if moved else []


def _amend(order: ProductOrder, domain: DomainOrder, node: PlannedDomain, *, actor_id: int | None,
           reason: str) -> None:
    """Give ``domain`` its new data; a started one is undone first and planned again."""
    kept = {key: domain.data[key] for key in domain.requires if key in domain.data}
    if _takes_amendment(domain):
        domain.data = {**node.data, **kept, "domain_order_id": domain.id}
        instances.deliver_message(int(domain.instance_id or 0), AMEND_MESSAGE, domain.data, actor_id=actor_id)
        record(order, "domain_order_amended", actor_id=actor_id, message=f"{domain.type} order {domain.id}: "
               f"{domain.name} (its plan took the amendment)", detail={"domain_order": domain.id, "reason": reason})
        return
    if domain.state not in ("pending", "waiting"):
        undo.undo(order, domain, actor_id=actor_id, reason=reason)
        domain.state, domain.instance_id, domain.result = "pending", None, {}
        domain.started_at = domain.completed_at = None
    domain.data = {**node.data, **kept, "domain_order_id": domain.id}
    record(order, "domain_order_amended", actor_id=actor_id, message=f"{domain.type} order {domain.id}: {domain.name}",
           detail={"domain_order": domain.id, "reason": reason})


def _revise_items(order: ProductOrder, plan: _Plan) -> None:
    """Change, add and remove the order's lines (existing lines keep their number) and its totals."""
    for item in plan.removed:
        order.items.remove(item)
    next_seq = max([i.seq for i in order.items] + [i.seq for i in plan.removed] + [0]) + 1
    for line in plan.lines:
        if line.item is None:
            line.item = OrderItem(seq=next_seq, action="add", offering_id=line.priced.offering_id, state=order.state,
                                  client_id=line.request.client_id)
            next_seq += 1
            order.items.append(line.item)
        item = line.item
        item.offering_name, item.quantity = line.priced.offering_name, line.request.quantity
        item.characteristics = dict(line.request.characteristics)
        item.adjustments = [pricing.adjustment_json(a) for a in line.priced.adjustments]
        item.unit_recurring, item.unit_one_time = line.priced.unit_recurring, line.priced.unit_one_time
        item.recurring_total, item.one_time_total = line.priced.recurring_total, line.priced.one_time_total
    apply_totals(order, plan.totals)  # the order's discounts too: a percentage takes its share of the new price
    db.session.flush()


def revisions_of(order_id: int) -> list[OrderRevision]:
    return list(db.session.scalars(select(OrderRevision).where(OrderRevision.order_id == order_id)
                                   .order_by(OrderRevision.number)))


def revision_json(revision: OrderRevision) -> dict[str, Any]:
    return {"number": revision.number, "status": revision.status, "at": revision.created_at.isoformat(),
            "by": revision.actor_id, "changes": revision.changes, "impact": revision.impact,
            "note": revision.note, "decided_at": revision.decided_at.isoformat() if revision.decided_at else None}
