"""Demo connectors that behave like external systems: they take time, hand out identifiers,
remember every idempotency key they served, and refuse bad input with error codes.

Latency comes from ``DEMO_CONNECTOR_LATENCY`` (seconds; 0 in tests).
"""
from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from contextlib import contextmanager
from typing import Any

from flask import current_app
from sqlalchemy import Connection
from sqlalchemy import delete
from sqlalchemy import select
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects import sqlite

from app.connectors import Connector
from app.connectors import ConnectorError
from app.connectors import schema
from app.connectors.models import DemoLedgerEntry
from app.connectors.models import SimulatorRule
from app.database import utcnow
from app.extensions import db
from app.shared_cache import cached


@contextmanager
def _own_store() -> Iterator[Connection]:
    """The simulated systems keep their ledger as another system would: on a connection of their own whose
    every statement commits by itself, never in Ordra's transaction (Ordra calls them with none open, and
    calls several in a row before it records their answers together)."""
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        yield connection


def _served(name: str, params: Mapping[str, Any], key: str,
            compute: Callable[[Mapping[str, Any], str], dict[str, Any]]) -> dict[str, Any]:
    """Answer a repeated key from the ledger; otherwise do the work (slowly) and remember it.

    A new key costs one statement: its answer is worked out and stored at once, unless the key is there
    already, and taken back if the simulated failure strikes after the latency. A repeated key gets the
    stored answer, with neither latency nor failures; a refused input is refused after both, as before.
    """
    try:
        response = compute(params, key)
    except Exception as exc:  # refused: the stored answer if the key was served, else this refusal, in turn
        return _refused(name, params, key, exc)
    if not _remember(name, params, key, response):
        return _answer_of(key)
    try:
        _work(name, params)
    except BaseException:
        _forget(key)
        raise
    return response


def _refused(name: str, params: Mapping[str, Any], key: str, refusal: Exception) -> dict[str, Any]:
    served = _stored(key)
    if served is not None:
        return served
    _work(name, params)
    raise refusal


def _work(name: str, params: Mapping[str, Any]) -> None:
    """What a new request meets before its answer: the latency, then the simulator rules' failures."""
    latency = float(current_app.config["DEMO_CONNECTOR_LATENCY"] or 0.0)
    if latency > 0:  # sleep(0) still gives the processor away, for a millisecond under load
        time.sleep(latency)
    _simulate_failures(name, params)


def _remember(name: str, params: Mapping[str, Any], key: str, response: dict[str, Any]) -> bool:
    """Store the answer to ``key`` unless one is stored already; whether it was new."""
    ledger = DemoLedgerEntry.__table__
    with _own_store() as store:
        dialect = postgresql if store.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(ledger).values(
            idempotency_key=key, connector=name, request=dict(params), response=response, created_at=utcnow(),
        ).on_conflict_do_nothing(index_elements=[ledger.c.idempotency_key]).returning(ledger.c.id)
        return store.scalar(statement) is not None  # (rowcount is not told by every driver)


def _stored(key: str) -> dict[str, Any] | None:
    ledger = DemoLedgerEntry.__table__
    with _own_store() as store:
        served: dict[str, Any] | None = store.scalar(select(ledger.c.response).where(ledger.c.idempotency_key == key))
    return served


def _answer_of(key: str) -> dict[str, Any]:
    served = _stored(key)
    assert served is not None  # the ledger keeps every answer it stored; only a failed request's is taken back
    return served


def _forget(key: str) -> None:
    ledger = DemoLedgerEntry.__table__
    with _own_store() as store:
        store.execute(delete(ledger).where(ledger.c.idempotency_key == key))


def _simulate_failures(name: str, params: Mapping[str, Any]) -> None:
    """Fail as the simulator rules for this connector say (see the simulator settings page)."""
    rules = cached(("simulator_rules", name), lambda: tuple(_rules_of(name)), outside_transaction=True)
    for rule in rules:
        value = str(params.get(rule.match_field, "")) if rule.match_field else ""
        if rule.match_field and not value.upper().startswith(rule.match_prefix.upper()):
            continue
        if random.random() < rule.rate:
            raise ConnectorError(rule.error_code, rule.message or f"{name} refused the request",
                                 {"error": rule.error_code, "rule": rule.id})


def _rules_of(connector: str) -> list[Any]:
    table = SimulatorRule.__table__
    with _own_store() as store:
        return list(store.execute(select(table).where(table.c.connector == connector, table.c.enabled.is_(True))))


def seed_simulator_rules() -> int:
    """The demo's one failure: provisioning refuses site postcodes starting with ZZ (idempotent)."""
    exists = db.session.scalar(select(SimulatorRule.id).where(SimulatorRule.connector == "provisioning/activate",
                                                              SimulatorRule.error_code == "PORT_UNAVAILABLE"))
    if exists:
        return 0
    db.session.add(SimulatorRule(connector="provisioning/activate", error_code="PORT_UNAVAILABLE",
                                 message="no free access port at the serving exchange", rate=1.0,
                                 match_field="site_postcode", match_prefix="ZZ"))
    db.session.flush()
    return 1


def _digits(key: str, n: int) -> int:
    modulus: int = 10 ** n  # typeshed types int ** int as Any (a negative power is a float)
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % modulus


