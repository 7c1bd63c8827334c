"""Many demo fibre-bundle orders at once on the web tier, with the work done by ``ordra worker`` processes.

Orders are placed over TMF622 and their human tasks are worked over the API by the people in
them, as the tasks turn up; what the orders leave behind is then counted row by row, per order.
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask
from sqlalchemy import func
from sqlalchemy import select

from app.database import unit_of_work
from app.extensions import db
from tests.helpers import Api
from tests.orchestration.flow import fibre_bundle
from tests.orchestration.flow import place

# Each human step of the fibre bundle: the task's name, who does it, what they enter.
STEPS = {"Approve order": ("approver", {"approval_decision": "approve"}),
         "Survey site": ("fulfiller", {"survey_result": "ready"}),
         "Install ONT on site": ("fulfiller", {"ont_serial": "ONT1234567"})}
USERS = sorted({user for user, _ in STEPS.values()})
DOMAIN_ORDERS_PER_ORDER = 15  # see tests/orchestration/test_order_flow.py EXPECTED_DOMAIN_ORDERS
PRODUCTS_PER_ORDER = 4        # fibre, static IP block, managed router, installation
STUCK = ("failed", "partial", "rejected", "cancelled", "held")


def seed_demo(app: Flask) -> dict[str, Any]:
    """The shipped models, catalog, simulator rules and demo accounts (as ``tests/orders/conftest.seeded``)."""
    from app.catalog import service as catalog
    from app.orders.service import list_accounts
    from app.seed import seed_all

    with app.app_context():
        with unit_of_work():
            list(seed_all())
        return {"offerings": {o.name: o.id for o in catalog.list_offerings()},
                "accounts": {a.name: a.id for a in list_accounts()}}


def place_orders(app: Flask, seeded: dict[str, Any], count: int, prefix: str = "SCALE") -> list[int]:
    """Place ``count`` fibre-bundle orders over TMF622 (a few clients at a time); their ids in order."""
    local = threading.local()

    def one(n: int) -> int:
        if not hasattr(local, "api"):
            local.api = Api(app.test_client())
        return place(local.api, fibre_bundle(seeded, external_id=f"{prefix}-{n}"))

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, range(count)))


def order_states(app: Flask, order_ids: list[int]) -> dict[int, str]:
    from app.orders.models import ProductOrder
    with app.app_context():
        return dict(db.session.execute(select(ProductOrder.id, ProductOrder.state)  # type: ignore[arg-type]
                                       .where(ProductOrder.id.in_(order_ids))).all())


def instances_in_error(app: Flask, order_ids: list[int]) -> list[tuple[int, str, str]]:
    from app.engine.models import ProcessInstance
    with app.app_context():
        return [tuple(row) for row in db.session.execute(  # type: ignore[misc]
            select(ProcessInstance.id, ProcessInstance.process_id, ProcessInstance.error_message).where(
                ProcessInstance.order_id.in_(order_ids), ProcessInstance.status == "error")).all()]


class Fulfilment:
    """Works the human tasks of ``order_ids`` as they appear, until every order is ``completed``.

    Several people (threads, each with its own client) poll their inboxes and complete the tasks of
    these orders. A 409 (the task's instance was stepped by a worker at the same moment, or the
    task is already done) is counted and the task is tried again on the next round if still open.
    """

    def __init__(self, app: Flask, order_ids: list[int]) -> None:
        self.app = app
        self.order_ids = list(order_ids)
        self.wanted = set(order_ids)
        self.completed: Counter[str] = Counter()   # task name -> completions answered 200
        self.conflicts = 0
        self.errors: list[BaseException] = []
        self._count = threading.Lock()
        self._local = threading.local()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _api(self) -> Api:
        if not hasattr(self._local, "api"):
            self._local.api = Api(self.app.test_client())
        return self._local.api

    def open_tasks(self, user: str) -> list[dict[str, Any]]:
        """Every open task in ``user``'s inbox (following the keyset pagination)."""
        items: list[dict[str, Any]] = []
        after = 0
        while True:
            response = self._api().get(f"/api/v1/tasks?limit=500&after={after}", user=user)
            assert response.status_code == 200, response.json
            items += response.json
            after_header = response.headers.get("X-Next-After")
            if not after_header:
                return items
            after = int(after_header)

    def _complete(self, task: dict[str, Any]) -> None:
        user, data = STEPS[task["name"]]
        response = self._api().post(f"/api/v1/tasks/{task['id']}/complete", user=user, json={"data": data})
        assert response.status_code in (200, 409), (task, response.status_code, response.json)
        with self._count:
            if response.status_code == 409:
                self.conflicts += 1
            else:
                self.completed[task["name"]] += 1

    def work_once(self, pool: ThreadPoolExecutor) -> int:
        """One round: every user's open tasks of these orders, completed in parallel; how many were tried."""
        todo = [t for user in USERS for t in self.open_tasks(user)
                if t["order_id"] in self.wanted and STEPS.get(t["name"], ("", {}))[0] == user]
        for _ in pool.map(self._complete, todo):
            pass
        return len(todo)

    def remaining(self) -> dict[int, str]:
        """Orders not yet completed, with their state; fails at once on an order or plan that went wrong."""
        states = order_states(self.app, self.order_ids)
        stuck = {o: s for o, s in states.items() if s in STUCK}
        assert not stuck, f"orders that cannot complete: {stuck}"
        errors = instances_in_error(self.app, self.order_ids)
        assert not errors, f"instances in error: {errors}"
        return {o: s for o, s in states.items() if s != "completed"}

    def run(self, timeout: float) -> None:
        """Work tasks until every order is completed (or ``timeout`` s pass, or ``stop`` is called)."""
        deadline = time.monotonic() + timeout
        with ThreadPoolExecutor(max_workers=4) as pool:
            while not self._stop.is_set():
                tried = self.work_once(pool)
                left = self.remaining()
                if not left:
                    return
                if time.monotonic() > deadline:
                    raise AssertionError(f"timed out after {timeout} s: {len(left)} orders not completed; "
                                         f"tasks done {dict(self.completed)}; {diagnose(self.app, list(left))}")
                if not tried:
                    time.sleep(0.2)

    def start(self, timeout: float) -> None:
        """Run in a background thread (see ``join``)."""
        def run() -> None:
            try:
                self.run(timeout)
            except BaseException as exc:  # noqa: BLE001 (raised again by join)
                self.errors.append(exc)
        self._thread = threading.Thread(target=run, name="fulfilment", daemon=True)
        self._thread.start()

    def join(self) -> None:
        assert self._thread is not None
        self._thread.join()
        if self.errors:
            raise self.errors[0]

    def stop(self) -> None:
        self._stop.set()

    def describe(self) -> str:
        """What the people have done so far and where the orders are (for a test's failure message)."""
        running = self._thread is not None and self._thread.is_alive()
        states = Counter(order_states(self.app, self.order_ids).values())
        return (f"{'still working' if running else 'stopped'}, tasks done {dict(self.completed)}, "
                f"{self.conflicts} conflicts, orders {dict(states)}")


