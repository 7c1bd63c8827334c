"""A connector call is claimed under a lock, made with no transaction open, and its answer recorded in a
new transaction: a slow external system holds no lock, and a crash between the call and the record makes
the call again with the same idempotency key. (The call used to be made while its row lock was held.)"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy import text

from app import connectors
from app.engine.models import ServiceCall
from app.extensions import db
from app.instances import service
from app.jobs.scheduler import reconcile
from tests.helpers import DATA
from tests.helpers import Api

START = "/api/v1/processes/reserve_equipment/instances"


def deploy(api: Api) -> None:
    assert api.deploy(DATA / "models" / "reserve_equipment.bpmn").status_code == 201


def answer_reservations_with(app: Flask, call: Callable[[Mapping[str, Any], str], Any]) -> None:
    """The demo inventory's reserve connector, with the same declared inputs and outputs, answering by ``call``."""
    with app.app_context():
        reserve = connectors.get("inventory/reserve")
    connectors.register(app, dataclasses.replace(reserve, call=call))


def write_elsewhere(app: Flask, call_key: str) -> None:
    """Update the call's row and its instance's row from another connection, giving up at once if locked."""
    with db.engine.connect() as other:
        if other.dialect.name == "postgresql":
            other.execute(text("SET lock_timeout = '500ms'"))
        else:
            other.exec_driver_sql("PRAGMA busy_timeout = 500")
        other.execute(text("UPDATE service_calls SET requeues = requeues WHERE idempotency_key = :key"),
                      {"key": call_key})
        other.execute(text("UPDATE process_instances SET updated_at = updated_at WHERE id = "
                           "(SELECT instance_id FROM service_calls WHERE idempotency_key = :key)"), {"key": call_key})
        other.commit()


def fail_recording_once(monkeypatch: pytest.MonkeyPatch, why: str) -> None:
    """The next recording of a connector's answer fails with ``why`` (after the call was made); later ones work."""
    real_record = service._record_answer

    def fail_once(*args: Any) -> None:
        monkeypatch.setattr(service, "_record_answer", real_record)
        raise RuntimeError(why)
    monkeypatch.setattr(service, "_record_answer", fail_once)


