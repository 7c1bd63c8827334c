"""Operational checks: is the database reachable, is Redis reachable."""
from __future__ import annotations

from typing import Any

from flask import current_app
from sqlalchemy import text

from app.extensions import db


def health() -> dict[str, Any]:
    """``{"status": "ok"|"degraded", "checks": {...}}``; each check is "ok" or the error's message."""
    checks = {"database": _check(lambda: db.session.execute(text("SELECT 1")).scalar_one())}
    if current_app.config.get("REDIS_URL"):
        from app.jobs.rq_backend import connect
        checks["redis"] = _check(lambda: connect(current_app).ping())
    status = "ok" if all(v == "ok" for v in checks.values()) else "degraded"
    return {"status": status, "checks": checks, "jobs": current_app.config["JOB_BACKEND"]}


def _check(probe: Any) -> str:
    try:
        probe()
    except Exception as exc:  # any failure is the answer here, reported rather than raised
        return f"{type(exc).__name__}: {exc}"
    return "ok"
