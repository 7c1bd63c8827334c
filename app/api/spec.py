"""What each ``/api/v1`` route declares about itself for the OpenAPI document: ``documented`` puts the
operation (summary, body, answers, query parameters) on the view; ``app.api.openapi`` collects them
from the routes, so a route without a declaration is missing from the document and a test says so.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from typing import TypeVar

from app.validation import DB_INT_MAX
from app.validation import MAX_QUERY_CHARS

F = TypeVar("F", bound=Callable[..., Any])
OPERATION = "openapi_operation"  # the attribute ``documented`` sets on a view

ERRORS = {"$ref": "#/components/schemas/Errors"}
# Every operation may answer these: malformed body (400), credentials (401), role (403), an id that names
# nothing (404), a field that does not validate (422) and throttled logins (429); see app.validation.
COMMON_ERRORS = (400, 401, 403, 404, 422, 429)


def ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def list_of(name: str) -> dict[str, Any]:
    return {"type": "array", "items": ref(name)}


def operation(summary: str, *, tag: str, body: dict[str, Any] | None = None, ok: int = 200,
              errors: tuple[int, ...] = (), query: dict[str, Any] | None = None,
              response: dict[str, Any] | None = None, also_ok: tuple[int, ...] = (),
              content_type: str = "application/json", password_only: bool = False) -> dict[str, Any]:
    """One operation. Path parameters come from the route (``app.api.openapi``); ``query`` maps query
    parameter names to their schemas; ``content_type`` is the success answer's; ``password_only``: HTTP Basic
    only (a bearer token is refused, 403)."""
    success = {"description": "OK", "content": {content_type: {"schema": response or {}}}}
    no_content = {"description": "No Content"}  # a 204 has no body, so no content type to declare
    described: dict[str, Any] = {
        "summary": summary, "tags": [tag],
        "responses": {**{str(code): no_content if code == 204 else success for code in (ok, *also_ok)},
                      **{str(code): {"description": "error", "content": {"application/json": {"schema": ERRORS}}}
                         for code in sorted(set(errors) | set(COMMON_ERRORS))}},
    }
    if password_only:
        described["security"] = [{"basic": []}]
    if query:
        described["parameters"] = [{"name": name, "in": "query", "required": False, "schema": schema}
                                   for name, schema in query.items()]
    if body is not None:
        described["requestBody"] = {"required": False, "content": body}
    return described


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"application/json": {"schema": schema}}


ID = {"type": "integer", "minimum": 1, "maximum": DB_INT_MAX}
# An id as a TMF list filter: any whole number the column can hold (0, like an unknown id, matches nothing).
ID_FILTER = {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX}
TEXT = {"type": "string", "maxLength": MAX_QUERY_CHARS}
DATA_BODY = json_body({"type": "object", "properties": {"data": {"type": "object"}}})
_FILES: dict[str, Any] = {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}}
FILES_BODY = {"multipart/form-data": {"schema": {"type": "object", "properties": _FILES}}}
DEPLOY_BODY = {"multipart/form-data": {"schema": {"type": "object", "properties": {
    **_FILES,
    "note": {"type": "string", "maxLength": 500, "description": "why, kept on the deployment"},
    "force": {"type": "boolean",
              "description": "deploy although saved test cases fail (recorded on the deployment)"}}}}}


def text_body(*names: str) -> dict[str, Any]:
    return json_body({"type": "object", "properties": {name: {"type": "string", "maxLength": 500} for name in names}})


RETRY_BODY = json_body({"type": "object", "properties": {"data": {"type": "object"},
                                                          "same_cause": {"type": "boolean"}}})
SKIP_BODY = json_body({"type": "object", "properties": {"data": {"type": "object"},
                                                         "reason": {"type": "string", "maxLength": 500}}})
EVALUATE_BODY = json_body({"type": "object", "properties": {"facts": {"type": "object"}}})

def resource(*required: str, **properties: Any) -> dict[str, Any]:
    """An object schema with ``required`` members; the others it may have are not constrained."""
    return {"type": "object", "required": list(required), "properties": properties}


_NULLABLE_TEXT = {"type": ["string", "null"]}
SCHEMAS: dict[str, Any] = {
    "Errors": {"type": "object", "required": ["errors"], "properties": {"errors": {
        "type": "array", "items": {"type": "object", "required": ["message"], "properties": {
            "message": {"type": "string"}, "field": {"type": "string"}, "file": {"type": "string"},
            "line": {"type": ["integer", "null"]}}}}}},
    "Task": resource("id", "name", "role", "instance_id", "assignee", "due", id={"type": "integer"},
                      name={"type": "string"}, role={"type": "string"}, instance_id={"type": "integer"},
                      order_id={"type": ["integer", "null"]}, assignee=_NULLABLE_TEXT, due=_NULLABLE_TEXT),
    "Instance": resource("id", "process_id", "version", "status", "data", "tasks", id={"type": "integer"},
                          process_id={"type": "string"}, status={"enum": ["running", "waiting", "completed", "error",
                                                                          "cancelled"]},
                          data={"type": "object"}, tasks=list_of("Task"), progress={"type": ["object", "null"]}),
    "Order": resource("id", "state", "items", id={"type": "integer"}, state={"type": "string"},
                       items={"type": "array"}),
    "Fallout": resource("id", "status", "task", id={"type": "integer"}, status={"type": "string"},
                         task={"type": "string"}),
    "Jeopardy": resource("id", "state", "role", id={"type": "integer"}, state={"type": "string"}),
    "Deployment": resource("deployment", "version", "processes", "decisions", "forms",
                            deployment={"type": "integer"}, processes={"type": "array"},
                            decisions={"type": "array"}, forms={"type": "array"}),
    "Models": resource("processes", "decisions", "forms", processes={"type": "array"},
                        decisions={"type": "array"}, forms={"type": "array"}),
    "Evaluation": {"type": "object"},
    "Connector": resource("name", "kind", "description", "inputs", "outputs", name={"type": "string"},
                           kind={"enum": ["builtin", "demo", "rest"]}, description={"type": "string"},
                           inputs={"type": "object"}, outputs={"type": "object"}),
    "TmfEntity": resource("id", "href", id={"type": "string"}, href={"type": "string"},
                           **{"@type": {"type": "string"}}),
    "ProductOrder": resource("id", "href", "@type", "state", "productOrderItem", id={"type": "string"},
                              href={"type": "string"}, state={"type": "string"},
                              productOrderItem={"type": "array"}, **{"@type": {"const": "ProductOrder"}}),
}
_DIFF_VALUE = {"type": ["string", "null"], "description": "as in the file (ids, not names); null: absent"}
VERSION_DIFF_DETAILS = {
    "type": "object", "description": "each changed element's id, in the order of changed: what differs "
                                     "in it, in the file's order",
    "additionalProperties": {"type": "array", "items": resource(
        "what", "before", "after", "text", before=_DIFF_VALUE, after=_DIFF_VALUE,
        what={"type": "string", "description": "name, condition, script, route, lane, property <name>, an "
                                               "attribute (camunda:formKey) or a child's tags (a › b)"},
        text={"type": "string", "description": "the line the diff page shows, e.g. name: \"A\" → \"B\""})}}
REVISION_BODY = json_body({"type": "object", "required": ["productOrderItem"], "properties": {
    "productOrderItem": {"type": "array", "minItems": 1, "maxItems": 100, "items": {"type": "object"}},
    "dry_run": {"type": "boolean"}}})




def documented(summary: str, **details: Any) -> Callable[[F], F]:
    """Declare the view's OpenAPI operation (``operation``'s arguments); the document is built from these."""
    def declare(view: F) -> F:
        setattr(view, OPERATION, operation(summary, **details))
        return view
    return declare
