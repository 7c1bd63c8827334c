"""Drafts over the API: the signed-in user's unfinished edits of a model (server side, never run), the
same drafts the studio's editors keep."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import json_object
from app.api.spec import documented
from app.api.spec import json_body
from app.api.spec import resource
from app.auth.access import api_roles
from app.auth.access import api_user
from app.studio import authoring

_KINDS = {"enum": list(authoring.DRAFT_KINDS)}
_DRAFT = resource("kind", "model_id", "content", "updated_at", kind=_KINDS, model_id={"type": "string"},
                  content={"type": "string", "description": "the edited BPMN or DMN XML, or the form's JSON text"},
                  updated_at={"type": "string", "format": "date-time"})
_DRAFT_BODY = json_body({"type": "object", "required": ["content"], "properties": {
    "content": {"type": ["string", "object"], "maxLength": authoring.MAX_DRAFT_CHARS,
                "description": "BPMN or DMN XML text; a form's JSON Schema as an object or as text"}}})


@bp.get("/drafts")
@documented("Your drafts (newest first): unfinished edits of processes, decisions and forms, never run",
            tag="studio", response={"type": "array", "items": _DRAFT})
@api_roles("process_admin")
def list_drafts() -> Response:
    return jsonify([authoring.draft_json(d) for d in authoring.list_drafts(api_user().id)])


@bp.get("/drafts/<kind>/<path:model_id>")
@documented("Your draft of one model (kind: process, decision or form)", tag="studio", errors=(404,),
            response=_DRAFT)
@api_roles("process_admin")
def get_draft(kind: str, model_id: str) -> Response:
    return jsonify(authoring.draft_json(authoring.get_draft(api_user().id, kind, model_id)))


@bp.put("/drafts/<kind>/<path:model_id>")
@documented("Keep your draft of a model (replaces the one you had); nothing is validated or deployed",
            tag="studio", body=_DRAFT_BODY, errors=(404,), response=_DRAFT)
@api_roles("process_admin")
def put_draft(kind: str, model_id: str) -> Response:
    draft = authoring.save_draft(api_user().id, kind, model_id, json_object().get("content"))
    return jsonify(authoring.draft_json(draft))


@bp.delete("/drafts/<kind>/<path:model_id>")
@documented("Discard your draft of a model", tag="studio", ok=204, errors=(404,))
@api_roles("process_admin")
def delete_draft(kind: str, model_id: str) -> tuple[str, int]:
    authoring.delete_draft(api_user().id, kind, model_id)
    return "", 204
