"""The API docs page: Swagger UI (vendored dist bundle) over ``/api/v1/openapi.json``."""
from __future__ import annotations

from flask import Blueprint
from flask import render_template

bp = Blueprint("api_docs", __name__)


@bp.get("/api/docs")
def docs() -> str:
    """Public like the description it renders; trying a call asks for the caller's own credentials."""
    return render_template("api_docs.html")
