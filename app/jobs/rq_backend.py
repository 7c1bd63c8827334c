"""The scale-out backend: jobs go to Redis and run in ``ordra worker`` processes (RQ).

Jobs travel with RQ's JSON serializer (never pickle) as ``perform(name, kwargs)``; the worker
process (``ordra worker``) builds its app once through the factory and runs each job in a fresh app
context and unit of work. The factory offers this backend to the queue (``register_backend``).
"""
from __future__ import annotations

from typing import Any

from flask import Flask
from redis import Redis
from rq import Queue
from rq import Retry
from rq.serializers import JSONSerializer

from app.jobs.queue import Job
from app.jobs.queue import JobArg
from app.jobs.queue import run_job

_worker_app: Flask | None = None


def connect(app: Flask) -> Redis:
    return Redis.from_url(app.config["REDIS_URL"])


def make_queue(app: Flask) -> Queue:
    return Queue(app.config["RQ_QUEUE"], connection=connect(app), serializer=JSONSerializer)


class RQBackend:
    def __init__(self, app: Flask) -> None:
        self.queue = make_queue(app)

    def submit(self, jobs: list[Job]) -> None:
        for job_ in jobs:
            # Retried at once when a step lost a race (optimistic lock); delayed retries would need
            # RQ's scheduler, and the reconciler already re-enqueues whatever is still due later.
            self.queue.enqueue("app.jobs.rq_backend.perform", job_.name, job_.kwargs,
                               retry=Retry(max=3), failure_ttl=7 * 24 * 3600)


def use_app(app: Flask) -> None:
    """Make ``app`` the one this worker process runs jobs in (``ordra worker`` calls this)."""
    global _worker_app
    _worker_app = app


def perform(name: str, kwargs: dict[str, JobArg]) -> None:
    """RQ entry point: run job ``name`` in this worker process's app."""
    if _worker_app is None:
        raise RuntimeError("no app in this process: run jobs with `ordra worker`, which builds it")
    run_job(_worker_app, Job(name, dict(kwargs)))


def worker_kwargs(app: Flask) -> dict[str, Any]:
    return {"connection": connect(app), "serializer": JSONSerializer}
