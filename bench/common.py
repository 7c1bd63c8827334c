"""Helpers shared by the benchmark scripts: an app on a fresh database, demo users, API calls."""
from __future__ import annotations

import base64
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask

from app import create_app
from app.database import unit_of_work

REPO = Path(__file__).resolve().parent.parent
CHANGE_REQUEST = [REPO / "bpmn" / "change_request.bpmn", REPO / "dmn" / "approval_level.dmn",
                  REPO / "forms" / "technical_details.json", REPO / "forms" / "approval.json"]
# The change-request form the fulfilment agent fills in.
DETAILS = {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": True}


@contextmanager
def bench_app(database_url: str | None = None, **config: Any) -> Iterator[Flask]:
    """An app on ``database_url`` (default: a fresh SQLite file, the embedded default), migrated, with users."""
    from app.auth.service import seed_demo_users
    from app.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ORDRA_INSTANCE_PATH"] = tmp
        url = database_url or f"sqlite:///{tmp}/bench.db"
        app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench", "LOG_FORMAT": "plain",
                          "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000", "DEMO_CONNECTOR_LATENCY": 0.0,
                          "DEMO_CONNECTORS": True, "ALLOW_DEMO_USERS": True, **config})
        with app.app_context():
            upgrade()
            with unit_of_work():
                seed_demo_users()
        yield app


def headers(username: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{username}:demo".encode()).decode()}


def deploy(client: Any, paths: list[Path]) -> None:
    files = [(p.open("rb"), p.name) for p in paths]
    response = client.post("/api/v1/models", headers=headers("admin"), data={"files": files},
                           content_type="multipart/form-data")
    assert response.status_code == 201, response.json


def percentiles(samples_ms: list[float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if len(ordered) >= 20 else max(ordered)
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms (n={len(ordered)})"


ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"


def seeded_bundle_parties(app: Flask) -> tuple[dict[str, int], int]:
    """Seed the shipped models and catalog; return the offering ids by name and the Bravo plc account id."""
    from app.catalog import service as catalog
    from app.orders.service import list_accounts
    from app.seed import seed_all
    with app.app_context():
        with unit_of_work():
            list(seed_all())
        offerings = {o.name: o.id for o in catalog.list_offerings()}
        account_id = next(a.id for a in list_accounts() if a.name == "Bravo plc")
    return offerings, account_id


def wait_for(check: Callable[[], Any], timeout: float = 60.0) -> Any:
    """Poll ``check`` until it returns something truthy (background jobs finish on their own)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise TimeoutError("the order did not get there in time")


def fibre_bundle(offerings: dict[str, int], account_id: int, n: int) -> dict[str, Any]:
    """A TMF622 order for the demo fibre bundle: fibre 500 + static IP + managed router + installation."""
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


def run_fibre_order(client: Any, offerings: dict[str, int], account_id: int, n: int) -> None:
    """Place a fibre bundle order and drive it to ``completed``: approve → survey → install → close."""
    placed = client.post(ORDERS, headers=headers("agent"), json=fibre_bundle(offerings, account_id, n))
    assert placed.status_code == 201, placed.json
    order_id = int(placed.json["id"])
    complete_task(client, order_id, "Approve order", "approver", {"approval_decision": "approve"})
    complete_task(client, order_id, "Survey site", "fulfiller", {"survey_result": "ready"})
    complete_task(client, order_id, "Install ONT on site", "fulfiller", {"ont_serial": "ONT1234567"})
    wait_for(lambda: client.get(f"/api/v1/orders/{order_id}", headers=headers("agent")).json["state"] == "completed")
