"""The inbox: who may see, claim and complete which work item."""
from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy import Select
from sqlalchemy import and_
from sqlalchemy import bindparam
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import aliased
from sqlalchemy.orm import joinedload
from sqlalchemy.orm import load_only
from sqlalchemy.orm import undefer
from sqlalchemy.orm.attributes import set_committed_value

from app import taskforms
from app.auth.models import User
from app.database import utcnow
from app.engine.models import ProcessInstance
from app.errors import Conflict
from app.errors import Forbidden
from app.errors import NotFound
from app.extensions import db
from app.inbox import materialise
from app.inbox.models import WorkItem
from app.instances import service as instances
from app.orders.models import ProductOrder
from app.orders.service import account_of
from app.task_data import check_given_data

CUSTOMER = "customer"


def visible_items() -> ColumnElement[bool]:
    """Which work items a user may see, as SQL with the parameters :func:`visibility_params` gives: those of
    their roles, those assigned to them, and, for a customer, a customer task only of their own account's orders
    (a lane named "Customer" gives its tasks to every customer; each of them may see only their own)."""
    own_orders = select(ProcessInstance.id).join(ProductOrder, ProductOrder.id == ProcessInstance.order_id).where(
        ProductOrder.account_id == bindparam("account_id"))
    return or_(WorkItem.role.in_(bindparam("roles", expanding=True)),
               and_(WorkItem.role == CUSTOMER, WorkItem.instance_id.in_(own_orders.scalar_subquery())),
               WorkItem.assignee_id == bindparam("user_id"))


def visibility_params(user: User) -> dict[str, Any]:
    """The parameters of :func:`visible_items` for ``user``."""
    account = account_of(user) if user.has_role(CUSTOMER) else None
    return {"roles": sorted(user.roles - {CUSTOMER}), "user_id": user.id, "account_id": account.id if account else -1}


def list_work_items(user: User, *, status: str = "open", role: str | None = None, limit: int = 50,
                    after_id: int = 0) -> list[WorkItem]:
    """Work items the user may see (:func:`visible_items`), oldest first, after ``after_id``, with each item's
    order and assignee."""
    params = {**visibility_params(user), "status": status, "after_id": after_id, "limit": limit}
    return list(db.session.scalars(_inbox_page_query(bool(role)), {**params, "role": role} if role else params))


@cache
def _inbox_page_query(by_role: bool) -> Select[WorkItem]:
    """:func:`list_work_items`' statement, built once (an API client lists its inbox often, and building the
    statement cost SQLAlchemy twice what running it did)."""
    query = select(WorkItem).where(visible_items(), WorkItem.status == bindparam("status"),
                                   WorkItem.id > bindparam("after_id"))
    if by_role:
        query = query.where(WorkItem.role == bindparam("role"))
    return (query.order_by(WorkItem.id).limit(bindparam("limit"))
            .options(joinedload(WorkItem.instance).load_only(ProcessInstance.order_id, ProcessInstance.process_id),
                     joinedload(WorkItem.assignee)))


def get_work_item(work_item_id: int, user: User) -> WorkItem:
    """:raises NotFound: no such item. :raises Forbidden: the item is for a role the user lacks."""
    item = db.session.scalars(_work_item_query(), {"work_item_id": work_item_id}).one_or_none()
    return _visible(item, work_item_id, user)


def _visible(item: WorkItem | None, work_item_id: int, user: User) -> WorkItem:
    """As :func:`visible_items`: another account's customer task does not exist for a customer (404); another
    role's task is forbidden (403)."""
    if item is None or (item.role == CUSTOMER and item.assignee_id != user.id and user.has_role(CUSTOMER)
                        and not _of_own_account(item, user)):
        raise NotFound(f"no task {work_item_id}")
    if item.role not in user.roles and item.assignee_id != user.id:
        raise Forbidden(f"task {work_item_id} is for the role {item.role}")
    return item


def _of_own_account(item: WorkItem, user: User) -> bool:
    order_id = db.session.scalar(select(ProcessInstance.order_id).where(ProcessInstance.id == item.instance_id))
    order = db.session.get(ProductOrder, order_id) if order_id is not None else None
    account = account_of(user)
    return order is not None and account is not None and order.account_id == account.id


def may_open_task(user: User, role: str, assignee: str | None) -> bool:
    """Whether ``user`` may open a task for ``role`` claimed by ``assignee`` (a username), as :func:`_visible`
    decides: pages link a task only for those who can open it."""
    return role in user.roles or (assignee is not None and assignee == user.username)


