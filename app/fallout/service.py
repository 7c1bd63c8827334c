"""Fallout: failed tasks become cases, the ``fallout_policy`` decision says retry or hand to people.

A case follows one failing task of one instance. The policy (a deployed DMN decision with inputs
``error_code``, ``connector``, ``attempt`` and outputs ``category``, ``action``, ``retry_after``,
``assign_to``) is asked on every failure: ``retry`` schedules another attempt after ``retry_after``
(doubled for each attempt made), ``manual`` queues the case for the role ``assign_to``. A case is
resolved only when its task really succeeded; failing again adds an attempt to the same case.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from datetime import timedelta
from functools import cache
from typing import Any

import isodate
from sqlalchemy import Select
from sqlalchemy import bindparam
from sqlalchemy import select

from app.auth.models import User
from app.auth.roles import ROLES
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.engine.models import ServiceCall
from app.errors import Conflict
from app.errors import Forbidden
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.fallout.models import Fallout
from app.fallout.models import FalloutEvent
from app.instances import service as instances
from app.jeopardy import service as jeopardy
from app.jobs.queue import enqueue_unless_waiting
from app.orders.fixes import fix_order_lines
from app.rules import RulesError
from app.studio import decisions
from app.task_data import check_given_data

POLICY = "fallout_policy"
WORKERS = ("fallout_agent", "fallout_manager", "process_admin")
OPEN = ("open", "retrying")
DEFAULT_POLICY = {"category": "unclassified", "action": "manual", "retry_after": None, "assign_to": "fallout_agent"}


def follow_instance(instance: ProcessInstance) -> None:
    """Open or update the case of a failing task; resolve cases whose task has now succeeded, and
    close those of a cancelled instance.

    Only an instance in error or cancelled, or one whose failed task was just retried, skipped or its call
    made again, can have a case to open, resolve or close: other steps cost nothing here."""
    if instance.status not in ("error", "cancelled") and instances.step_of(instance)[0] != instances.RETRY:
        return
    if instance.status == "error":
        _record_failure(instance)
    for case in _cases(instance.id):
        if instance.status == "cancelled":  # the work was given up (e.g. its order was cancelled)
            case.status, case.resolved_at, case.next_retry_at = "cancelled", utcnow(), None
            jeopardy.close_watch("fallout", case.id)
            _audit(case, "cancelled", {"reason": "its instance was cancelled"})
        elif _task_succeeded(instance, case):
            # the attempt that succeeded counts too: the case said 1 attempt after a failure and a retry that worked
            case.attempt += 1
            case.status, case.resolved_at, case.next_retry_at = "resolved", utcnow(), None
            jeopardy.close_watch("fallout", case.id)
            _audit(case, "resolved", {"attempts": case.attempt})


def _cases(instance_id: int) -> list[Fallout]:
    return list(db.session.scalars(select(Fallout).where(Fallout.instance_id == instance_id,
                                                         Fallout.status.in_(OPEN))))


def _task_succeeded(instance: ProcessInstance, case: Fallout) -> bool:
    if instance.status == "error" and instance.error_task == case.task_name:
        return False
    if instance.status == "cancelled":
        return False
    pending = db.session.scalar(select(ServiceCall.id).where(
        ServiceCall.instance_id == instance.id, ServiceCall.task_name == case.task_name,
        ServiceCall.status.in_(("pending", "waiting"))).limit(1))
    return pending is None


def _record_failure(instance: ProcessInstance) -> None:
    case = next((c for c in _cases(instance.id) if c.task_name == instance.error_task), None)
    call = instances.failed_call(instance)
    if case is None:
        case = Fallout(instance_id=instance.id, order_id=instance.order_id, task_name=instance.error_task, attempt=0)
        db.session.add(case)
    elif case.status == "open" and not _new_failure(case, call):
        return  # the same failure seen again by a later listener call: nothing new
    case.attempt += 1
    case.message = instance.error_message
    case.connector = call.connector if call else ""
    case.error_code = (call.error_code if call else "") or _code_of(instance.error_message)
    case.payload = dict(call.params) if call else {}
    case.response = call.result if call else None
    _apply_policy(case)
    db.session.flush()
    if case.status == "open":  # people's work from now on: it has an SLA too
        jeopardy.watch_fallout(case.id, f"Fallout {case.id}: {case.task_name}", case.order_id, case.assign_to,
                               utcnow())
    _audit(case, "failed", {"attempt": case.attempt, "error_code": case.error_code, "message": case.message})


def _new_failure(case: Fallout, call: ServiceCall | None) -> bool:
    """A failure not yet counted: a newer failed call than the case has seen, or a retry in flight."""
    return case.status == "retrying" or (call is not None and call.finished_at is not None
                                         and call.finished_at > case.updated_at)


def _code_of(message: str) -> str:
    lowered = message.lower()
    if "no rule" in lowered or "nomatch" in lowered:
        return "NO_RULE"
    if "(engine_max_steps)" in lowered:  # the engine's own failures: a policy may route them apart
        return "STEP_LIMIT"
    if "(multi_instance_max_items)" in lowered:
        return "TOO_MANY_ITEMS"
    if "the instance stalled" in lowered:
        return "STALLED"
    return "SCRIPT_ERROR"


def _apply_policy(case: Fallout) -> None:
    facts = {"error_code": case.error_code, "connector": case.connector, "attempt": case.attempt}
    try:
        result = decisions.evaluate(POLICY, facts)
        outputs = {**DEFAULT_POLICY, **(result.as_dict() if not result.no_match else {})}
        case.policy = result.explain()
    except (NotFound, RulesError) as exc:  # no policy deployed, or a broken one: people decide
        outputs, case.policy = dict(DEFAULT_POLICY), {"error": str(exc)}
    case.category = str(outputs["category"] or "unclassified")
    case.assign_to = str(outputs["assign_to"]) if outputs["assign_to"] in ROLES else "fallout_agent"
    delay = _duration(outputs.get("retry_after"))
    if outputs["action"] == "retry" and delay is not None:
        case.action, case.status = "retry", "retrying"
        case.next_retry_at = utcnow() + delay * (2 ** (case.attempt - 1))
    else:
        case.action, case.status, case.next_retry_at = "manual", "open", None


def _duration(value: Any) -> timedelta | None:
    if not value:
        return None
    try:
        parsed = isodate.parse_duration(str(value))
    except (isodate.ISO8601Error, ValueError):
        return None
    return parsed if isinstance(parsed, timedelta) else None


def _audit(case: Fallout, kind: str, detail: dict[str, Any], actor_id: int | None = None) -> None:
    db.session.add(FalloutEvent(fallout=case, kind=kind, detail=detail, actor_id=actor_id))
    instances.record(case.instance, f"fallout_{kind}", actor_id=actor_id, task_name=case.task_name,
                     detail={"fallout": case.id, **detail})


# --- automatic retries ---------------------------------------------------------------------------

def due_retries(now: datetime) -> list[int]:
    return list(db.session.scalars(select(Fallout.id).where(Fallout.status == "retrying",
                                                            Fallout.next_retry_at <= now)))


def enqueue_due_retries(now: datetime | None = None) -> int:
    due = due_retries(now or utcnow())
    for fallout_id in due:
        enqueue_unless_waiting("retry_fallout", fallout_id=fallout_id)
    return len(due)


def retry_fallout(fallout_id: int) -> None:
    """The policy's automatic retry; does nothing if the case was handled meanwhile."""
    case = _locked(fallout_id)
    if case is None or case.status != "retrying" or case.instance.status != "error":
        return
    case.next_retry_at = None
    _audit(case, "retried", {"attempt": case.attempt + 1, "automatic": True})
    instances.retry(case.instance_id, actor_id=None)


