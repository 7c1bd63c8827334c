"""Changes that race each other or the plans' steps: the loser is refused (409 to try again, or what the winner
changed), never a 500, and nothing is done twice."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import text
from sqlalchemy import update

from app.database import unit_of_work
from app.engine import instances as engine
from app.engine.models import ProcessInstance
from app.extensions import db
from tests.helpers import Api
from tests.orchestration.flow import ORDERS
from tests.orchestration.flow import approve
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import line
from tests.orchestration.flow import order_360
from tests.orchestration.flow import place
from tests.orchestration.flow import run_to_completion
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


class Overlap:
    """Holds each of ``parties`` requests (threads) the first time it reaches a point until every other has reached
    it too, or waits for a row lock (held by one that got there: the lock puts them one after the other, and
    waiting on would deadlock the test). So two actions read what they act on before either writes, unless a
    lock stops them. PostgreSQL only (it reports who waits for a lock)."""

    def __init__(self, parties: int) -> None:
        self.parties = parties
        self.arrived = 0
        self.changed = threading.Condition()
        self.seen = threading.local()

    def arrive(self) -> None:
        if getattr(self.seen, "once", False):
            return
        self.seen.once = True
        with self.changed:
            self.arrived += 1
            self.changed.notify_all()
        deadline = time.monotonic() + 30  # a bound for a stall only: the parties meet or queue in milliseconds
        with self.changed:
            while self.arrived + self._waiting_for_locks() < self.parties:
                assert time.monotonic() < deadline, f"{self.arrived} of {self.parties} requests met"
                self.changed.wait(0.01)

    def _waiting_for_locks(self) -> int:
        with db.engine.connect() as connection:  # its own connection: the caller's is inside its request
            return int(connection.scalar(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'")) or 0)


def at_once(app: Flask, *requests: Callable[[Api], Any]) -> list[Any]:
    """Run each request in a thread of its own with its own client, all started together; their responses."""
    start = threading.Barrier(len(requests))

    def run(request: Callable[[Api], Any]) -> Any:
        client = Api(app.test_client())
        start.wait()
        return request(client)
    with ThreadPoolExecutor(len(requests)) as pool:
        return list(pool.map(run, requests))


@pytest.mark.postgres
def test_giving_up_and_skipping_the_same_fallout_at_once_one_wins(app: Flask, api: Any, seeded: dict[str, Any],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Both used to read the case open and both answered 200: the case ended as the later commit left it, with
    both actions in its history and one of the answers untrue."""
    from app.connectors.models import SimulatorRule
    from app.fallout import service as fallout
    with app.app_context(), unit_of_work():
        db.session.add(SimulatorRule(connector="inventory/reserve", error_code="DOWN", message="system down"))
    order_id = place(api, fibre_bundle(seeded, external_id="RACE-FALLOUT"))
    approve(api, order_id)
    case = api.get(f"/api/v1/fallouts?order={order_id}", user="fallout").json[0]
    overlap = Overlap(2)
    audit = fallout._audit

    def audit_once_both_read(*args: Any, **kwargs: Any) -> None:
        overlap.arrive()
        audit(*args, **kwargs)
    monkeypatch.setattr(fallout, "_audit", audit_once_both_read)

    give_up, skip = at_once(
        app, lambda c: c.post(f"/api/v1/fallouts/{case['id']}/cancel", user="fallout", json={"reason": "give up"}),
        lambda c: c.post(f"/api/v1/fallouts/{case['id']}/skip", user="falloutmgr",
                         json={"data": {"resource": {"resource_id": "RES-BY-HAND", "serial_number": "SN-BY-HAND",
                                                     "status": "reserved"}}, "reason": "reserved by hand"}))
    assert sorted([give_up.status_code, skip.status_code]) == [200, 409], (give_up.json, skip.json)
    winner = give_up if give_up.status_code == 200 else skip
    after = api.get(f"/api/v1/fallouts/{case['id']}", user="fallout").json
    assert after["status"] == winner.json["status"]
    assert [e["kind"] for e in after["events"] if e["kind"] in ("cancelled", "skipped")] == [
        "cancelled" if winner is give_up else "skipped"]


@pytest.mark.postgres
def test_a_suspend_and_a_disconnect_of_one_product_at_once_one_is_refused(app: Flask, api: Any, seeded: dict[str, Any],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Both used to find no order in flight on the product and both ran: the product ended suspended after its
    disconnect, or was disconnected twice."""
    from app.orders import inventory_lines
    first = place(api, fibre_bundle(seeded, external_id="RACE-PRODUCT"))
    run_to_completion(api, first)
    fibre = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Business Fibre Internet")
    block = next(p for p in order_360(api, first)["inventory"] if p["name"] == "Static IP Block")
    overlap = Overlap(2)
    order_changing = inventory_lines.order_changing

    def checked_once_both_checked(product_id: int) -> Any:
        changing = order_changing(product_id)
        overlap.arrive()
        return changing
    monkeypatch.setattr(inventory_lines, "order_changing", checked_once_both_checked)

    def order(action: str, status: str | None) -> Callable[[Api], Any]:
        item = line(1, seeded["offerings"]["Business Fibre Internet"], action=action, product_id=str(fibre["id"]))
        if status:
            item["product"]["status"] = status
        # the block needs the fibre: a disconnect takes it along (inventory_lines.dependents_left_behind)
        along = [line(2, seeded["offerings"]["Static IP Block"], action=action, product_id=str(block["id"]))]
        body = {"externalId": f"RACE-{action}", "productOrderItem": [item, *along] if action == "delete" else [item],
                "relatedParty": [{"id": str(seeded["accounts"]["Bravo plc"]), "role": "Customer"}]}
        return lambda client: client.post(ORDERS, user="agent", json=body)

    suspend, disconnect = at_once(app, order("modify", "suspended"), order("delete", None))
    assert sorted([suspend.status_code, disconnect.status_code]) == [201, 400], (suspend.json, disconnect.json)
    refused = suspend if suspend.status_code == 400 else disconnect
    assert "is being changed by order" in refused.json["errors"][0]["message"]
