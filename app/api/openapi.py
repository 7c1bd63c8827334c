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


PRODUCT_ORDER_PATCH = _json_body({"type": "object", "properties": {
    "description": {"type": "string", "maxLength": 4000}, "priority": {"type": "string", "maxLength": 10},
    "requestedCompletionDate": {"type": "string", "format": "date-time"},
    "requestedStartDate": {"type": "string", "format": "date-time"},
    "note": {"type": "array", "items": {"type": "object", "properties": {
        "text": {"type": "string", "maxLength": 4000}}}},
    "productOrderItem": {"type": "array", "minItems": 1, "maxItems": 100, "items": {"type": "object"}}}})
DATE = {"type": "string", "format": "date-time"}


CANCEL_SERVICE_CREATE = {"type": "object", "required": ["serviceOrder"], "properties": {
    "serviceOrder": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
    "cancellationReason": {"type": "string", "maxLength": 500}}}
CANCEL_RESOURCE_CREATE = {"type": "object", "required": ["resourceOrder"], "properties": {
    "resourceOrder": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
    "cancellationReason": {"type": "string", "maxLength": 500}}}


def _tmf_list(summary: str, tag: str, response: dict[str, Any], **filters: Any) -> dict[str, Any]:
    """A TMF630 list: paging, the named attribute filters (unknown ones are a 400), ``fields`` in the summary."""
    return {"get": _op(f"{summary}; fields= selects attributes; X-Total-Count and X-Result-Count headers",
                       tag=tag, response=response, query={**TMF_PAGING, **filters})}


def _tmf_one(summary: str, tag: str, response: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"get": _op(summary, tag=tag, response=response or _ref("TmfEntity"))}