# --- people's actions ----------------------------------------------------------------------------

def list_cases(*, status: str | None = "open", category: str | None = None, connector: str | None = None,
               order_id: int | None = None, role: str | None = None, limit: int = 100) -> list[Fallout]:
    query = select(Fallout).order_by(Fallout.created_at)
    for column, value in ((Fallout.status, status), (Fallout.category, category), (Fallout.connector, connector),
                          (Fallout.order_id, order_id), (Fallout.assign_to, role)):
        if value not in (None, ""):
            query = query.where(column == value)
    return list(db.session.scalars(query.limit(limit)))


def cases_of_instance(instance_id: int) -> list[Fallout]:
    """Every case of an instance, open or closed, oldest first (the instance page links them)."""
    return list(db.session.scalars(_cases_of_instance_query(), {"instance_id": instance_id}))


@cache
def _cases_of_instance_query() -> Select[Fallout]:
    """Built once (every instance shown over the API asks; building it cost as much as running it)."""
    return select(Fallout).where(Fallout.instance_id == bindparam("instance_id")).order_by(Fallout.id)


def get_case(fallout_id: int, user: User, *, to_act_on: bool = False) -> Fallout:
    """:param to_act_on: lock the case for an action on it (see :func:`_locked`)."""
    case = _locked(fallout_id) if to_act_on else db.session.get(Fallout, fallout_id)
    if case is None:
        raise NotFound(f"no fallout {fallout_id}")
    if not user.has_role(*WORKERS):
        raise Forbidden("fallouts are for fallout agents and managers")
    return case