def diagnose(app: Flask, order_ids: list[int]) -> str:
    """Where unfinished orders are: their domain orders' and calls' states, open work items, and the
    orders whose domain orders all completed while the order process still waits for them (nothing
    is left to wake it: its wake-up was lost)."""
    from app.engine.models import ProcessInstance
    from app.engine.models import ServiceCall
    from app.inbox.models import WorkItem
    from app.orchestration.models import DomainOrder
    from app.orders.models import ProductOrder
    with app.app_context():
        s = db.session
        domain_rows = s.execute(select(DomainOrder.order_id, DomainOrder.spec_name, DomainOrder.state).where(
            DomainOrder.order_id.in_(order_ids))).all()
        calls = Counter(f"{connector}:{status}" for connector, status in s.execute(
            select(ServiceCall.connector, ServiceCall.status).join(
                ProcessInstance, ProcessInstance.id == ServiceCall.instance_id).where(
                ProcessInstance.order_id.in_(order_ids))).all())
        items = Counter(s.scalars(select(WorkItem.title).join(
            ProcessInstance, ProcessInstance.id == WorkItem.instance_id).where(
            ProcessInstance.order_id.in_(order_ids), WorkItem.status == "open")).all())
        awaiting = set(s.scalars(select(ProductOrder.id).join(
            ServiceCall, ServiceCall.instance_id == ProductOrder.instance_id).where(
            ProductOrder.id.in_(order_ids), ServiceCall.connector == "ordra/await_fulfilment",
            ServiceCall.status == "waiting")).all())
    domains = Counter(f"{spec}:{state}" for _, spec, state in domain_rows)
    unfinished = {order for order, _, state in domain_rows if state != "completed"}
    lost = sorted(o for o in awaiting if o not in unfinished and any(row[0] == o for row in domain_rows))
    return (f"orders with every domain order completed, still awaiting fulfilment: {lost}; "
            f"domain orders {dict(domains)}; service calls {dict(calls)}; open work items {dict(items)}")


def assert_orders_completed_over_the_api(app: Flask, order_ids: list[int]) -> None:
    api = Api(app.test_client())
    responses = {o: api.get(f"/api/v1/orders/{o}", user="agent") for o in order_ids}
    assert {o: r.status_code for o, r in responses.items()} == {o: 200 for o in order_ids}
    states = {o: r.json["state"] for o, r in responses.items()}
    assert states == {o: "completed" for o in order_ids}, states


def _per(rows: Any) -> dict[Any, int]:
    return {key: n for key, n in rows}


