"""TMF620 writes for catalog administrators: create product specifications; create, change and delete
offerings and standalone offering prices.

Only ``process_admin`` (who edits the catalog in the workspace) may write. An offering's prices are kept
in the workspace's catalog editor; an offering in use by an order line or an inventory product is not
deleted (retire it: ``lifecycleStatus`` Retired).
"""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from decimal import Decimal
from typing import Any

from flask import Response
from flask import current_app
from sqlalchemy import func
from sqlalchemy import select

from app.api.body import json_object
from app.api.spec import documented
from app.auth.access import api_roles
from app.catalog import service as catalog
from app.catalog.models import LIFECYCLE_STATUSES
from app.catalog.models import OfferingPrice
from app.catalog.models import ProductOffering
from app.catalog.money import MAX_AMOUNT
from app.catalog.money import money
from app.catalog.service import OfferingInput
from app.catalog.service import StandalonePriceInput
from app.errors import Conflict
from app.errors import Invalid
from app.extensions import db
from app.orders.models import InventoryProduct
from app.orders.models import OrderItem
from app.tmf.blueprint import bp
from app.tmf.catalog import BASE
from app.tmf.catalog import offering_json
from app.tmf.catalog import price_json
from app.tmf.catalog import specification_json
from app.tmf.common import href
from app.tmf.query import one_response
from app.tmf.spec import CATALOG_BODY
from app.tmf.spec import ENTITY
from app.tmf.spec import NAME_CHARS

ADMIN = "process_admin"
OFFERING_FIELDS = ("name", "description", "lifecycleStatus", "validFor", "productSpecification",
                   "bundledProductOffering", "isBundle", "isSellable", "@type", "@baseType", "@schemaLocation")


@bp.post(f"{BASE}/productSpecification")
@documented("TMF620 create a product specification", tag="TMF620", body=CATALOG_BODY, ok=201, response=ENTITY)
@api_roles(ADMIN)
def create_product_specification() -> tuple[Response, int]:
    body = json_object()
    name, description = _text(body, "name", required=True), _text(body, "description")
    spec = catalog.create_specification("product", name, description)
    status = body.get("lifecycleStatus", "In Design")
    if status not in LIFECYCLE_STATUSES:
        raise Invalid(errors=[{"field": "lifecycleStatus", "message": f"one of {', '.join(LIFECYCLE_STATUSES)}"}])
    spec.lifecycle_status = status
    db.session.flush()  # lastUpdate as stored
    response = one_response(specification_json(spec), 201)
    response.headers["Location"] = href(f"{BASE}/productSpecification/{spec.id}")
    return response, 201


@bp.post(f"{BASE}/productOffering")
@documented("TMF620 create a product offering", tag="TMF620", body=CATALOG_BODY, ok=201, response=ENTITY)
@api_roles(ADMIN)
def create_product_offering() -> tuple[Response, int]:
    offering = catalog.create_offering(offering_input(json_object(), None))
    response = one_response(offering_json(offering), 201)
    response.headers["Location"] = href(f"{BASE}/productOffering/{offering.id}")
    return response, 201


@bp.patch(f"{BASE}/productOffering/<offering_id>")
@documented("TMF620 change a product offering", tag="TMF620", body=CATALOG_BODY, response=ENTITY)
@api_roles(ADMIN)
def patch_product_offering(offering_id: str) -> Response:
    current = catalog.get_offering(offering_id)
    offering = catalog.update_offering(current.id, offering_input(json_object(), current))
    return one_response(offering_json(offering))


@bp.delete(f"{BASE}/productOffering/<offering_id>")
@documented("TMF620 delete an offering no order or product uses", tag="TMF620", ok=204, errors=(409,))
@api_roles(ADMIN)
def delete_product_offering(offering_id: str) -> tuple[str, int]:
    offering = catalog.get_offering(offering_id)
    used = db.session.scalar(select(func.count(OrderItem.id)).where(OrderItem.offering_id == offering.id)) or \
        db.session.scalar(select(func.count(InventoryProduct.id)).where(InventoryProduct.offering_id == offering.id))
    if used:
        raise Conflict(f"offering {offering.id} is used by orders or products; retire it instead "
                       "(lifecycleStatus Retired)")
    catalog.delete_offering(offering)
    return "", 204


@bp.post(f"{BASE}/productOfferingPrice")
@documented("TMF620 create a standalone offering price", tag="TMF620", body=CATALOG_BODY, ok=201,
            response=ENTITY)
@api_roles(ADMIN)
def create_product_offering_price() -> tuple[Response, int]:
    price = catalog.save_standalone_price(_price_input(json_object(), None))
    response = one_response(price_json(price), 201)
    response.headers["Location"] = href(f"{BASE}/productOfferingPrice/{price.id}")
    return response, 201


@bp.patch(f"{BASE}/productOfferingPrice/<price_id>")
@documented("TMF620 change a standalone offering price", tag="TMF620", body=CATALOG_BODY, errors=(409,),
            response=ENTITY)
@api_roles(ADMIN)
def patch_product_offering_price(price_id: str) -> Response:
    price = catalog.get_price(price_id)
    return one_response(price_json(catalog.save_standalone_price(_price_input(json_object(), price), price)))


