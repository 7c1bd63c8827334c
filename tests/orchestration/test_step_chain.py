"""A job runs a connector call and, in the same transaction, the calls its steps start (a chain);
a call that raises in a chain undoes only itself; history written at commit reads back in order."""
from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from app.extensions import db
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
from tests.orchestration.flow import survey_and_install


@pytest.fixture()
def jobs_run(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    from app.jobs import queue
    ran: Counter[str] = Counter()
    original = queue.run_job

    def counting(app: Flask, job: Any) -> None:
        ran[job.name] += 1
        original(app, job)

    monkeypatch.setattr(queue, "run_job", counting)
    return ran


def calls_made(app: Flask, order_id: int) -> int:
    from app.engine.models import ProcessInstance
    from app.engine.models import ServiceCall
    with app.app_context():
        return len(db.session.scalars(select(ServiceCall.id).join(
            ProcessInstance, ProcessInstance.id == ServiceCall.instance_id).where(
            ProcessInstance.order_id == order_id)).all())


def retried_to_completion(app: Flask, api: Any, order_id: int) -> None:
    """What the clock does later with calls whose job failed (make them again), then the people's steps left:
    the order completes."""
    from app.database import unit_of_work
    from app.jobs.scheduler import reconcile
    with app.app_context():
        with unit_of_work():
            reconcile(everything=True)
    survey_and_install(api, order_id)
    assert order_360(api, order_id)["state"] == "completed"


@pytest.mark.parametrize("max_calls", [100, 1])
def test_an_order_completes_with_chains_or_a_job_per_call(app: Flask, api: Any, seeded: dict[str, Any],
                                                          jobs_run: Counter[str], max_calls: int) -> None:
    app.config["STEP_CHAIN_MAX_CALLS"] = max_calls
    if max_calls == 1:
        app.config["COMMIT_CHAIN_MAX_CALLS"] = 0  # and none before a request commits
    order_id = place(api, fibre_bundle(seeded))
    run_to_completion(api, order_id)
    assert order_360(api, order_id)["state"] == "completed"
    calls = calls_made(app, order_id)
    assert calls > 10
    if max_calls == 1:
        assert jobs_run["run_service_call"] == calls  # one job (and transaction) per call, as before chains
    else:
        assert jobs_run["run_service_call"] <= 3  # one chain after each person's step that calls other systems


def test_a_requests_own_steps_run_before_it_commits(app: Flask, api: Any, seeded: dict[str, Any],
                                                    jobs_run: Counter[str]) -> None:
    """Placing the order runs the order process's own step (record the enrichment) in the request's transaction,
    so no job is needed to reach the approval."""
    order_id = place(api, fibre_bundle(seeded))
    assert jobs_run["run_service_call"] == 0
    tasks = api.get("/api/v1/tasks", user="approver").json
    assert any(t["order_id"] == order_id and t["name"] == "Approve order" for t in tasks)


def test_an_own_step_raising_in_a_request_is_undone_alone_and_left_to_a_job(
        app: Flask, api: Any, seeded: dict[str, Any], jobs_run: Counter[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from app import connectors
    original = connectors.invoke
    raised: list[str] = []

    def invoke(name: str, params: Any, *, idempotency_key: str) -> Any:
        if name.startswith("ordra/") and not raised:
            raised.append(name)
            raise RuntimeError("a bug in an Ordra step")
        return original(name, params, idempotency_key=idempotency_key)

    monkeypatch.setattr(connectors, "invoke", invoke)
    order_id = place(api, fibre_bundle(seeded))  # the order is placed all the same
    assert raised and jobs_run["run_service_call"] == 1  # the step ran again in a job of its own, and went through
    tasks = api.get("/api/v1/tasks", user="approver").json
    assert [t["name"] for t in tasks if t["order_id"] == order_id] == ["Approve order"]  # once, not twice
    from app.engine.models import InstanceEvent
    from app.engine.models import ProcessInstance
    with app.app_context():  # what the undone attempt recorded was undone with it
        kinds = Counter(db.session.scalars(select(InstanceEvent.kind).join(ProcessInstance).where(
            ProcessInstance.order_id == order_id, InstanceEvent.task_name == "Record enrichment on the order")))
    assert kinds == {"service_call": 1, "service_result": 1}, kinds


def test_a_call_raising_in_a_chain_undoes_only_itself(app: Flask, api: Any, seeded: dict[str, Any],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from app import connectors
    from app.engine.models import ServiceCall

    original = connectors.invoke
    broken = {"inventory/reserve"}

    def invoke(name: str, params: Any, *, idempotency_key: str) -> Any:
        if name in broken:
            raise RuntimeError("the inventory client crashed")  # not a ConnectorError: a bug, not a refusal
        return original(name, params, idempotency_key=idempotency_key)

    monkeypatch.setattr(connectors, "invoke", invoke)
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    with app.app_context():
        statuses = Counter(call.status for call in db.session.scalars(select(ServiceCall)))
    # the calls before the crashing one in the chain went through and stayed; the crashing one is pending
    assert statuses["done"] > 0 and statuses["pending"] >= 1, statuses
    broken.clear()
    retried_to_completion(app, api, order_id)


def test_a_wave_is_claimed_together_and_an_answer_that_cannot_be_recorded_undoes_only_itself(
        app: Flask, api: Any, seeded: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.engine.models import ServiceCall
    from app.instances import service

    waves: list[list[int]] = []
    refused: list[int] = []  # the first call of the first wave of several: its answer cannot be recorded
    real_claim, real_record = service._claim_calls, service._record_answer

    def claim(call_ids: list[int], handed: Any = None) -> Any:
        waves.append(list(call_ids))
        if len(call_ids) > 1 and not refused:
            refused.append(call_ids[0])
        return real_claim(call_ids, handed)

    def record(instance: Any, call: Any, answer: Any) -> None:
        if call.id in refused:
            raise RuntimeError("the instance was stepped by someone else meanwhile")
        real_record(instance, call, answer)

    monkeypatch.setattr(service, "_claim_calls", claim)
    monkeypatch.setattr(service, "_record_answer", record)
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    assert refused, waves  # other systems' calls were claimed together (by the approval's own commit)
    wave = next(w for w in waves if w[0] == refused[0])
    with app.app_context():
        statuses = {call.id: (call.status, call.claimed_at) for call in db.session.scalars(
            select(ServiceCall).where(ServiceCall.id.in_(wave)))}
    # its claim was released for the retry; the answers recorded with it went through on their own
    assert statuses[refused[0]] == ("pending", None), statuses
    assert all(status != "pending" for call_id, (status, _) in statuses.items() if call_id != refused[0]), statuses
    monkeypatch.setattr(service, "_record_answer", real_record)
    retried_to_completion(app, api, order_id)


def test_history_written_at_commit_reads_back_in_order(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    from app.database import unit_of_work
    from app.engine.models import ProcessInstance
    from app.instances import service as instances

    order_id = place(api, fibre_bundle(seeded))
    with app.app_context():
        with unit_of_work():
            instance = db.session.scalar(select(ProcessInstance).where(ProcessInstance.order_id == order_id))
            assert instance is not None
            for n in range(3):
                instances.record(instance, "note", message=f"note {n}")
            # read in the same transaction: the waiting rows are written first, in the order recorded
            notes = [e.message for e in db.session.get(ProcessInstance, instance.id).events if e.kind == "note"]
            assert notes == ["note 0", "note 1", "note 2"]
            instances.record(instance, "note", message="note 3")
        history = api.get(f"/api/v1/instances/{instance.id}", user="admin").json["events"]
    assert [e["message"] for e in history if e["kind"] == "note"] == ["note 0", "note 1", "note 2", "note 3"]
    kinds = [e["kind"] for e in history]
    assert kinds[0] == "started" and "task_ready" in kinds


def test_a_finished_workflow_is_stored_compressed_without_its_spec(app: Flask, api: Any,
                                                                   seeded: dict[str, Any]) -> None:
    import json

    from app.engine.models import ProcessInstance
    from app.engine.runtime import PACKED
    from app.engine.runtime import _unpacked

    order_id = place(api, fibre_bundle(seeded))
    run_to_completion(api, order_id)
    with app.app_context():
        states = {row.status: row.state for row in db.session.execute(
            select(ProcessInstance.status, ProcessInstance.state).where(ProcessInstance.order_id == order_id))}
    assert states["completed"].startswith(PACKED)
    saved = json.loads(_unpacked(states["completed"]))
    assert "spec" not in saved and "subprocess_specs" not in saved and saved["completed"] is True
    order = order_360(api, order_id)
    plan = order["domain_orders"][0]["instance_id"]
    diagram = api.get(f"/api/v1/instances/{plan}/diagram", user="admin")
    assert diagram.status_code == 200 and diagram.json  # a compressed state still draws its diagram


def test_an_instance_stepped_by_someone_else_during_a_wave_is_caught_and_recorded_again(
        app: Flask, api: Any, seeded: dict[str, Any], monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """A chain's steps are stored by one flush at its end: a step on one of its instances committed meanwhile
    by another worker is caught there (the version column), the wave is undone, and each answer is recorded
    again on its own, on the instance as it is now."""
    from sqlalchemy import update

    from app.engine.models import InstanceEvent
    from app.engine.models import ProcessInstance
    from app.instances import service

    raced: list[int] = []  # the instance another worker stepped while the first wave of several was recorded
    real_record_chain, real_record = service._record_chain, service._record_answer
    recording_a_wave: list[bool] = []

    def record_chain(answers: list[Any], *args: Any) -> None:
        recording_a_wave[:] = [len(answers) > 1]
        real_record_chain(answers, *args)

    def record(instance: Any, call: Any, answer: Any) -> None:
        if recording_a_wave == [True] and not raced:
            raced.append(instance.id)
            with db.engine.begin() as other_worker:  # commits before this wave's transaction writes the instance
                other_worker.execute(update(ProcessInstance).where(ProcessInstance.id == instance.id)
                                     .values(lock_version=ProcessInstance.lock_version + 1))
        real_record(instance, call, answer)

    monkeypatch.setattr(service, "_record_chain", record_chain)
    monkeypatch.setattr(service, "_record_answer", record)
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    assert raced
    assert any("could not be recorded together" in r.getMessage() and "StaleDataError" in (r.exc_text or "")
               for r in caplog.records), [r.getMessage() for r in caplog.records]
    with app.app_context():  # each result recorded once: the undone wave left nothing behind
        results = Counter(detail["call"] for detail in db.session.scalars(select(InstanceEvent.detail).where(
            InstanceEvent.instance_id == raced[0], InstanceEvent.kind == "service_result")))
    assert results and set(results.values()) == {1}, results
    survey_and_install(api, order_id)
    assert order_360(api, order_id)["state"] == "completed"


def test_plans_a_wave_ends_start_what_they_unblock_together(app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The survey starts four service plans; their activations come back as one wave, which ends the four
    together, and the order is rolled up once for the wave, not once per plan. The installation then unblocks
    the products' billing: their plans are started by one statement."""
    from sqlalchemy import event
    from sqlalchemy import func

    from app.engine.models import ProcessInstance
    from app.orchestration import service as orchestration
    from tests.orchestration.flow import complete
    order_id = place(api, fibre_bundle(seeded))
    approve(api, order_id)
    inserts: list[str] = []
    roll_ups: list[int] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO process_instances"):
            inserts.append(statement)

    original_roll_up = orchestration.roll_up

    def counted_roll_up(order: Any, domains: Any) -> None:
        roll_ups.append(order.id)
        original_roll_up(order, domains)

    def plans() -> int:
        with app.app_context():
            return db.session.scalar(select(func.count()).select_from(ProcessInstance)
                                     .where(ProcessInstance.order_id == order_id)) or 0

    def counted(task_name: str, answer: dict[str, Any]) -> tuple[int, int, int]:
        """Plans started, INSERTs of plans and roll-ups of the order while ``task_name`` is completed."""
        before = plans()
        inserts.clear()
        roll_ups.clear()
        with app.app_context():
            event.listen(db.engine, "before_cursor_execute", count)
        try:
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(orchestration, "roll_up", counted_roll_up)
                complete(api, order_id, task_name, "fulfiller", answer)
        finally:
            with app.app_context():
                event.remove(db.engine, "before_cursor_execute", count)
        assert set(roll_ups) == {order_id}
        return plans() - before, len(inserts), len(roll_ups)

    # four service plans by one statement; the survey's own step (provide_data) and the wave of activations that
    # ended the four service plans roll the order up once each (six times before waves)
    assert counted("Survey site", {"survey_result": "ready"}) == (4, 1, 2)
    # the installation's hand-over starts the three products' billing together, the visit's end the
    # installation's own
    started, statements, _ = counted("Install ONT on site", {"ont_serial": "ONT1234567"})
    assert (started, statements) == (4, 2), inserts


def test_a_finish_listener_failing_after_a_wave_leaves_its_answers_to_the_retry(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The finish listeners hear of the plans a wave ended when its steps are done; when one of them fails, the
    wave is undone, each answer recorded alone fails the same way, and its claim is released for the retry
    (the same key): nothing of it stays half done, and the order completes once the listener works."""
    from app.engine.models import ProcessInstance
    from app.engine.models import ServiceCall
    from app.instances import listeners
    from app.orchestration.models import DomainOrder

    def failing(finished: Any) -> None:
        if any(instance.process_id == "plan_resource_order" for instance in finished):
            raise RuntimeError("a finish listener failed")

    listeners.add_finish_listener(app, failing)
    try:
        order_id = place(api, fibre_bundle(seeded))
        approve(api, order_id)
    finally:
        app.extensions[listeners._FINISHED].remove(failing)  # there is no public way to unregister
    with app.app_context():
        reservations = db.session.execute(select(ServiceCall.status, ServiceCall.claimed_at).join(
            ProcessInstance, ProcessInstance.id == ServiceCall.instance_id).where(
            ProcessInstance.order_id == order_id, ServiceCall.connector == "inventory/reserve")).all()
        resources = set(db.session.scalars(select(DomainOrder.state).where(
            DomainOrder.order_id == order_id, DomainOrder.type == "resource")))
    assert reservations and all(tuple(row) == ("pending", None) for row in reservations), reservations
    assert resources == {"inProgress"}
    retried_to_completion(app, api, order_id)
    with app.app_context():  # the same calls went through on the retry: none made again as a new attempt
        after = db.session.execute(select(ServiceCall.status, ServiceCall.attempt).join(
            ProcessInstance, ProcessInstance.id == ServiceCall.instance_id).where(
            ProcessInstance.order_id == order_id, ServiceCall.connector == "inventory/reserve")).all()
    assert sorted(tuple(row) for row in after) == [("done", 1)] * len(reservations)
