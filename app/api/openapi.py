"""``GET /api/v1/openapi.json``: the OpenAPI 3.1 description of the API."""
from __future__ import annotations

import re
from typing import Any

from flask import Response
from flask import current_app
from flask import jsonify

from app.api.blueprint import bp
from app.tmf.paging import MAX_LIMIT
from app.validation import DB_INT_MAX
from app.validation import MAX_PATH_TEXT_CHARS
from app.validation import MAX_QUERY_CHARS

ERRORS = {"$ref": "#/components/schemas/Errors"}
# Every operation may answer these: malformed body (400), credentials (401), role (403), an id that names
# nothing (404), a field that does not validate (422) and throttled logins (429); see app.validation.
COMMON_ERRORS = (400, 401, 403, 404, 422, 429)


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _list_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


def _op(summary: str, *, tag: str, body: dict[str, Any] | None = None, ok: int = 200,
        errors: tuple[int, ...] = (), params: tuple[str, ...] = (), query: dict[str, Any] | None = None,
        response: dict[str, Any] | None = None, also_ok: tuple[int, ...] = ()) -> dict[str, Any]:
    """One operation. Path parameters are filled in from the routes by ``document`` (``params`` is kept for
    callers that name them); ``query`` maps query parameter names to their schemas."""
    success = {"description": "OK", "content": {"application/json": {"schema": response or {}}}}
    operation: dict[str, Any] = {
        "summary": summary, "tags": [tag],
        "responses": {**{str(code): success for code in (ok, *also_ok)},
                      **{str(code): {"description": "error", "content": {"application/json": {"schema": ERRORS}}}
                         for code in sorted(set(errors) | set(COMMON_ERRORS))}},
    }
    if query:
        operation["parameters"] = [{"name": name, "in": "query", "required": False, "schema": schema}
                                   for name, schema in query.items()]
    if body is not None:
        operation["requestBody"] = {"required": False, "content": body}
    return operation


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


ID = {"type": "integer", "minimum": 1, "maximum": DB_INT_MAX}
TEXT = {"type": "string", "maxLength": MAX_QUERY_CHARS}
TMF_PAGING = {"offset": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX},
              "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}}
DATA_BODY = _json_body({"type": "object", "properties": {"data": {"type": "object"}}})
FILES_BODY = {"multipart/form-data": {"schema": {"type": "object", "properties": {
    "files": {"type": "array", "items": {"type": "string", "format": "binary"}}, "note": {"type": "string"}}}}}


def _text_body(*names: str) -> dict[str, Any]:
    return _json_body({"type": "object", "properties": {name: {"type": "string", "maxLength": 500} for name in names}})


RETRY_BODY = _json_body({"type": "object", "properties": {"data": {"type": "object"},
                                                          "same_cause": {"type": "boolean"}}})
SKIP_BODY = _json_body({"type": "object", "properties": {"data": {"type": "object"},
                                                         "reason": {"type": "string", "maxLength": 500}}})
EVALUATE_BODY = _json_body({"type": "object", "properties": {"facts": {"type": "object"}}})

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


def _resource(*required: str, **properties: Any) -> dict[str, Any]:
    """An object schema with ``required`` members; the others it may have are not constrained."""
    return {"type": "object", "required": list(required), "properties": properties}


