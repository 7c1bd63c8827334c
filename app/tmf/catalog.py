"""TMF620 Product Catalog Management: product offerings and product specifications (read only).

Any authenticated caller may read the catalog, customers included. Offerings refer to their prices,
which are read at ``productOfferingPrice``; money is a number with its ``unit`` (v4 ``Money``); prices
that come from a DMN matrix carry no value but name their decision under ``pricingLogicAlgorithm``.
Ordra has one catalog (``catalog/1``, every offering), whose categories group the offerings.
"""
from __future__ import annotations

from typing import Any

from flask import Response
from flask import request
from sqlalchemy import ColumnElement
from sqlalchemy import literal
from sqlalchemy import select

from app.api.spec import TEXT
from app.auth.access import api_roles
from app.catalog import service as catalog
from app.catalog.models import REALIZED_BY
from app.catalog.models import RECURRING
from app.catalog.models import REQUIRES
from app.catalog.models import Category
from app.catalog.models import Characteristic
from app.catalog.models import OfferingPrice
from app.catalog.models import ProductOffering
from app.catalog.models import Specification
from app.catalog.models import offering_categories
from app.errors import NotFound
from app.tmf.blueprint import bp
from app.tmf.common import compact
from app.tmf.common import href
from app.tmf.common import money
from app.tmf.common import when
from app.tmf.query import RESERVED
from app.tmf.query import Filter
from app.tmf.query import conditions
from app.tmf.query import list_response
from app.tmf.query import one_response
from app.tmf.query import paging
from app.tmf.spec import DATE
from app.tmf.spec import tmf_list
from app.tmf.spec import tmf_one

BASE = "/productCatalogManagement/v4"



def _in_categories(category_ids: list[Any]) -> ColumnElement[bool]:
    """Offerings in any of the categories."""
    linked = select(offering_categories.c.offering_id).where(offering_categories.c.category_id.in_(category_ids))
    return ProductOffering.id.in_(linked)


OFFERING_FILTERS = {
    "id": Filter(ProductOffering.id, "int"),
    "name": Filter(ProductOffering.name, contains=True),
    "lifecycleStatus": Filter(ProductOffering.lifecycle_status),
    "isBundle": Filter(ProductOffering.is_bundle, "bool"),
    "lastUpdate": Filter(ProductOffering.last_update, "date"),
    "productSpecification.id": Filter(ProductOffering.product_spec_id, "int"),
    "category.id": Filter(offering_categories.c.category_id, "int", matches=_in_categories),
}
SPEC_FILTERS = {
    "id": Filter(Specification.id, "int"),
    "name": Filter(Specification.name, contains=True),
    "lifecycleStatus": Filter(Specification.lifecycle_status),
    "lastUpdate": Filter(Specification.last_update, "date"),
}
PRICE_FILTERS = {
    "id": Filter(OfferingPrice.id, "int"),
    "name": Filter(OfferingPrice.name, contains=True),
    "priceType": Filter(OfferingPrice.price_type),
    "lifecycleStatus": Filter(OfferingPrice.lifecycle_status),
    "lastUpdate": Filter(OfferingPrice.last_update, "date"),
}
CATEGORY_FILTERS = {
    "id": Filter(Category.id, "int"),
    "name": Filter(Category.name, contains=True),
    "lifecycleStatus": Filter(Category.lifecycle_status),
    "lastUpdate": Filter(Category.last_update, "date"),
    "parentId": Filter(Category.parent_id, "int"),
}
CATALOG_ID = "1"
# What the one catalog may be filtered on: checked as any list's filters are (``conditions``), then matched in
# memory by ``_matches``; the column is a placeholder no statement reads.
CATALOG_FILTERS = {name: Filter(literal(None)) for name in ("id", "name", "lifecycleStatus")}



_OFFERING_FILTERS_DECLARED: dict[str, Any] = {"lastUpdate.gt": DATE, "category.id": TEXT}


@bp.get(f"{BASE}/productOffering")
@tmf_list("TMF620 product offerings", "TMF620", lifecycleStatus=TEXT, name=TEXT, isBundle={"type": "boolean"},
          **_OFFERING_FILTERS_DECLARED)
@api_roles()
def list_product_offerings() -> Response:
    """Filters: ``name`` matches a part of the name in any case; the others as TMF630 says; paging."""
    offset, limit = paging()
    page = catalog.offering_page(offset=offset, limit=limit, where=conditions(OFFERING_FILTERS))
    return list_response([offering_json(o) for o in page.items], page.total)


@bp.get(f"{BASE}/productOffering/<offering_id>")
@tmf_one("TMF620 one product offering", "TMF620")
@api_roles()
def get_product_offering(offering_id: str) -> Response:
    return one_response(offering_json(catalog.get_offering(offering_id)))


@bp.get(f"{BASE}/productSpecification")
@tmf_list("TMF620 product specifications", "TMF620", lifecycleStatus=TEXT, name=TEXT)
@api_roles()
def list_product_specifications() -> Response:
    offset, limit = paging()
    page = catalog.specification_page(kind="product", offset=offset, limit=limit, where=conditions(SPEC_FILTERS))
    return list_response([specification_json(s) for s in page.items], page.total)


