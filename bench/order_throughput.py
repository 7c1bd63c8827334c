"""Orders completed per second for the fibre bundle (fibre 500 + static IP + router + installation).

Every human step (approval, site survey, ONT installation) is completed over the API by this script,
with the Flask test client, on the embedded default (SQLite file, in-process job thread). Each
order is driven to ``completed``: place → approve → survey → install → wait for close.

    python bench/order_throughput.py [--orders 20] [--inline]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_app  # noqa: E402
from bench.common import percentiles  # noqa: E402
from bench.common import run_fibre_order  # noqa: E402
from bench.common import seeded_bundle_parties  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20)
    parser.add_argument("--inline", action="store_true", help="run jobs inline instead of on the job thread")
    args = parser.parse_args()
    config = {"JOB_BACKEND": "inline"} if args.inline else {}
    with bench_app(**config) as app:
        offerings, account_id = seeded_bundle_parties(app)
        client = app.test_client()
        run_fibre_order(client, offerings, account_id, 0)  # warm-up: caches, first deployment compile
        samples: list[float] = []
        started = time.perf_counter()
        for n in range(1, args.orders + 1):
            t0 = time.perf_counter()
            run_fibre_order(client, offerings, account_id, n)
            samples.append((time.perf_counter() - t0) * 1000)
        elapsed = time.perf_counter() - started
    backend = "inline jobs" if args.inline else "in-process job thread"
    print(f"fibre bundle (4 lines, 15 domain orders, 3 human tasks), SQLite, {backend}")
    print(f"{args.orders} orders completed in {elapsed:.2f} s: {args.orders / elapsed:.2f} orders/s")
    print(f"per order, capture to completed: {percentiles(samples)}")


if __name__ == "__main__":
    main()
