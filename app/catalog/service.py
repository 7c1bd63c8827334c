"""Catalog reads (offerings, specification trees), characteristic validation, and admin edits.

Services flush, never commit: the request or job boundary does.
"""
from __future__ import annotations

from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache
from typing import Any
from typing import Generic
from typing import TypeVar

from flask import current_app
from sqlalchemy import ColumnElement
from sqlalchemy import Select
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.catalog.characteristics import CharacteristicInput
from app.catalog.characteristics import checked_definition
from app.catalog.characteristics import checked_label
from app.catalog.characteristics import display_label
from app.catalog.characteristics import validate_values
from app.catalog.models import LIFECYCLE_STATUSES
from app.catalog.models import PRICE_TYPES
from app.catalog.models import REALIZED_BY
from app.catalog.models import RECURRING
from app.catalog.models import RELATIONSHIP_TYPES
from app.catalog.models import REQUIRES
from app.catalog.models import SPEC_KINDS
from app.catalog.models import Category
from app.catalog.models import Characteristic
from app.catalog.models import OfferingPrice
from app.catalog.models import ProductOffering
from app.catalog.models import Specification
from app.catalog.models import SpecRelationship
from app.catalog.money import MAX_AMOUNT
from app.catalog.money import money
from app.errors import Conflict
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.shared_cache import cached
from app.validation import DB_INT_MAX

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a filtered list and how many rows the whole filter matches."""

    items: list[T]
    total: int


@dataclass(frozen=True)
class SpecInfo:
    """A specification as trees show it (plain values: trees are remembered across transactions)."""

    id: int
    kind: str
    name: str
    description: str


@dataclass(frozen=True)
class SpecNode:
    """A specification in an offering's tree, reached through ``relationship_type`` from its parent.

    ``children`` holds what realizes it (one level down, walked recursively) and what it requires
    (same kind, listed but not walked: a required service is delivered by its own order line).
    """

    specification: SpecInfo
    relationship_type: str | None
    children: tuple[SpecNode, ...] = ()

    def walk(self, depth: int = 0) -> Iterator[tuple[int, SpecNode]]:
        """Yield ``(depth, node)`` for this node and its descendants, depth first."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.specification.id, "kind": self.specification.kind, "name": self.specification.name,
                "relationship": self.relationship_type, "children": [c.as_dict() for c in self.children]}


@dataclass(frozen=True)
class CharacteristicTerms:
    """A characteristic as an order line is checked against it (a ``characteristics.CharacteristicRule``),
    with the label and unit it is shown with."""

    name: str
    value_type: str
    allowed_values: tuple[Any, ...]
    min_value: int | float | None
    max_value: int | float | None
    mandatory: bool
    default_value: Any
    label: str
    unit: str


@dataclass(frozen=True)
class CharacteristicDisplay:
    """How the characteristics of one offering are shown to people: a label and a unit by name."""

    characteristics: tuple[CharacteristicTerms, ...] = ()

    def label(self, name: str) -> str:
        """The catalog's label, else the name in words (also for a name the offering no longer has)."""
        known = self._find(name)
        return display_label(name, known.label if known is not None else "")

    def unit(self, name: str) -> str:
        known = self._find(name)
        return known.unit if known is not None else ""

    def _find(self, name: str) -> CharacteristicTerms | None:
        return next((c for c in self.characteristics if c.name == name), None)


@dataclass(frozen=True)
class PriceTerms:
    """One entry of a price list, as pricing reads it."""

    price_type: str
    amount: Decimal | None
    currency: str
    decision_id: str | None
    decision_output: str | None


