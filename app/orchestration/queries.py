"""Reading domain orders and inventory for the APIs, with who-may-see-what applied."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement
from sqlalchemy import Select
from sqlalchemy import func
from sqlalchemy import select

from app.auth.models import User
from app.errors import NotFound
from app.extensions import db
from app.orchestration.models import DomainOrder
from app.orders.models import InventoryProduct
from app.orders.service import account_of
from app.orders.service import is_staff


def domain_order_page(domain_type: str, *, offset: int, limit: int, order_id: int | None = None,
                      where: Sequence[ColumnElement[bool]] = ()) -> tuple[list[DomainOrder], int]:
    """A page of the domain orders of ``domain_type`` (oldest first) and their total count."""
    query = select(DomainOrder).where(DomainOrder.type == domain_type, *where)
    if order_id is not None:
        query = query.where(DomainOrder.order_id == order_id)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(query.order_by(DomainOrder.id).offset(offset).limit(limit)).all()
    return list(rows), total


def get_domain_order(domain_order_id: int, domain_type: str) -> DomainOrder:
    """:raises NotFound: no domain order of that type with this id."""
    domain = db.session.get(DomainOrder, domain_order_id)
    if domain is None or domain.type != domain_type:
        raise NotFound(f"no {domain_type} order {domain_order_id}")
    return domain


def _visible_products(user: User) -> Select[InventoryProduct]:
    query = select(InventoryProduct)
    if is_staff(user):
        return query
    account = account_of(user) if user.has_role("customer") else None
    return query.where(InventoryProduct.account_id == (account.id if account else -1))


def product_page(user: User, *, offset: int, limit: int, account_id: int | None = None,
                 status: str | None = None,
                 where: Sequence[ColumnElement[bool]] = ()) -> tuple[list[InventoryProduct], int]:
    """A page of the inventory products the user may see (customers: their account's only)."""
    query = _visible_products(user).where(*where)
    if account_id is not None:
        query = query.where(InventoryProduct.account_id == account_id)
    if status:
        query = query.where(InventoryProduct.status == status)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = db.session.scalars(query.order_by(InventoryProduct.id).offset(offset).limit(limit)).all()
    return list(rows), total


def get_product(product_id: int, user: User, *, account_id: int | None = None) -> InventoryProduct:
    """:raises NotFound: unknown, not the caller's to see, or not of ``account_id`` (when given)."""
    query = _visible_products(user).where(InventoryProduct.id == product_id)
    if account_id is not None:
        query = query.where(InventoryProduct.account_id == account_id)
    product: InventoryProduct | None = db.session.scalar(query)
    if product is None:
        raise NotFound(f"no product {product_id}")
    return product
