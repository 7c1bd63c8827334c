"""Finding orders and accounts, with the caller's right to see them."""
from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from flask import current_app
from sqlalchemy import ColumnElement
from sqlalchemy import Select
from sqlalchemy import func
from sqlalchemy import select

from app.auth.models import User
from app.errors import Conflict
from app.errors import NotFound
from app.extensions import db
from app.orders.models import Contact
from app.orders.models import CustomerAccount
from app.orders.models import ProductOrder
from app.orders.models import account_users

STAFF_ROLES = ("order_agent", "order_manager", "order_approver", "fulfillment_agent", "fulfillment_manager",
               "fallout_agent", "fallout_manager", "process_admin")

DEMO_ACCOUNTS = (
    ("Acme Ltd", "enterprise", "alice", ("Alice Archer", "alice@acme.example", "+44 20 7946 0001")),
    ("Bravo plc", "smb", "bob", ("Bob Baker", "bob@bravo.example", "+44 161 496 0002")),
    ("Cobalt Council", "public_sector", None, ("Chris Cole", "chris@cobalt.example", "+44 113 496 0003")),
)


def account_of(user: User) -> CustomerAccount | None:
    """The customer account a portal user belongs to."""
    return db.session.scalar(select(CustomerAccount).join(account_users).where(account_users.c.user_id == user.id))


def is_staff(user: User) -> bool:
    return user.has_role(*STAFF_ROLES)


def visible_orders(user: User) -> Select[ProductOrder]:
    """Staff see every order; a customer only their account's (:func:`own_orders`); anyone else none."""
    if is_staff(user):
        return select(ProductOrder)
    return own_orders(user) if user.has_role("customer") else select(ProductOrder).where(ProductOrder.id == -1)


def own_orders(user: User) -> Select[ProductOrder]:
    """The orders of the login's own customer account, also for a login that is staff as well (the portal acts
    for the customer), drafts left out (a draft is the order desk's work in progress, its prices not yet
    agreed); none without an account."""
    account = account_of(user)
    return select(ProductOrder).where(ProductOrder.account_id == (account.id if account else -1),
                                      ProductOrder.state != "draft")


def get_order(order_id: int, user: User) -> ProductOrder:
    """:raises NotFound: unknown, or not the caller's to see (a customer cannot tell the difference)."""
    order: ProductOrder | None = db.session.scalar(visible_orders(user).where(ProductOrder.id == order_id))
    if order is None:
        raise NotFound(f"no order {order_id}")
    return order


def list_orders(user: User, *, state: str | None = None, external_id: str | None = None,
                account_id: int | None = None, channel: str | None = None, offset: int = 0,
                limit: int = 50, where: Sequence[ColumnElement[bool]] = ()) -> tuple[list[ProductOrder], int]:
    """A page of the orders the user may see, newest first, and the total count (``where``: more conditions)."""
    query = visible_orders(user).where(*where)
    if state:
        query = query.where(ProductOrder.state == state)
    if channel:
        query = query.where(ProductOrder.channel == channel)
    if external_id:
        query = query.where(ProductOrder.external_id == external_id)
    if account_id:
        query = query.where(ProductOrder.account_id == account_id)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(query.order_by(ProductOrder.id.desc()).offset(offset).limit(limit)).all()
    return list(rows), total


def delete_draft(order: ProductOrder) -> None:
    """Remove a draft that was never submitted (its items and history go with it)."""
    if order.state != "draft":
        raise Conflict(f"order {order.id} is {order.state}, not a draft")
    db.session.delete(order)
    db.session.flush()


def site_characteristic() -> str:
    """The line characteristic that names an order's site (``SITE_CHARACTERISTIC``)."""
    return str(current_app.config["SITE_CHARACTERISTIC"])


def order_site(order: ProductOrder) -> str:
    """The order's site: the first line's site characteristic ("" when no line has one)."""
    return line_site(item.characteristics for item in order.items)


def line_site(characteristics: Iterable[Mapping[str, Any]]) -> str:
    """The site the first of these lines' characteristics names ("" when none does)."""
    name = site_characteristic()
    return next((str(values[name]) for values in characteristics if values.get(name)), "")


def list_accounts() -> list[CustomerAccount]:
    return list(db.session.scalars(select(CustomerAccount).order_by(CustomerAccount.name)))


def get_account(account_id: int) -> CustomerAccount:
    account = db.session.get(CustomerAccount, account_id)
    if account is None:
        raise NotFound(f"no customer account {account_id}")
    return account


def seed_demo_accounts() -> int:
    """Create the demo customer accounts, linking the portal users alice and bob; idempotent."""
    from app.auth.service import find_user

    created = 0
    for name, segment, username, (contact, email, phone) in DEMO_ACCOUNTS:
        account = db.session.scalar(select(CustomerAccount).where(CustomerAccount.name == name))
        if account is None:
            account = CustomerAccount(name=name, segment=segment)
            account.contacts = [Contact(name=contact, email=email, phone=phone, role="primary")]
            db.session.add(account)
            created += 1
        user = find_user(username) if username else None
        if user is not None and user not in account.portal_users:
            account.portal_users.append(user)
    db.session.flush()
    return created
