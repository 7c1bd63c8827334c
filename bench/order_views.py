"""Server time of the order's orchestration views for an order with 50+ domain orders.

An order of 14 lines (3 × the fibre bundle's four lines, plus two more fibre lines) is approved and
decomposed into 57 domain orders; 5 fibre bundles are first run to completion, so the forecasts read
a duration history. Then, with the Flask test client (no network: the time is the server's), it
measures ``GET /api/v1/orders/<id>/timeline``, the order page and its orchestration fragment
(graph and Gantt), and the instance diagram API.

    python bench/order_views.py [--requests 50]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ORDERS  # noqa: E402
from bench.common import bench_app  # noqa: E402
from bench.common import complete_task  # noqa: E402
from bench.common import headers  # noqa: E402
from bench.common import percentiles  # noqa: E402
from bench.common import run_fibre_order  # noqa: E402
from bench.common import seeded_bundle_parties  # noqa: E402

BUNDLE = ("Business Fibre Internet", "Static IP Block", "Managed Router", "Installation")


def big_order(offerings: dict[str, int], account_id: int) -> dict[str, Any]:
    names = [*BUNDLE * 3, "Business Fibre Internet", "Business Fibre Internet"]
    lines = []
    for seq, name in enumerate(names, start=1):
        chars = {"bandwidth": 500, "site_postcode": "SW1A 1AA"} if name == "Business Fibre Internet" else {}
        lines.append({"id": str(seq), "action": "add", "quantity": 1, "productOffering": {"id": str(offerings[name])},
                      "product": {"productCharacteristic": [{"name": k, "value": v} for k, v in chars.items()]}})
    return {"externalId": "BENCH-BIG", "relatedParty": [{"id": str(account_id), "role": "Customer"}],
            "productOrderItem": lines}


def timed(call: Any, count: int) -> list[float]:
    samples = []
    for _ in range(count):
        t0 = time.perf_counter()
        response = call()
        samples.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200, response.status_code
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    with bench_app(JOB_BACKEND="inline", WTF_CSRF_ENABLED=False) as app:  # the page client logs in by a bare post
        offerings, account_id = seeded_bundle_parties(app)
        client = app.test_client()
        for n in range(5):
            run_fibre_order(client, offerings, account_id, n)
        placed = client.post(ORDERS, headers=headers("agent"), json=big_order(offerings, account_id))
        assert placed.status_code == 201, placed.json
        order_id = int(placed.json["id"])
        complete_task(client, order_id, "Approve order", "approver", {"approval_decision": "approve"})
        order = client.get(f"/api/v1/orders/{order_id}", headers=headers("agent")).json
        domain_count = len(order["domain_orders"])
        instance_id = order["process"][0]["id"]
        page = app.test_client()
        page.post("/login", data={"username": "fmanager", "password": "demo"})
        api_timeline = timed(lambda: client.get(f"/api/v1/orders/{order_id}/timeline", headers=headers("fmanager")),
                             args.requests)
        order_page = timed(lambda: page.get(f"/workspace/orders/{order_id}"), args.requests)
        fragment = timed(lambda: page.get(f"/workspace/orders/{order_id}/orchestration"), args.requests)
        diagram = timed(lambda: client.get(f"/api/v1/instances/{instance_id}/diagram", headers=headers("fmanager")),
                        args.requests)
    print(f"order {order_id}: {len(order['items'])} lines, {domain_count} domain orders, SQLite (embedded default)")
    print(f"GET /api/v1/orders/<id>/timeline                  {percentiles(api_timeline)}")
    print(f"GET /workspace/orders/<id> (page)                 {percentiles(order_page)}")
    print(f"GET /workspace/orders/<id>/orchestration (SVGs)   {percentiles(fragment)}")
    print(f"GET /api/v1/instances/<id>/diagram (order process) {percentiles(diagram)}")


if __name__ == "__main__":
    main()
