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
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bench_app  # noqa: E402
from bench.common import headers  # noqa: E402
from bench.common import percentiles  # noqa: E402

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


def wait_for(check: Callable[[], Any], timeout: float = 60.0) -> Any:
    """Poll ``check`` until it returns something truthy (background jobs finish on their own thread)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.005)
    raise TimeoutError("the order did not get there in time")


def bundle(offerings: dict[str, int], account_id: int, n: int) -> dict[str, Any]:
    def line(seq: int, name: str, **chars: Any) -> dict[str, Any]:
        return {"id": str(seq), "action": "add", "quantity": 1, "productOffering": {"id": str(offerings[name])},
                "product": {"productCharacteristic": [{"name": k, "value": v} for k, v in chars.items()]}}
    return {"externalId": f"BENCH-{n}", "relatedParty": [{"id": str(account_id), "role": "Customer"}],
            "productOrderItem": [line(1, "Business Fibre Internet", bandwidth=500, site_postcode="SW1A 1AA"),
                                 line(2, "Static IP Block"), line(3, "Managed Router"),
                                 line(4, "Installation")]}


def complete_task(client: Any, order_id: int, name: str, user: str, data: dict[str, Any]) -> None:
    def ready() -> Any:
        items = client.get("/api/v1/tasks", headers=headers(user)).json
        return next((t for t in items if t["order_id"] == order_id and t["name"] == name), None)
    task = wait_for(ready)
    response = client.post(f"/api/v1/tasks/{task['id']}/complete", headers=headers(user), json={"data": data})
    assert response.status_code == 200, response.json


def run_order(client: Any, offerings: dict[str, int], account_id: int, n: int) -> None:
    placed = client.post(ORDERS, headers=headers("agent"), json=bundle(offerings, account_id, n))
    assert placed.status_code == 201, placed.json
    order_id = int(placed.json["id"])
    complete_task(client, order_id, "Approve order", "approver", {"approval_decision": "approve"})
    complete_task(client, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    complete_task(client, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT1234567"})
    wait_for(lambda: client.get(f"/api/v1/orders/{order_id}", headers=headers("agent")).json["state"] == "completed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20)
    parser.add_argument("--inline", action="store_true", help="run jobs inline instead of on the job thread")
    args = parser.parse_args()
    config = {"JOB_BACKEND": "inline"} if args.inline else {}
    with bench_app(**config) as app:
        from app.catalog import service as catalog
        from app.database import unit_of_work
        from app.orders.service import list_accounts
        from app.studio.seed import seed_all
        with app.app_context():
            with unit_of_work():
                list(seed_all())
            offerings = {o.name: o.id for o in catalog.list_offerings()}
            account_id = next(a.id for a in list_accounts() if a.name == "Bravo plc")
        client = app.test_client()
        run_order(client, offerings, account_id, 0)  # warm-up: caches, first deployment compile
        samples: list[float] = []
        started = time.perf_counter()
        for n in range(1, args.orders + 1):
            t0 = time.perf_counter()
            run_order(client, offerings, account_id, n)
            samples.append((time.perf_counter() - t0) * 1000)
        elapsed = time.perf_counter() - started
    backend = "inline jobs" if args.inline else "in-process job thread"
    print(f"fibre bundle (4 lines, 15 domain orders, 3 human tasks), SQLite, {backend}")
    print(f"{args.orders} orders completed in {elapsed:.2f} s: {args.orders / elapsed:.2f} orders/s")
    print(f"per order, capture to completed: {percentiles(samples)}")


if __name__ == "__main__":
    main()
