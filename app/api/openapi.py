"""``GET /api/v1/openapi.json``: the OpenAPI 3.1 description of the API."""
from __future__ import annotations

from typing import Any

from flask import Response
from flask import jsonify

from app.api import bp

ERRORS = {"$ref": "#/components/schemas/Errors"}


def _op(summary: str, *, tag: str, body: dict[str, Any] | None = None, ok: int = 200,
        errors: tuple[int, ...] = (401, 403), params: tuple[str, ...] = ()) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "summary": summary, "tags": [tag],
        "responses": {str(ok): {"description": "OK", "content": {"application/json": {}}},
                      **{str(code): {"description": "error", "content": {"application/json": {"schema": ERRORS}}}
                         for code in errors}},
    }
    if params:
        operation["parameters"] = [{"name": p, "in": "path", "required": True,
                                    "schema": {"type": "integer" if p.endswith("_id") and p != "process_id"
                                               else "string"}} for p in params]
    if body is not None:
        operation["requestBody"] = {"required": False, "content": body}
    return operation


DATA_BODY = {"application/json": {"schema": {"type": "object", "properties": {"data": {"type": "object"}}}}}
FILES_BODY = {"multipart/form-data": {"schema": {"type": "object", "properties": {
    "files": {"type": "array", "items": {"type": "string", "format": "binary"}}, "note": {"type": "string"}}}}}


REVISION_BODY = {"application/json": {"schema": {"type": "object", "properties": {
    "productOrderItem": {"type": "array", "items": {"type": "object"}}, "dry_run": {"type": "boolean"}}}}}


TMF620 = "/tmf-api/productCatalogManagement/v4"
TMF622 = "/tmf-api/productOrderingManagement/v4"