def _locked(fallout_id: int) -> Fallout | None:
    """The case, its row locked until the transaction ends, as last committed: two actions on one case at once
    (people's, the policy's automatic retry) take turns, and the second sees what the first did (both used to see
    it open and both succeed, the case left as the later commit wrote it)."""
    return db.session.scalar(select(Fallout).where(Fallout.id == fallout_id).with_for_update()
                             .execution_options(populate_existing=True))


def _actionable(fallout_id: int, user: User) -> Fallout:
    case = get_case(fallout_id, user, to_act_on=True)
    if case.status not in OPEN:
        raise Conflict(f"fallout {fallout_id} is already {case.status}")
    if case.instance.status != "error":
        raise Conflict(f"the task of fallout {fallout_id} is not failing any more")
    return case


def retry(fallout_id: int, user: User, data: Mapping[str, Any] | None = None) -> Fallout:
    """Run the task again, after fixing its input with ``data`` when given.

    A fix also reaches the order: a value that is a characteristic of the order's lines (e.g.
    ``site_postcode``) is corrected there too, so the inventory records the fixed value.
    """
    case = _actionable(fallout_id, user)
    _audit(case, "retried", {"attempt": case.attempt + 1, "data": dict(data or {})}, user.id)
    case.status, case.next_retry_at = "retrying", None
    if data and case.order_id is not None:
        fixed = fix_order_lines(case.order_id, data, actor_id=user.id)
        if fixed:
            _audit(case, "order_fixed", {"lines": fixed}, user.id)
    instances.retry(case.instance_id, actor_id=user.id, data=data or None)
    return case


def same_cause(case: Fallout) -> list[Fallout]:
    """The order's other open cases with the same error: one fix usually mends them all."""
    if case.order_id is None:
        return []
    return [c for c in list_cases(status=None, order_id=case.order_id)
            if c.id != case.id and c.status in OPEN and c.error_code == case.error_code]


def retry_same_cause(fallout_id: int, user: User, data: Mapping[str, Any] | None = None) -> list[Fallout]:
    """Retry a case and every open case of its order with the same error, with the same fix."""
    siblings = same_cause(get_case(fallout_id, user))
    done = [retry(fallout_id, user, data)]
    for sibling in siblings:
        if sibling.status in OPEN and sibling.instance.status == "error":
            done.append(retry(sibling.id, user, data))
    return done


def skip(fallout_id: int, user: User, data: Mapping[str, Any], reason: str) -> Fallout:
    """Mark the task done with ``data`` as its output; a reason is required."""
    if not reason.strip():
        raise Invalid(errors=[{"field": "reason", "message": "say why the task is skipped"}])
    case = _actionable(fallout_id, user)
    if case.instance.status == "error":  # else instances.skip refuses it
        check_given_data(data)
        instances.check_skipped_answer(case.instance, data)  # before the case is marked skipped
    _audit(case, "skipped", {"data": dict(data), "reason": reason}, user.id)
    jeopardy.close_watch("fallout", case.id)
    # closed before the step, so the step's listener does not also record it as resolved "by its task succeeding"
    case.status, case.resolved_at = "skipped", utcnow()
    instances.skip(case.instance_id, actor_id=user.id, data=data, reason=reason, answer_checked=True)
    return case


