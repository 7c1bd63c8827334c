"""The caller's inbox over the API."""
from __future__ import annotations

from flask import Response
from flask import current_app
from flask import jsonify
from flask import request

from app.api.blueprint import bp
from app.api.body import data_field
from app.api.body import json_object
from app.api.spec import DATA_BODY
from app.api.spec import TEXT
from app.api.spec import documented
from app.api.spec import list_of
from app.api.spec import ref
from app.auth.access import api_roles
from app.auth.access import api_user
from app.inbox import presenters
from app.inbox import service as inbox
from app.validation import DB_INT_MAX
from app.validation import int_arg

MAX_PAGE = 500


@bp.get("/tasks")
@documented("The caller's inbox (open work items of their roles), oldest first; "
            "paginate with ?after=<X-Next-After>&limit=", tag="inbox", response=list_of("Task"), query={
                "limit": {"type": "integer", "minimum": 1, "maximum": 500},
                "after": {"type": "integer", "minimum": 0, "maximum": DB_INT_MAX}, "role": TEXT})
@api_roles()
def list_tasks() -> Response:
    limit = int_arg("limit", current_app.config["API_PAGE_SIZE"], 1, MAX_PAGE)
    after_id = int_arg("after", 0, 0, DB_INT_MAX)
    items = inbox.list_work_items(api_user(), role=request.args.get("role"), limit=limit, after_id=after_id)
    response = jsonify([presenters.work_item_json(i) for i in items])
    if len(items) == limit:  # keyset pagination: pass this back as ?after=
        response.headers["X-Next-After"] = str(items[-1].id)
    return response


@bp.get("/tasks/<int:work_item_id>")
@documented("One task with its form (a JSON Schema)", tag="inbox", response=ref("Task"))
@api_roles()
def get_task(work_item_id: int) -> Response:
    return jsonify(presenters.work_item_json(inbox.get_work_item(work_item_id, api_user()), with_form=True))


@bp.post("/tasks/<int:work_item_id>/claim")
@documented("Claim a task", tag="inbox", errors=(409,), response=ref("Task"))
@api_roles()
def claim_task(work_item_id: int) -> Response:
    return jsonify(presenters.work_item_json(inbox.claim(work_item_id, api_user())))


@bp.post("/tasks/<int:work_item_id>/unclaim")
@documented("Release a claimed task", tag="inbox", errors=(409,), response=ref("Task"))
@api_roles()
def unclaim_task(work_item_id: int) -> Response:
    return jsonify(presenters.work_item_json(inbox.unclaim(work_item_id, api_user())))


@bp.post("/tasks/<int:work_item_id>/complete")
@documented("Complete a task with form data", tag="inbox", body=DATA_BODY, errors=(409,),
            response=ref("Task"))
@api_roles()
def complete_task(work_item_id: int) -> Response:
    item = inbox.complete(work_item_id, data_field(json_object()), api_user())
    return jsonify(presenters.work_item_json(item))
