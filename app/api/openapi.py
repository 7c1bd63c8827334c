"""``GET /api/v1/openapi.json``: the OpenAPI 3.1 description of the API.

The ``/api/v1`` paths are generated from the operations the routes declare (``app.api.spec``); the
TM Forum paths are described here.
"""
from __future__ import annotations

import copy
import re
from typing import Any

from flask import Response
from flask import current_app
from flask import jsonify

from app.api.blueprint import bp
from app.api.spec import ID
from app.api.spec import OPERATION
from app.api.spec import REVISION_BODY
from app.api.spec import SCHEMAS
from app.api.spec import TEXT
from app.api.spec import TMF_PAGING
from app.api.spec import json_body as _json_body
from app.api.spec import list_of as _list_of
from app.api.spec import operation as _op
from app.api.spec import ref as _ref
from app.validation import DB_INT_MAX
from app.validation import MAX_PATH_TEXT_CHARS

_TMF_REF = {"type": "object", "properties": {"id": {"type": "string", "maxLength": 100}}}
PRODUCT_ORDER_CREATE = {
    "type": "object", "required": ["productOrderItem"],
    "properties": {
        "externalId": {"type": "string", "maxLength": 100},
        "description": {"type": "string", "maxLength": 4000},
        "priority": {"type": "string", "maxLength": 10},
        "requestedCompletionDate": {"type": "string", "format": "date-time"},
        "relatedParty": {"type": "array", "items": {"type": "object", "properties": {
            "id": {"type": "string", "maxLength": 100}, "role": {"type": "string", "maxLength": 100}}}},
        "productOrderItem": {"type": "array", "minItems": 1, "maxItems": 100, "items": {
            "type": "object", "properties": {
                "id": {"type": "string", "maxLength": 100},
                "action": {"type": "string", "enum": ["add", "modify", "delete", "noChange", "suspend", "resume"]},
                "quantity": {"type": "integer", "minimum": 1, "maximum": 1000},
                "productOffering": _TMF_REF,
                "product": {"type": "object", "properties": {
                    "id": {"type": "string", "maxLength": 100},
                    "productCharacteristic": {"type": "array", "items": {"type": "object", "required": ["name"],
                                              "properties": {"name": {"type": "string", "maxLength": 100},
                                                             "value": {}}}}}},
                "adjustments": {"type": "array", "items": {"type": "object"}},
                "productOrderItemRelationship": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "string"}, "relationshipType": {"type": "string"}}}},
            }}},
    },
}
CANCEL_CREATE = {"type": "object", "required": ["productOrder"], "properties": {
    "productOrder": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
    "cancellationReason": {"type": "string", "maxLength": 500}}}


TMF620 = "/tmf-api/productCatalogManagement/v4"
TMF622 = "/tmf-api/productOrderingManagement/v4"


