"""Make the upgrade fixture of a release: fibre-bundle orders stopped at every wait state.

Run it with the release's code checked out (the fixture must hold what that release stored):

    python tests/data/upgrade/make_fixture.py sqlite:///$PWD/tests/data/upgrade/<release>.db  # an absolute path
    python tests/data/upgrade/make_fixture.py postgresql+psycopg://postgres@127.0.0.1:5432/ordra_fixture
    pg_dump --no-owner --no-privileges ordra_fixture > tests/data/upgrade/<release>.postgres.sql

The orders (external id → where it waits) are listed in ``WAITING``; tests/orders/test_upgrade_keeps_orders_in_flight.py
upgrades a copy with ``ordra db upgrade`` and runs every one of them to completion with today's code.
"""
from __future__ import annotations

import base64
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

ORDERS = "/tmf-api/productOrderingManagement/v4/productOrder"
# Answers the people of the fibre bundle give, by task name: (user, data).
ANSWERS: dict[str, tuple[str, dict[str, Any]]] = {
    "Enter technical details": ("fulfiller", {"serving_exchange": "LAB-1"}),
    "Approve order": ("approver", {"approval_decision": "approve"}),
    "Survey site": ("fulfiller", {"survey_result": "ready"}),
    "Install ONT on site": ("fulfiller", {"ont_serial": "ONT1234567"}),
}
# external id → (site postcode, the human tasks done before the fixture was taken)
WAITING: dict[str, tuple[str, tuple[str, ...]]] = {
    "UPG-APPROVAL": ("SW1A 1AA", ()),
    "UPG-SURVEY": ("SW1A 1AA", ("Approve order",)),
    "UPG-INSTALL": ("SW1A 1AA", ("Approve order", "Survey site")),
    "UPG-FALLOUT": ("ZZ1 1ZZ", ("Enter technical details", "Approve order", "Survey site")),  # a case open for people
    "UPG-TIMER": ("TT1 1TT", ("Enter technical details", "Approve order", "Survey site")),  # a retry due later
    "UPG-DONE": ("SW1A 1AA", ("Approve order", "Survey site", "Install ONT on site")),
}
# The timer: provisioning times out for TT postcodes; the fallout policy retries a TIMEOUT after PT30S.
TIMER_RULE = {"connector": "provisioning/activate", "error_code": "TIMEOUT", "message": "provisioning timed out",
              "rate": 1.0, "match_field": "site_postcode", "match_prefix": "TT"}


def headers(user: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:demo".encode()).decode()}


def bundle(offerings: dict[str, int], account_id: int, external_id: str, postcode: str) -> dict[str, Any]:
    def line(seq: int, name: str, **chars: Any) -> dict[str, Any]:
        return {"id": str(seq), "action": "add", "quantity": 1, "productOffering": {"id": str(offerings[name])},
                "product": {"productCharacteristic": [{"name": k, "value": v} for k, v in chars.items()]}}
    return {"externalId": external_id, "relatedParty": [{"id": str(account_id), "role": "Customer"}],
            "productOrderItem": [line(1, "Business Fibre Internet", bandwidth=500, site_postcode=postcode),
                                 line(2, "Static IP Block"), line(3, "Managed Router"), line(4, "Installation")]}


def complete(client: Any, order_id: int, name: str) -> None:
    user, data = ANSWERS[name]
    items = [t for t in client.get("/api/v1/tasks", headers=headers(user)).json
             if t["order_id"] == order_id and t["name"] == name]
    assert len(items) == 1, (order_id, name, client.get("/api/v1/tasks", headers=headers(user)).json)
    response = client.post(f"/api/v1/tasks/{items[0]['id']}/complete", headers=headers(user), json={"data": data})
    assert response.status_code == 200, response.json


def make(database_url: str) -> None:
    from app import create_app

    # the app first: building it imports every model, before a service module below builds its queries
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "fixture", "JOB_BACKEND": "inline",
                      "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000", "DEMO_CONNECTOR_LATENCY": 0.0,
                      "ALLOW_DEMO_USERS": True, "DEMO_CONNECTORS": True,
                      "DEFINITIONS_DIR": str(REPO), "LOG_FORMAT": "plain"})
    from app.catalog import service as catalog
    from app.connectors.models import SimulatorRule
    from app.database import unit_of_work
    from app.extensions import db
    from app.migrate import upgrade
    from app.orders.service import list_accounts
    from app.seed import seed_all

    with app.app_context():
        upgrade()
        with unit_of_work():
            list(seed_all())
            db.session.add(SimulatorRule(**TIMER_RULE))
        offerings = {o.name: o.id for o in catalog.list_offerings()}
        account_id = next(a.id for a in list_accounts() if a.name == "Bravo plc")
    client = app.test_client()
    for external_id, (postcode, done) in WAITING.items():
        placed = client.post(ORDERS, headers=headers("agent"), json=bundle(offerings, account_id, external_id,
                                                                            postcode))
        assert placed.status_code == 201, placed.json
        for name in done:
            complete(client, int(placed.json["id"]), name)
        state = client.get(f"/api/v1/orders/{placed.json['id']}", headers=headers("agent")).json["state"]
        print(f"{external_id}: order {placed.json['id']} {state}")
    with app.app_context():
        db.engine.dispose()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ORDRA_INSTANCE_PATH"] = tmp
        make(sys.argv[1])
