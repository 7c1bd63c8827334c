"""How late timers fire: instances of a one-second timer on the embedded default, fired by Ordra's clock.

Each instance waits one second at a timer; the clock (a thread ticking every ``SCHEDULER_INTERVAL_SECONDS``,
as under ``ordra demo``) finds it due on its next tick and the job thread runs the instance to its end.
Lateness is the instance's completion minus its timer's due time, so it includes the wait for the tick
(up to one interval), the job and the step. The instances are started spread over two intervals, so the
ticks meet them at every phase.

    python bench/timers.py [--instances 40] [--interval 1.0]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script: the repository's packages

from bench.common import REPO  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import deploy  # noqa: E402
from bench.common import headers  # noqa: E402
from bench.common import wait_for  # noqa: E402

WAIT_A_SECOND = REPO / "tests" / "data" / "models" / "wait_a_second.bpmn"  # start → 1 s timer → script → end


def lateness(instances: int, interval: float) -> list[float]:
    """Seconds each instance's timer fired late, measured from the stored times."""
    from sqlalchemy import select

    from app.engine.models import ProcessInstance
    from app.extensions import db
    from app.jobs.scheduler import start_scheduler

    with bench_app(SCHEDULER_INTERVAL_SECONDS=interval, JOB_BACKEND="thread") as app:
        client = app.test_client()
        deploy(client, [WAIT_A_SECOND])
        start_scheduler(app)
        ids = []
        for _ in range(instances):
            answer = client.post("/api/v1/processes/wait_a_second/instances", headers=headers("agent"),
                                 json={"data": {}})
            assert answer.status_code == 201, answer.json
            ids.append(answer.json["id"])
            time.sleep(2 * interval / instances)

        def finished() -> list[ProcessInstance]:
            with app.app_context():
                rows = list(db.session.scalars(select(ProcessInstance).where(ProcessInstance.id.in_(ids))))
                return rows if all(row.status == "completed" for row in rows) else []
        rows = wait_for(finished, timeout=30 + 3 * interval)
        return [(row.completed_at - row.created_at).total_seconds() - 1.0 for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=40)
    parser.add_argument("--interval", type=float, default=1.0, help="SCHEDULER_INTERVAL_SECONDS (default 1.0)")
    args = parser.parse_args()
    late = sorted(lateness(args.instances, args.interval))
    p95 = late[max(0, int(len(late) * 0.95) - 1)]
    print(f"{args.instances} one-second timers, clock every {args.interval:g} s, embedded default (SQLite, job thread)")
    print(f"  fired late by (s): p50 {statistics.median(late):.2f}, p95 {p95:.2f}, max {late[-1]:.2f}, "
          f"min {late[0]:.2f}")
    print(f"  p50 / interval: {statistics.median(late) / args.interval:.2f} (a tick at a random phase: about 0.5)")


if __name__ == "__main__":
    main()