_NULLABLE_TEXT = {"type": ["string", "null"]}
SCHEMAS: dict[str, Any] = {
    "Errors": {"type": "object", "required": ["errors"], "properties": {"errors": {
        "type": "array", "items": {"type": "object", "required": ["message"], "properties": {
            "message": {"type": "string"}, "field": {"type": "string"}, "file": {"type": "string"},
            "line": {"type": ["integer", "null"]}}}}}},
    "Task": _resource("id", "name", "role", "instance_id", "assignee", "due", id={"type": "integer"},
                      name={"type": "string"}, role={"type": "string"}, instance_id={"type": "integer"},
                      order_id={"type": ["integer", "null"]}, assignee=_NULLABLE_TEXT, due=_NULLABLE_TEXT),
    "Instance": _resource("id", "process_id", "version", "status", "data", "tasks", id={"type": "integer"},
                          process_id={"type": "string"}, status={"enum": ["running", "waiting", "completed", "error",
                                                                          "cancelled"]},
                          data={"type": "object"}, tasks=_list_of("Task")),
    "Order": _resource("id", "state", "items", id={"type": "integer"}, state={"type": "string"},
                       items={"type": "array"}),
    "Fallout": _resource("id", "status", "task", id={"type": "integer"}, status={"type": "string"},
                         task={"type": "string"}),
    "Jeopardy": _resource("id", "state", "role", id={"type": "integer"}, state={"type": "string"}),
    "Deployment": _resource("deployment", "version", "processes", "decisions", "forms",
                            deployment={"type": "integer"}, processes={"type": "array"},
                            decisions={"type": "array"}, forms={"type": "array"}),
    "Models": _resource("processes", "decisions", "forms", processes={"type": "array"},
                        decisions={"type": "array"}, forms={"type": "array"}),
    "Evaluation": {"type": "object"},
    "Connector": _resource("name", "kind", "description", "inputs", "outputs", name={"type": "string"},
                           kind={"enum": ["builtin", "demo", "rest"]}, description={"type": "string"},
                           inputs={"type": "object"}, outputs={"type": "object"}),
    "TmfEntity": _resource("id", "href", id={"type": "string"}, href={"type": "string"},
                           **{"@type": {"type": "string"}}),
    "ProductOrder": _resource("id", "href", "@type", "state", "productOrderItem", id={"type": "string"},
                              href={"type": "string"}, state={"type": "string"},
                              productOrderItem={"type": "array"}, **{"@type": {"const": "ProductOrder"}}),
}
REVISION_BODY = _json_body({"type": "object", "required": ["productOrderItem"], "properties": {
    "productOrderItem": {"type": "array", "minItems": 1, "maxItems": 100, "items": {"type": "object"}},
    "dry_run": {"type": "boolean"}}})


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


def _xml_download(summary: str) -> dict[str, Any]:
    operation = _op(summary, tag="studio", errors=(404,))
    operation["responses"]["200"] = {"description": "OK", "content": {"application/xml": {"schema": {}}}}
    return operation


