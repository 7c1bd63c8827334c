"""A connector call whose worker was killed in the middle of it is made again within about a minute, not after
the 300 s claim lease, while a claim that a queued job, or a job running on a live worker, holds keeps its lease
(CONNECTOR_CLAIM_GRACE_SECONDS, app/jobs/liveness.py). The lease is left at 300 s here and the grace is short."""
from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from flask import Flask
from redis import Redis
from sqlalchemy import select

from app.database import unit_of_work
from app.engine.models import ServiceCall
from app.extensions import db
from app.jobs.scheduler import reconcile
from tests.scale.conftest import wait_until
from tests.scale.test_workers import assert_exactly_once
from tests.scale.test_workers import busy_worker
from tests.scale.test_workers import start_instances
from tests.scale.test_workers import statuses

pytestmark = pytest.mark.postgres
LEASE = {"ORDRA_CONNECTOR_CLAIM_SECONDS": "300", "ORDRA_CONNECTOR_CLAIM_GRACE_SECONDS": "2"}


@pytest.fixture()
def leased_app(scaled_app: Flask) -> Flask:
    """The web tier, with the production lease and a short grace."""
    scaled_app.config.update(CONNECTOR_CLAIM_SECONDS=300, CONNECTOR_CLAIM_GRACE_SECONDS=2)
    return scaled_app


def the_claim(app: Flask) -> tuple[int, datetime | None]:
    with app.app_context():
        call = db.session.scalars(select(ServiceCall)).one()
        return call.id, call.claimed_at


def reconcile_now(app: Flask) -> None:
    with app.app_context(), unit_of_work():
        reconcile()


def test_a_call_whose_worker_was_killed_in_it_is_made_again_well_before_the_lease(
        leased_app: Flask, workers: Callable[..., Any], redis: Redis, queue_name: str) -> None:
    [victim] = workers(1, ORDRA_DEMO_CONNECTOR_LATENCY="120", **LEASE)  # it stays inside the call
    [instance_id] = start_instances(leased_app, 1)
    busy_worker(redis, queue_name, [victim], 30)
    workers(1, **LEASE)  # the other worker (started now: a start can take long on a loaded machine)
    os.kill(victim.pid, signal.SIGKILL)  # in the connector call (its claim was committed by the request)
    assert victim.wait(timeout=10) == -signal.SIGKILL
    killed = time.monotonic()
    # the claim lapses once the dead worker's key has expired (15 s) and it is older than the grace: the other
    # worker's reconciler releases it and makes the call again
    wait_until(lambda: statuses(leased_app) == {"completed": 1}, 60 - (time.monotonic() - killed),
               "the order to complete within 60 s of the kill")
    assert_exactly_once(leased_app, [instance_id])


def test_a_claim_of_a_queued_job_is_kept_past_the_grace_and_of_a_lost_one_released(
        leased_app: Flask, workers: Callable[..., Any], redis: Redis, queue_name: str) -> None:
    """No worker runs: the job the start queued holds its call's claim however long it waits. Its copy lost with
    Redis holds nothing, and the reconciler releases the claim (the copy it enqueues makes the call)."""
    [instance_id] = start_instances(leased_app, 1)
    call_id, claimed_at = the_claim(leased_app)
    time.sleep(2.5)  # past the grace
    reconcile_now(leased_app)
    assert the_claim(leased_app) == (call_id, claimed_at)
    assert redis.llen(f"rq:queue:{queue_name}") >= 1
    redis.delete(f"rq:queue:{queue_name}")  # the job is lost
    reconcile_now(leased_app)
    assert the_claim(leased_app) == (call_id, None)
    workers(1, **LEASE)
    wait_until(lambda: statuses(leased_app) == {"completed": 1}, 60, "the order to complete")
    assert_exactly_once(leased_app, [instance_id])


def test_a_claim_of_a_job_running_on_a_live_worker_is_kept_past_the_grace(
        leased_app: Flask, workers: Callable[..., Any], redis: Redis, queue_name: str) -> None:
    """A worker inside a call longer than the grace, with its reconciler and the test's running meanwhile (and a
    second worker idle, to take a copy of the job if the claim lapsed): the claim stays, the call is made once."""
    [busy] = workers(1, ORDRA_DEMO_CONNECTOR_LATENCY="8", **LEASE)
    [instance_id] = start_instances(leased_app, 1)
    call_id, claimed_at = the_claim(leased_app)
    busy_worker(redis, queue_name, [busy], 30)
    workers(1, **LEASE)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        reconcile_now(leased_app)
        assert the_claim(leased_app) == (call_id, claimed_at)
        time.sleep(0.5)
    wait_until(lambda: statuses(leased_app) == {"completed": 1}, 60, "the order to complete")
    assert_exactly_once(leased_app, [instance_id])