def tmf_paths() -> dict[str, Any]:
    """The TM Forum Open API paths (TMF field names; list endpoints page with offset/limit)."""
    entities = _list_of("TmfEntity")
    domain_query = {**TMF_PAGING, "externalId": ID}
    return {
        f"{TMF620}/productOffering": {"get": _op("TMF620 product offerings (lifecycleStatus, name filters)",
                                                 tag="TMF620", response=entities, query={
                                                     **TMF_PAGING, "lifecycleStatus": TEXT, "name": TEXT})},
        f"{TMF620}/productOffering/{{id}}": {"get": _op("TMF620 one product offering", tag="TMF620",
                                                        response=_ref("TmfEntity"))},
        f"{TMF620}/productSpecification": {"get": _op("TMF620 product specifications", tag="TMF620",
                                                      response=entities, query=TMF_PAGING)},
        f"{TMF620}/productSpecification/{{id}}": {"get": _op("TMF620 one product specification with its service "
                                                             "specifications", tag="TMF620",
                                                             response=_ref("TmfEntity"))},
        f"{TMF622}/productOrder": {
            "get": _op("TMF622 product orders (state, externalId, customer filters)", tag="TMF622",
                       response=_list_of("ProductOrder"), query={
                           "offset": TMF_PAGING["offset"], "limit": {"type": "integer", "minimum": 1, "maximum": 500},
                           "state": TEXT, "externalId": TEXT, "customer": ID}),
            "post": _op("TMF622 create a product order (the same externalId again returns the first order, 200)",
                        tag="TMF622", body=_json_body(PRODUCT_ORDER_CREATE), ok=201, also_ok=(200,),
                        errors=(413,), response=_ref("ProductOrder")),
        },
        f"{TMF622}/productOrder/{{id}}": {
            "get": _op("TMF622 one product order", tag="TMF622", response=_ref("ProductOrder")),
            "patch": _op("TMF622 revise an order in flight with productOrderItem (as /api/v1/orders/{id}/revisions); "
                         "409 past a point of no return", tag="TMF622", body=REVISION_BODY, errors=(409,),
                         response=_ref("ProductOrder")),
        },
        f"{TMF622}/cancelProductOrder": {
            "get": _op("TMF622 accepted cancellations of the orders the caller may see", tag="TMF622",
                       response=entities),
            "post": _op("TMF622 cancel an order in flight: completed work is compensated; refused (409, naming the "
                        "domain order and step) once a plan passed its point of no return", tag="TMF622",
                        body=_json_body(CANCEL_CREATE), ok=201, errors=(409,), response=_ref("TmfEntity")),
        },
        f"{TMF622}/cancelProductOrder/{{id}}": {"get": _op("TMF622 one cancellation", tag="TMF622",
                                                           response=_ref("TmfEntity"))},
        "/tmf-api/serviceOrdering/v4/serviceOrder": {"get": _op(
            "TMF641 service orders (externalId = product order id filter; staff only)", tag="TMF641",
            response=entities, query=domain_query)},
        "/tmf-api/serviceOrdering/v4/serviceOrder/{id}": {"get": _op(
            "TMF641 one service order", tag="TMF641", response=_ref("TmfEntity"))},
        "/tmf-api/resourceOrderingManagement/v4/resourceOrder": {"get": _op(
            "TMF652 resource orders (externalId = product order id filter; staff only)", tag="TMF652",
            response=entities, query=domain_query)},
        "/tmf-api/resourceOrderingManagement/v4/resourceOrder/{id}": {"get": _op(
            "TMF652 one resource order", tag="TMF652", response=_ref("TmfEntity"))},
        "/tmf-api/productInventory/v4/product": {"get": _op(
            "TMF637 inventory products (relatedParty.id, status filters; customers see their own)", tag="TMF637",
            response=entities, query={**TMF_PAGING, "relatedParty.id": ID, "status": TEXT})},
        "/tmf-api/productInventory/v4/product/{id}": {"get": _op(
            "TMF637 one inventory product with its realising services and resources", tag="TMF637",
            response=_ref("TmfEntity"))},
    }


def route_parameters(rule_path: str) -> list[dict[str, Any]]:
    """The path parameters of a Flask route, typed by its converters: ``<int:x>`` is an id, ``<path:x>``
    a name that may hold slashes (a connector's), anything else a text an id column holds (see ``app.validation``)."""
    text = {"type": "string", "minLength": 1, "maxLength": MAX_PATH_TEXT_CHARS}
    schemas = {"int": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX}, "path": text}
    return [{"name": name, "in": "path", "required": True,
             "schema": schemas.get(converter, {**text, "pattern": "^[^/]+$"})}
            for converter, name in re.findall(r"<(?:(\w+):)?(\w+)>", rule_path)]


def _with_route_parameters(paths: dict[str, Any], rules: list[str]) -> dict[str, Any]:
    """Declare each path's parameters from the route it documents (same shape, names may differ)."""
    by_shape = {_shape(rule): rule for rule in rules}
    for path, operations in paths.items():
        rule = by_shape.get(_shape(path))
        if rule is None:
            continue
        parameters = route_parameters(rule)
        names = iter(re.findall(r"\{(\w+)\}", path))
        declared = [{**parameter, "name": next(names)} for parameter in parameters]
        for operation in operations.values():
            operation["parameters"] = declared + operation.get("parameters", [])
    return paths


def _shape(path: str) -> str:
    return re.sub(r"\{[^}]*\}|<[^>]*>", "{}", path)


def api_paths() -> dict[str, Any]:
    """Ordra's own API under ``/api/v1``, from the operations its routes declare (``app.api.spec.documented``)."""
    paths: dict[str, Any] = {}
    for rule in current_app.url_map.iter_rules():
        view = current_app.view_functions[rule.endpoint]
        declared = getattr(view, OPERATION, None)
        if not rule.rule.startswith(bp.url_prefix or "") or declared is None:
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            described = copy.deepcopy(declared)
            parameters = route_parameters(rule.rule) + described.get("parameters", [])
            if parameters:
                described["parameters"] = parameters
            paths.setdefault(path, {})[method.lower()] = described
    return dict(sorted(paths.items()))


def document() -> dict[str, Any]:
    rules = [rule.rule for rule in current_app.url_map.iter_rules()]
    return {
        "openapi": "3.1.0",
        "info": {"title": "Ordra API and TM Forum Open APIs", "version": "1"},
        "servers": [{"url": "/"}],
        "security": [{"basic": []}, {"bearer": []}],
        "components": {
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"},
                                "bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": SCHEMAS,
        },
        "paths": {**api_paths(), **_with_route_parameters(tmf_paths(), rules)},
    }


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(document())