def skipped_answer_shape(case: Fallout) -> dict[str, Any] | None:
    """What skipping the case's failing call gives (see ``instances.skipped_answer_shape``); None when its task is
    not a failing call."""
    return instances.skipped_answer_shape(case.instance) if case.instance.status == "error" else None


def cancel(fallout_id: int, user: User, reason: str) -> Fallout:
    """Give up on the work: cancel the instance the task belongs to."""
    case = _actionable(fallout_id, user)
    _audit(case, "cancelled", {"reason": reason}, user.id)
    jeopardy.close_watch("fallout", case.id)
    case.status, case.resolved_at = "cancelled", utcnow()
    instances.cancel(case.instance_id, actor_id=user.id, reason=reason or "cancelled from fallout")
    return case


def resolve(fallout_id: int, user: User, note: str) -> Fallout:
    """Close a case fixed outside Ordra (the instance stays as it is).

    :raises Conflict: the case is closed, or its task still fails: closing it would leave the work waiting on that
        task with no case for anyone to act on (done outside Ordra, the task is skipped with what it would give).
    """
    case = get_case(fallout_id, user, to_act_on=True)
    if case.status not in OPEN:
        raise Conflict(f"fallout {fallout_id} is already {case.status}")
    if case.instance.status == "error" and case.instance.error_task == case.task_name:
        raise Conflict(f"fallout {fallout_id}: '{case.task_name}' still fails and its work waits on it; retry it, "
                       "skip it with what it would have given (if it was done outside Ordra), or give it up")
    _audit(case, "closed", {"note": note}, user.id)
    jeopardy.close_watch("fallout", case.id)
    case.status, case.resolved_at = "resolved", utcnow()
    return case


def reassign(fallout_id: int, user: User, target: str) -> Fallout:
    """Hand an open case to a role (any of ``WORKERS``) or to a user with one of those roles.

    :raises Invalid: ``target`` is neither such a role nor such a user.
    :raises Conflict: the case is closed already.
    """
    case = get_case(fallout_id, user, to_act_on=True)
    if case.status not in OPEN:
        raise Conflict(f"fallout {fallout_id} is already {case.status}")
    if target in WORKERS:
        case.assign_to, case.assignee_id = target, None
    else:
        person = db.session.scalar(select(User).where(User.username == target))
        if person is None or not person.has_role(*WORKERS):
            raise Invalid(errors=[{"field": "target", "message": f"{target!r} is no fallout role or worker"}])
        case.assignee_id = person.id
    _audit(case, "reassigned", {"to": target}, user.id)
    return case


def reassign_many(fallout_ids: list[int], user: User, target: str) -> list[Fallout]:
    """Reassign each of ``fallout_ids`` (see ``reassign``); all or nothing, in the caller's unit of work."""
    if not fallout_ids:
        raise Invalid(errors=[{"field": "fallout_ids", "message": "tick at least one fallout"}])
    return [reassign(fallout_id, user, target) for fallout_id in fallout_ids]


def case_json(case: Fallout, *, with_events: bool = False) -> dict[str, Any]:
    body = {
        "id": case.id, "order_id": case.order_id, "instance_id": case.instance_id, "task": case.task_name,
        "connector": case.connector or None, "error_code": case.error_code, "message": case.message,
        "payload": case.payload, "response": case.response, "attempt": case.attempt, "category": case.category,
        "action": case.action, "assign_to": case.assign_to, "status": case.status,
        "next_retry_at": case.next_retry_at.isoformat() if case.next_retry_at else None,
        "created_at": case.created_at.isoformat(),
        "resolved_at": case.resolved_at.isoformat() if case.resolved_at else None,
    }
    if with_events:
        body["policy"] = case.policy
        body["events"] = [{"at": e.at.isoformat(), "kind": e.kind, "actor": e.actor.username if e.actor else None,
                           "detail": e.detail} for e in case.events]
    return body
