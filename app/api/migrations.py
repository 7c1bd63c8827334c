"""Migrating running instances to another version of their process over the API."""
from __future__ import annotations

from flask import Response
from flask import jsonify

from app.api.blueprint import bp
from app.api.body import json_object
from app.api.spec import ID
from app.api.spec import documented
from app.api.spec import json_body
from app.api.spec import resource
from app.auth.access import api_roles
from app.auth.access import api_user
from app.errors import Invalid
from app.instances import migrations
from app.validation import parse_id

_MIGRATION_BODY = json_body({"type": "object", "required": ["from_version", "to_version"], "properties": {
    "from_version": ID, "to_version": ID, "dry_run": {"type": "boolean", "default": True},
    "at": {"type": "string", "description": "only the instances standing on this element"},
    "instances": {"oneOf": [{"const": "all"}, {"type": "array", "items": ID}]}}})


@bp.post("/processes/<process_id>/migrations")
@documented("Move running instances to another version: {\"from_version\", \"to_version\", \"instances\": "
            "\"all\"|[ids], \"dry_run\"}; a dry run (the default) answers per instance whether it can move "
            "and why not (200), a real run starts background jobs and answers the migration (202)", tag="studio",
            body=_MIGRATION_BODY, also_ok=(202,), errors=(404,), response=resource("instances"))
@api_roles("process_admin")
def migrate_instances(process_id: str) -> tuple[Response, int]:
    """``{"from_version", "to_version", "instances": "all"|[ids], "at", "dry_run"}``: the dry run's verdict per
    instance (200), or the started migration with its progress (202); ``at`` keeps only the instances standing
    on that element."""
    body = json_object()
    versions = parse_id(body.get("from_version"), "from_version"), parse_id(body.get("to_version"), "to_version")
    chosen = migrations.parse_choice(body.get("instances", "all"))
    at = migrations.parse_element(body.get("at"))
    dry_run = body.get("dry_run", True)
    if not isinstance(dry_run, bool):
        raise Invalid(errors=[{"field": "dry_run", "message": "must be true or false"}])
    if dry_run:
        return jsonify(migrations.dry_run(process_id, *versions, chosen, at)), 200
    migration = migrations.start(process_id, *versions, chosen, actor_id=api_user().id, at=at)
    return jsonify(migrations.migration_json(migration)), 202


@bp.get("/processes/<process_id>/migrations/<int:migration_id>")
@documented("A migration's progress and report (per instance: moved, skipped with the reason, or failed)",
            tag="studio", errors=(404,), response=resource("id", "status", "progress", "instances"))
@api_roles("process_admin")
def get_migration(process_id: str, migration_id: int) -> Response:
    """A migration's progress and its report: per instance moved, skipped (with why) or failed."""
    return jsonify(migrations.migration_json(migrations.get(process_id, migration_id)))
