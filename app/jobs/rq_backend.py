"""The scale-out backend: jobs go to Redis and run in ``ordra worker`` processes (RQ).

Jobs travel with RQ's JSON serializer (never pickle) as ``perform(name, kwargs)``; the worker
process (``ordra worker``) builds its app once through the factory and runs each job in a fresh app
context and unit of work. The factory offers this backend to the queue (``register_backend``).
"""
from __future__ import annotations

import hashlib
from typing import Any

from flask import Flask
from redis import Redis
from rq import Queue
from rq import Retry
from rq import SimpleWorker
from rq import get_current_job
from rq.serializers import JSONSerializer

from app.jobs.liveness import Heartbeat
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
        self.lease_ms = int(app.config["RECONCILE_AFTER_SECONDS"] * 1000)

    def submit(self, jobs: list[Job]) -> None:
        for job_ in jobs:
            waiting = self._waiting_key(job_) if job_.unless_waiting else None
            if waiting is not None and not self._note_waiting(waiting):
                continue
            # Retried at once when a step lost a race (optimistic lock); delayed retries would need
            # RQ's scheduler, and the reconciler already re-enqueues whatever is still due later.
            self.queue.enqueue("app.jobs.rq_backend.perform", job_.name, job_.kwargs, retry=Retry(max=3),
                               failure_ttl=7 * 24 * 3600, meta={_WAITING: waiting} if waiting else None)

    def _waiting_key(self, job_: Job) -> str:
        return f"ordra:waiting:{self.queue.name}:{hashlib.sha256(job_.identity().encode()).hexdigest()[:40]}"

    def _note_waiting(self, key: str) -> bool:
        """Note that the job waits, unless that was noted already (then False: it is not enqueued again).

        The note goes when the job starts (``perform``), or after the reconciler's period if the job was lost
        before it started (a worker killed between taking it and starting it): then it is asked for again."""
        return bool(self.queue.connection.set(key, 1, nx=True, px=self.lease_ms))


_WAITING = "ordra_waiting"  # job meta: the key noting that the job waits (see RQBackend.submit)


def use_app(app: Flask) -> None:
    """Make ``app`` the one this worker process runs jobs in (``ordra worker`` calls this)."""
    global _worker_app
    _worker_app = app


def perform(name: str, kwargs: dict[str, JobArg]) -> None:
    """RQ entry point: run job ``name`` in this worker process's app."""
    if _worker_app is None:
        raise RuntimeError("no app in this process: run jobs with `ordra worker`, which builds it")
    current = get_current_job()
    if current is not None and current.meta.get(_WAITING):  # it no longer waits (see RQBackend.submit)
        current.connection.delete(current.meta[_WAITING])
    run_job(_worker_app, Job(name, dict(kwargs)))


def worker_kwargs(app: Flask) -> dict[str, Any]:
    return {"connection": connect(app), "serializer": JSONSerializer}


class Worker(SimpleWorker):
    """RQ's worker running jobs in this process (no fork per job: the app and its connection pool are built
    once; a job that dies takes the process with it and is recovered like any crash), whose command channel
    lets go within a second when the worker stops.

    RQ listens for commands (stop a job, shut down) in a thread that waits up to 60 s at a time (0.2 s before
    RQ 3), and a warm shutdown waits for that thread (redis-py 8 joins it). When the thread had read the
    unsubscription before it was told to stop, it waited out those 60 s first, so a SIGTERM could take a minute:
    longer than a deployment's grace period, which then killed the worker. The thread here looks every second;
    commands still arrive at once.

    While it is registered, it keeps a key of its own alive in Redis (:class:`app.jobs.liveness.Heartbeat`): the
    claims of the jobs it runs hold only while that key lives.
    """

    COMMAND_WAIT_SECONDS = 1.0
    heartbeat_thread: Heartbeat | None = None

    def register_birth(self) -> None:
        super().register_birth()  # type: ignore[no-untyped-call]  # (RQ leaves it untyped)
        self.heartbeat_thread = Heartbeat(self.connection, self.name)
        self.heartbeat_thread.start()

    def register_death(self) -> None:
        if self.heartbeat_thread is not None:
            self.heartbeat_thread.stop()
        super().register_death()  # type: ignore[no-untyped-call]

    def subscribe(self) -> None:
        self.log.info("Worker %s: subscribing to channel %s", self.name, self.pubsub_channel_name)
        self.pubsub = self.connection.pubsub()
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
        self.pubsub_thread = self.pubsub.run_in_thread(  # type: ignore[assignment]  # (RQ types it as None)
            sleep_time=self.COMMAND_WAIT_SECONDS, daemon=True, exception_handler=self._pubsub_exception_handler)
