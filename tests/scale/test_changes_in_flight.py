"""An order changed while a worker is calling another system for one of its plans (PostgreSQL + Redis).

The test is the worker here (as in ``test_workers``): it runs the queued job itself, in a thread, and holds it
inside a call to another system, after that system did the work and before its answer is recorded, while
the order is cancelled or revised over the API. The answer then comes to a plan that was cancelled meanwhile.
Last, a cancellation whose compensations' jobs were lost: the claims lapse after the grace, not the lease.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from flask import Flask
from redis import Redis
from rq import Queue
from rq.serializers import JSONSerializer

from app.instances import service as instances
from app.jobs.queue import Job
from tests.helpers import Api
from tests.orchestration.flow import approve
from tests.orchestration.flow import complete
from tests.orchestration.flow import order_360
from tests.orchestration.test_order_cancellation import cancel
from tests.orchestration.test_order_cancellation import ledger
from tests.scale.fibre import place_orders
from tests.scale.fibre import seed_demo
from tests.scale.test_workers import run_queued_jobs

pytestmark = pytest.mark.postgres


@pytest.fixture()
def seeded(scaled_app: Flask) -> dict[str, Any]:
    """The demo (its database cloned from the seeded template: seeding again finds it all there)."""
    return seed_demo(scaled_app)


class HeldCall:
    """Runs a queued job in a thread and holds it inside its first call to ``connector``, once the other system
    answered, until :meth:`release`, which raises what the job raised."""

    def __init__(self, app: Flask, connector: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.app, self.connector = app, connector
        self.made, self.released = threading.Event(), threading.Event()
        self.errors: list[BaseException] = []
        original = instances._call_connector

        def call_then_hold(name: str, params: dict[str, Any], key: str) -> Any:
            answer = original(name, params, key)
            if name == connector and not self.made.is_set():
                self.made.set()
                assert self.released.wait(60), "the test never released the call"  # a bound for a stall only
            return answer
        monkeypatch.setattr(instances, "_call_connector", call_then_hold)

    def start(self, job: Job) -> None:
        """Run ``job`` until it is held in the call, or has ended without making it (then :attr:`made` is unset)."""
        from app.jobs.queue import run_job

        def run() -> None:
            try:
                run_job(self.app, job)
            except BaseException as exc:  # noqa: BLE001 (raised again by join)
                self.errors.append(exc)
        self.thread = threading.Thread(target=run, name="worker")
        self.thread.start()
        while not self.made.wait(0.01) and self.thread.is_alive():
            pass

    def release(self) -> None:
        self.released.set()
        self.thread.join()
        if self.errors:
            raise self.errors[0]


@pytest.fixture()
def queue(scaled_app: Flask, redis: Redis, queue_name: str) -> Queue:
    return Queue(queue_name, connection=redis, serializer=JSONSerializer)


@pytest.fixture()
def calling(scaled_app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], HeldCall]]:
    held: list[HeldCall] = []

    def hold(connector: str) -> HeldCall:
        held.append(HeldCall(scaled_app, connector, monkeypatch))
        return held[-1]
    yield hold
    for call in held:
        call.released.set()


def _job_calling(app: Flask, queue: Queue, connector: str) -> Job:
    """Run the queued jobs but the one that calls ``connector``; that one is returned, unrun."""
    from app.engine.models import ServiceCall
    from app.extensions import db

    def calls_it(job: Job) -> bool:
        with app.app_context():
            ids = [job.kwargs["call_id"], *job.kwargs.get("wave", [])]
            return any(db.session.get(ServiceCall, i).connector == connector for i in ids)  # type: ignore[union-attr]
    [job] = run_queued_jobs(app, queue, calls_it)
    return job


def test_a_reservation_made_while_the_order_is_cancelled_is_released(scaled_app: Flask, seeded: dict[str, Any],
                                                                     queue: Queue,
                                                                     calling: Callable[[str], HeldCall]) -> None:
    """The reservations asked for at the approval were made by the inventory while the cancellation went through.
    Their answers were dropped (the calls had been cancelled) and the resources stayed reserved for good."""
    api = Api(scaled_app.test_client())
    [order_id] = place_orders(scaled_app, seeded, 1, prefix="IN-FLIGHT-CANCEL")
    run_queued_jobs(scaled_app, queue)
    approve(api, order_id)  # its plans' reservations are handed to one job
    worker = calling("inventory/reserve")
    worker.start(_job_calling(scaled_app, queue, "inventory/reserve"))
    assert worker.made.is_set()

    response = cancel(api, order_id)
    assert response.status_code == 201, response.json
    assert response.json["state"] == "inProgress"  # not cancelled while the inventory's answers are awaited
    worker.release()
    run_queued_jobs(scaled_app, queue)  # the compensations the answers started

    reserved = {r["resource_id"] for r in ledger(scaled_app, "inventory/reserve")}
    released = [r["resource_id"] for r in ledger(scaled_app, "inventory/release")]
    assert len(reserved) == 6 and sorted(released) == sorted(reserved)  # each released, once
    order = order_360(api, order_id)
    assert order["state"] == "cancelled"
    assert api.get(response.json["href"], user="agent").json["state"] == "done"
    assert [e["kind"] for e in order["events"]].count("compensation_started") == 6
    assert {p["status"] for p in order["process"]} == {"cancelled", "completed"}  # plans, their compensations


def test_a_cancellation_before_the_job_makes_the_handed_over_calls_is_done_when_it_has(
        scaled_app: Flask, seeded: dict[str, Any], queue: Queue) -> None:
    """The approval handed its reservations to a job that has not started: when it runs it finds their plans
    cancelled, makes none of them and records that it skipped them, and the order is cancelled. (A lock the
    cancellation held on them made that job skip them, and the order waited for their claims to lapse, five
    minutes in production; then the job made them, and the cancellation released each.)"""
    api = Api(scaled_app.test_client())
    [order_id] = place_orders(scaled_app, seeded, 1, prefix="IN-FLIGHT-HANDED")
    run_queued_jobs(scaled_app, queue)
    approve(api, order_id)

    assert cancel(api, order_id).status_code == 201
    run_queued_jobs(scaled_app, queue)
    assert order_360(api, order_id)["state"] == "cancelled"
    assert ledger(scaled_app, "inventory/reserve") == [] and ledger(scaled_app, "inventory/release") == []


def test_a_cancellation_committing_while_the_job_takes_its_calls(scaled_app: Flask, seeded: dict[str, Any],
                                                                 queue: Queue, calling: Callable[[str], HeldCall],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The job takes the handed-over reservations while the cancellation, which has cancelled the plans, is about
    to commit: it makes them, and they are released."""
    from app.orchestration import cancellation
    [order_id] = place_orders(scaled_app, seeded, 1, prefix="IN-FLIGHT-TAKING")
    run_queued_jobs(scaled_app, queue)
    approve(Api(scaled_app.test_client()), order_id)
    job = _job_calling(scaled_app, queue, "inventory/reserve")
    about_to_commit, go_on = threading.Event(), threading.Event()
    finish = cancellation.finish_cancellation

    def hold_the_commit(order: Any, **kwargs: Any) -> None:
        about_to_commit.set()
        assert go_on.wait(60)  # a bound for a stall only
        finish(order, **kwargs)
    monkeypatch.setattr(cancellation, "finish_cancellation", hold_the_commit)
    with ThreadPoolExecutor(1) as pool:
        cancelled = pool.submit(cancel, Api(scaled_app.test_client()), order_id)
        assert about_to_commit.wait(60)
        worker = calling("inventory/reserve")
        worker.start(job)
        go_on.set()
        assert cancelled.result().status_code == 201
    worker.release()
    run_queued_jobs(scaled_app, queue)
    assert order_360(Api(scaled_app.test_client()), order_id)["state"] == "cancelled"
    released = [r["resource_id"] for r in ledger(scaled_app, "inventory/release")]
    assert len(released) == 6 and sorted(released) == sorted(
        r["resource_id"] for r in ledger(scaled_app, "inventory/reserve"))


