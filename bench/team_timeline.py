"""Server time of the team timeline with N open orders (default 500), each waiting at its approval.

Orders are placed over the TMF622 API on the embedded default (SQLite, inline jobs); then the page is
fetched with the Flask test client (no network: the time is the server's), unfiltered and filtered.

    python bench/team_timeline.py [--orders 500] [--requests 30]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ORDERS  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import fibre_bundle  # noqa: E402
from bench.common import headers  # noqa: E402
from bench.common import percentiles  # noqa: E402
from bench.common import seeded_bundle_parties  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=500)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    with bench_app(JOB_BACKEND="inline", WTF_CSRF_ENABLED=False) as app:
        offerings, account_id = seeded_bundle_parties(app)
        client = app.test_client()
        t0 = time.perf_counter()
        for n in range(args.orders):
            placed = client.post(ORDERS, headers=headers("agent"), json=fibre_bundle(offerings, account_id, n))
            assert placed.status_code == 201, placed.json
        placing = time.perf_counter() - t0
        page = app.test_client()
        page.post("/login", data={"username": "fmanager", "password": "demo"})
        results = {}
        for label, query in (("all open work", ""), ("role=order_approver", "?role=order_approver"),
                             ("jeopardy=late", "?jeopardy=late")):
            samples = []
            for _ in range(args.requests):
                t1 = time.perf_counter()
                response = page.get(f"/workspace/team-timeline{query}")
                samples.append((time.perf_counter() - t1) * 1000)
                assert response.status_code == 200
            results[label] = (percentiles(samples), response.get_data(as_text=True).count("data-work-item-id="))
    print(f"{args.orders} open orders placed in {placing:.1f} s (SQLite, inline jobs)")
    for label, (figures, bars) in results.items():
        print(f"GET /workspace/team-timeline ({label}, {bars} bars): {figures}")


if __name__ == "__main__":
    main()
