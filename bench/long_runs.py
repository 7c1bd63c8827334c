"""Long loops and big multi-instance tasks through the HTTP API: the request's answer time, the time until the
background jobs complete the instance, how many jobs that took, /healthz meanwhile, and the peak memory.

    python bench/long_runs.py [--rounds 5000] [--items 10000]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script: the repository's packages

from bench.common import REPO  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import deploy  # noqa: E402
from bench.common import headers  # noqa: E402

MODELS = REPO / "tests" / "data" / "models"


def run(client: Any, process_id: str, data: dict[str, Any]) -> str:
    started = time.perf_counter()
    answer = client.post(f"/api/v1/processes/{process_id}/instances", headers=headers("admin"), json={"data": data})
    answered = time.perf_counter() - started
    assert answer.status_code == 201, answer.json
    health: list[float] = []
    while True:
        probe = time.perf_counter()
        assert client.get("/healthz").status_code == 200
        health.append(time.perf_counter() - probe)
        instance = client.get(f"/api/v1/instances/{answer.json['id']}", headers=headers("admin")).json
        if instance["status"] != "running":
            break
        time.sleep(0.05)
    done = time.perf_counter() - started
    jobs = sum(1 for event in instance["events"] if event["kind"] == "continued")
    return (f"{process_id}: answered in {answered * 1000:.0f} ms ({answer.json['status']}), {instance['status']} "
            f"after {done:.2f} s in {jobs} background jobs; /healthz max {max(health) * 1000:.0f} ms "
            f"over {len(health)} probes")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5000)
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    with bench_app(JOB_BACKEND="thread") as app:
        client = app.test_client()
        deploy(client, [MODELS / "loop.bpmn", MODELS / "many_items.bpmn"])
        print(run(client, "loop", {"i": 0, "n": args.rounds}))
        print(run(client, "many_items", {"items": list(range(args.items))}))
    print(f"peak resident memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
