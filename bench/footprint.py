"""Footprint: stored bytes per in-flight order, and the process's memory over many orders.

Runs N change-request orders (default 10000) through the API in this process (the embedded default,
jobs in-process), leaving every tenth waiting at its first human task, and prints the resident set
size as it goes (it must stay flat) and the stored bytes per in-flight order.

    python bench/footprint.py [N]
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from sqlalchemy import func  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.common import CHANGE_REQUEST  # noqa: E402
from bench.common import DETAILS  # noqa: E402
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


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
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
            if n % (count // 5) == 0:
                print(f"RSS after {n:>6} orders: {rss_mib():.1f} MiB")
        print(f"stored per in-flight order (state, data, work item, history): "
              f"{stored_bytes_per_waiting_order(app):,.0f} bytes")
