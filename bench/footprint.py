"""Footprint: stored bytes per completed W1 instance and per in-flight order, and memory over many orders.

1. Runs ``--w1`` instances of W1 (bench/models/bench_w1.bpmn, ten script tasks) through the API and
   prints the bytes stored per completed instance: its row (saved workflow, data, error text) and
   its history rows, as the database holds them (``length`` of each stored column, plus 64 bytes
   per history row for its fixed columns).
2. Runs ``--orders`` change-request orders (default 10000; 0 skips) through the API in this process
   (the embedded default, jobs in-process), leaving every tenth waiting at its first human task,
   and prints the resident set size as it goes (it must stay flat) and the stored bytes per
   in-flight order.

    python bench/footprint.py [--w1 1000] [--orders 10000] [--baseline main]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from sqlalchemy import func  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.common import CHANGE_REQUEST  # noqa: E402
from bench.common import DETAILS  # noqa: E402
from bench.common import add_baseline_arguments  # noqa: E402
from bench.common import baseline_figures  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import deploy  # noqa: E402
from bench.common import headers  # noqa: E402


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def stored_bytes_per_waiting_order(app) -> float:  # type: ignore[no-untyped-def]
    from app.engine.models import InstanceEvent
    from app.engine.models import ProcessInstance
    from app.extensions import db
    from app.inbox.models import WorkItem

    with app.app_context():
        waiting = select(ProcessInstance.id).where(ProcessInstance.status == "waiting")
        n = db.session.scalar(select(func.count()).select_from(waiting.subquery())) or 1
        state = db.session.scalar(select(func.sum(func.length(ProcessInstance.state) +
                                                  func.length(func.json(ProcessInstance.data))))
                                  .where(ProcessInstance.id.in_(waiting))) or 0
        items = db.session.scalar(select(func.sum(func.length(func.json(WorkItem.form)) +
                                                  func.length(func.json(WorkItem.task_data))))
                                  .where(WorkItem.instance_id.in_(waiting))) or 0
        events = db.session.scalar(select(func.sum(func.length(func.json(InstanceEvent.detail)) + 64))
                                   .where(InstanceEvent.instance_id.in_(waiting))) or 0
    return (state + items + events) / n


def stored_bytes_per_completed_instance(app, process_id: str) -> float:  # type: ignore[no-untyped-def]
    from app.engine.models import InstanceEvent
    from app.engine.models import ProcessInstance
    from app.extensions import db

    with app.app_context():
        done = select(ProcessInstance.id).where(ProcessInstance.process_id == process_id,
                                                ProcessInstance.status == "completed")
        n = db.session.scalar(select(func.count()).select_from(done.subquery())) or 1
        row = db.session.scalar(select(func.sum(func.coalesce(func.length(ProcessInstance.state), 0) +
                                                func.length(func.json(ProcessInstance.data)) +
                                                func.length(ProcessInstance.error_message)))
                                .where(ProcessInstance.id.in_(done))) or 0
        events = db.session.scalar(select(func.sum(func.length(func.json(InstanceEvent.detail)) +
                                                   func.length(InstanceEvent.message) + 64))
                                   .where(InstanceEvent.instance_id.in_(done))) or 0
    return (row + events) / n


def w1_footprint(count: int) -> float:
    from bench.common import deploy as deploy_files
    with bench_app(None, JOB_BACKEND="inline") as app:
        client = app.test_client()
        deploy_files(client, [Path(__file__).resolve().parent / "models" / "bench_w1.bpmn"])
        for _ in range(count):
            body = client.post("/api/v1/processes/bench_w1/instances", headers=headers("agent"),
                               json={"data": {"count": 0}}).json
            assert body["status"] == "completed", body
        return stored_bytes_per_completed_instance(app, "bench_w1")


def in_flight_footprint(count: int) -> None:
    with bench_app(None, JOB_BACKEND="inline") as app:
        client = app.test_client()
        deploy(client, CHANGE_REQUEST)
        print(f"RSS at start: {rss_mib():.1f} MiB")
        for n in range(1, count + 1):
            instance = client.post("/api/v1/processes/change_request/instances", headers=headers("agent"),
                                   json={"data": {"customer": "Acme"}}).json
            if n % 10:
                task = next(t for t in instance["tasks"] if t["status"] == "open")
                client.post(f"/api/v1/tasks/{task['id']}/complete", headers=headers("fulfiller"),
                            json={"data": {**DETAILS, "bandwidth": 100, "cabling_needed": False}})
            if n % max(1, count // 5) == 0:
                print(f"RSS after {n:>6} orders: {rss_mib():.1f} MiB")
        print(f"stored per in-flight order (state, data, work item, history): "
              f"{stored_bytes_per_waiting_order(app):,.0f} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--w1", type=int, default=1000, help="W1 instances run to completion")
    parser.add_argument("--orders", type=int, default=10_000, help="change-request orders (0: skip)")
    add_baseline_arguments(parser)
    args = parser.parse_args()
    before: dict[str, Any] | None = None
    if args.baseline:
        before = baseline_figures(args.baseline, Path(__file__), ["--w1", str(args.w1), "--orders", "0"])
    w1 = w1_footprint(args.w1)
    if args.json:
        print(json.dumps({"w1_bytes": w1}))
        return
    line = f"stored per completed W1 instance ({args.w1} instances): {w1:,.0f} bytes"
    if before is not None:
        old = before["w1_bytes"]
        line += f"; before ({args.baseline}): {old:,.0f} bytes; after/before {w1 / old:.2f}x"
    print(line)
    if args.orders:
        in_flight_footprint(args.orders)


if __name__ == "__main__":
    main()