@bp.get(f"{BASE}/productSpecification/<spec_id>")
@tmf_one("TMF620 one product specification with its service specifications", "TMF620")
@api_roles()
def get_product_specification(spec_id: str) -> Response:
    return one_response(specification_json(catalog.get_specification(spec_id, kind="product")))


@bp.get(f"{BASE}/productOfferingPrice")
@tmf_list("TMF620 product offering prices", "TMF620", priceType=TEXT, name=TEXT)
@api_roles()
def list_product_offering_prices() -> Response:
    offset, limit = paging()
    page = catalog.price_page(offset=offset, limit=limit, where=conditions(PRICE_FILTERS))
    return list_response([price_json(p) for p in page.items], page.total)


@bp.get(f"{BASE}/productOfferingPrice/<price_id>")
@tmf_one("TMF620 one product offering price", "TMF620")
@api_roles()
def get_product_offering_price(price_id: str) -> Response:
    return one_response(price_json(catalog.get_price(price_id)))


@bp.get(f"{BASE}/catalog")
@tmf_list("TMF620 catalogs (Ordra has one)", "TMF620")
@api_roles()
def list_catalogs() -> Response:
    paging()
    conditions(CATALOG_FILTERS)  # names and values checked; the one catalog is matched here, not in SQL
    found = [catalog_json()] if _matches(catalog_json()) else []
    offset, limit = paging()
    return list_response(found[offset:offset + limit], len(found))


@bp.get(f"{BASE}/catalog/<catalog_id>")
@tmf_one("TMF620 the catalog", "TMF620")
@api_roles()
def get_catalog(catalog_id: str) -> Response:
    if catalog_id != CATALOG_ID:
        raise NotFound(f"no catalog {catalog_id!r}")
    return one_response(catalog_json())


@bp.get(f"{BASE}/category")
@tmf_list("TMF620 categories of the catalog, with their offerings", "TMF620", name=TEXT, parentId=TEXT,
          lifecycleStatus=TEXT, **{"lastUpdate.gt": DATE, "lastUpdate.lt": DATE})
@api_roles()
def list_categories() -> Response:
    offset, limit = paging()
    page = catalog.category_page(offset=offset, limit=limit, where=conditions(CATEGORY_FILTERS))
    return list_response([category_json(c) for c in page.items], page.total)


@bp.get(f"{BASE}/category/<category_id>")
@tmf_one("TMF620 one category", "TMF620")
@api_roles()
def get_category(category_id: str) -> Response:
    return one_response(category_json(catalog.get_category(category_id)))


def _matches(body: dict[str, Any]) -> bool:
    """Whether the one catalog passes the request's filters (checked already): each is one of its
    comma-separated values, quoted or not, as the lists' filters in SQL (``app.tmf.query``)."""
    for name, value in request.args.items(multi=True):
        if name in RESERVED:
            continue
        wanted = [part[1:-1] if len(part) >= 2 and part[0] == part[-1] == '"' else part for part in value.split(",")]
        if str(body.get(name)) not in wanted:
            return False
    return True


# --- TMF620 representations --------------------------------------------------------------------

def _offering_ref(offering: ProductOffering) -> dict[str, Any]:
    return {"id": str(offering.id), "name": offering.name, "@referredType": "ProductOffering",
            "href": href(f"{BASE}/productOffering/{offering.id}")}


def _spec_ref(spec: Specification) -> dict[str, Any]:
    return {"id": str(spec.id), "name": spec.name, "@referredType": "ProductSpecification",
            "href": href(f"{BASE}/productSpecification/{spec.id}")}


def _category_ref(category: Category) -> dict[str, Any]:
    return {"id": str(category.id), "name": category.name, "@referredType": "Category",
            "href": href(f"{BASE}/category/{category.id}")}


def _price_ref(price: OfferingPrice) -> dict[str, Any]:
    return {"id": str(price.id), "name": price.name, "@referredType": "ProductOfferingPrice",
            "href": href(f"{BASE}/productOfferingPrice/{price.id}")}


def offering_json(offering: ProductOffering) -> dict[str, Any]:
    """The TMF620 ProductOffering of ``offering``; its prices by reference."""
    spec = offering.product_spec
    spec_ref = _spec_ref(spec) if spec is not None else None
    return compact({
        "id": str(offering.id),
        "href": href(f"{BASE}/productOffering/{offering.id}"),
        "@type": "ProductOffering",
        "name": offering.name,
        "description": offering.description or None,
        "lifecycleStatus": offering.lifecycle_status,
        "lastUpdate": when(offering.last_update),
        "validFor": {"startDateTime": when(offering.valid_from), "endDateTime": when(offering.valid_to)},
        "isBundle": offering.is_bundle,
        "isSellable": True,
        "bundledProductOffering": [_offering_ref(o) for o in offering.bundled_offerings],
        "productSpecification": spec_ref,
        "productOfferingPrice": [_price_ref(p) for p in offering.prices],
        "category": [_category_ref(c) for c in offering.categories],
        "prodSpecCharValueUse": [{**_characteristic_json(c), "productSpecification": spec_ref}
                                 for c in (spec.characteristics if spec is not None else [])],
    })