def reserve_resource(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Resource inventory: reserve a resource of ``resource_type`` and return its identifiers.

    Given a ``resource_id`` (undoing its release), reserves that resource again, with the serial number it had;
    refuses one it never reserved.
    """
    def compute(p: Mapping[str, Any], k: str) -> dict[str, Any]:
        if p.get("resource_id"):
            return {**_earlier_resource(str(p["resource_id"])), "status": "reserved"}
        n = _digits(k, 6)
        return {"resource_id": f"RES-{n:06d}", "resource_type": p["resource_type"],
                "serial_number": f"SN{_digits(k + 'sn', 10):010d}", "status": "reserved"}
    return _served("inventory/reserve", params, key, compute)


def _earlier_resource(resource_id: str) -> dict[str, Any]:
    reserved = _ledger_answer("inventory/reserve", "resource_id", resource_id)
    if reserved is None:
        raise ConnectorError("UNKNOWN_RESOURCE", f"resource {resource_id} was never reserved",
                             {"resource_id": resource_id})
    return reserved


SERVICE_STATES = {"add": "active", "modify": "active", "resume": "active", "suspend": "suspended",
                  "delete": "ceased"}
_VERB = {"modify": "change", "resume": "resume", "suspend": "suspend", "delete": "cease"}


def activate_service(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Network provisioning: activate a service on an access port and assign an address, or (``action``) change,
    suspend, resume or cease one. Given the ``service_id`` of a service it activated, it acts on that service,
    which keeps its port and address; without one it only sets up a new service (``add``) and refuses the rest."""
    def compute(p: Mapping[str, Any], k: str) -> dict[str, Any]:
        action = str(p.get("action") or "add")
        status = SERVICE_STATES[action]
        if action != "add" and not p.get("service_id"):  # a change to no service in particular: set up none
            raise ConnectorError("MISSING_DATA", f"to {_VERB[action]} a service, name it (service_id)",
                                 {"missing": ["service_id"]})
        if p.get("service_id"):
            service_id = str(p["service_id"])
            earlier = _ledger_answer("provisioning/activate", "service_id", service_id)
            return {**(earlier or {}), "service_id": service_id, "status": status}
        n = _digits(k, 6)
        return {"service_id": f"SVC-{n:06d}", "access_port": f"ge-0/{n % 4}/{n % 48}",
                "ip_address": f"10.{n % 250}.{(n // 250) % 250}.{n % 200 + 2}", "status": status}
    return _served("provisioning/activate", params, key, compute)


def release_resource(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Resource inventory: release a reserved resource (compensation of ``inventory/reserve``).

    Refuses a resource it never reserved; releasing one twice answers the first release again.
    """
    def compute(p: Mapping[str, Any], k: str) -> dict[str, Any]:
        resource = _earlier_resource(str(p["resource_id"]))
        return {"resource_id": resource["resource_id"], "resource_type": resource.get("resource_type"),
                "status": "released"}
    return _served("inventory/release", params, key, compute)


def _ledger_answer(connector: str, field: str, value: str, *, latest: bool = False) -> dict[str, Any] | None:
    """The first (``latest``: the last) answer ``connector`` gave with ``field`` = ``value`` (the demo systems' own
    records), if any."""
    ledger = DemoLedgerEntry.__table__
    with _own_store() as store:
        responses = store.scalars(select(ledger.c.response).where(ledger.c.connector == connector)
                                  .order_by(ledger.c.id.desc() if latest else ledger.c.id)).all()
    return next((dict(r) for r in responses if isinstance(r, dict) and str(r.get(field)) == value), None)


_TEXT = {"type": "string"}
TEXT_OR_NULL = {"type": ["string", "null"]}
_STATUS = {"type": "string", "enum": ["reserved", "released", "active", "suspended", "ceased"]}
SERVICE_ACTION = {"enum": [*SERVICE_STATES, None], "description": "what to do; add when absent"}

CONNECTORS = (
    Connector("inventory/reserve", reserve_resource, kind="demo",
              description="Resource inventory (simulated): reserve a resource of a type, or one it released again.",
              inputs=schema({"resource_type": _TEXT, "resource_id": TEXT_OR_NULL}, "resource_type"),
              outputs=schema({"resource_id": _TEXT, "resource_type": _TEXT, "serial_number": _TEXT,
                              "status": _STATUS}, "resource_id", "serial_number", "status")),
    Connector("inventory/release", release_resource, kind="demo",
              description="Resource inventory (simulated): release a reserved resource.",
              inputs=schema({"resource_id": _TEXT}, "resource_id"),
              outputs=schema({"resource_id": _TEXT, "resource_type": TEXT_OR_NULL, "status": _STATUS},
                             "resource_id", "status")),
    Connector("provisioning/activate", activate_service, kind="demo",
              description="Network provisioning (simulated): activate a service on an access port, or change, "
                          "suspend, resume or cease one.",
              inputs=schema({"service": _TEXT, "service_id": TEXT_OR_NULL, "action": SERVICE_ACTION,
                             "site_postcode": TEXT_OR_NULL}, "service"),
              outputs=schema({"service_id": _TEXT, "access_port": _TEXT, "ip_address": _TEXT, "status": _STATUS},
                             "service_id", "status")),
)