@dataclass(frozen=True)
class OfferingTerms:
    """What validating and pricing an order line needs of an offering, as plain values (remembered across
    transactions, see :func:`offering_terms`); ``characteristics`` are its product specification's."""

    id: int
    name: str
    characteristics: tuple[CharacteristicTerms, ...]
    prices: tuple[PriceTerms, ...]
    lifecycle_status: str = "Active"
    valid_from: datetime | None = None
    valid_to: datetime | None = None

    def not_on_sale(self, at: datetime) -> str | None:
        """Why a new line may not sell this offering at ``at`` (not launched, retired, outside its validity), or
        None when it may. Lines acting on products already sold (modify, disconnect) are served regardless."""
        if self.lifecycle_status != "Active":
            return f"{self.name} is not on sale ({self.lifecycle_status})"
        if self.valid_from is not None and at < self.valid_from:
            return f"{self.name} is on sale from {self.valid_from:%Y-%m-%d %H:%M} UTC"
        if self.valid_to is not None and at >= self.valid_to:
            return f"{self.name} was on sale until {self.valid_to:%Y-%m-%d %H:%M} UTC"
        return None

    @property
    def runs_over_time(self) -> bool:
        """Whether a product of this offering is a service that runs on (it has a recurring price), which may be
        suspended, resumed and disconnected; a one-time job (an installation visit) is done once and has none."""
        return any(price.price_type == RECURRING for price in self.prices)


@dataclass(frozen=True)
class PriceInput:
    """One price-list entry as an admin edits it; ``price_id`` names an existing entry to change."""

    name: str
    price_type: str
    amount: Decimal | None = None
    decision_id: str | None = None
    decision_output: str | None = None
    price_id: int | None = None


@dataclass(frozen=True)
class OfferingInput:
    """An offering's editable fields; ``prices`` None leaves the price list as it is."""

    name: str
    description: str = ""
    lifecycle_status: str = "In Design"
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    product_spec_id: int | None = None
    bundled_offering_ids: Sequence[int] = ()
    prices: Sequence[PriceInput] | None = None


# --- reading offerings -------------------------------------------------------------------------

def get_offering(offering_id: int | str | None) -> ProductOffering:
    """The offering with this id; TMF clients send ids as text, so ``"3"`` finds offering 3.

    :raises NotFound: no offering has this id (or it is not an id at all).
    """
    key = _id_number(offering_id)
    offering = db.session.get(ProductOffering, key) if key is not None else None
    if offering is None:
        raise NotFound(f"no product offering {offering_id!r}")
    return offering


def _id_number(value: int | str | None) -> int | None:
    if isinstance(value, bool):
        return None
    text = str(value).strip() if isinstance(value, (int, str)) else ""
    if not (text.isascii() and text.isdigit()) or not 0 < int(text) <= DB_INT_MAX:
        return None  # "²" passes str.isdigit() but not int(); an id beyond the column overflows PostgreSQL
    return int(text)


def offering_by_name(name: str) -> ProductOffering | None:
    return db.session.scalar(select(ProductOffering).where(ProductOffering.name == name))


def _offering_query(lifecycle_status: str | None, name_contains: str | None,
                    valid_at: datetime | None) -> Select[ProductOffering]:
    query = select(ProductOffering)
    if lifecycle_status:
        query = query.where(ProductOffering.lifecycle_status == lifecycle_status)
    if name_contains:
        query = query.where(ProductOffering.name.icontains(name_contains, autoescape=True))
    if valid_at is not None:
        query = query.where(ProductOffering.valid_from <= valid_at,
                            or_(ProductOffering.valid_to.is_(None), ProductOffering.valid_to > valid_at))
    return query


def list_offerings(*, lifecycle_status: str | None = None, name_contains: str | None = None,
                   valid_at: datetime | None = None) -> list[ProductOffering]:
    """Offerings by name, filtered by exact lifecycle status, case-insensitive name part and validity at a time."""
    query = _offering_query(lifecycle_status, name_contains, valid_at)
    return list(db.session.scalars(query.order_by(ProductOffering.name)))


def offering_page(*, offset: int = 0, limit: int = 100, lifecycle_status: str | None = None,
                  name_contains: str | None = None, valid_at: datetime | None = None,
                  where: Sequence[ColumnElement[bool]] = ()) -> Page[ProductOffering]:
    """Like ``list_offerings``, one page of it in id order, with the total the filters match."""
    query = _offering_query(lifecycle_status, name_contains, valid_at).where(*where)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    items = db.session.scalars(query.order_by(ProductOffering.id).offset(offset).limit(limit))
    return Page(list(items), total)


