"""The clock: fire due timers, and re-enqueue work whose job was lost (the reconciler).

The database is the source of truth for what is due; jobs are only a way to get it done, so a
lost job (process restart, flushed Redis) is found again here.
"""
from __future__ import annotations

import logging
import threading
import time
from datetime import timedelta

from flask import Flask
from flask import current_app
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import true

from app.database import unit_of_work
from app.database import utcnow
from app.engine.models import ServiceCall
from app.extensions import db
from app.fallout.service import enqueue_due_retries
from app.instances.continuation import requeue_stale
from app.instances.service import ClaimHolders
from app.instances.service import due_timer_instances
from app.instances.service import release_lost_claims
from app.jeopardy import service as jeopardy
from app.jobs.queue import backend_for
from app.jobs.queue import enqueue
from app.jobs.queue import enqueue_unless_waiting
from app.jobs.queue import recheck_at
from app.orders.bulk_import import requeue_due
from app.tmf.notifications import enqueue_due_deliveries

log = logging.getLogger(__name__)


def fire_due_timers() -> int:
    """Enqueue a job for every instance with a timer due now and every fallout retry due now."""
    due = due_timer_instances(utcnow())
    for instance_id in due:
        enqueue_unless_waiting("fire_timers", instance_id=instance_id)  # asked again each tick until it ran
    jeopardy.check()  # SLA thresholds, to the second, from the same clock
    return len(due) + enqueue_due_retries() + enqueue_due_deliveries()


def reconcile(*, everything: bool = False) -> dict[str, int]:
    """Re-enqueue everything due: timers, and connector calls and imports pending longer than expected.

    Each piece of work is checked again after a wait that doubles (see ``recheck_at``), so work
    queued behind a long backlog is not copied over and over, and lost work is found.

    :param everything: re-enqueue all pending work now (``ordra reconcile`` after Redis was flushed).
    """
    released = _release_lost_claims()
    now = utcnow()
    due = true() if everything else or_(ServiceCall.next_check_at.is_(None), ServiceCall.next_check_at <= now,
                                        *([ServiceCall.id.in_(released)] if released else []))  # made again now
    stale = db.session.scalars(select(ServiceCall).where(ServiceCall.status == "pending", due)).all()
    for call in stale:
        enqueue("run_service_call", call_id=call.id)
        call.requeues += 1
        call.next_check_at = recheck_at(call.requeues)
    imports = requeue_due(now, everything=everything)
    continued = requeue_stale(utcnow() + timedelta(days=1) if everything else now)
    return {"timers": fire_due_timers(), "service calls": len(stale), "import rows": imports,
            "engine runs": continued}


def _release_lost_claims() -> list[int]:
    """Release the claims of calls whose job was lost with its worker (scale-out only: in-process jobs' claims
    lapse when their process starts again, see ``_claims_made_before``)."""
    if current_app.config["JOB_BACKEND"] != "rq":
        return []

    def live_work() -> ClaimHolders:
        from app.jobs.liveness import live_work as read
        return read(backend_for(current_app._get_current_object()).queue).holds  # type: ignore[attr-defined]
    return release_lost_claims(live_work)


def start_scheduler(app: Flask) -> threading.Thread:
    """Run the clock in a daemon thread of this process (the embedded default)."""
    thread = threading.Thread(target=_loop, args=(app,), name="ordra-scheduler", daemon=True)
    thread.start()
    return thread


def _loop(app: Flask) -> None:
    interval = app.config["SCHEDULER_INTERVAL_SECONDS"]
    ticks_per_reconcile = max(1, int(app.config["RECONCILE_AFTER_SECONDS"] / interval))
    tick = 0
    while True:
        time.sleep(interval)
        tick += 1
        try:
            if _my_turn(app, interval):
                with app.app_context(), unit_of_work():
                    if tick % ticks_per_reconcile == 0:
                        reconcile()
                    else:
                        fire_due_timers()
        except Exception:  # the clock must keep ticking; the next tick retries
            log.exception("scheduler tick failed")


def _my_turn(app: Flask, interval: float) -> bool:
    """With several worker processes, one of them ticks per interval (a Redis lock); duplicates
    would be harmless, since every job is idempotent, but they would waste work."""
    if app.config["JOB_BACKEND"] != "rq":
        return True
    from app.jobs.rq_backend import connect
    return bool(connect(app).set("ordra:clock", "1", nx=True, px=max(1, int(interval * 900))))
