"""``/healthz`` for load balancers and orchestrators (no authentication, no details beyond status)."""
from __future__ import annotations

from flask import Blueprint
from flask import Response
from flask import jsonify

from app.ops import service

bp = Blueprint("ops", __name__)


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    report = service.health()
    return jsonify(report), 200 if report["status"] == "ok" else 503
