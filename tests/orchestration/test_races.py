"""Changes of an order in flight that race each other or the plans' steps: the loser is told to try again (409),
never a 500, and nothing is done twice."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from sqlalchemy import update

from app.engine import instances as engine
from app.engine.models import ProcessInstance
from app.extensions import db
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.test_order_cancellation import cancel


def stepped_meanwhile(monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    """Make the next engine ``action`` (``cancel``, ``retry_failed_task`` ...) find its instance stepped by someone
    else after this unit of work read it, as a worker's or a person's concurrent step would."""
    original = getattr(engine, action)

    def after_another_step(*args: Any) -> engine.Action:
        step = original(*args)

        def act(workflow: Any) -> Any:
            db.session.execute(update(ProcessInstance).values(lock_version=ProcessInstance.lock_version + 1)
                               .execution_options(synchronize_session=False))  # unseen by this unit
            return step(workflow)
        monkeypatch.setattr(engine, action, original)  # once
        return act
    monkeypatch.setattr(engine, action, after_another_step)


def test_a_cancellation_that_loses_to_a_concurrent_step_answers_409(api: Any, seeded: dict[str, Any],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    order_id = place(api, fibre_bundle(seeded, external_id="RACE-1"))
    stepped_meanwhile(monkeypatch, "cancel")
    response = cancel(api, order_id)
    assert response.status_code == 409, response.json
    assert "try again" in response.json["errors"][0]["message"]
    assert order_360(api, order_id)["state"] == "acknowledged"  # nothing of the loser stays
    assert cancel(api, order_id).status_code == 201  # and trying again works
