"""Domain orders (what a customer order decomposes into) and the inventory an order leaves behind."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import ForeignKey
from sqlalchemy import Index
from sqlalchemy import Numeric
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from app.catalog.money import configured_currency
from app.database import utcnow
from app.extensions import batch_insert_sentinel
from app.extensions import db

DOMAIN_ORDER_TYPES = ("product", "service", "resource")
# pending: required data missing; waiting: dependencies not finished; inProgress: its plan runs;
# removed: a revision of the order no longer needs it (undone like a cancelled one, and not awaited).
DOMAIN_ORDER_STATES = ("pending", "waiting", "inProgress", "completed", "failed", "cancelled", "removed")
FINISHED_STATES = ("completed", "failed", "cancelled", "removed")


class DomainOrder(db.Model):  # type: ignore[name-defined,misc]
    """A product, service (TMF641) or resource (TMF652) order run by its own orchestration plan."""

    __tablename__ = "domain_orders"
    insert_sentinel: Mapped[int | None] = batch_insert_sentinel()
    # the durations of completed domain orders of one spec and plan, newest first (timeline forecasts)
    __table_args__ = (Index("ix_domain_orders_history", "spec_name", "plan", "state", "completed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("product_orders.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    spec_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20), default="add")
    item_seqs: Mapped[list[int]] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(20), index=True, default="pending")
    plan: Mapped[str] = mapped_column(String(100))
    instance_id: Mapped[int | None] = mapped_column(ForeignKey("process_instances.id"), index=True)
    depends_on: Mapped[list[int]] = mapped_column(JSON, default=list)
    requires: Mapped[list[str]] = mapped_column(JSON, default=list)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    # Why it exists: the decomposition rule that created it, {"decision", "row", "rule_id", "provides"}
    # (None for domain orders decomposed before it was recorded).
    rule: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Contract(db.Model):  # type: ignore[name-defined,misc]
    """What was sold for an inventory product: term and charges."""

    __tablename__ = "contracts"
    insert_sentinel: Mapped[int | None] = batch_insert_sentinel()

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("customer_accounts.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("product_orders.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("inventory_products.id"), index=True)
    term_months: Mapped[int] = mapped_column(default=0)
    recurring_charge: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0.00"))
    one_time_charge: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0.00"))
    currency: Mapped[str] = mapped_column(String(3), default=configured_currency)
    start_date: Mapped[datetime] = mapped_column(default=utcnow)
    end_date: Mapped[datetime | None]


class Entitlement(db.Model):  # type: ignore[name-defined,misc]
    """The customer's right to use a service of an inventory product."""

    __tablename__ = "entitlements"
    insert_sentinel: Mapped[int | None] = batch_insert_sentinel()

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("customer_accounts.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("product_orders.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("inventory_products.id"), index=True)
    service: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | suspended | revoked
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OrderCancellation(db.Model):  # type: ignore[name-defined,misc]
    """An accepted request to cancel an order in flight (TMF622 CancelProductOrder)."""

    __tablename__ = "order_cancellations"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("product_orders.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(500), default="")
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    requested_cancellation_date: Mapped[datetime | None]  # the client's, as sent (TMF622)
    service_order_id: Mapped[int | None]  # asked for as a TMF641 CancelServiceOrder of this domain order
    resource_order_id: Mapped[int | None]  # asked for as a TMF652 CancelResourceOrder of this domain order
    effective_at: Mapped[datetime | None]


class OrderRevision(db.Model):  # type: ignore[name-defined,misc]
    """A numbered change of an order in flight: who, when, what changed and what it did to the fulfilment."""

    __tablename__ = "order_revisions"
    __table_args__ = (UniqueConstraint("order_id", "number", name="uq_order_revisions_number"),
                      UniqueConstraint("order_id", "idempotency_key", name="uq_order_revisions_idempotency_key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("product_orders.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    idempotency_key: Mapped[str | None] = mapped_column(String(100))
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # the request's productOrderItem
    impact: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # the answer: effects and price delta
    # applied | pendingApproval | rejected (by the approver) | refused (no longer possible when approved)
    status: Mapped[str] = mapped_column(String(20), default="applied")
    note: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None]
