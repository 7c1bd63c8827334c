"""Demo field-service system: books an engineer visit at a site and names the engineer and slot.

Behaves like the other demo connectors (``app.connectors.demo``): latency, an idempotency ledger,
simulator failures and ``ConnectorError`` on bad input.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from typing import Any

from app.connectors import Connector
from app.connectors import ConnectorError
from app.connectors import schema
from app.connectors.demo import _digits
from app.connectors.demo import _ledger_answer
from app.connectors.demo import _served

ENGINEERS = ("Sam Patel", "Jo Evans", "Ana Costa", "Lee Wong")
SLOTS = ("08:00-12:00", "13:00-17:00")


def schedule_visit(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Book a visit to ``site_postcode`` for ``work`` (what the engineer does) within a week, in a morning or an
    afternoon slot (UTC: ``starts_at`` and ``ends_at``; a visit booked before they were given has only its date and
    slot)."""
    def compute(p: Mapping[str, Any], k: str) -> dict[str, Any]:
        if len(str(p["site_postcode"]).replace(" ", "")) < 5:
            raise ConnectorError("BAD_ADDRESS", "the site postcode is not a full postcode",
                                 {"site_postcode": p["site_postcode"]})
        n = _digits(k, 6)
        visit, slot = date.today() + timedelta(days=1 + n % 7), SLOTS[n % len(SLOTS)]
        starts, ends = (datetime.combine(visit, time.fromisoformat(hour), tzinfo=UTC) for hour in slot.split("-"))
        return {"visit_id": f"FSV-{n:06d}", "engineer": ENGINEERS[n % len(ENGINEERS)],
                "date": visit.isoformat(), "slot": slot, "starts_at": starts.isoformat(), "ends_at": ends.isoformat(),
                "status": "scheduled"}
    return _served("field_service/schedule", params, key, compute)


def cancel_visit(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Cancel a booked visit (compensation of ``field_service/schedule``); refuses a visit it never booked."""
    def compute(p: Mapping[str, Any], k: str) -> dict[str, Any]:
        visit_id = str(p["visit_id"])
        if _ledger_answer("field_service/schedule", "visit_id", visit_id) is None:
            raise ConnectorError("UNKNOWN_VISIT", f"visit {visit_id} was never booked", {"visit_id": visit_id})
        return {"visit_id": visit_id, "status": "cancelled"}
    return _served("field_service/cancel", params, key, compute)


_TEXT = {"type": "string"}
_MOMENT = {"type": "string", "format": "date-time"}

CONNECTORS = (
    Connector("field_service/schedule", schedule_visit, kind="demo",
              description="Field service (simulated): book an engineer visit at a site within a week.",
              inputs=schema({"site_postcode": _TEXT, "work": _TEXT}, "site_postcode", "work"),
              outputs=schema({"visit_id": _TEXT, "engineer": _TEXT, "date": {"type": "string", "format": "date"},
                              "slot": _TEXT, "starts_at": _MOMENT, "ends_at": _MOMENT,
                              "status": {"const": "scheduled"}},
                             "visit_id", "date", "status")),
    Connector("field_service/cancel", cancel_visit, kind="demo",
              description="Field service (simulated): cancel a booked visit.",
              inputs=schema({"visit_id": _TEXT}, "visit_id"),
              outputs=schema({"visit_id": _TEXT, "status": {"const": "cancelled"}}, "visit_id", "status")),
)