def test_a_cancellation_while_a_service_is_being_activated_is_refused(scaled_app: Flask, seeded: dict[str, Any],
                                                                     queue: Queue,
                                                                     calling: Callable[[str], HeldCall]) -> None:
    """'Activate service' is a point of no return: the network activated the service while the cancellation,
    which found the step not yet done, went through, and the order said cancelled."""
    api = Api(scaled_app.test_client())
    [order_id] = place_orders(scaled_app, seeded, 1, prefix="IN-FLIGHT-PONR")
    run_queued_jobs(scaled_app, queue)
    approve(api, order_id)
    run_queued_jobs(scaled_app, queue)
    complete(api, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})  # the services start
    worker = calling("provisioning/activate")
    worker.start(_job_calling(scaled_app, queue, "provisioning/activate"))
    assert worker.made.is_set()

    response = cancel(api, order_id)
    assert response.status_code == 409, response.json
    [error] = response.json["errors"]
    assert "point of no return" in error["message"] and "'Activate service' is under way" in error["message"]
    worker.release()
    run_queued_jobs(scaled_app, queue)
    assert order_360(api, order_id)["state"] == "inProgress"  # the install is next; nothing was undone


def test_a_reservation_made_while_its_line_is_removed_is_released(scaled_app: Flask, seeded: dict[str, Any],
                                                                  queue: Queue,
                                                                  calling: Callable[[str], HeldCall]) -> None:
    """The same for a revision: the static IP line removed while its block was being reserved."""
    from tests.orchestration.test_order_revisions import revise
    api = Api(scaled_app.test_client())
    [order_id] = place_orders(scaled_app, seeded, 1, prefix="IN-FLIGHT-REVISE")
    run_queued_jobs(scaled_app, queue)
    approve(api, order_id)
    worker = calling("inventory/reserve")
    worker.start(_job_calling(scaled_app, queue, "inventory/reserve"))
    assert worker.made.is_set()

    response = revise(api, order_id, [{"id": "2", "action": "delete"}])
    assert response.status_code == 201, response.json
    worker.release()
    run_queued_jobs(scaled_app, queue)

    blocks = [r["resource_id"] for r in ledger(scaled_app, "inventory/reserve") if r["resource_type"] == "IPv4 Block"]
    assert len(blocks) == 1
    assert [r["resource_id"] for r in ledger(scaled_app, "inventory/release")] == blocks  # and nothing else
    order = order_360(api, order_id)
    assert order["state"] == "inProgress" and [i["id"] for i in order["items"]] == [1, 3, 4]