def characteristic_display(offering_id: int | None) -> CharacteristicDisplay:
    """How the characteristics of a line or product of this offering are shown (from :func:`offering_terms`: no
    SQL while the catalog is unchanged); without an offering, every name shows in words."""
    try:
        return CharacteristicDisplay(offering_terms(offering_id).characteristics)
    except NotFound:
        return CharacteristicDisplay()


def validate_characteristics(offering: ProductOffering | OfferingTerms, values: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``values`` checked against the offering's product specification, typed and with defaults.

    :raises Invalid: ``{"field": <characteristic name>, "message": ...}`` per unknown characteristic,
        wrong type, value not allowed, value out of range, or missing mandatory value.
    """
    if not isinstance(values, Mapping):
        raise Invalid(errors=[{"field": "characteristics", "message": "must be an object of name: value"}])
    return validate_values(terms_of(offering).characteristics, values)


def offering_terms(offering_id: int | str | None) -> OfferingTerms:
    """:func:`terms_of` the offering with this id (as :func:`get_offering` finds it), without SQL while the
    catalog is unchanged: every order line is validated and priced with them.

    :raises NotFound: no offering has this id.
    """
    key = _id_number(offering_id)
    terms = cached(("offering_terms", key), lambda: _terms_by_id(key)) if key is not None else None
    if terms is None:
        raise NotFound(f"no product offering {offering_id!r}")
    return terms


def _terms_by_id(offering_id: int) -> OfferingTerms | None:
    offering = db.session.get(ProductOffering, offering_id)
    return None if offering is None else terms_of(offering)


def terms_of(offering: ProductOffering | OfferingTerms) -> OfferingTerms:
    """The offering's characteristics and prices as plain values."""
    if isinstance(offering, OfferingTerms):
        return offering
    spec = offering.product_spec
    characteristics = tuple(CharacteristicTerms(
        name=c.name, value_type=c.value_type, allowed_values=tuple(c.allowed_values), min_value=c.min_value,
        max_value=c.max_value, mandatory=c.mandatory, default_value=c.default_value, label=c.label, unit=c.unit)
        for c in (spec.characteristics if spec is not None else []))
    prices = tuple(PriceTerms(price_type=p.price_type, amount=p.amount, currency=p.currency, decision_id=p.decision_id,
                              decision_output=p.decision_output) for p in offering.prices)
    return OfferingTerms(id=offering.id, name=offering.name, characteristics=characteristics, prices=prices,
                         lifecycle_status=offering.lifecycle_status, valid_from=offering.valid_from,
                         valid_to=offering.valid_to)


# --- specifications and their relationships ----------------------------------------------------

def spec_tree(offering_id: int) -> SpecNode | None:
    """The offering's product specification with everything that realizes it, down to resources (without
    SQL while the catalog is unchanged: every order line is decomposed along it).

    None when the offering has no product specification (a bundle of other offerings).

    :raises NotFound: unknown offering.
    """
    found, tree = cached(("spec_tree", offering_id), lambda: _load_tree(offering_id))
    if not found:
        raise NotFound(f"no product offering {offering_id!r}")
    return tree


def _load_tree(offering_id: int) -> tuple[bool, SpecNode | None]:
    try:
        spec = get_offering(offering_id).product_spec
    except NotFound:
        return False, None
    if spec is None:
        return True, None
    db.session.scalars(select(Specification).where(Specification.id == spec.id).options(_whole_tree())).all()
    return True, _node(spec, None)


@cache  # built on first use, not at import: building it configures the mappers, which need every model imported
def _whole_tree() -> Any:
    """Load the relationships and their targets a level at a time (one statement per level, not two per
    specification): realizedBy goes one kind down, so there are at most as many levels as kinds."""
    option = selectinload(Specification.relationships).joinedload(SpecRelationship.target)
    for _kind in SPEC_KINDS[1:]:
        option = option.selectinload(Specification.relationships).joinedload(SpecRelationship.target)
    return option


def _node(spec: Specification, relationship_type: str | None) -> SpecNode:
    # Only "realizedBy" is followed, and it always goes one kind down, so the walk ends at resources.
    children = tuple(_node(rel.target, rel.relationship_type) if rel.relationship_type == REALIZED_BY
                     else SpecNode(_info(rel.target), rel.relationship_type) for rel in spec.relationships)
    return SpecNode(_info(spec), relationship_type, children)


def _info(spec: Specification) -> SpecInfo:
    return SpecInfo(id=spec.id, kind=spec.kind, name=spec.name, description=spec.description)


def get_specification(spec_id: int | str, *, kind: str | None = None) -> Specification:
    """The specification with this id (as for offerings, ``"3"`` finds 3).

    :raises NotFound: no specification with this id, or not of ``kind`` when that is given.
    """
    key = _id_number(spec_id)
    spec = db.session.get(Specification, key) if key is not None else None
    if spec is None or (kind is not None and spec.kind != kind):
        raise NotFound(f"no {kind + ' ' if kind else ''}specification {spec_id!r}")
    return spec


def specification_page(*, kind: str, offset: int = 0, limit: int = 100,
                       where: Sequence[ColumnElement[bool]] = ()) -> Page[Specification]:
    query = select(Specification).where(Specification.kind == kind, *where)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    return Page(list(db.session.scalars(query.order_by(Specification.id).offset(offset).limit(limit))), total)


def price_page(*, offset: int = 0, limit: int = 100,
               where: Sequence[ColumnElement[bool]] = ()) -> Page[OfferingPrice]:
    """One page of the offerings' prices in id order, with the total the conditions match."""
    query = select(OfferingPrice).where(*where)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    return Page(list(db.session.scalars(query.order_by(OfferingPrice.id).offset(offset).limit(limit))), total)


def get_price(price_id: int | str) -> OfferingPrice:
    """:raises NotFound: no offering price with this id."""
    key = _id_number(price_id)
    price = db.session.get(OfferingPrice, key) if key is not None else None
    if price is None:
        raise NotFound(f"no product offering price {price_id!r}")
    return price


def category_by_name(name: str) -> Category | None:
    return db.session.scalar(select(Category).where(Category.name == name))


def create_category(name: str, description: str, offerings: Sequence[ProductOffering] = (),
                    parent: Category | None = None) -> Category:
    category = Category(name=name, description=description, parent=parent, offerings=list(offerings))
    db.session.add(category)
    db.session.flush()
    return category


def get_category(category_id: int | str | None) -> Category:
    """:raises NotFound: no category has this id (or it is not an id at all)."""
    key = _id_number(category_id)
    category = db.session.get(Category, key) if key is not None else None
    if category is None:
        raise NotFound(f"no category {category_id!r}")
    return category


def category_page(*, offset: int = 0, limit: int = 100,
                  where: Sequence[ColumnElement[bool]] = ()) -> Page[Category]:
    """One page of the catalog's categories in name order, with the total the conditions match."""
    query = select(Category).where(*where)
    total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
    return Page(list(db.session.scalars(query.order_by(Category.name).offset(offset).limit(limit))), total)


def list_categories() -> list[Category]:
    return list(db.session.scalars(select(Category).order_by(Category.name)))


def last_update() -> datetime | None:
    """When an offering or a specification last changed."""
    return max(filter(None, (db.session.scalar(select(func.max(ProductOffering.last_update))),
                             db.session.scalar(select(func.max(Specification.last_update))))), default=None)


def list_specifications(kind: str | None = None) -> list[Specification]:
    query = select(Specification).order_by(Specification.kind, Specification.name)
    return list(db.session.scalars(query if kind is None else query.where(Specification.kind == kind)))


def specification_by_name(kind: str, name: str) -> Specification | None:
    return db.session.scalar(select(Specification).where(Specification.kind == kind, Specification.name == name))


SPEC_NAME_LENGTH = 200  # Specification.name


def create_specification(kind: str, name: str, description: str = "") -> Specification:
    """:raises Invalid: unknown kind, empty or overlong name, or a specification of this kind with this name exists."""
    if kind not in SPEC_KINDS:
        raise Invalid(errors=[{"field": "kind", "message": f"must be one of {', '.join(SPEC_KINDS)}"}])
    if not name.strip():
        raise Invalid(errors=[{"field": "name", "message": "is required"}])
    if len(name.strip()) > SPEC_NAME_LENGTH:  # the column's: PostgreSQL raised (a 500 from TMF620), SQLite kept it all
        raise Invalid(errors=[{"field": "name", "message": f"must be at most {SPEC_NAME_LENGTH} characters long"}])
    if specification_by_name(kind, name.strip()) is not None:
        raise Invalid(errors=[{"field": "name", "message": f"a {kind} specification '{name}' exists already"}])
    spec = Specification(kind=kind, name=name.strip(), description=description)
    db.session.add(spec)
    db.session.flush()
    return spec


def add_characteristic(spec: Specification, data: CharacteristicInput) -> Characteristic:
    """Define a characteristic on ``spec`` after ``checked_definition``.

    :raises Invalid: a bad definition, or ``spec`` already has a characteristic of this name.
    """
    checked = checked_definition(data)
    if any(c.name == checked.name for c in spec.characteristics):
        raise Invalid(errors=[{"field": "name", "message": f"'{spec.name}' already has '{checked.name}'"}])
    characteristic = Characteristic(
        name=checked.name, value_type=checked.value_type, allowed_values=list(checked.allowed_values),
        min_value=checked.min_value, max_value=checked.max_value, mandatory=checked.mandatory,
        default_value=checked.default, unit=checked.unit, description=checked.description, label=checked.label,
        position=len(spec.characteristics))
    spec.characteristics.append(characteristic)
    db.session.flush()
    return characteristic


def product_spec_of(offering: ProductOffering) -> Specification:
    """:raises NotFound: ``offering`` is a bundle, without a product specification (or characteristics) of its own."""
    if offering.product_spec is None:
        raise NotFound(f"offering {offering.id} has no product specification")
    return offering.product_spec


def offerings_sharing(spec: Specification, offering_id: int) -> list[ProductOffering]:
    """The offerings other than ``offering_id`` sold on ``spec``: characteristic labels belong to the
    specification, so relabelling it for one offering relabels it for each of these too."""
    return list(db.session.scalars(select(ProductOffering).where(
        ProductOffering.product_spec_id == spec.id, ProductOffering.id != offering_id).order_by(ProductOffering.name)))


def relabel_characteristics(spec: Specification, labels: Mapping[str, str]) -> None:
    """Give the characteristics of ``spec`` that ``labels`` names the display label it gives each ("": the name
    in words); the others keep theirs. Names never change: models and order data use them.

    :raises Invalid: ``{"field": "name", ...}`` for a name ``spec`` has no characteristic of, ``{"field":
        "label", ...}`` for a label over ``LABEL_LENGTH`` characters; nothing is changed then.
    """
    by_name = {c.name: c for c in spec.characteristics}
    errors = [{"field": "name", "message": f"'{spec.name}' has no characteristic '{name}'"}
              for name in labels if name not in by_name]
    checked: dict[str, str] = {}
    for name, label in labels.items():
        try:
            checked[name] = checked_label(name, label)
        except Invalid as exc:
            errors += exc.errors or []
    if errors:
        raise Invalid(errors=errors)
    for name, label in checked.items():
        by_name[name].label = label
    db.session.flush()


def relate(source: Specification, target: Specification, relationship_type: str) -> SpecRelationship:
    """Link ``source`` to ``target``: realizedBy goes exactly one kind down, requires stays within a kind.

    Idempotent: an existing identical link is returned.

    :raises Invalid: unknown type, or kinds that this type may not link.
    """
    if relationship_type not in RELATIONSHIP_TYPES:
        raise Invalid(errors=[{"field": "relationship_type",
                               "message": f"must be one of {', '.join(RELATIONSHIP_TYPES)}"}])
    step = SPEC_KINDS.index(target.kind) - SPEC_KINDS.index(source.kind)
    if (relationship_type == REALIZED_BY and step != 1) or (relationship_type == REQUIRES and step != 0) \
            or source.id == target.id:
        raise Invalid(errors=[{"field": "relationship_type", "message":
                               f"a {source.kind} cannot be '{relationship_type}' a {target.kind}"}])
    for existing in source.relationships:
        if existing.target_id == target.id and existing.relationship_type == relationship_type:
            return existing
    link = SpecRelationship(target=target, relationship_type=relationship_type)
    source.relationships.append(link)
    db.session.flush()
    return link


# --- admin edits of offerings ------------------------------------------------------------------

def create_offering(data: OfferingInput) -> ProductOffering:
    """Create an offering (with its price list, if given).

    :raises Invalid: see ``update_offering``.
    """
    _raise_if_invalid(data, None)
    offering = ProductOffering()
    _apply(offering, data)
    db.session.add(offering)
    db.session.flush()
    return offering


def update_offering(offering_id: int, data: OfferingInput) -> ProductOffering:
    """Change an offering's fields, and its price list unless ``data.prices`` is None.

    Price entries with a ``price_id`` change that entry; entries without one are added; entries of
    the offering not named are removed.

    :raises NotFound: unknown offering.
    :raises Invalid: errors named by field: ``name`` (missing or taken), ``lifecycle_status``,
        ``valid_to`` (not after ``valid_from``), ``product_spec_id``, ``bundled_offering_ids``, and
        ``prices-<index>-<attribute>`` for a price entry.
    """
    offering = get_offering(offering_id)
    _raise_if_invalid(data, offering)
    _apply(offering, data)
    db.session.flush()
    return offering


def _raise_if_invalid(data: OfferingInput, current: ProductOffering | None) -> None:
    errors: list[dict[str, Any]] = []
    if not data.name.strip():
        errors.append({"field": "name", "message": "is required"})
    elif (other := offering_by_name(data.name.strip())) is not None and other is not current:
        errors.append({"field": "name", "message": "another offering has this name"})
    if data.lifecycle_status not in LIFECYCLE_STATUSES:
        errors.append({"field": "lifecycle_status", "message": f"must be one of {', '.join(LIFECYCLE_STATUSES)}"})
    if data.valid_from and data.valid_to and data.valid_to <= data.valid_from:
        errors.append({"field": "valid_to", "message": "must be after the start of validity"})
    if data.product_spec_id is not None and _spec_kind(data.product_spec_id) != "product":
        errors.append({"field": "product_spec_id", "message": "is not a product specification"})
    members = set(data.bundled_offering_ids)
    if (current is not None and current.id in members) or \
            len(members) != db.session.scalar(select(func.count(ProductOffering.id))
                                              .where(ProductOffering.id.in_(members))):
        errors.append({"field": "bundled_offering_ids", "message": "must name other existing offerings"})
    errors += _price_errors(data.prices or (), current)
    if errors:
        raise Invalid(errors=errors)


def _spec_kind(spec_id: int) -> str | None:
    spec = db.session.get(Specification, spec_id)
    return None if spec is None else spec.kind


def _price_errors(prices: Sequence[PriceInput], current: ProductOffering | None) -> list[dict[str, Any]]:
    own_ids = {p.id for p in current.prices} if current is not None else set()
    errors: list[dict[str, Any]] = []
    names: set[str] = set()
    for index, price in enumerate(prices):
        problems = _price_problems(price, own_ids)
        if price.name.strip() in names:
            problems.append(("name", "must differ from the other prices"))
        names.add(price.name.strip())
        errors += [{"field": f"prices-{index}-{attribute}", "message": message} for attribute, message in problems]
    return errors


def _price_problems(price: PriceInput, own_ids: set[int]) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    if not price.name.strip():
        problems.append(("name", "is required"))
    if price.price_type not in PRICE_TYPES:
        problems.append(("price_type", f"must be one of {', '.join(PRICE_TYPES)}"))
    if price.amount is None and not price.decision_id:
        problems.append(("amount", "give an amount or a pricing decision"))
    elif price.amount is not None and price.decision_id:
        problems.append(("amount", "give an amount or a pricing decision, not both"))
    elif price.amount is not None and price.amount < 0:
        problems.append(("amount", "must not be negative"))
    elif price.amount is not None and price.amount > MAX_AMOUNT:
        problems.append(("amount", f"must be at most {MAX_AMOUNT:,}"))
    elif price.decision_id and not price.decision_output:
        problems.append(("decision_output", "name the decision output that holds the price"))
    if price.price_id is not None and price.price_id not in own_ids:
        problems.append(("price_id", "is not a price of this offering"))
    return problems


def _apply(offering: ProductOffering, data: OfferingInput) -> None:
    offering.name = data.name.strip()
    offering.description = data.description.strip()
    offering.lifecycle_status = data.lifecycle_status
    if data.valid_from is not None:
        offering.valid_from = data.valid_from
    offering.valid_to = data.valid_to
    offering.product_spec_id = data.product_spec_id
    offering.bundled_offerings = [get_offering(i) for i in data.bundled_offering_ids]
    offering.is_bundle = bool(data.bundled_offering_ids)
    if data.prices is not None:
        offering.prices = [_price_row(offering, price) for price in data.prices]


def _price_row(offering: ProductOffering, price: PriceInput) -> OfferingPrice:
    row = next((p for p in offering.prices if p.id == price.price_id), None) or OfferingPrice()
    row.name = price.name.strip()
    row.price_type = price.price_type
    row.recurring_period = "month" if price.price_type == RECURRING else None
    row.amount = None if price.amount is None else money(price.amount)
    row.currency = current_app.config["CURRENCY"]
    row.decision_id = price.decision_id or None
    row.decision_output = price.decision_output if price.decision_id else None
    return row



def delete_offering(offering: ProductOffering) -> None:
    """Remove an offering (the caller checked that no order line or product uses it)."""
    db.session.delete(offering)
    db.session.flush()


@dataclass(frozen=True)
class StandalonePriceInput:
    """A price created on its own (TMF620 ``productOfferingPrice``); ``amount`` None while not priced."""

    name: str
    price_type: str
    amount: Decimal | None = None
    description: str = ""
    lifecycle_status: str = "In Design"


def save_standalone_price(data: StandalonePriceInput, price: OfferingPrice | None = None) -> OfferingPrice:
    """Create (or, given ``price``, change) a price no offering has taken yet.

    :raises Invalid: a missing name, an unknown type or status, a negative amount.
    :raises Conflict: ``price`` belongs to an offering (it is edited with its offering).
    """
    if price is not None and price.offering_id is not None:
        raise Conflict(f"price {price.id} belongs to offering {price.offering_id}; edit it with the offering")
    errors: list[dict[str, Any]] = []
    if not data.name.strip() or len(data.name) > 100:
        errors.append({"field": "name", "message": "a name of 1 to 100 characters"})
    if data.price_type not in PRICE_TYPES:
        errors.append({"field": "priceType", "message": f"must be one of {', '.join(PRICE_TYPES)}"})
    if data.lifecycle_status not in LIFECYCLE_STATUSES:
        errors.append({"field": "lifecycleStatus", "message": f"must be one of {', '.join(LIFECYCLE_STATUSES)}"})
    if data.amount is not None and data.amount < 0:
        errors.append({"field": "price.value", "message": "must not be negative"})
    elif data.amount is not None and data.amount > MAX_AMOUNT:
        errors.append({"field": "price.value", "message": f"must be at most {MAX_AMOUNT:,}"})
    if errors:
        raise Invalid(errors=errors)
    row = price or OfferingPrice()
    row.name, row.price_type, row.description = data.name.strip(), data.price_type, data.description
    row.recurring_period = "month" if data.price_type == RECURRING else None
    row.amount = None if data.amount is None else money(data.amount)
    row.currency, row.lifecycle_status = current_app.config["CURRENCY"], data.lifecycle_status
    db.session.add(row)
    db.session.flush()
    return row


def delete_standalone_price(price: OfferingPrice) -> None:
    """:raises Conflict: the price belongs to an offering (it is removed with the offering's price list)."""
    if price.offering_id is not None:
        raise Conflict(f"price {price.id} belongs to offering {price.offering_id}; edit it with the offering")
    db.session.delete(price)
    db.session.flush()
