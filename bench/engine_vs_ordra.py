"""Orders per second through Ordra next to the same BPMN/DMN run by SpiffWorkflow alone in memory.

Workload: the shipped change-request process (two lanes, a form each, a script, a DMN table, a
gateway); the human tasks are completed by this script (over the HTTP API for Ordra). Usage:

    python bench/engine_vs_ordra.py [N]                       # embedded default (SQLite, in-process)
    DATABASE_URL=postgresql+psycopg://... python bench/engine_vs_ordra.py [N]
"""
from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench.common import CHANGE_REQUEST  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import deploy  # noqa: E402
from bench.common import headers  # noqa: E402

DETAILS = {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": True}


def in_memory(count: int) -> float:
    """SpiffWorkflow alone: parse once, then create and drive each instance in memory (no storage)."""
    from app import rules
    from app.engine import runtime
    from app.engine.parsing import BpmnSource
    from app.engine.parsing import parse_processes
    from app.xmlsafe import parse_xml

    source = BpmnSource("change_request.bpmn", parse_xml(CHANGE_REQUEST[0].read_bytes(), "change_request.bpmn"))
    info = parse_processes([source]).processes[0]
    model = rules.compile_dmn(CHANGE_REQUEST[1].read_bytes(), "approval_level.dmn")

    def decide(decision_id: str, facts: dict) -> tuple[dict, dict]:
        result = model.evaluate(decision_id, facts).require()
        return rules.to_jsonable(result.as_dict()), result.explain()

    started = time.perf_counter()
    for _ in range(count):
        workflow = runtime.new_workflow(1, "spiff", info.spec_json, {"customer": "Acme"},
                                        runtime.OrdraScriptEngine(decide, 2.0))
        runtime.run_to_wait(workflow)
        for data in (DETAILS, {"decision": "approve"}):
            task = runtime.outcome(workflow).user_tasks[0]
            runtime.complete_user_task(workflow, task.task_id, data)
        assert workflow.completed
    return count / (time.perf_counter() - started)


def through_ordra(count: int) -> float:
    with bench_app(os.environ.get("DATABASE_URL"), JOB_BACKEND="inline") as app:
        client = app.test_client()
        deploy(client, CHANGE_REQUEST)
        started = time.perf_counter()
        for _ in range(count):
            instance = client.post("/api/v1/processes/change_request/instances", headers=headers("agent"),
                                   json={"data": {"customer": "Acme"}}).json
            for user, data in (("fulfiller", DETAILS), ("approver", {"decision": "approve"})):
                task = client.get("/api/v1/tasks?limit=1", headers=headers(user)).json[0]
                response = client.post(f"/api/v1/tasks/{task['id']}/complete", headers=headers(user),
                                       json={"data": data})
                assert response.status_code == 200, response.json
            assert client.get(f"/api/v1/instances/{instance['id']}", headers=headers("agent")).json["status"] == \
                "completed"
        return count / (time.perf_counter() - started)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    ceiling = in_memory(n)
    ordra = through_ordra(n)
    where = "PostgreSQL" if os.environ.get("DATABASE_URL") else "embedded SQLite"
    print(f"change-request orders, {n} each, human tasks completed by this script")
    print(f"  SpiffWorkflow alone, in memory : {ceiling:8.1f} orders/s")
    print(f"  Ordra ({where}, HTTP API)      : {ordra:8.1f} orders/s  ({100 * ordra / ceiling:.0f}% of the ceiling)")