def tmf_paths() -> dict[str, Any]:
    """The TM Forum Open API v4 paths (TMF field names, TMF630 Error bodies, lists page with offset/limit)."""
    entities = _list_of("TmfEntity")
    domain_filters = {"state": TEXT, "externalId": ID, "orderDate.gt": DATE, "orderDate.lt": DATE}
    paths: dict[str, Any] = {
        f"{TMF620}/productOffering": _tmf_list("TMF620 product offerings", "TMF620", entities, lifecycleStatus=TEXT,
                                               name=TEXT, isBundle={"type": "boolean"},
                                               **{"lastUpdate.gt": DATE, "category.id": ID}),
        f"{TMF620}/productOffering/{{id}}": _tmf_one("TMF620 one product offering", "TMF620"),
        f"{TMF620}/productSpecification": _tmf_list("TMF620 product specifications", "TMF620", entities,
                                                    lifecycleStatus=TEXT, name=TEXT),
        f"{TMF620}/productSpecification/{{id}}": _tmf_one("TMF620 one product specification with its service "
                                                          "specifications", "TMF620"),
        f"{TMF620}/productOfferingPrice": _tmf_list("TMF620 product offering prices", "TMF620", entities,
                                                    priceType=TEXT, name=TEXT),
        f"{TMF620}/productOfferingPrice/{{id}}": _tmf_one("TMF620 one product offering price", "TMF620"),
        f"{TMF620}/catalog": _tmf_list("TMF620 catalogs (Ordra has one)", "TMF620", entities),
        f"{TMF620}/catalog/{{id}}": _tmf_one("TMF620 the catalog", "TMF620"),
        f"{TMF620}/category": _tmf_list("TMF620 categories of the catalog, with their offerings", "TMF620",
                                              entities, name=TEXT, parentId=ID),
        f"{TMF620}/category/{{id}}": _tmf_one("TMF620 one category", "TMF620"),
        f"{TMF622}/productOrder": {
            **_tmf_list("TMF622 product orders", "TMF622", _list_of("ProductOrder"), state=TEXT, externalId=TEXT,
                        priority=TEXT, **{"relatedParty.id": TEXT, "orderDate.gt": DATE, "orderDate.lt": DATE}),
            "post": _op("TMF622 create a product order (the same externalId again returns the first order, 200); "
                        "relatedParty by account id or external id; item ids, relationships, notes, channel kept",
                        tag="TMF622", body=_json_body(PRODUCT_ORDER_CREATE), ok=201, also_ok=(200,),
                        response=_ref("ProductOrder")),
        },
        f"{TMF622}/productOrder/{{id}}": {
            "get": _op("TMF622 one product order", tag="TMF622", response=_ref("ProductOrder")),
            "patch": _op("TMF622 change an order in flight: productOrderItem entries become a revision (as "
                         "/api/v1/orders/{id}/revisions), description/priority/dates/note are set; 409 past a point "
                         "of no return", tag="TMF622", body=PRODUCT_ORDER_PATCH, errors=(409,),
                         response=_ref("ProductOrder")),
            "delete": _op("TMF622 delete a draft order (a submitted one is cancelled instead: 409)", tag="TMF622",
                          ok=204, errors=(409,)),
        },
        f"{TMF622}/cancelProductOrder": {
            **_tmf_list("TMF622 accepted cancellations of the orders the caller may see", "TMF622", entities,
                        **{"productOrder.id": ID}),
            "post": _op("TMF622 cancel an order in flight: completed work is compensated; refused (409, naming the "
                        "domain order and step) once a plan passed its point of no return", tag="TMF622",
                        body=_json_body(CANCEL_CREATE), ok=201, errors=(409,), response=_ref("TmfEntity")),
        },
        f"{TMF622}/cancelProductOrder/{{id}}": _tmf_one("TMF622 one cancellation", "TMF622"),
        "/tmf-api/serviceOrdering/v4/serviceOrder": _tmf_list(
            "TMF641 service orders (externalId = product order id; staff only)", "TMF641", entities, **domain_filters),
        "/tmf-api/serviceOrdering/v4/serviceOrder/{id}": _tmf_one("TMF641 one service order", "TMF641"),
        "/tmf-api/serviceOrdering/v4/cancelServiceOrder": {
            **_tmf_list("TMF641 service order cancellations (staff)", "TMF641", entities, **{"serviceOrder.id": ID}),
            "post": _op("TMF641 cancel a service order: cancels the product order it fulfils (409 past a point of "
                        "no return)", tag="TMF641", body=_json_body(CANCEL_SERVICE_CREATE), ok=201, errors=(409,),
                        response=_ref("TmfEntity"))},
        "/tmf-api/serviceOrdering/v4/cancelServiceOrder/{id}": _tmf_one("TMF641 one service order cancellation",
                                                                        "TMF641"),
        "/tmf-api/resourceOrderingManagement/v4/resourceOrder": _tmf_list(
            "TMF652 resource orders (externalId = product order id; staff only)", "TMF652", entities,
            **domain_filters),
        "/tmf-api/resourceOrderingManagement/v4/resourceOrder/{id}": _tmf_one("TMF652 one resource order", "TMF652"),
        "/tmf-api/resourceOrderingManagement/v4/cancelResourceOrder": {
            **_tmf_list("TMF652 resource order cancellations (staff)", "TMF652", entities,
                        **{"resourceOrder.id": ID}),
            "post": _op("TMF652 cancel a resource order: cancels the product order it fulfils (409 past a point of "
                        "no return)", tag="TMF652", body=_json_body(CANCEL_RESOURCE_CREATE), ok=201, errors=(409,),
                        response=_ref("TmfEntity"))},
        "/tmf-api/resourceOrderingManagement/v4/cancelResourceOrder/{id}": _tmf_one(
            "TMF652 one resource order cancellation", "TMF652"),
        "/tmf-api/productInventory/v4/product": _tmf_list(
            "TMF637 inventory products (customers see their own)", "TMF637", entities,
            status=TEXT, **{"relatedParty.id": TEXT, "productOffering.id": ID}),
        "/tmf-api/productInventory/v4/product/{id}": _tmf_one(
            "TMF637 one inventory product with its price, billing account, realising services and resources",
            "TMF637"),
    }
    for root, tag in (("productCatalogManagement", "TMF620"), ("productOrderingManagement", "TMF622"),
                      ("productInventory", "TMF637"),
                      ("serviceOrdering", "TMF641"), ("resourceOrderingManagement", "TMF652")):
        paths.update(_hub_paths(f"/tmf-api/{root}/v4", tag))
    for path, operations in _catalog_writes().items():
        paths.setdefault(path, {}).update(operations)
    return paths


