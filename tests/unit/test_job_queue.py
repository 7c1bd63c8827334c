"""Jobs asked for again while an identical one still waits are dropped (enqueue_unless_waiting), by each
backend; the same job asked for once it runs is run again."""
from __future__ import annotations

import threading

from flask import Flask

from app.database import unit_of_work
from app.jobs.queue import InlineBackend
from app.jobs.queue import Job
from app.jobs.queue import ThreadBackend
from app.jobs.queue import enqueue
from app.jobs.queue import enqueue_unless_waiting
from app.jobs.queue import register_job


def _counting_jobs(app: Flask) -> tuple[list[int], threading.Event, threading.Event]:
    runs: list[int] = []
    started, release = threading.Event(), threading.Event()

    def block() -> None:
        started.set()
        assert release.wait(10)

    register_job(app, "test_block", block)
    register_job(app, "test_count", lambda n: runs.append(n))
    return runs, started, release


def test_the_thread_backend_drops_a_copy_of_a_waiting_job(app: Flask) -> None:
    runs, started, release = _counting_jobs(app)
    backend = ThreadBackend(app)
    once = Job("test_count", {"n": 1}, unless_waiting=True)
    backend.submit([Job("test_block")])
    assert started.wait(10)  # the worker thread is busy: what follows waits
    backend.submit([once, once, Job("test_count", {"n": 2}, unless_waiting=True), Job("test_count", {"n": 1})])
    backend.submit([once])
    release.set()
    backend.join()
    assert sorted(runs) == [1, 1, 2]  # the copies of the waiting n=1 went; the plain job is not deduplicated
    backend.submit([once])  # it ran: asked for again, it runs again
    backend.join()
    assert sorted(runs) == [1, 1, 1, 2]


def test_the_inline_backend_drops_a_copy_queued_behind_the_running_job(app: Flask) -> None:
    runs, _started, _release = _counting_jobs(app)
    once = Job("test_count", {"n": 1}, unless_waiting=True)
    backend = InlineBackend(app)
    register_job(app, "test_ask_twice", lambda: backend.submit([once, once]))
    backend.submit([Job("test_ask_twice"), once])
    assert runs == [1]


def test_enqueue_unless_waiting_marks_the_job_and_both_wait_for_the_commit(app: Flask) -> None:
    from app.extensions import db
    _counting_jobs(app)
    with app.app_context(), unit_of_work():
        enqueue("test_count", n=1)
        enqueue_unless_waiting("test_count", n=1)
        assert db.session.info["pending_jobs"] == [Job("test_count", {"n": 1}),
                                                   Job("test_count", {"n": 1}, unless_waiting=True)]
