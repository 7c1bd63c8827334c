"""``/healthz`` for load balancers and orchestrators (no authentication, no details beyond status)."""
from __future__ import annotations

from flask import Blueprint
from flask import Response
from flask import jsonify
from flask import render_template

from app.auth.access import page_roles
from app.ops import service

bp = Blueprint("ops", __name__)


@bp.get("/ops/")
@page_roles("process_admin")
def overview() -> str:
    return render_template("ops/overview.html", health=service.health(), jobs=service.job_overview())


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    report = service.public_health()
    return jsonify(report), 200 if report["status"] == "ok" else 503