HUB_BODY = _json_body({"type": "object", "required": ["callback"], "properties": {
    "callback": {"type": "string", "maxLength": 500}, "query": {"type": "string", "maxLength": 500},
    "secret": {"type": "string", "minLength": 16, "maxLength": 200}}})
CATALOG_BODY = _json_body({"type": "object", "properties": {"name": {"type": "string", "maxLength": 100},
                                                            "description": {"type": "string", "maxLength": 4000},
                                                            "lifecycleStatus": TEXT}})


def _hub_paths(root: str, tag: str) -> dict[str, Any]:
    """The TMF hub of an API with events: register a listener (its callback is checked), and end it."""
    return {f"{root}/hub": {"post": _op(f"{tag} register a listener for events (http(s) callback; internal "
                                        "addresses refused unless allowed); answers its id and HMAC secret",
                                        tag=tag, body=HUB_BODY, ok=201, response=_ref("TmfEntity"))},
            f"{root}/hub/{{id}}": {"delete": _op(f"{tag} end a listener", tag=tag, ok=204)}}


def _catalog_writes() -> dict[str, Any]:
    """TMF620 writes for process admins (the GETs of the same paths are in ``tmf_paths``)."""
    created: dict[str, Any] = {"tag": "TMF620", "body": CATALOG_BODY, "ok": 201, "response": _ref("TmfEntity")}
    changed: dict[str, Any] = {"tag": "TMF620", "body": CATALOG_BODY, "response": _ref("TmfEntity")}
    return {
        f"{TMF620}/productSpecification": {"post": _op("TMF620 create a product specification", **created)},
        f"{TMF620}/productOffering": {"post": _op("TMF620 create a product offering", **created)},
        f"{TMF620}/productOffering/{{id}}": {
            "patch": _op("TMF620 change a product offering", **changed),
            "delete": _op("TMF620 delete an offering no order or product uses", tag="TMF620", ok=204, errors=(409,))},
        f"{TMF620}/productOfferingPrice": {"post": _op("TMF620 create a standalone offering price", **created)},
        f"{TMF620}/productOfferingPrice/{{id}}": {
            "patch": _op("TMF620 change a standalone offering price", **changed, errors=(409,)),
            "delete": _op("TMF620 delete a standalone offering price", tag="TMF620", ok=204, errors=(409,))},
        **_catalog_job_paths(),
    }


def _catalog_job_paths() -> dict[str, Any]:
    """TMF620 export and import jobs (process admins), run in the background."""
    export_body = _json_body({"type": "object", "required": ["url"], "properties": {
        "url": {"type": "string", "description": "what to export: <TMF620>/productOffering or <TMF620>/catalog/1"},
        "query": {"type": "string", "maxLength": 500, "description": "productOffering filters, e.g. category.id=2"},
        "contentType": {"type": "string", "enum": ["application/json"]}}})
    import_body = _json_body({"type": "object", "required": ["url"], "properties": {
        "url": {"type": "string", "description": "an export's document URL or a data:application/json URL"},
        "contentType": {"type": "string", "enum": ["application/json"]}}})
    paths: dict[str, Any] = {}
    for kind, body, summary in (("export", export_body, "export offerings with their specifications, prices and "
                                 "categories as one document (served at exportJob/{id}/document)"),
                                ("import", import_body, "import a catalog document; entities left out are "
                                 "listed in errorLog")):
        paths[f"{TMF620}/{kind}Job"] = {
            "get": _op(f"TMF620 {kind} jobs", tag="TMF620", response=_list_of("TmfEntity")),
            "post": _op(f"TMF620 {summary}", tag="TMF620", body=body, ok=201, response=_ref("TmfEntity"))}
        paths[f"{TMF620}/{kind}Job/{{id}}"] = {
            "get": _op(f"TMF620 one {kind} job", tag="TMF620", response=_ref("TmfEntity")),
            "delete": _op(f"TMF620 delete an {kind} job", tag="TMF620", ok=204)}
    paths[f"{TMF620}/exportJob/{{id}}/document"] = {
        "get": _op("TMF620 the document an export job made (an Ordra extension)", tag="TMF620")}
    return paths


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
