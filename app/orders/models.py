"""Customer accounts and product orders (TMF622), with their items and audit events."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import Column
from sqlalchemy import ForeignKey
from sqlalchemy import Numeric
from sqlalchemy import String
from sqlalchemy import Table
from sqlalchemy import Text
from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from app.catalog.money import configured_currency
from app.database import utcnow
from app.extensions import batch_insert_sentinel
from app.extensions import db

Money = Numeric(12, 2)

# TMF622 states plus "draft", an order saved in the workspace and not yet submitted.
ORDER_STATES = ("draft", "acknowledged", "inProgress", "pending", "held", "completed", "partial", "failed",
                "rejected", "assessingCancellation", "pendingCancellation", "cancelled")
ITEM_ACTIONS = ("add", "modify", "delete", "noChange", "suspend", "resume")
# Orders submitted and not ended: still changing what they act on (a cancellation too, while it undoes).
IN_FLIGHT_STATES = ("acknowledged", "inProgress", "pending", "held", "assessingCancellation", "pendingCancellation")
# Orders that can still be cancelled (the rest is final; an order closed short, ``completed_at`` set, is too)
CANCELLABLE_STATES = ("acknowledged", "pending", "held", "inProgress", "failed", "partial")

account_users = Table(
    "customer_account_users",
    db.metadata,
    Column("account_id", ForeignKey("customer_accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, unique=True),
)


class CustomerAccount(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "customer_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    segment: Mapped[str] = mapped_column(String(40), default="smb")  # smb | enterprise | public_sector
    external_ref: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    contacts: Mapped[list[Contact]] = relationship(back_populates="account", order_by="Contact.id")
    portal_users = relationship("User", secondary=account_users)


class Contact(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "customer_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("customer_accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    role: Mapped[str] = mapped_column(String(50), default="")
    account: Mapped[CustomerAccount] = relationship(back_populates="contacts")


class ProductOrder(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "product_orders"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("customer_accounts.id"), index=True)
    state: Mapped[str] = mapped_column(String(30), index=True, default="acknowledged")
    channel: Mapped[str] = mapped_column(String(20))  # workspace | portal | api | import
    external_id: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    requested_completion_date: Mapped[datetime | None]
    priority: Mapped[str] = mapped_column(String(10), default="")
    # As the integrator sent them (TMF622 channel, note, relatedParty), returned unchanged.
    channels: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    notes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    related_parties: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    requested_start_date: Mapped[datetime | None]
    recurring_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    one_time_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    currency: Mapped[str] = mapped_column(String(3), default=configured_currency)
    adjustments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    requires_approval: Mapped[bool] = mapped_column(default=False)
    approval_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    enrichment: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    instance_id: Mapped[int | None] = mapped_column(ForeignKey("process_instances.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    lock_version: Mapped[int] = mapped_column(default=1)
    account: Mapped[CustomerAccount] = relationship()
    items: Mapped[list[OrderItem]] = relationship(back_populates="order", order_by="OrderItem.seq",
                                                  cascade="all, delete-orphan")
    events: Mapped[list[OrderEvent]] = relationship(back_populates="order", order_by="OrderEvent.id")
    created_by = relationship("User")

    __mapper_args__ = {"version_id_col": lock_version}


class OrderItem(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "product_order_items"
    insert_sentinel: Mapped[int | None] = batch_insert_sentinel()

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("product_orders.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int]
    action: Mapped[str] = mapped_column(String(20), default="add")
    offering_id: Mapped[int] = mapped_column(ForeignKey("catalog_offerings.id"), index=True)
    offering_name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(default=1)
    characteristics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    adjustments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    unit_recurring: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    unit_one_time: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    recurring_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    one_time_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    product_ref: Mapped[str] = mapped_column(String(100), default="", index=True)  # inventory product acted on
    client_id: Mapped[str] = mapped_column(String(100), default="")  # the item id the integrator gave ("" if none)
    relationships: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # productOrderItemRelationship
    state: Mapped[str] = mapped_column(String(30), default="acknowledged")
    order: Mapped[ProductOrder] = relationship(back_populates="items")


class OrderEvent(db.Model):  # type: ignore[name-defined,misc]
    """The order's timeline: who did what, when."""

    __tablename__ = "product_order_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("product_orders.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    message: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    order: Mapped[ProductOrder] = relationship(back_populates="events")
    actor = relationship("User")


class ImportBatch(db.Model):  # type: ignore[name-defined,misc]
    """One ``ordra orders import`` run: its orders are captured by jobs, a chunk of rows each."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    # When the reconciler may enqueue the pending rows again (None: at once); see jobs/scheduler.py.
    next_check_at: Mapped[datetime | None]
    requeues: Mapped[int] = mapped_column(default=0)


class ImportRow(db.Model):  # type: ignore[name-defined,misc]
    """One order of an import file; ``pending`` until a job captured it (or found it bad)."""

    __tablename__ = "import_rows"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batches.id"), index=True)
    line: Mapped[int]
    payload: Mapped[Any] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | created | present | failed
    order_id: Mapped[int | None] = mapped_column(ForeignKey("product_orders.id"))
    error: Mapped[str] = mapped_column(Text, default="")


class InventoryProduct(db.Model):  # type: ignore[name-defined,misc]
    """A product the customer has (TMF637), with the services and resources realising it and its billing item."""

    __tablename__ = "inventory_products"
    insert_sentinel: Mapped[int | None] = batch_insert_sentinel()

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("customer_accounts.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("product_orders.id"), index=True)
    item_seq: Mapped[int]
    offering_id: Mapped[int] = mapped_column(ForeignKey("catalog_offerings.id"))
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="active")  # active | suspended | terminated
    characteristics: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    services: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    resources: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # the billing item it is charged on, as billing last answered (None: installed before these were kept)
    billing: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    start_date: Mapped[datetime] = mapped_column(default=utcnow)
    terminated_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
