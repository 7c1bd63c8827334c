"""Rows the step path stores with their final values, written once (a work item with its due date, a call to
another system with the claim of the job that makes it), and reads that come with another (the model generation)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from app.extensions import db
from tests.helpers import statements
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import survey_and_install


def test_a_work_item_is_stored_with_its_due_date_and_watched_from_its_opening(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    from app.inbox.models import WorkItem
    from app.jeopardy.models import JeopardyWatch
    with statements(app) as seen:
        order_id = place(api, fibre_bundle(seeded))
    inserts = [params for sql, params in seen if sql.startswith("INSERT INTO work_items")]
    assert len(inserts) == 1, seen
    assert not [sql for sql, _ in seen if sql.startswith("UPDATE work_items")], seen  # (its due date came after)
    with app.app_context():
        item = db.session.scalars(select(WorkItem).where(WorkItem.bpmn_id == "approve_order")).one()
        watch = db.session.scalars(select(JeopardyWatch).where(JeopardyWatch.subject_kind == "work_item",
                                                               JeopardyWatch.subject_id == item.id)).one()
        assert item.due_at is not None and item.jeopardy == "on_track"
        assert (watch.order_id, watch.started_at, watch.due_at) == (order_id, item.created_at, item.due_at)
        assert watch.warn_at < watch.due_at


def test_calls_handed_to_a_job_are_stored_claimed_for_it(app: Flask, api: Any, seeded: dict[str, Any],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The approval's own steps start the plans' calls to other systems; the request stores each claimed for the
    one job it enqueues (no UPDATE to claim them), and that job makes them without claiming them again."""
    from app.engine.models import ServiceCall
    from app.instances import service

    handed: list[dict[str, Any]] = []
    real_enqueue = service.enqueue

    def enqueue(name: str, **kwargs: Any) -> None:
        if name == "run_service_call" and kwargs.get("claimed"):
            handed.append(kwargs)
        real_enqueue(name, **kwargs)

    monkeypatch.setattr(service, "enqueue", enqueue)
    order_id = place(api, fibre_bundle(seeded))
    with statements(app) as seen:
        approve(api, order_id)
    assert len(handed) == 1, handed
    wave = [handed[0]["call_id"], *handed[0]["wave"]]
    assert len(wave) > 1
    claims = [params for sql, params in seen if sql.startswith("UPDATE service_calls SET claimed_at")]
    assert not [p for p in claims if set(wave) & set(p.values() if isinstance(p, dict) else p)], claims
    with app.app_context():
        calls = db.session.scalars(select(ServiceCall).where(ServiceCall.id.in_(wave))).all()
        # the job recognised its claim: each call was made (once) and answered
        assert {call.claimed_at for call in calls} == {datetime.fromisoformat(handed[0]["claimed"])}
        assert all(call.status == "done" for call in calls), [(c.id, c.status) for c in calls]
        assert all(call.attempt == 1 for call in calls)
    survey_and_install(api, order_id)
    assert order_360(api, order_id)["state"] == "completed"


def test_each_transaction_reads_the_model_generation_with_its_first_read(
        app: Flask, api: Any, seeded: dict[str, Any]) -> None:
    """The approval's request reads it with its caller, each wave's claims and its record with the wave's calls;
    none reads it on its own. The simulated systems, called between Ordra's transactions, take the one the wave's
    claims read for their failure rules (they would read it on a connection of their own)."""
    order_id = place(api, fibre_bundle(seeded))
    with statements(app) as seen:
        approve(api, order_id)
    assert [s for s, _ in seen if s.startswith("SELECT model_generation")] == []
    assert order_360(api, order_id)["state"] == "inProgress"
