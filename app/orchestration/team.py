"""The team timeline: every open work item of every open order on one chart, and a manager's moves on it.

A fulfilment manager filters by role, region (from the order's enrichment) and jeopardy, then hands a
task to someone of its role or moves its due time (earlier: more urgent; the SLA watch moves with it).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.auth.models import User
from app.auth.models import UserRole
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.errors import Conflict
from app.errors import Forbidden
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.inbox.models import WorkItem
from app.instances.service import record
from app.jeopardy import service as jeopardy
from app.orders import timeline as order_timeline
from app.orders.models import CustomerAccount
from app.orders.models import ProductOrder

MANAGERS = ("fulfillment_manager", "order_manager", "fallout_manager", "process_admin")
JEOPARDY = ("on_track", "at_risk", "late")
MAX_ROWS = 1000  # one chart; a filter narrows it


@dataclass(frozen=True)
class TeamFilter:
    role: str = ""
    region: str = ""
    jeopardy: str = ""

    @classmethod
    def from_args(cls, args: Any) -> TeamFilter:
        jeopardy = str(args.get("jeopardy", ""))
        return cls(role=str(args.get("role", ""))[:40], region=str(args.get("region", ""))[:100],
                   jeopardy=jeopardy if jeopardy in JEOPARDY else "")


def team_work(team: TeamFilter, now: datetime | None = None) -> dict[str, Any]:
    """Open work items as timeline items (one bar each, due-first), the filter choices and the count shown."""
    now = now or utcnow()
    stmt = (select(WorkItem, ProductOrder, CustomerAccount.name).join(WorkItem.instance)
            .outerjoin(ProductOrder, ProductOrder.id == ProcessInstance.order_id)
            .outerjoin(CustomerAccount, CustomerAccount.id == ProductOrder.account_id)
            .where(WorkItem.status == "open").options(joinedload(WorkItem.assignee)))
    if team.role:
        stmt = stmt.where(WorkItem.role == team.role)
    if team.jeopardy == "late":
        stmt = stmt.where(or_(WorkItem.jeopardy == "late", WorkItem.due_at < now))
    elif team.jeopardy:
        stmt = stmt.where(WorkItem.jeopardy == team.jeopardy)
    rows = db.session.execute(stmt.order_by(WorkItem.due_at.is_(None), WorkItem.due_at, WorkItem.id)
                              .limit(MAX_ROWS)).all()
    regions = sorted({_region(order) for _, order, _ in rows if _region(order)})
    if team.region:
        rows = [row for row in rows if _region(row[1]) == team.region]
    return {"order": {"now": now.isoformat(), "promised": None},
            "items": [_item(item, order, customer, now) for item, order, customer in rows],
            "regions": regions, "roles": sorted({item.role for item, _, _ in rows} | ({team.role} - {""})),
            "truncated": len(rows) >= MAX_ROWS}


def _region(order: ProductOrder | None) -> str:
    return str((order.enrichment or {}).get("region") or "") if order is not None else ""


def _item(item: WorkItem, order: ProductOrder | None, customer: str | None, now: datetime) -> dict[str, Any]:
    late = item.jeopardy == "late" or (item.due_at is not None and item.due_at < now)
    label = f"{item.title} · #{order.id} {customer}" if order is not None else item.title
    label += f" → {item.assignee.username}" if item.assignee else ""
    return {"id": f"w{item.id}", "work_item_id": item.id, "domain_order_id": None, "type": "work_order",
            "name": label, "depends_on": [], "order_id": order.id if order is not None else None,
            "region": _region(order), "role": item.role,
            "assignee": item.assignee.username if item.assignee else None,
            "planned_start": item.created_at.isoformat(), "planned_end": _iso(item.due_at),
            "start": item.created_at.isoformat(), "end": None,
            "forecast_end": _iso(max(now, item.due_at)) if item.due_at else None, "forecast_start": None,
            "state": "inProgress", "jeopardy": "late" if late else item.jeopardy, "fallout": False, "rule": None,
            "holders": []}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def people_for(roles: set[str]) -> dict[str, list[str]]:
    """Active usernames per role, for the reassign choices."""
    found: dict[str, list[str]] = {role: [] for role in roles}
    for user, role in db.session.execute(select(User.username, UserRole.role).join(UserRole)
                                         .where(UserRole.role.in_(sorted(roles)), User.active.is_(True))
                                         .order_by(User.username)):
        found[role].append(user)
    return found


def reassign(work_item_id: int, username: str, manager: User) -> WorkItem:
    """Hand an open work item to ``username`` (who must hold its role); "" releases it to the role."""
    item = _managed_item(work_item_id, manager)
    if not username:
        item.assignee_id = None
        record(item.instance, "task_unassigned", actor_id=manager.id, task_name=item.title)
        _note_on_order(item, manager, f"{item.title} handed back to the {item.role.replace('_', ' ')}s")
        return item
    user = db.session.scalar(select(User).where(User.username == username, User.active.is_(True)))
    if user is None:
        raise Invalid(errors=[{"field": "assignee", "message": f"no active user {username!r}"}])
    if item.role not in user.roles:
        raise Invalid(errors=[{"field": "assignee", "message": f"{username} does not have the role {item.role}"}])
    item.assignee_id = user.id
    record(item.instance, "task_assigned", actor_id=manager.id, task_name=item.title, message=f"to {username}")
    _note_on_order(item, manager, f"{item.title} assigned to {username}")
    db.session.flush()
    return item


def reschedule(work_item_id: int, due_at: datetime, manager: User) -> tuple[WorkItem, bool]:
    """Move an open work item's due time (and its SLA watch, keeping the watch's warning margin).

    The same minute as now (the form shows the due time to the minute) is no move: ``(item, False)``.
    """
    item = _managed_item(work_item_id, manager)
    if item.due_at is not None and item.due_at.replace(second=0, microsecond=0) == due_at:
        return item, False
    if due_at <= item.created_at:
        raise Invalid(errors=[{"field": "due", "message": "must be after the task was created"}])
    was = item.due_at
    jeopardy.move_item_due(item, due_at)
    item.due_at = due_at
    record(item.instance, "task_rescheduled", actor_id=manager.id, task_name=item.title,
           message=f"due {due_at.isoformat(timespec='minutes')}")
    _note_on_order(item, manager, f"{item.title} due {due_at:%Y-%m-%d %H:%M} UTC"
                                  + (f" (was {was:%Y-%m-%d %H:%M})" if was is not None else ""))
    db.session.flush()
    return item, True


def _note_on_order(item: WorkItem, manager: User, message: str) -> None:
    """The order's timeline says what a manager did to its work (it ended with the task late, after the manager
    had given it more time)."""
    order = db.session.get(ProductOrder, item.instance.order_id) if item.instance.order_id is not None else None
    if order is not None:
        order_timeline.record(order, "work_managed", actor_id=manager.id, message=message,
                              detail={"work_item": item.id})


def _managed_item(work_item_id: int, manager: User) -> WorkItem:
    if not manager.has_role(*MANAGERS):
        raise Forbidden("only managers change other people's work")
    item = db.session.get(WorkItem, work_item_id)
    if item is None:
        raise NotFound(f"no task {work_item_id}")
    if item.status != "open":
        raise Conflict(f"task {work_item_id} is already {item.status}")
    return item