@bp.delete(f"{BASE}/productOfferingPrice/<price_id>")
@documented("TMF620 delete a standalone offering price", tag="TMF620", ok=204, errors=(409,))
@api_roles(ADMIN)
def delete_product_offering_price(price_id: str) -> tuple[str, int]:
    catalog.delete_standalone_price(catalog.get_price(price_id))
    return "", 204


PRICE_FIELDS = ("name", "description", "priceType", "lifecycleStatus", "price", "isBundle", "@type", "@baseType",
                "@schemaLocation")


def _price_input(body: dict[str, Any], current: OfferingPrice | None) -> StandalonePriceInput:
    """A standalone price from ``body`` over ``current``'s values (merge-patch)."""
    unknown = sorted(set(body) - set(PRICE_FIELDS))
    if unknown:
        raise Invalid(errors=[{"field": name, "message": "cannot be set here"} for name in unknown])
    if body.get("isBundle"):
        raise Invalid(errors=[{"field": "isBundle", "message": "Ordra has no bundled prices"}])
    amount = current.amount if current is not None else None
    if "price" in body:
        amount = _amount(body["price"])
    return StandalonePriceInput(
        name=_text(body, "name", required=True) if "name" in body or current is None else current.name,
        price_type=body.get("priceType", current.price_type if current else ""),
        amount=amount,
        description=_text(body, "description") if "description" in body else (current.description if current else ""),
        lifecycle_status=body.get("lifecycleStatus", current.lifecycle_status if current else "In Design"))


def _amount(price: Any) -> Decimal | None:
    """A TMF Money in the price list's currency (``CURRENCY``) as a Decimal (None for ``null``). :raises Invalid:"""
    if price is None:
        return None
    currency = current_app.config["CURRENCY"]
    value = price.get("value") if isinstance(price, dict) else None
    unit = price.get("unit", currency) if isinstance(price, dict) else None
    if unit != currency or isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise Invalid(errors=[{"field": "price", "message": f"a Money: a number value in {currency}"}])
    try:
        return money(value)
    except ValueError:
        raise Invalid(errors=[{"field": "price.value", "message": f"a number from 0 to {MAX_AMOUNT:,}"}]) from None


def offering_input(body: dict[str, Any], current: ProductOffering | None) -> OfferingInput:
    """The offering ``body`` describes, over ``current``'s values (a merge-patch) when given."""
    unknown = sorted(set(body) - set(OFFERING_FIELDS))
    if unknown:
        raise Invalid(errors=[{"field": name, "message": "cannot be set here (prices: the workspace's catalog "
                               "editor)" if name == "productOfferingPrice" else "cannot be set here"}
                              for name in unknown])
    valid_for = body.get("validFor") or {}
    if not isinstance(valid_for, dict):
        raise Invalid(errors=[{"field": "validFor", "message": "an object with startDateTime and endDateTime"}])
    base: dict[str, Any] = {
        "name": current.name, "description": current.description, "lifecycle": current.lifecycle_status,
        "from": current.valid_from, "to": current.valid_to, "spec": current.product_spec_id,
        "bundle": [o.id for o in current.bundled_offerings]} if current else {
        "name": "", "description": "", "lifecycle": "In Design", "from": None, "to": None, "spec": None, "bundle": []}
    return OfferingInput(
        name=_text(body, "name", required=current is None) if "name" in body or current is None else base["name"],
        description=_text(body, "description") if "description" in body else base["description"],
        lifecycle_status=body.get("lifecycleStatus", base["lifecycle"]),
        valid_from=_date(valid_for, "startDateTime") if "startDateTime" in valid_for else base["from"],
        valid_to=_date(valid_for, "endDateTime") if "endDateTime" in valid_for else base["to"],
        product_spec_id=(None if body["productSpecification"] is None else _ref_id(body["productSpecification"],
                                                                                    "productSpecification"))
        if "productSpecification" in body else base["spec"],
        bundled_offering_ids=[_ref_id(ref, f"bundledProductOffering[{i}]")
                              for i, ref in enumerate(body.get("bundledProductOffering") or [])]
        if "bundledProductOffering" in body else base["bundle"])


def _text(body: dict[str, Any], name: str, *, required: bool = False) -> str:
    """A text attribute; a ``name`` takes at most the documented ``NAME_CHARS``, any other 4000 characters."""
    value = body.get(name)
    if value is None and not required:
        return ""
    longest = NAME_CHARS if name == "name" else 4000
    if not isinstance(value, str) or not value.strip() or len(value) > longest:
        raise Invalid(errors=[{"field": name, "message": f"a non-empty text of at most {longest} characters"}])
    return value


def _date(valid_for: dict[str, Any], name: str) -> datetime | None:
    value = valid_for.get(name)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise Invalid(errors=[{"field": f"validFor.{name}", "message": "an ISO 8601 date-time"}]) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _ref_id(ref: Any, field: str) -> int:
    value = ref.get("id") if isinstance(ref, dict) else None
    text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if not (text.isascii() and text.isdigit()) or int(text) > 2_147_483_647:
        raise Invalid(errors=[{"field": f"{field}.id", "message": f"no catalog entry has the id {value!r}"}])
    return int(text)
