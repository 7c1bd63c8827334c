"""Enqueue jobs after commit and hand them to the configured backend.

A job is a registered name plus JSON-safe keyword arguments (ids, never ORM objects). Jobs enqueued
inside a unit of work wait on the session until it commits and are dropped if it rolls back.
Backends: ``inline`` runs them right after the commit in the same thread (tests, CLI), ``thread``
runs them on an in-process worker thread (the embedded default), ``rq`` puts them on Redis for
``ordra worker`` processes. Every job is idempotent, so a duplicate or a retry does no harm.
"""
from __future__ import annotations

import json
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timedelta
from typing import Any

from flask import Flask
from flask import current_app
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.database import utcnow
from app.extensions import db

log = logging.getLogger(__name__)

JobArg = str | int | float | bool | None | list[int]
JobBody = Callable[..., None]
_BODIES = "ordra_job_bodies"
_EXTRA_BACKENDS = "ordra_job_backends"


@dataclass(frozen=True)
class Job:
    name: str
    kwargs: dict[str, JobArg] = field(default_factory=dict)
    unless_waiting: bool = False  # dropped when an identical job still waits to run (enqueue_unless_waiting)

    def identity(self) -> str:
        """The same for two jobs that would do the same work."""
        return f"{self.name}:{json.dumps(self.kwargs, sort_keys=True)}"


def register_job(app: Flask, name: str, body: JobBody) -> None:
    """Make ``body`` the job ``name`` in ``app`` (the factory's wiring calls this).

    The body runs inside an app context and unit of work, with the job's keyword arguments.
    """
    app.extensions.setdefault(_BODIES, {})[name] = body


def register_backend(app: Flask, name: str, factory: Callable[[Flask], Any]) -> None:
    """Offer one more ``JOB_BACKEND`` (``rq``) besides the built-in ``inline`` and ``thread``."""
    app.extensions.setdefault(_EXTRA_BACKENDS, {})[name] = factory


def enqueue(name: str, **kwargs: JobArg) -> None:
    """Schedule job ``name`` to run after the current unit of work commits."""
    _after_commit(Job(name, kwargs))


def enqueue_unless_waiting(name: str, **kwargs: JobArg) -> None:
    """:func:`enqueue`, but the backend drops the job while an identical one still waits to run.

    For work asked for again and again until it is done: the clock asks for every due timer on each tick,
    and behind a long queue those copies would pile up faster than workers could drop them.
    """
    _after_commit(Job(name, kwargs, unless_waiting=True))


def _after_commit(job_: Job) -> None:
    if job_.name not in current_app.extensions.get(_BODIES, {}):
        raise KeyError(f"unknown job {job_.name!r}")
    db.session.info.setdefault("pending_jobs", []).append(job_)


def recheck_at(requeues: int = 0) -> datetime:
    """When the reconciler may enqueue work again that was enqueued ``requeues`` times by it already.

    The wait doubles each time (up to 64 times ``RECONCILE_AFTER_SECONDS``): a job stuck behind a long
    queue is not copied again on every pass, and a job that was lost is still found.
    """
    after = current_app.config["RECONCILE_AFTER_SECONDS"] * 2 ** min(requeues, 6)
    return utcnow() + timedelta(seconds=after)


def run_job(app: Flask, job_: Job) -> None:
    """Run one job in a fresh app context and unit of work (the boundary commits)."""
    from app.database import unit_of_work

    started = time.perf_counter()
    with app.app_context():
        with unit_of_work():
            app.extensions[_BODIES][job_.name](**job_.kwargs)
    log.info("job done", extra={"job": job_.name, **job_.kwargs,
                                "ms": round((time.perf_counter() - started) * 1000, 1)})


def install_dispatch() -> None:
    """Hand a session's pending jobs to the backend after it commits and drop them on rollback.

    SQLAlchemy's session events are process-wide; the factory calls this (once is enough, again is harmless).
    """
    for name, handler in (("after_commit", _dispatch_after_commit), ("after_rollback", _drop_after_rollback)):
        if not event.contains(Session, name, handler):
            event.listen(Session, name, handler)


def _dispatch_after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released (SQLAlchemy tells that as a commit too): the transaction goes on
    jobs: list[Job] = session.info.pop("pending_jobs", [])
    if jobs:
        backend_for(current_app._get_current_object()).submit(jobs)  # type: ignore[attr-defined]


def _drop_after_rollback(session: Session) -> None:
    if session.in_nested_transaction():
        return  # back to a savepoint: app.database.savepoint puts back the jobs noted before it
    session.info.pop("pending_jobs", None)


class InlineBackend:
    """Runs jobs in the committing thread, after the commit, one after another (deterministic)."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._local = threading.local()

    def submit(self, jobs: list[Job]) -> None:
        pending: list[Job] | None = getattr(self._local, "pending", None)
        if pending is not None:  # already draining further up the stack: just queue behind
            _queue_behind(pending, jobs)
            return
        self._local.pending = pending = []
        _queue_behind(pending, jobs)
        try:
            while pending:
                _run_logged(self.app, pending.pop(0))
        finally:
            self._local.pending = None


def _queue_behind(pending: list[Job], jobs: list[Job]) -> None:
    """Append ``jobs`` to ``pending``, dropping an ``unless_waiting`` job an identical one waits for."""
    waiting = {job_.identity() for job_ in pending if job_.unless_waiting}
    for job_ in jobs:
        if job_.unless_waiting:
            if job_.identity() in waiting:
                continue
            waiting.add(job_.identity())
        pending.append(job_)


class ThreadBackend:
    """One daemon worker thread per process draining an in-memory queue (embedded default).

    Jobs lost with the process are recovered by the reconciler, which re-enqueues due work found
    in the database at start-up and periodically.
    """

    def __init__(self, app: Flask) -> None:
        self.app = app
        self._queue: queue.Queue[Job] = queue.Queue()
        self._waiting: set[str] = set()  # identities of queued unless_waiting jobs
        self._waiting_lock = threading.Lock()
        self._thread = threading.Thread(target=self._drain, name="ordra-jobs", daemon=True)
        self._thread.start()

    def submit(self, jobs: list[Job]) -> None:
        for job_ in jobs:
            if job_.unless_waiting:
                identity = job_.identity()
                with self._waiting_lock:
                    if identity in self._waiting:
                        continue
                    self._waiting.add(identity)
            self._queue.put(job_)

    def join(self) -> None:
        """Block until every queued job ran (tests and benchmarks)."""
        self._queue.join()

    def pending(self) -> int:
        return self._queue.qsize()

    def _drain(self) -> None:
        while True:
            job_ = self._queue.get()
            if job_.unless_waiting:  # it no longer waits: asking again now is asking for another run
                with self._waiting_lock:
                    self._waiting.discard(job_.identity())
            try:
                _run_logged(self.app, job_)
            finally:
                self._queue.task_done()


def _run_logged(app: Flask, job_: Job) -> None:
    try:
        run_job(app, job_)
    except Exception:  # a failed job must not kill the runner; the reconciler will find the work
        log.exception("job failed", extra={"job": job_.name, **job_.kwargs})


_BACKENDS: dict[str, Callable[[Flask], Any]] = {
    "inline": InlineBackend,
    "thread": ThreadBackend,
}


def backend_for(app: Flask) -> Any:
    """Return the app's job backend, creating it on first use."""
    backend = app.extensions.get("ordra_jobs")
    if backend is None:
        factories = {**_BACKENDS, **app.extensions.get(_EXTRA_BACKENDS, {})}
        backend = factories[app.config["JOB_BACKEND"]](app)
        app.extensions["ordra_jobs"] = backend
    return backend