def price_json(price: OfferingPrice) -> dict[str, Any]:
    """A ProductOfferingPrice: an amount, or the DMN decision that works it out from the characteristics."""
    offering = price.offering
    body: dict[str, Any] = {
        "id": str(price.id), "href": href(f"{BASE}/productOfferingPrice/{price.id}"),
        "@type": "ProductOfferingPrice", "name": price.name, "priceType": price.price_type, "isBundle": False,
        "lifecycleStatus": price.lifecycle_status, "lastUpdate": when(price.last_update),
        "description": price.description or (f"{price.name} of {offering.name}" if offering else None)}
    if offering is not None:
        body["validFor"] = {"startDateTime": when(offering.valid_from), "endDateTime": when(offering.valid_to)}
    if price.price_type == RECURRING:
        body.update(recurringChargePeriodType=price.recurring_period, recurringChargePeriodLength=1)
    if price.amount is not None:
        body["price"] = money(price.amount, price.currency)
    elif price.decision_id:
        body["pricingLogicAlgorithm"] = [{
            "@type": "PricingLogicAlgorithm", "id": f"{price.decision_id}#{price.decision_output}",
            "name": price.decision_id,
            "plaSpecId": price.decision_id,
            "description": f"DMN decision '{price.decision_id}', output '{price.decision_output}', "
                           f"evaluated on the product characteristics ({price.currency})"}]
    return compact(body)


def catalog_json() -> dict[str, Any]:
    """Ordra's one catalog: every offering, in its categories."""
    latest = catalog.last_update()
    return compact({"id": CATALOG_ID, "href": href(f"{BASE}/catalog/{CATALOG_ID}"), "@type": "Catalog",
                    "name": "Ordra product catalog", "catalogType": "ProductCatalog", "lifecycleStatus": "Active",
                    "lastUpdate": when(latest), "category": [_category_ref(c) for c in catalog.list_categories()]})


def category_json(category: Category) -> dict[str, Any]:
    """A TMF620 Category: its offerings by reference, its parent by id (``isRoot`` without one)."""
    return compact({
        "id": str(category.id), "href": href(f"{BASE}/category/{category.id}"), "@type": "Category",
        "name": category.name, "description": category.description or None,
        "lifecycleStatus": category.lifecycle_status, "lastUpdate": when(category.last_update),
        "isRoot": category.parent_id is None,
        "parentId": str(category.parent_id) if category.parent_id is not None else None,
        "productOffering": [_offering_ref(o) for o in category.offerings]})


def _characteristic_json(characteristic: Characteristic) -> dict[str, Any]:
    return {"name": characteristic.name, "description": characteristic.description or None,
            "valueType": characteristic.value_type, "minCardinality": 1 if characteristic.mandatory else 0,
            "maxCardinality": 1, "productSpecCharacteristicValue": _values_json(characteristic)}


def _values_json(c: Characteristic) -> list[dict[str, Any]]:
    """Allowed values (one marked default), or a closed range plus the default, or just the default.

    The spec types a range's ``valueFrom``/``valueTo`` as strings; the value itself keeps its type."""
    unit = {"unitOfMeasure": c.unit} if c.unit else {}
    listed = list(c.allowed_values) or ([True, False] if c.value_type == "boolean" else [])
    if listed:
        return [{"value": v, "isDefault": v == c.default_value and c.default_value is not None,
                 "valueType": c.value_type, **unit} for v in listed]
    values: list[dict[str, Any]] = []
    if c.min_value is not None or c.max_value is not None:
        values.append({"valueFrom": _text(c.min_value), "valueTo": _text(c.max_value), "rangeInterval": "closed",
                       "isDefault": False, "valueType": c.value_type, **unit})
    if c.default_value is not None:
        values.append({"value": c.default_value, "isDefault": True, "valueType": c.value_type, **unit})
    return values


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def specification_json(spec: Specification) -> dict[str, Any]:
    """The TMF620 ProductSpecification of a product ``spec`` with the CFSs that realize it."""
    return compact({
        "id": str(spec.id), "href": href(f"{BASE}/productSpecification/{spec.id}"), "name": spec.name,
        "@type": "ProductSpecification",
        "description": spec.description or None,
        "lifecycleStatus": spec.lifecycle_status,
        "lastUpdate": when(spec.last_update),
        "isBundle": False,
        "productSpecCharacteristic": [_characteristic_json(c) for c in spec.characteristics],
        "serviceSpecification": [
            {"id": str(rel.target.id), "name": rel.target.name, "@referredType": "ServiceSpecification"}
            for rel in spec.relationships if rel.relationship_type == REALIZED_BY],
        "productSpecificationRelationship": [
            {"id": str(rel.target.id), "name": rel.target.name, "relationshipType": rel.relationship_type}
            for rel in spec.relationships if rel.relationship_type == REQUIRES],
    })