def test_a_slow_connector_holds_no_lock_and_no_transaction(app: Flask, api: Api,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def slow(params: Mapping[str, Any], key: str) -> dict[str, Any]:
        seen["in_transaction"] = db.session().in_transaction()
        write_elsewhere(app, key)  # would time out if the call's or the instance's row were locked
        seen["key"] = key
        return {"resource_id": "R-1", "status": "reserved", "serial_number": "SN-1"}

    answer_reservations_with(app, slow)
    deploy(api)
    started = api.post(START, json={"data": {"resource_type": "ONT"}}).json
    instance = api.get(f"/api/v1/instances/{started['id']}").json
    assert instance["status"] == "completed" and instance["data"]["serial"] == "SN-1", instance
    assert seen["in_transaction"] is False
    assert seen["key"].startswith(f"{started['id']}:") and seen["key"].endswith(":1")


def test_a_crash_after_the_call_makes_it_again_with_the_same_key(app: Flask, api: Api,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    keys: list[str] = []

    def reserve(params: Mapping[str, Any], key: str) -> dict[str, Any]:
        keys.append(key)
        return {"resource_id": "R-2", "status": "reserved", "serial_number": "SN-2"}

    answer_reservations_with(app, reserve)
    fail_recording_once(monkeypatch, "worker killed after the call, before its answer was recorded")
    monkeypatch.setattr(service, "_release_claim", lambda call_id: None)  # a killed worker releases nothing
    deploy(api)
    started = api.post(START, json={"data": {"resource_type": "ONT"}}).json
    assert api.get(f"/api/v1/instances/{started['id']}").json["status"] == "running"
    assert len(keys) == 1

    with app.app_context():  # a fresh claim keeps a duplicate job off the call
        service.run_service_call(db.session.scalar(select(ServiceCall.id)))
        db.session.commit()
    assert len(keys) == 1

    app.config["CONNECTOR_CLAIM_SECONDS"] = 0  # the claim of the crashed worker is now stale
    with app.app_context():
        reconcile(everything=True)
        db.session.commit()  # the re-enqueued job runs after the commit (inline in tests)
    instance = api.get(f"/api/v1/instances/{started['id']}").json
    assert instance["status"] == "completed" and instance["data"]["serial"] == "SN-2", instance
    assert len(keys) == 2 and keys[0] == keys[1]
    with app.app_context():
        calls = db.session.scalars(select(ServiceCall)).all()
        assert [(c.attempt, c.status, c.idempotency_key) for c in calls] == [(1, "done", keys[0])]


def test_a_call_cancelled_while_the_connector_runs_is_not_recorded(app: Flask, api: Api,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def cancelled_meanwhile(params: Mapping[str, Any], key: str) -> dict[str, Any]:
        with db.engine.connect() as other:
            other.execute(text("UPDATE service_calls SET status = 'cancelled' WHERE idempotency_key = :key"),
                          {"key": key})
            other.commit()
        return {"resource_id": "R-3", "status": "reserved", "serial_number": "SN-3"}

    answer_reservations_with(app, cancelled_meanwhile)
    deploy(api)
    started = api.post(START, json={"data": {"resource_type": "ONT"}}).json
    instance = api.get(f"/api/v1/instances/{started['id']}").json
    assert instance["status"] == "running" and "serial" not in instance["data"]
    with app.app_context():
        assert db.session.scalar(select(ServiceCall.result)) is None


def test_a_failed_record_releases_the_claim_for_the_retry(app: Flask, api: Api,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    keys: list[str] = []
    answer_reservations_with(app, lambda params, key: keys.append(key) or {"resource_id": "R-4", "status": "reserved",
                                                                           "serial_number": "SN-4"})
    fail_recording_once(monkeypatch, "the instance was stepped by someone else meanwhile")
    deploy(api)
    started = api.post(START, json={"data": {"resource_type": "ONT"}}).json
    with app.app_context():  # the job's retry (RQ retries at once) finds the call unclaimed
        service.run_service_call(db.session.scalar(select(ServiceCall.id)))
        db.session.commit()
    instance = api.get(f"/api/v1/instances/{started['id']}").json
    assert instance["status"] == "completed" and instance["data"]["serial"] == "SN-4", instance
    assert len(keys) == 2 and keys[0] == keys[1]


def crash_after_the_call(app: Flask, api: Api, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int]:
    """Start an instance whose worker is killed after its connector call, before the answer is recorded: the
    call stays pending and claimed. The keys the connector was called with, and the call's id."""
    keys: list[str] = []
    answer_reservations_with(app, lambda params, key: keys.append(key) or {"resource_id": "R-5", "status": "reserved",
                                                                           "serial_number": "SN-5"})
    fail_recording_once(monkeypatch, "worker killed after the call, before its answer was recorded")
    monkeypatch.setattr(service, "_release_claim", lambda call_id: None)  # a killed worker releases nothing
    deploy(api)
    api.post(START, json={"data": {"resource_type": "ONT"}})
    with app.app_context():
        call = db.session.scalars(select(ServiceCall)).one()
        assert call.status == "pending" and call.claimed_at is not None
        return keys, call.id


def test_a_claim_within_its_grace_is_kept_without_a_look_at_live_work(app: Flask, api: Api,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The reconciler looks at the workers only when a claim has outlived the grace (and not yet its lease)."""
    _keys, call_id = crash_after_the_call(app, api, monkeypatch)

    def never_asked() -> service.ClaimHolders:
        raise AssertionError("live work was looked at")

    with app.app_context():
        assert service.release_lost_claims(never_asked) == []
        app.config["CONNECTOR_CLAIM_GRACE_SECONDS"] = 0
        app.config["CONNECTOR_CLAIM_SECONDS"] = 0  # lapsed already: the reconciler's job takes it over anyway
        assert service.release_lost_claims(never_asked) == []


@pytest.mark.parametrize("held", [True, False])
def test_a_claim_past_its_grace_lapses_unless_live_work_holds_it(app: Flask, api: Api,
                                                                 monkeypatch: pytest.MonkeyPatch, held: bool) -> None:
    keys, call_id = crash_after_the_call(app, api, monkeypatch)
    app.config["CONNECTOR_CLAIM_GRACE_SECONDS"] = 0
    asked: list[tuple[int, datetime]] = []

    def live_work() -> service.ClaimHolders:
        return lambda call_id, claimed_at: asked.append((call_id, claimed_at)) is None and held

    with app.app_context():
        claimed_at = db.session.get(ServiceCall, call_id).claimed_at  # type: ignore[union-attr]
        assert service.release_lost_claims(live_work) == ([] if held else [call_id])
        db.session.commit()
        assert asked == [(call_id, claimed_at)]
        assert db.session.get(ServiceCall, call_id).claimed_at == (claimed_at if held else None)  # type: ignore
        service.run_service_call(call_id)  # the reconciler's copy of the job: it makes the call if released
        db.session.commit()
    assert len(keys) == (1 if held else 2) and keys[0] == keys[-1]
