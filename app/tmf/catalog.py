"""TMF620 Product Catalog Management: product offerings and product specifications (read only).

Any authenticated caller may read the catalog, customers included. Money values are decimal
strings with two places ("79.50"), as everywhere in Ordra, so no client parses prices as binary
floats; prices that come from a DMN matrix carry no value but name their decision under
``pricingLogicAlgorithm``.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from flask import Response
from flask import jsonify
from flask import request
from flask import url_for

from app.auth.access import api_roles
from app.catalog import service as catalog
from app.catalog.models import REALIZED_BY
from app.catalog.models import RECURRING
from app.catalog.models import REQUIRES
from app.catalog.models import Characteristic
from app.catalog.models import OfferingPrice
from app.catalog.models import ProductOffering
from app.catalog.models import Specification
from app.catalog.money import money_str
from app.tmf.blueprint import bp
from app.tmf.paging import list_response
from app.tmf.paging import paging

BASE = "/productCatalogManagement/v4"


@bp.get(f"{BASE}/productOffering")
@api_roles()
def list_product_offerings() -> Response:
    """Filters: ``lifecycleStatus`` (exact), ``name`` (case-insensitive part of the name); paging."""
    offset, limit = paging()
    page = catalog.offering_page(offset=offset, limit=limit, lifecycle_status=request.args.get("lifecycleStatus"),
                                 name_contains=request.args.get("name"))
    return list_response([offering_json(o) for o in page.items], page.total)


@bp.get(f"{BASE}/productOffering/<offering_id>")
@api_roles()
def get_product_offering(offering_id: str) -> Response:
    return jsonify(offering_json(catalog.get_offering(offering_id)))


@bp.get(f"{BASE}/productSpecification")
@api_roles()
def list_product_specifications() -> Response:
    offset, limit = paging()
    page = catalog.specification_page(kind="product", offset=offset, limit=limit)
    return list_response([specification_json(s) for s in page.items], page.total)


@bp.get(f"{BASE}/productSpecification/<spec_id>")
@api_roles()
def get_product_specification(spec_id: str) -> Response:
    return jsonify(specification_json(catalog.get_specification(spec_id, kind="product")))


# --- TMF620 representations --------------------------------------------------------------------

def _when(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat().replace("+00:00", "Z")


def _offering_ref(offering: ProductOffering) -> dict[str, Any]:
    return {"id": str(offering.id), "name": offering.name, "@type": "BundledProductOffering",
            "href": url_for("tmf.get_product_offering", offering_id=offering.id, _external=True),
            "lifecycleStatus": offering.lifecycle_status}


def _spec_ref(spec: Specification) -> dict[str, Any]:
    return {"id": str(spec.id), "name": spec.name, "@type": "ProductSpecificationRef",
            "href": url_for("tmf.get_product_specification", spec_id=spec.id, _external=True)}


def offering_json(offering: ProductOffering) -> dict[str, Any]:
    """The TMF620 ProductOffering of ``offering``."""
    spec = offering.product_spec
    spec_ref = _spec_ref(spec) if spec is not None else None
    return {
        "id": str(offering.id),
        "href": url_for("tmf.get_product_offering", offering_id=offering.id, _external=True),
        "@type": "ProductOffering",
        "name": offering.name,
        "description": offering.description,
        "lifecycleStatus": offering.lifecycle_status,
        "lastUpdate": _when(offering.last_update),
        "validFor": {"startDateTime": _when(offering.valid_from), "endDateTime": _when(offering.valid_to)},
        "isBundle": offering.is_bundle,
        "isSellable": True,
        "bundledProductOffering": [_offering_ref(o) for o in offering.bundled_offerings],
        "productSpecification": spec_ref,
        "productOfferingPrice": [_price_json(p) for p in offering.prices],
        "prodSpecCharValueUse": [{**_characteristic_json(c), "productSpecification": spec_ref}
                                 for c in (spec.characteristics if spec is not None else [])],
    }


def _price_json(price: OfferingPrice) -> dict[str, Any]:
    body: dict[str, Any] = {"id": str(price.id), "@type": "ProductOfferingPrice", "name": price.name,
                            "priceType": price.price_type}
    if price.price_type == RECURRING:
        body.update(recurringChargePeriodType=price.recurring_period, recurringChargePeriodLength=1)
    if price.amount is not None:
        body["price"] = {"unit": price.currency, "value": money_str(price.amount)}
    else:
        body["pricingLogicAlgorithm"] = [{
            "@type": "PricingLogicAlgorithm", "name": price.decision_id, "plaSpecId": price.decision_id,
            "description": f"DMN decision '{price.decision_id}', output '{price.decision_output}', "
                           f"evaluated on the product characteristics ({price.currency})"}]
    return body


def _characteristic_json(characteristic: Characteristic) -> dict[str, Any]:
    return {"name": characteristic.name, "description": characteristic.description,
            "valueType": characteristic.value_type, "minCardinality": 1 if characteristic.mandatory else 0,
            "maxCardinality": 1, "productSpecCharacteristicValue": _values_json(characteristic)}


def _values_json(c: Characteristic) -> list[dict[str, Any]]:
    """Allowed values (one marked default), or a closed range plus the default, or just the default."""
    unit = {"unitOfMeasure": c.unit} if c.unit else {}
    listed = list(c.allowed_values) or ([True, False] if c.value_type == "boolean" else [])
    if listed:
        return [{"value": v, "isDefault": v == c.default_value and c.default_value is not None,
                 "valueType": c.value_type, **unit} for v in listed]
    values: list[dict[str, Any]] = []
    if c.min_value is not None or c.max_value is not None:
        values.append({"valueFrom": c.min_value, "valueTo": c.max_value, "rangeInterval": "closed",
                       "isDefault": False, "valueType": c.value_type, **unit})
    if c.default_value is not None:
        values.append({"value": c.default_value, "isDefault": True, "valueType": c.value_type, **unit})
    return values


def specification_json(spec: Specification) -> dict[str, Any]:
    """The TMF620 ProductSpecification of a product ``spec`` with the CFSs that realize it."""
    return {
        **_spec_ref(spec),
        "@type": "ProductSpecification",
        "description": spec.description,
        "productSpecCharacteristic": [_characteristic_json(c) for c in spec.characteristics],
        "serviceSpecification": [
            {"id": str(rel.target.id), "name": rel.target.name, "@referredType": "ServiceSpecification"}
            for rel in spec.relationships if rel.relationship_type == REALIZED_BY],
        "productSpecificationRelationship": [
            {"id": str(rel.target.id), "name": rel.target.name, "relationshipType": rel.relationship_type}
            for rel in spec.relationships if rel.relationship_type == REQUIRES],
    }