def assert_each_order_fulfilled_exactly_once(app: Flask, order_ids: list[int]) -> None:
    """Count rows per order: 15 domain orders, 4 inventory products, each plan and connector call once."""
    from app.connectors.models import DemoLedgerEntry
    from app.engine.models import InstanceEvent
    from app.engine.models import ProcessInstance
    from app.engine.models import ServiceCall
    from app.orchestration.models import DomainOrder
    from app.orders.models import InventoryProduct
    from app.orders.models import ProductOrder

    expected = {o: DOMAIN_ORDERS_PER_ORDER for o in order_ids}
    with app.app_context():
        s = db.session
        domains = _per(s.execute(select(DomainOrder.order_id, func.count()).group_by(DomainOrder.order_id)))
        domain_states = _per(s.execute(select(DomainOrder.state, func.count()).where(
            DomainOrder.order_id.in_(order_ids)).group_by(DomainOrder.state)))
        products = _per(s.execute(select(InventoryProduct.order_id, func.count()).group_by(InventoryProduct.order_id)))
        duplicate_items = s.execute(select(InventoryProduct.order_id, InventoryProduct.item_seq, func.count())
                                    .group_by(InventoryProduct.order_id, InventoryProduct.item_seq)
                                    .having(func.count() > 1)).all()
        # Each domain order ran one plan instance of its own, which completed once.
        plan_ids = dict(s.execute(select(DomainOrder.id, DomainOrder.instance_id).where(
            DomainOrder.order_id.in_(order_ids))).all())
        plan_status = dict(s.execute(select(ProcessInstance.id, ProcessInstance.status).where(
            ProcessInstance.id.in_([i for i in plan_ids.values() if i is not None]))).all())
        plan_completions = _per(s.execute(select(InstanceEvent.instance_id, func.count()).where(
            InstanceEvent.kind == "completed", InstanceEvent.instance_id.in_(
                [i for i in plan_ids.values() if i is not None])).group_by(InstanceEvent.instance_id)))
        plans_per_order = _per(s.execute(select(ProcessInstance.order_id, func.count()).where(
            ProcessInstance.order_id.in_(order_ids), ProcessInstance.id.in_(
                select(DomainOrder.instance_id))).group_by(ProcessInstance.order_id)))
        # Every connector task of every instance of these orders: one call, done once.
        calls = s.execute(select(ServiceCall.instance_id, ServiceCall.task_id, ServiceCall.status,
                                 ServiceCall.idempotency_key, ServiceCall.connector)
                          .join(ProcessInstance, ProcessInstance.id == ServiceCall.instance_id)
                          .where(ProcessInstance.order_id.in_(order_ids))).all()
        call_orders = dict(s.execute(select(ServiceCall.idempotency_key, ProcessInstance.order_id)
                                     .join(ProcessInstance, ProcessInstance.id == ServiceCall.instance_id)
                                     .where(ProcessInstance.order_id.in_(order_ids))).all())
        ledger = s.execute(select(DemoLedgerEntry.idempotency_key, DemoLedgerEntry.connector)).all()
        order_instances = dict(s.execute(select(ProductOrder.id, ProductOrder.instance_id).where(
            ProductOrder.id.in_(order_ids))).all())
        order_process_done = _per(s.execute(select(InstanceEvent.instance_id, func.count()).where(
            InstanceEvent.kind == "completed", InstanceEvent.instance_id.in_(list(order_instances.values())))
            .group_by(InstanceEvent.instance_id)))

    assert {o: domains.get(o, 0) for o in order_ids} == expected
    assert domain_states == {"completed": DOMAIN_ORDERS_PER_ORDER * len(order_ids)}, domain_states
    assert {o: products.get(o, 0) for o in order_ids} == {o: PRODUCTS_PER_ORDER for o in order_ids}
    assert duplicate_items == []
    plans = {d: i for d, i in plan_ids.items() if i is not None}
    assert plans.keys() == plan_ids.keys(), "a domain order never started its plan"
    assert len(set(plans.values())) == len(plans), "two domain orders share a plan instance"
    assert {d: plan_status.get(i) for d, i in plans.items()} == {d: "completed" for d in plans}
    assert {d: plan_completions.get(i, 0) for d, i in plans.items()} == {d: 1 for d in plans}
    assert {o: plans_per_order.get(o, 0) for o in order_ids} == expected, "a domain order's plan ran twice"
    assert {o: order_process_done.get(i, 0) for o, i in order_instances.items()} == {o: 1 for o in order_ids}

    per_task = Counter((c.instance_id, c.task_id) for c in calls)
    done_per_task = Counter((c.instance_id, c.task_id) for c in calls if c.status == "done")
    assert calls, "no connector calls were made"
    assert {k: done_per_task.get(k, 0) for k in per_task} == {k: 1 for k in per_task}, "a task not done exactly once"
    assert {c.status for c in calls} == {"done"}, Counter(c.status for c in calls)
    calls_per_order = Counter(call_orders.values())
    assert len(set(calls_per_order.values())) == 1 and set(calls_per_order) == set(order_ids), calls_per_order

    # The demo systems (every connector but Ordra's own steps) served each call's key once, and
    # served no key that no call of these orders holds.
    keys = Counter(key for key, _ in ledger)
    assert [k for k, n in keys.items() if n > 1] == []
    external = {c.idempotency_key: c.connector for c in calls if not c.connector.startswith("ordra/")}
    assert external, "no demo connector was called"
    assert dict(ledger) == external
    ledger_per_order = Counter(call_orders[key] for key in keys)
    assert set(ledger_per_order) == set(order_ids)
    assert len(set(ledger_per_order.values())) == 1, ledger_per_order  # the same bundle: the same calls