def tmf_paths() -> dict[str, Any]:
    """The TM Forum Open API paths (TMF field names; list endpoints page with offset/limit)."""
    return {
        f"{TMF620}/productOffering": {"get": _op("TMF620 product offerings (lifecycleStatus, name filters)",
                                                 tag="TMF620")},
        f"{TMF620}/productOffering/{{id}}": {"get": _op("TMF620 one product offering", tag="TMF620",
                                                        errors=(401, 404), params=("id",))},
        f"{TMF620}/productSpecification": {"get": _op("TMF620 product specifications", tag="TMF620")},
        f"{TMF620}/productSpecification/{{id}}": {"get": _op("TMF620 one product specification with its service "
                                                             "specifications", tag="TMF620", errors=(401, 404),
                                                             params=("id",))},
        f"{TMF622}/productOrder": {
            "get": _op("TMF622 product orders (state, externalId, customer filters)", tag="TMF622"),
            "post": _op("TMF622 create a product order (the same externalId again returns the first order)",
                        tag="TMF622", body={"application/json": {"schema": {"type": "object"}}}, ok=201,
                        errors=(400, 401, 403, 422)),
        },
        f"{TMF622}/productOrder/{{id}}": {
            "get": _op("TMF622 one product order", tag="TMF622", errors=(401, 404), params=("id",)),
            "patch": _op("TMF622 revise an order in flight with productOrderItem (see /api/v1/orders/{id}/revisions)",
                         tag="TMF622", body=REVISION_BODY, errors=(400, 401, 403, 404, 409, 422), params=("id",)),
        },
        f"{TMF622}/cancelProductOrder": {
            "get": _op("TMF622 accepted cancellations of the orders the caller may see", tag="TMF622"),
            "post": _op("TMF622 cancel an order in flight: completed work is compensated; refused (409, naming the "
                        "domain order and step) once a plan passed its point of no return", tag="TMF622",
                        body={"application/json": {"schema": {"type": "object"}}}, ok=201,
                        errors=(400, 401, 403, 404, 409, 422)),
        },
        f"{TMF622}/cancelProductOrder/{{id}}": {"get": _op("TMF622 one cancellation", tag="TMF622",
                                                           errors=(401, 404), params=("id",))},
        "/tmf-api/serviceOrdering/v4/serviceOrder": {"get": _op(
            "TMF641 service orders (externalId = product order id filter; staff only)", tag="TMF641")},
        "/tmf-api/serviceOrdering/v4/serviceOrder/{id}": {"get": _op(
            "TMF641 one service order", tag="TMF641", errors=(401, 403, 404), params=("id",))},
        "/tmf-api/resourceOrderingManagement/v4/resourceOrder": {"get": _op(
            "TMF652 resource orders (externalId = product order id filter; staff only)", tag="TMF652")},
        "/tmf-api/resourceOrderingManagement/v4/resourceOrder/{id}": {"get": _op(
            "TMF652 one resource order", tag="TMF652", errors=(401, 403, 404), params=("id",))},
        "/tmf-api/productInventory/v4/product": {"get": _op(
            "TMF637 inventory products (relatedParty.id, status filters; customers see their own)", tag="TMF637")},
        "/tmf-api/productInventory/v4/product/{id}": {"get": _op(
            "TMF637 one inventory product with its realising services and resources", tag="TMF637",
            errors=(401, 404), params=("id",))},
    }


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Ordra API and TM Forum Open APIs", "version": "1"},
        "servers": [{"url": "/"}],
        "security": [{"basic": []}, {"bearer": []}],
        "components": {
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"},
                                "bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Errors": {"type": "object", "required": ["errors"], "properties": {"errors": {
                "type": "array", "items": {"type": "object", "required": ["message"], "properties": {
                    "message": {"type": "string"}, "field": {"type": "string"}, "file": {"type": "string"},
                    "line": {"type": ["integer", "null"]}}}}}}},
        },
        "paths": {
            "/api/v1/models": {
                "get": _op("Deployed processes, decisions and forms with versions", tag="studio"),
                "post": _op("Validate and deploy BPMN/DMN/form files as a new version (201); 200 with the "
                            "existing versions (\"unchanged\": true) when every file equals its latest version",
                            tag="studio", body=FILES_BODY, ok=201, errors=(401, 403, 413, 422)),
            },
            "/api/v1/models/validate": {"post": _op(
                "Validate files as a deploy would, storing nothing: {\"valid\", \"errors\": [{\"file\", "
                "\"line\", \"element\", \"message\"}], \"warnings\"}", tag="studio", body=FILES_BODY,
                errors=(401, 403, 413, 422))},
            "/api/v1/processes/{process_id}/diff": {"get": _op(
                "Element ids added, removed and changed (XML without DI and whitespace) between versions "
                "?from=<v>&to=<v>", tag="studio", errors=(401, 403, 404, 422), params=("process_id",))},
            "/api/v1/processes/{process_id}/versions/{version}/xml": {"get": _op(
                "The version's deployed BPMN file, as an attachment", tag="studio", errors=(401, 403, 404),
                params=("process_id", "version"))},
            "/api/v1/deployments": {"get": _op("Deployments, newest first", tag="studio")},
            "/api/v1/deployments/{deployment_id}": {"get": _op("One deployment", tag="studio", errors=(401, 403, 404),
                                                        params=("deployment_id",))},
            "/api/v1/processes/{process_id}/instances": {"post": _op(
                "Start the newest version of a process", tag="instances", body=DATA_BODY, ok=201,
                errors=(400, 401, 403, 404, 409, 422), params=("process_id",))},
            "/api/v1/instances/{instance_id}": {"get": _op("An instance with its tasks and history", tag="instances",
                                                    errors=(401, 403, 404), params=("instance_id",))},
            "/api/v1/instances/{instance_id}/diagram": {"get": _op(
                "The instance's BPMN (laid out if it had no diagram) and, per element it reached, "
                "{\"state\": completed|active|waiting|failed|cancelled, \"count\"}", tag="instances",
                errors=(401, 403, 404), params=("instance_id",))},
            "/api/v1/instances/{instance_id}/retry": {"post": _op("Retry the failed task of an instance",
                                                           tag="instances", body=DATA_BODY,
                                                           errors=(401, 403, 404, 409), params=("instance_id",))},
            "/api/v1/instances/{instance_id}/cancel": {"post": _op("Cancel an instance", tag="instances",
                                                            errors=(401, 403, 404, 409), params=("instance_id",))},
            "/api/v1/tasks": {"get": _op("The caller's inbox (open work items of their roles), oldest first; "
                                  "paginate with ?after=<X-Next-After>&limit=", tag="inbox")},
            "/api/v1/tasks/{work_item_id}": {"get": _op("One task with its form (a JSON Schema)", tag="inbox",
                                                 errors=(401, 403, 404), params=("work_item_id",))},
            "/api/v1/tasks/{work_item_id}/claim": {"post": _op("Claim a task", tag="inbox", errors=(401, 403, 404, 409),
                                                        params=("work_item_id",))},
            "/api/v1/tasks/{work_item_id}/unclaim": {"post": _op("Release a claimed task", tag="inbox",
                                                          errors=(401, 403, 404, 409), params=("work_item_id",))},
            "/api/v1/tasks/{work_item_id}/complete": {"post": _op(
                "Complete a task with form data", tag="inbox", body=DATA_BODY,
                errors=(400, 401, 403, 404, 409, 422), params=("work_item_id",))},
            "/api/v1/orders/{order_id}": {"get": _op("The order 360: items, prices, domain orders, tasks, "
                                                     "fallouts, jeopardies, events, inventory", tag="orders",
                                                     errors=(401, 404), params=("order_id",))},
            "/api/v1/orders/{order_id}/revisions": {"post": _op(
                "Revise an order in flight: add, change or delete lines; with dry_run the impact only (200), "
                "otherwise 201 with the revision number; 409 past a point of no return; Idempotency-Key header",
                tag="orders", body=REVISION_BODY, ok=201, errors=(400, 401, 403, 404, 409, 422),
                params=("order_id",))},
            "/api/v1/orders/{order_id}/timeline": {"get": _op(
                "The order timeline: per domain order and work order planned start/end (SLA decision and "
                "dependencies), actual start/end, forecast end (median of completed ones of the same spec and "
                "plan), depends_on, jeopardy, fallout and the decomposition rule row that created it",
                tag="orders", errors=(401, 403, 404), params=("order_id",))},
            "/api/v1/decisions/{decision_id}/evaluate": {"post": _op(
                "Evaluate a deployed decision with {\"facts\": {...}} and explain it", tag="studio",
                body={"application/json": {"schema": {"type": "object"}}}, errors=(400, 401, 403, 404, 422),
                params=("decision_id",))},
            "/api/v1/fallouts": {"get": _op("Fallout cases (status, category, connector, order, role filters)",
                                            tag="fallout")},
            "/api/v1/fallouts/{fallout_id}": {"get": _op("One fallout case with its policy decision and audit trail",
                                                         tag="fallout", errors=(401, 403, 404),
                                                         params=("fallout_id",))},
            **{f"/api/v1/fallouts/{{fallout_id}}/{action}": {"post": _op(
                summary, tag="fallout", body=DATA_BODY, errors=(400, 401, 403, 404, 409, 422),
                params=("fallout_id",))} for action, summary in (
                ("retry", "Retry the failed task, after fixing its input with {\"data\": {...}}"),
                ("skip", "Mark the failed task done with {\"data\": outputs, \"reason\": ...}"),
                ("cancel", "Cancel the work the failed task belongs to"),
                ("resolve", "Close a case fixed outside Ordra"))},
            "/api/v1/jeopardies": {"get": _op("Jeopardy alerts for the caller's roles (?acknowledged=true "
                                              "for all)", tag="jeopardy")},
            "/api/v1/jeopardies/{alert_id}/acknowledge": {"post": _op("Acknowledge an alert", tag="jeopardy",
                                                                      errors=(401, 403, 404),
                                                                      params=("alert_id",))},
            **tmf_paths(),
        },
    }


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(document())