def api_paths() -> dict[str, Any]:
    """Ordra's own API under ``/api/v1``."""
    fallout_actions = {
        "retry": ("Retry the failed task, after fixing its input with {\"data\": {...}}; \"same_cause\": true "
                  "retries the order's other open cases with the same error too", RETRY_BODY),
        "skip": ("Mark the failed task done with {\"data\": outputs, \"reason\": ...}", SKIP_BODY),
        "cancel": ("Cancel the work the failed task belongs to", _text_body("reason")),
        "resolve": ("Close a case fixed outside Ordra", _text_body("note")),
    }
    return {
        "/api/v1/models": {
            "get": _op("Deployed processes, decisions and forms with versions (staff)", tag="studio",
                       response=_ref("Models")),
            "post": _op("Validate and deploy BPMN/DMN/form files as a new version (201); 200 with the existing "
                        "versions (\"unchanged\": true) when every file equals its latest version", tag="studio",
                        body=FILES_BODY, ok=201, also_ok=(200,), errors=(413,), response=_ref("Deployment")),
        },
        "/api/v1/models/validate": {"post": _op(
            "Validate files as a deploy would, storing nothing; each error names its file, line and element",
            tag="studio", body=FILES_BODY, errors=(413,), response=_resource(
                "valid", "errors", "warnings", valid={"type": "boolean"}, errors={"type": "array"},
                warnings={"type": "array"}))},
        "/api/v1/processes/{process_id}/diff": {"get": _op(
            "Element ids added, removed and changed (XML without DI and whitespace) from one version to another",
            tag="studio", errors=(404,), query={"from": ID, "to": ID}, response=_resource(
                "added", "removed", "changed", added={"type": "array"}, removed={"type": "array"},
                changed={"type": "array"}))},
        "/api/v1/processes/{process_id}/versions/{version}/xml": {"get": _xml_download(
            "The version's deployed BPMN file, as an attachment under its file name")},
        "/api/v1/connectors": {"get": _op(
            "Connectors the service tasks may call: name, kind (builtin, demo, rest), description and their "
            "inputs and outputs as JSON Schema (every call is checked against both)", tag="studio",
            response=_list_of("Connector"))},
        "/api/v1/connectors/{name}": {"get": _op("One connector with its declared inputs and outputs", tag="studio",
                                                 errors=(404,), response=_ref("Connector"))},
        "/api/v1/deployments": {"get": _op("Deployments, newest first", tag="studio",
                                           response=_list_of("Deployment"))},
        "/api/v1/deployments/{deployment_id}": {"get": _op("One deployment", tag="studio",
                                                           response=_ref("Deployment"))},
        "/api/v1/processes/{process_id}/instances": {"post": _op(
            "Start the newest version of a process", tag="instances", body=DATA_BODY, ok=201, errors=(409,),
            response=_ref("Instance"))},
        "/api/v1/instances/{instance_id}": {"get": _op("An instance with its tasks and history", tag="instances",
                                                       response=_ref("Instance"))},
        "/api/v1/instances/{instance_id}/diagram": {"get": _op(
            "The instance's BPMN (laid out if it had no diagram) and, per element it reached, "
            "{\"state\": completed|active|waiting|failed|cancelled, \"count\"}", tag="instances",
            response=_resource("bpmn", "elements", bpmn={"type": "string"}, elements={"type": "object"}))},
        "/api/v1/instances/{instance_id}/retry": {"post": _op("Retry the failed task of an instance",
                                                              tag="instances", body=DATA_BODY, errors=(409,),
                                                              response=_ref("Instance"))},
        "/api/v1/instances/{instance_id}/cancel": {"post": _op("Cancel an instance", tag="instances",
                                                               body=_text_body("reason"), errors=(409,),
                                                               response=_ref("Instance"))},
        "/api/v1/tasks": {"get": _op("The caller's inbox (open work items of their roles), oldest first; "
                                     "paginate with ?after=<X-Next-After>&limit=", tag="inbox",
                                     response=_list_of("Task"), query={
                                         "limit": {"type": "integer", "minimum": 1, "maximum": 500},
                                         "after": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX},
                                         "role": TEXT})},
        "/api/v1/tasks/{work_item_id}": {"get": _op("One task with its form (a JSON Schema)", tag="inbox",
                                                    response=_ref("Task"))},
        **{f"/api/v1/tasks/{{work_item_id}}/{action}": {"post": _op(summary, tag="inbox", errors=(409,),
                                                                    response=_ref("Task"))}
           for action, summary in (("claim", "Claim a task"), ("unclaim", "Release a claimed task"))},
        "/api/v1/tasks/{work_item_id}/complete": {"post": _op(
            "Complete a task with form data", tag="inbox", body=DATA_BODY, errors=(409,), response=_ref("Task"))},
        "/api/v1/orders/{order_id}": {"get": _op("The order 360: items, prices, domain orders, tasks, "
                                                 "fallouts, jeopardies, events, inventory", tag="orders",
                                                 response=_ref("Order"))},
        "/api/v1/orders/{order_id}/revisions": {"post": _op(
            "Revise an order in flight: add, change or delete lines; with dry_run the impact only (200), otherwise "
            "201 with the revision number and status; 409 past a point of no return; Idempotency-Key header",
            tag="orders", body=REVISION_BODY, ok=201, also_ok=(200,), errors=(409,), response={"type": "object"})},
        "/api/v1/orders/{order_id}/timeline": {"get": _op(
            "The order timeline: per domain order and work order planned start/end (SLA decision and "
            "dependencies), actual start/end, forecast end (median of completed ones of the same spec and "
            "plan), depends_on, jeopardy, fallout, point of no return and the decomposition rule row",
            tag="orders", response=_resource("order", "items", order={"type": "object"},
                                             items={"type": "array"}))},
        "/api/v1/decisions/{decision_id}/evaluate": {"post": _op(
            "Evaluate a deployed decision with {\"facts\": {...}} and explain it", tag="studio",
            body=EVALUATE_BODY, response=_ref("Evaluation"))},
        "/api/v1/fallouts": {"get": _op("Fallout cases (status, category, connector, order, role filters)",
                                        tag="fallout", response=_list_of("Fallout"), query={
                                            "status": TEXT, "category": TEXT, "connector": TEXT, "order": ID,
                                            "role": TEXT})},
        "/api/v1/fallouts/{fallout_id}": {"get": _op("One fallout case with its policy decision and audit trail",
                                                     tag="fallout", response=_ref("Fallout"))},
        **{f"/api/v1/fallouts/{{fallout_id}}/{action}": {"post": _op(
            summary, tag="fallout", body=body, errors=(409,), response=_ref("Fallout"))}
           for action, (summary, body) in fallout_actions.items()},
        "/api/v1/jeopardies": {"get": _op("Jeopardy alerts for the caller's roles (?acknowledged=true for all)",
                                          tag="jeopardy", response=_list_of("Jeopardy"),
                                          query={"acknowledged": {"enum": ["true", "false"]}})},
        "/api/v1/jeopardies/{alert_id}/acknowledge": {"post": _op("Acknowledge an alert", tag="jeopardy",
                                                                  response=_ref("Jeopardy"))},
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
        "paths": _with_route_parameters({**api_paths(), **tmf_paths()}, rules),
    }


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(document())
