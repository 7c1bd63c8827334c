"""``GET /api/v1/openapi.json``: the OpenAPI 3.1 description of the API."""
from __future__ import annotations

import re
from typing import Any

from flask import Response
from flask import current_app
from flask import jsonify

from app.api import bp
from app.tmf.query import MAX_LIMIT
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
_FILES: dict[str, Any] = {"files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                          "note": {"type": "string", "maxLength": 500}}
FILES_BODY = {"multipart/form-data": {"schema": {"type": "object", "properties": _FILES}}}
DEPLOY_BODY = {"multipart/form-data": {"schema": {"type": "object", "properties": {
    **_FILES,
    "force": {"type": "boolean",
              "description": "deploy although saved test cases fail (recorded on the deployment)"}}}}}


PROCESS_CASE = _json_body({"type": "object", "required": ["name"], "properties": {
    "name": {"type": "string", "maxLength": 200}, "start_data": {"type": "object"},
    "user_tasks": {"type": "object", "description": "task id -> answer, or a list of answers (one per visit)"},
    "connectors": {"type": "object", "description": "task id or connector name -> result, or a list of results"},
    "expected_path": {"type": "array", "items": {"type": "string"}}, "expected_data": {"type": "object"},
    "expected_status": {"enum": ["completed", "error", "stopped"]}}})
DECISION_CASE = _json_body({"type": "object", "required": ["name", "expected"], "properties": {
    "name": {"type": "string", "maxLength": 200}, "inputs": {"type": "object"}, "expected": {"type": "object"}}})
MIGRATION_BODY = _json_body({"type": "object", "required": ["from_version", "to_version"], "properties": {
    "from_version": ID, "to_version": ID, "dry_run": {"type": "boolean", "default": True},
    "at": {"type": "string", "description": "only the instances standing on this element"},
    "instances": {"oneOf": [{"const": "all"}, {"type": "array", "items": ID}]}}})
CASE_RESULTS = {"type": "object", "required": ["cases"], "properties": {"cases": {"type": "array", "items": {
    "type": "object", "required": ["name", "passed", "expected", "actual", "first_difference"]}}}}


def _model_test_paths(plural: str, param: str, body: dict[str, Any]) -> dict[str, Any]:
    base = f"/api/v1/{plural}/{{{param}}}/tests"
    return {
        base: {"get": _op("The saved test cases of a model", tag="studio", errors=(404,), response={"type": "array"}),
               "post": _op("Save a test case (run on every validate and deploy of the model)", tag="studio",
                           body=body, ok=201, errors=(404, 409), response=_resource("id", "name"))},
        f"{base}/{{case_id}}": {"delete": _op("Delete a test case", tag="studio", ok=204, errors=(404,))},
        f"{base}/run": {"post": _op("Run every saved case on the newest deployed version", tag="studio",
                                    errors=(404,), response=CASE_RESULTS)},
    }


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
                          data={"type": "object"}, tasks=_list_of("Task"), progress={"type": ["object", "null"]}),
    "Order": _resource("id", "state", "items", id={"type": "integer"}, state={"type": "string"},
                       items={"type": "array"}),
    "Fallout": _resource("id", "status", "task", id={"type": "integer"}, status={"type": "string"},
                         task={"type": "string"}),
    "Jeopardy": _resource("id", "state", "role", id={"type": "integer"}, state={"type": "string"}),
    "Deployment": _resource("deployment", "version", "processes", "decisions", "forms",
                            deployment={"type": "integer"}, processes={"type": "array"},
                            forced_test_failures={"type": "array"},
                            decisions={"type": "array"}, forms={"type": "array"}),
    "Models": _resource("processes", "decisions", "forms", processes={"type": "array"},
                        decisions={"type": "array"}, forms={"type": "array"}),
    "Evaluation": {"type": "object"},
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
                                               name=TEXT, isBundle={"type": "boolean"}, **{"lastUpdate.gt": DATE}),
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
        f"{TMF620}/category": _tmf_list("TMF620 categories (Ordra's catalog has none)", "TMF620", entities),
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
                        "versions (\"unchanged\": true) when every file equals its latest version; 422 with "
                        "\"cases\" when saved test cases fail, unless force", tag="studio",
                        body=DEPLOY_BODY, ok=201, also_ok=(200,), errors=(413,), response=_ref("Deployment")),
        },
        "/api/v1/models/validate": {"post": _op(
            "Validate files as a deploy would (saved test cases replayed), storing nothing; each error names its "
            "file, line and element",
            tag="studio", body=FILES_BODY, errors=(413,), response=_resource(
                "valid", "errors", "warnings", valid={"type": "boolean"}, errors={"type": "array"},
                warnings={"type": "array"}, tests={"type": "array", "description": "the saved cases it replayed"}))},
        "/api/v1/processes/{process_id}/diff": {"get": _op(
            "Element ids added, removed and changed (XML without DI and whitespace) from one version to another",
            tag="studio", errors=(404,), query={"from": ID, "to": ID}, response=_resource(
                "added", "removed", "changed", added={"type": "array"}, removed={"type": "array"},
                changed={"type": "array"}))},
        **_model_test_paths("processes", "process_id", PROCESS_CASE),
        **_model_test_paths("decisions", "decision_id", DECISION_CASE),
        "/api/v1/processes/{process_id}/migrations": {"post": _op(
            "Move running instances to another version: {\"from_version\", \"to_version\", \"instances\": "
            "\"all\"|[ids], \"dry_run\"}; a dry run (the default) answers per instance whether it can move "
            "and why not (200), a real run starts background jobs and answers the migration (202)", tag="studio",
            body=MIGRATION_BODY, also_ok=(202,), errors=(404,), response=_resource("instances"))},
        "/api/v1/processes/{process_id}/migrations/{migration_id}": {"get": _op(
            "A migration's progress and report (per instance: moved, skipped with the reason, or failed)",
            tag="studio", errors=(404,), response=_resource("id", "status", "progress", "instances"))},
        "/api/v1/instances/{instance_id}/test-case": {"post": _op(
            "Save a completed instance as a test case of its process: start data, answers, connector results, "
            "path and end data", tag="studio", body=_text_body("name"), ok=201, errors=(404, 409),
            response=_resource("id", "name"))},
        "/api/v1/processes/{process_id}/versions/{version}/xml": {"get": _xml_download(
            "The version's deployed BPMN file, as an attachment under its file name")},
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
    """The path parameters of a Flask route, typed by its converters: ``<int:x>`` is an id, anything
    else a text an id column holds (see ``app.validation``)."""
    return [{"name": name, "in": "path", "required": True,
             "schema": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX} if converter == "int"
             else {"type": "string", "minLength": 1, "maxLength": MAX_PATH_TEXT_CHARS, "pattern": "^[^/]+$"}}
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
