"""Inbox and completion latency at volume: N orders (process instances) and 3·N tasks in PostgreSQL.

Creates a throw-away database on the server of DATABASE_URL (default the local test server), fills it
with real instances cloned in bulk from one genuine waiting instance, then measures p50/p95 of
``GET /api/v1/tasks`` (one role's inbox, first page) and of completing a task over the API.

    python bench/inbox_latency.py [N]          # N defaults to 100000
"""
from __future__ import annotations

import os
import sys
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from sqlalchemy import insert  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy import text  # noqa: E402

from bench.common import CHANGE_REQUEST  # noqa: E402
from bench.common import DETAILS  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import deploy  # noqa: E402
from bench.common import headers  # noqa: E402
from bench.common import percentiles  # noqa: E402
from bench.common import scratch_database  # noqa: E402

SERVER = os.environ.get("DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ROLES = ("fulfillment_agent", "order_approver", "order_agent")
BATCH = 5000


def fill(app, count: int) -> None:  # type: ignore[no-untyped-def]
    """Clone one real waiting instance ``count`` times, with three work items each (one open)."""
    from app.engine.models import ProcessInstance
    from app.extensions import db
    from app.inbox.models import WorkItem

    with app.app_context():
        model = db.session.scalars(select(ProcessInstance)).first()
        item = db.session.scalars(select(WorkItem)).first()
        instance_row = {c: getattr(model, c) for c in ("process_version_id", "process_id", "status", "state",
                                                          "data", "created_at", "updated_at")}
        for start in range(0, count, BATCH):
            n = min(BATCH, count - start)
            ids = db.session.execute(insert(ProcessInstance).returning(ProcessInstance.id),
                                     [instance_row] * n).scalars().all()
            items = []
            for offset, instance_id in enumerate(ids):
                for k, role in enumerate(ROLES):
                    items.append({"instance_id": instance_id, "task_id": str(uuid.uuid4()), "bpmn_id": item.bpmn_id,
                                  "title": item.title, "role": role, "form": item.form, "task_data": item.task_data,
                                  "status": "open" if k == (start + offset) % 3 else "completed",
                                  "created_at": item.created_at, "instructions": ""})
            db.session.execute(insert(WorkItem), items)
            db.session.commit()
        db.session.execute(text("ANALYZE"))
        db.session.commit()


def measure(app, samples: int) -> None:  # type: ignore[no-untyped-def]
    client = app.test_client()
    inbox = []
    for _ in range(samples):
        started = time.perf_counter()
        response = client.get("/api/v1/tasks?limit=50", headers=headers("fulfiller"))
        inbox.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200 and len(response.json) == 50
    real = []
    for _ in range(samples):
        instance = client.post("/api/v1/processes/change_request/instances", headers=headers("agent"),
                               json={"data": {"customer": "Acme"}}).json
        real.append(next(t["id"] for t in instance["tasks"] if t["status"] == "open"))
    complete = []
    for task_id in real:
        started = time.perf_counter()
        response = client.post(f"/api/v1/tasks/{task_id}/complete", headers=headers("fulfiller"),
                               json={"data": DETAILS})
        complete.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.json
    print(f"  GET /api/v1/tasks (fulfillment agent, 50 per page): {percentiles(inbox)}")
    print(f"  POST /api/v1/tasks/<id>/complete                  : {percentiles(complete)}")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with scratch_database(SERVER) as url:
        with bench_app(url, JOB_BACKEND="inline") as app:
            client = app.test_client()
            deploy(client, CHANGE_REQUEST)
            client.post("/api/v1/processes/change_request/instances", headers=headers("agent"),
                        json={"data": {"customer": "Acme"}})
            started = time.perf_counter()
            fill(app, count)
            print(f"{count} orders and {3 * count} tasks loaded into PostgreSQL in "
                  f"{time.perf_counter() - started:.0f} s")
            measure(app, 200)
