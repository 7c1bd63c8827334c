"""Operational checks: is the database reachable, is Redis reachable."""
from __future__ import annotations

from typing import Any

from flask import current_app
from sqlalchemy import func
from sqlalchemy import select
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


def public_health() -> dict[str, Any]:
    """:func:`health` as anyone may read it (``/healthz`` asks no login): each check "ok" or "failed", without
    the error's message, which names hosts, ports and database users."""
    report = health()
    return {**report, "checks": {name: "ok" if state == "ok" else "failed" for name, state in report["checks"].items()}}


def _check(probe: Any) -> str:
    try:
        probe()
    except Exception as exc:  # any failure is the answer here, reported rather than raised
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def job_overview() -> dict[str, Any]:
    """What the background machinery is doing: queue depth, failed jobs, workers, due work in the DB."""
    from app.engine.models import ProcessInstance
    from app.engine.models import ServiceCall

    instances = dict(db.session.execute(select(ProcessInstance.status, func.count())
                                        .group_by(ProcessInstance.status)).all())
    calls = dict(db.session.execute(select(ServiceCall.status, func.count()).group_by(ServiceCall.status)).all())
    due = db.session.scalar(select(func.count()).select_from(ProcessInstance).where(
        ProcessInstance.next_timer_at.is_not(None))) or 0
    return {"backend": current_app.config["JOB_BACKEND"], "queue": _queue_state(), "instances": instances,
            "service_calls": calls, "instances_with_timers": due}


def _queue_state() -> dict[str, Any]:
    if current_app.config["JOB_BACKEND"] != "rq":
        from app.jobs.queue import backend_for
        backend = backend_for(current_app._get_current_object())  # type: ignore[attr-defined]
        pending = getattr(backend, "pending", lambda: 0)()
        return {"name": "in-process", "queued": pending, "failed": None, "workers": []}
    from rq import Worker
    from rq.registry import FailedJobRegistry

    from app.jobs.rq_backend import make_queue
    queue = make_queue(current_app)
    return {"name": queue.name, "queued": queue.count,
            "failed": FailedJobRegistry(queue=queue).count,
            "workers": [{"name": w.name, "state": w.get_state(), "jobs_done": w.successful_job_count,
                         "jobs_failed": w.failed_job_count} for w in Worker.all(queue=queue)]}
