"""What each ``/tmf-api`` route declares about itself for the OpenAPI document (as ``app.api.spec`` for
``/api/v1``): the request bodies of the TM Forum writes and the shape of a TMF630 list or single read.
``app.api.openapi`` collects the declarations from the routes, so a route without one is missing from the
document and tests/api/test_openapi.py says so."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.api.spec import ID
from app.api.spec import TEXT
from app.api.spec import F
from app.api.spec import documented
from app.api.spec import json_body
from app.api.spec import list_of
from app.api.spec import ref
from app.tmf.query import MAX_LIMIT
from app.validation import DB_INT_MAX

TMF_PAGING = {"offset": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX},
              "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}}
DATE = {"type": "string", "format": "date-time"}
ENTITIES = list_of("TmfEntity")
ENTITY = ref("TmfEntity")
# The filters of a domain order list (TMF641 service orders, TMF652 resource orders).
DOMAIN_ORDER_FILTERS: dict[str, Any] = {"state": TEXT, "externalId": ID, "orderDate.gt": DATE, "orderDate.lt": DATE}

_TMF_REF = {"type": "object", "properties": {"id": {"type": "string", "maxLength": 100}}}
PRODUCT_ORDER_CREATE = json_body({
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
})
PRODUCT_ORDER_PATCH = json_body({"type": "object", "properties": {
    "description": {"type": "string", "maxLength": 4000}, "priority": {"type": "string", "maxLength": 10},
    "requestedCompletionDate": DATE, "requestedStartDate": DATE,
    "note": {"type": "array", "items": {"type": "object", "properties": {
        "text": {"type": "string", "maxLength": 4000}}}},
    "productOrderItem": {"type": "array", "minItems": 1, "maxItems": 100, "items": {"type": "object"}}}})


def cancel_body(reference: str) -> dict[str, Any]:
    """The body of a TMF cancel request naming the ``reference`` (``productOrder``, ``serviceOrder``) by id."""
    return json_body({"type": "object", "required": [reference], "properties": {
        reference: {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        "cancellationReason": {"type": "string", "maxLength": 500}}})


HUB_BODY = json_body({"type": "object", "required": ["callback"], "properties": {
    "callback": {"type": "string", "maxLength": 500}, "query": {"type": "string", "maxLength": 500},
    "secret": {"type": "string", "minLength": 16, "maxLength": 200}}})
NAME_CHARS = 100  # the longest name a catalog entity created or changed over TMF620 takes
CATALOG_BODY = json_body({"type": "object", "properties": {"name": {"type": "string", "maxLength": NAME_CHARS},
                                                           "description": {"type": "string", "maxLength": 4000},
                                                           "lifecycleStatus": TEXT}})


def tmf_list(summary: str, tag: str, response: dict[str, Any] | None = None,
             **filters: Any) -> Callable[[F], F]:
    """Declare a TMF630 list: paging, the named attribute filters (unknown ones are a 400), ``fields``."""
    return documented(f"{summary}; fields= selects attributes; X-Total-Count and X-Result-Count headers",
                      tag=tag, response=response or ENTITIES, query={**TMF_PAGING, **filters})


def tmf_one(summary: str, tag: str, response: dict[str, Any] | None = None) -> Callable[[F], F]:
    """Declare a TMF read of one entity by id."""
    return documented(summary, tag=tag, response=response or ENTITY)
