"""Catalog tables: product offerings, specifications of four kinds, characteristics, relationships, prices.

Design: product, customer-facing service (CFS), resource-facing service (RFS) and resource
specifications share one table with a ``kind`` column, and one relationship table links any
specification to any other with a type. The four kinds carry the same data (name, description,
characteristics), so separate tables would repeat each other, and a relationship between two rows
of one table is a pair of real foreign keys instead of a polymorphic (kind, id) pair that the
database cannot check. Which kind may point at which is a service rule (``app.catalog.service.relate``).

Money columns are ``Numeric(12, 2)`` and always written already rounded to pennies: exact on
PostgreSQL, and on SQLite (which keeps NUMERIC as REAL) twelve significant digits survive the round
trip through a double unchanged.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import CheckConstraint
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
from app.extensions import db
from app.shared_cache import watch

# Specification kinds, top down; a "realizedBy" relationship goes exactly one level down.
SPEC_KINDS: tuple[str, ...] = ("product", "cfs", "rfs", "resource")
SPEC_KIND_LABELS = {"product": "Product specification", "cfs": "Customer-facing service",
                    "rfs": "Resource-facing service", "resource": "Resource"}
REALIZED_BY = "realizedBy"
REQUIRES = "requires"
RELATIONSHIP_TYPES: tuple[str, ...] = (REALIZED_BY, REQUIRES)
VALUE_TYPES: tuple[str, ...] = ("string", "integer", "number", "boolean")
LABEL_LENGTH = 100  # a characteristic's display label, at most
LIFECYCLE_STATUSES: tuple[str, ...] = ("In Design", "Active", "Retired")
RECURRING = "recurring"
ONE_TIME = "oneTime"
PRICE_TYPES: tuple[str, ...] = (RECURRING, ONE_TIME)

bundle_members = Table(
    "catalog_bundle_members",
    db.metadata,
    Column("bundle_id", ForeignKey("catalog_offerings.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("catalog_offerings.id", ondelete="CASCADE"), primary_key=True),
)
offering_categories = Table(
    "catalog_offering_categories",
    db.metadata,
    Column("offering_id", ForeignKey("catalog_offerings.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("catalog_categories.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Specification(db.Model):  # type: ignore[name-defined,misc]
    """A product, CFS, RFS or resource specification (see the module docstring for why one table)."""

    __tablename__ = "catalog_specifications"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    lifecycle_status: Mapped[str] = mapped_column(String(20), default="Active")
    last_update: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    characteristics: Mapped[list[Characteristic]] = relationship(
        back_populates="specification", cascade="all, delete-orphan", order_by="Characteristic.position")
    relationships: Mapped[list[SpecRelationship]] = relationship(
        foreign_keys="SpecRelationship.source_id", cascade="all, delete-orphan", order_by="SpecRelationship.id")


class SpecRelationship(db.Model):  # type: ignore[name-defined,misc]
    """``source`` is realized by (one level down) or requires (same kind) ``target``."""

    __tablename__ = "catalog_spec_relationships"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "relationship_type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("catalog_specifications.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("catalog_specifications.id", ondelete="CASCADE"), index=True)
    relationship_type: Mapped[str] = mapped_column(String(20))
    target: Mapped[Specification] = relationship(foreign_keys=[target_id])


class Characteristic(db.Model):  # type: ignore[name-defined,misc]
    """A configurable value of a specification: its type, allowed values or range, default and unit.

    ``name`` is the key that models and order data use, so it never changes; ``label`` is what people read
    (empty: the name in words, see ``app.catalog.characteristics.display_label``).
    ``allowed_values`` empty means any value of the type (within ``min_value``/``max_value`` if set).
    Values are stored as JSON so an integer stays an integer and a boolean a boolean.
    """

    __tablename__ = "catalog_characteristics"
    __table_args__ = (UniqueConstraint("specification_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    specification_id: Mapped[int] = mapped_column(ForeignKey("catalog_specifications.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(LABEL_LENGTH), default="", server_default="")
    description: Mapped[str] = mapped_column(Text, default="")
    value_type: Mapped[str] = mapped_column(String(20))
    allowed_values: Mapped[list[Any]] = mapped_column(JSON, default=list)
    min_value: Mapped[int | float | None] = mapped_column(JSON(none_as_null=True))
    max_value: Mapped[int | float | None] = mapped_column(JSON(none_as_null=True))
    mandatory: Mapped[bool] = mapped_column(default=False)
    default_value: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    unit: Mapped[str] = mapped_column(String(20), default="")
    specification: Mapped[Specification] = relationship(back_populates="characteristics")


class ProductOffering(db.Model):  # type: ignore[name-defined,misc]
    """What is sold: a product specification at prices, for a period; a bundle groups other offerings."""

    __tablename__ = "catalog_offerings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    lifecycle_status: Mapped[str] = mapped_column(String(20), default="In Design", index=True)
    valid_from: Mapped[datetime] = mapped_column(default=utcnow)
    valid_to: Mapped[datetime | None]
    product_spec_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_specifications.id"))
    is_bundle: Mapped[bool] = mapped_column(default=False)
    last_update: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    product_spec: Mapped[Specification | None] = relationship()
    bundled_offerings: Mapped[list[ProductOffering]] = relationship(
        secondary=bundle_members, primaryjoin=lambda: ProductOffering.id == bundle_members.c.bundle_id,
        secondaryjoin=lambda: ProductOffering.id == bundle_members.c.member_id, order_by=lambda: ProductOffering.id)
    prices: Mapped[list[OfferingPrice]] = relationship(
        back_populates="offering", cascade="all, delete-orphan", order_by="OfferingPrice.id")
    categories: Mapped[list[Category]] = relationship(
        secondary=offering_categories, back_populates="offerings", order_by="Category.name")

    def is_valid_at(self, at: datetime) -> bool:
        return self.valid_from <= at and (self.valid_to is None or at < self.valid_to)


class Category(db.Model):  # type: ignore[name-defined,misc]
    """A group of offerings in the catalog (TMF620 ``category``), e.g. Connectivity; may sit in a parent."""

    __tablename__ = "catalog_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    lifecycle_status: Mapped[str] = mapped_column(String(20), default="Active")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_categories.id", ondelete="SET NULL"))
    last_update: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    parent: Mapped[Category | None] = relationship(remote_side="Category.id")
    offerings: Mapped[list[ProductOffering]] = relationship(
        secondary=offering_categories, back_populates="categories", order_by="ProductOffering.id")


class OfferingPrice(db.Model):  # type: ignore[name-defined,misc]
    """One entry of an offering's price list: a recurring (monthly) or one-time charge.

    The amount is either fixed (``amount``) or comes from a DMN decision (``decision_id``, taking
    its ``decision_output``) evaluated on the line's characteristics; exactly one of the two is set.
    A price created through TMF620 ``productOfferingPrice`` stands alone (no offering) until an offering
    takes it, and may not be priced yet; it prices nothing while it stands alone.
    """

    __tablename__ = "catalog_prices"
    __table_args__ = (
        UniqueConstraint("offering_id", "name"),
        CheckConstraint("offering_id IS NULL OR (amount IS NULL) <> (decision_id IS NULL)", name="fixed_or_decision"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    offering_id: Mapped[int | None] = mapped_column(ForeignKey("catalog_offerings.id", ondelete="CASCADE"),
                                                    index=True)
    name: Mapped[str] = mapped_column(String(100))
    price_type: Mapped[str] = mapped_column(String(20))
    recurring_period: Mapped[str | None] = mapped_column(String(20))
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    currency: Mapped[str] = mapped_column(String(3), default=configured_currency)
    decision_id: Mapped[str | None] = mapped_column(String(255))
    decision_output: Mapped[str | None] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    lifecycle_status: Mapped[str] = mapped_column(String(20), default="Active")
    last_update: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    offering: Mapped[ProductOffering | None] = relationship(back_populates="prices")


# Orders are validated, priced and decomposed from these (app.shared_cache); an admin's edit writes them.
watch(Specification, SpecRelationship, Characteristic, ProductOffering, Category, OfferingPrice, bundle_members,
      offering_categories)