def _item_to_complete(work_item_id: int, user: User) -> WorkItem:
    """The open item with its instance's saved workflow and the instance's open items, in one statement:
    completing the item steps the instance (``instances.get_instance`` finds it in the session), whose step
    brings those items in line (``materialise`` is told them instead of reading them again).

    :raises NotFound, Forbidden: as :func:`get_work_item`. :raises Conflict: the item is not open.
    """
    rows = db.session.execute(_item_to_complete_query(), {"work_item_id": work_item_id}).all()
    item = _visible(rows[0][0] if rows else None, work_item_id, user)
    if item.status != "open":
        raise Conflict(f"task {work_item_id} is already {item.status}")
    materialise.note_open_items(item.instance_id, [open_item for _item, open_item in rows if open_item is not None])
    return item


@cache
def _item_to_complete_query() -> Select[WorkItem, WorkItem]:
    open_item = aliased(WorkItem)
    return (select(WorkItem, open_item).where(WorkItem.id == bindparam("work_item_id"))
            .outerjoin(open_item, and_(open_item.instance_id == WorkItem.instance_id, open_item.status == "open"))
            .options(joinedload(WorkItem.instance).undefer(ProcessInstance.state), undefer(WorkItem.task_data))
            .order_by(open_item.id))


@cache
def _work_item_query() -> Select[WorkItem]:
    """Built once: a request asks for one item it has not loaded, and ``Session.get`` builds its statement anew
    every time (twice what running it costs)."""
    return select(WorkItem).where(WorkItem.id == bindparam("work_item_id"))


def form_spec(item: WorkItem) -> taskforms.FormSpec:
    """The form of a work item, built from the spec stored with it.

    The key keeps the schema's own key order: fields show in the order the form file lists them.
    """
    return _form_spec(json.dumps(item.form or {}))


@lru_cache(maxsize=512)
def _form_spec(form_json: str) -> taskforms.FormSpec:
    """Form specs are immutable and shared by many work items: check and build each one once."""
    form = json.loads(form_json)
    if form.get("kind") == "camunda":
        return taskforms.spec_from_camunda_fields(form["fields"])
    if form.get("kind") == "json_schema":
        return taskforms.spec_from_json_schema(form["schema"], form.get("ui"))
    return taskforms.spec_from_json_schema({"type": "object", "properties": {}})


def claim(work_item_id: int, user: User) -> WorkItem:
    item = _open_item(work_item_id, user)
    if item.assignee_id not in (None, user.id):
        raise Conflict(f"task {work_item_id} is claimed by {item.assignee.username}")
    item.assignee_id = user.id
    instances.record(item.instance, "task_claimed", actor_id=user.id, task_name=item.title)
    db.session.flush()
    return item


def unclaim(work_item_id: int, user: User) -> WorkItem:
    item = _open_item(work_item_id, user)
    if item.assignee_id != user.id:
        raise Conflict(f"task {work_item_id} is not claimed by you")
    item.assignee_id = None
    instances.record(item.instance, "task_unclaimed", actor_id=user.id, task_name=item.title)
    db.session.flush()
    return item


def complete(work_item_id: int, data: Mapping[str, Any], user: User) -> WorkItem:
    """Validate ``data`` against the item's form and complete its task.

    :raises FormInvalid: one message per bad field; nothing changes.
    :raises Conflict: the item is finished or claimed by someone else.
    """
    item = _item_to_complete(work_item_id, user)
    clean = taskforms.validate_submission(form_spec(item), data, item.task_data)
    return complete_validated(item, clean, user)


def complete_validated(item: WorkItem, clean: Mapping[str, Any], user: User) -> WorkItem:
    """Complete an open item whose form data was already validated (the browser path).

    :raises Invalid: ``clean`` over the limits of task data (``app.task_data``): a form's list fields."""
    check_given_data(clean)
    if item.status != "open":
        raise Conflict(f"task {item.id} is already {item.status}")
    if item.assignee_id not in (None, user.id):
        raise Conflict(f"task {item.id} is claimed by {item.assignee.username}")
    item.status = "completed"
    item.completed_by_id = user.id
    item.completed_at = utcnow()
    instance = instances.get_instance(item.instance_id)  # with its saved workflow (in the session if loaded with it)
    set_committed_value(item, "instance", instance)  # the answer shows the item with it; no second load
    instances.record(instance, "task_completed", actor_id=user.id, task_name=item.title,
                     detail={"work_item": item.id, "data": dict(clean)})
    db.session.flush()
    instances.complete_user_task(instance, item.task_id, clean, actor_id=user.id)
    return item


def _open_item(work_item_id: int, user: User) -> WorkItem:
    """An open item to claim or unclaim, with of its instance only the order it works for (what the answer
    shows): loading the whole row decoded the instance's data, seconds for a big one."""
    item = get_work_item(work_item_id, user)
    if item.status != "open":
        raise Conflict(f"task {work_item_id} is already {item.status}")
    instance = db.session.get(ProcessInstance, item.instance_id, options=[load_only(ProcessInstance.order_id)])
    set_committed_value(item, "instance", instance)  # item.instance is this one, not a load of the whole row
    return item
