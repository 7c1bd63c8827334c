"""The tasklist: a user's open work items with their order and customer, filtered, searched, sorted, paged.

Everything happens in one SQL query (plus a count), so a page stays fast however many orders there are.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.auth.models import User
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.extensions import db
from app.inbox.models import WorkItem
from app.inbox.service import visibility_params
from app.inbox.service import visible_items
from app.orders.models import CustomerAccount
from app.orders.models import ProductOrder
from app.validation import DB_INT_MAX

VIEWS = {"all": "All my work", "mine": "Mine", "unassigned": "Unassigned", "roles": "My roles", "late": "Late"}
SORTS = ("due", "-due", "created", "-created", "order", "-order", "task", "-task", "jeopardy", "-jeopardy")
PER_PAGE = 25
MAX_SEARCH = 100


@dataclass(frozen=True)
class TaskQuery:
    """What the user asked the list for; unknown values fall back to the defaults."""

    view: str = "all"
    search: str = ""
    sort: str = "due"
    page: int = 1

    @classmethod
    def from_args(cls, args: Any) -> TaskQuery:
        view = args.get("view", "all")
        sort = args.get("sort", "due")
        return cls(view=view if view in VIEWS else "all", search=str(args.get("q", "")).strip()[:MAX_SEARCH],
                   sort=sort if sort in SORTS else "due", page=_page(str(args.get("page", "1"))))


def _page(text: str) -> int:
    """A page number whose rows the database can skip to (``²`` is a digit to Python but no number; a page past
    the database's integers overflowed its OFFSET, a 500)."""
    page = int(text) if text.isascii() and text.isdigit() else 1
    return page if 1 <= page <= DB_INT_MAX // PER_PAGE else 1


@dataclass
class TaskRow:
    item: WorkItem
    order_id: int | None
    external_id: str | None
    customer: str | None
    late: bool


def _select(user: User, query: TaskQuery, now: datetime) -> Any:
    stmt = (select(WorkItem, ProductOrder.id, ProductOrder.external_id, CustomerAccount.name)
            .join(WorkItem.instance)
            .outerjoin(ProductOrder, ProductOrder.id == ProcessInstance.order_id)
            .outerjoin(CustomerAccount, CustomerAccount.id == ProductOrder.account_id)
            .where(WorkItem.status == "open", visible_items()))
    if query.view == "mine":
        stmt = stmt.where(WorkItem.assignee_id == user.id)
    elif query.view == "unassigned":
        stmt = stmt.where(WorkItem.assignee_id.is_(None))
    elif query.view == "roles":
        stmt = stmt.where(WorkItem.role.in_(sorted(user.roles)))
    elif query.view == "late":
        stmt = stmt.where(or_(WorkItem.jeopardy == "late", WorkItem.due_at < now))
    if query.search:
        stmt = stmt.where(_matches(query.search))
    return stmt.params(visibility_params(user))


def _matches(search: str) -> Any:
    """"#12": order 12; otherwise order id, external id, customer name or task title."""
    if search.startswith("#") and search[1:].isdigit() and len(search) < 13:
        return ProductOrder.id == int(search[1:])
    text = f"%{search.lower()}%"
    found: list[Any] = [func.lower(ProductOrder.external_id).like(text), func.lower(CustomerAccount.name).like(text),
             func.lower(WorkItem.title).like(text)]
    if search.isdigit() and len(search) < 12:
        found.append(ProductOrder.id == int(search))
    return or_(*found)


def _order_by(sort: str) -> list[Any]:
    descending = sort.startswith("-")
    column = {
        "due": WorkItem.due_at, "created": WorkItem.created_at, "order": ProductOrder.id, "task": WorkItem.title,
        "jeopardy": case((WorkItem.jeopardy == "late", 3), (WorkItem.jeopardy == "at_risk", 2),
                         (WorkItem.jeopardy == "on_track", 1), else_=0),
    }[sort.lstrip("-")]
    if sort.lstrip("-") == "jeopardy":
        descending = not descending  # the worst first is what "sort by jeopardy" means
    ordered = column.desc() if descending else column.asc()
    return [column.is_(None), ordered, WorkItem.id]  # dates nobody set go last, ties stay stable


def task_page(user: User, query: TaskQuery, *, per_page: int = PER_PAGE) -> tuple[list[TaskRow], int]:
    """One page of the user's open work and the total number of rows the filter matches."""
    now = utcnow()
    stmt = _select(user, query, now)
    total = db.session.scalar(select(func.count()).select_from(stmt.with_only_columns(WorkItem.id).subquery())) or 0
    rows = db.session.execute(stmt.options(joinedload(WorkItem.assignee)).order_by(*_order_by(query.sort))
                              .offset((query.page - 1) * per_page).limit(per_page)).all()
    return [TaskRow(item, order_id, external_id, customer,
                    item.jeopardy == "late" or (item.due_at is not None and item.due_at < now))
            for item, order_id, external_id, customer in rows], total


def next_task(user: User, after: WorkItem) -> WorkItem | None:
    """The task to open after completing ``after``: the most urgent open one the user may take."""
    stmt = _select(user, TaskQuery(), utcnow()).where(
        WorkItem.id != after.id, or_(WorkItem.assignee_id.is_(None), WorkItem.assignee_id == user.id))
    row = db.session.execute(stmt.order_by(*_order_by("due")).limit(1)).first()
    return row[0] if row else None