def test_a_cancellation_whose_compensation_jobs_were_lost_ends_after_the_grace(
        scaled_app: Flask, seeded: dict[str, Any], queue: Queue) -> None:
    """The cancellation's compensations claimed their releases for jobs that were lost (their worker died, or
    Redis lost them): the order waits in pendingCancellation while the grace runs, then the reconciler releases the
    claims, the calls are made once each, and the order is cancelled, well before the 300 s lease."""
    from sqlalchemy import select

    from app.engine.models import ServiceCall
    from app.extensions import db
    from tests.scale.test_lost_claims import reconcile_now

    scaled_app.config.update(CONNECTOR_CLAIM_SECONDS=300, CONNECTOR_CLAIM_GRACE_SECONDS=1)
    api = Api(scaled_app.test_client())
    [order_id] = place_orders(scaled_app, seeded, 1, prefix="LOST-COMPENSATION")
    run_queued_jobs(scaled_app, queue)
    approve(api, order_id)
    run_queued_jobs(scaled_app, queue)  # the resources reserved
    assert cancel(api, order_id).status_code == 201
    assert order_360(api, order_id)["state"] == "pendingCancellation"

    def claimed_releases() -> dict[int, Any]:
        with scaled_app.app_context():
            return dict(db.session.execute(select(ServiceCall.id, ServiceCall.claimed_at).where(  # type: ignore[arg-type]
                ServiceCall.connector == "inventory/release", ServiceCall.status == "pending")).all())
    claims = claimed_releases()
    assert len(claims) == 6 and all(claims.values()), claims
    queue.connection.delete(queue.key)  # the jobs are lost
    reconcile_now(scaled_app)  # within the grace: the claims stand
    assert claimed_releases() == claims
    assert order_360(api, order_id)["state"] == "pendingCancellation"

    time.sleep(1.5)  # past the grace
    reconcile_now(scaled_app)
    assert set(claimed_releases().values()) == {None}  # released, and the calls queued again
    run_queued_jobs(scaled_app, queue)
    reserved = {r["resource_id"] for r in ledger(scaled_app, "inventory/reserve")}
    released = [r["resource_id"] for r in ledger(scaled_app, "inventory/release")]
    assert len(reserved) == 6 and sorted(released) == sorted(reserved)  # each released, once
    assert order_360(api, order_id)["state"] == "cancelled"
