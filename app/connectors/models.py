"""The demo systems' own memory of requests they served (their idempotency ledger)."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import String
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column

from app.database import utcnow
from app.extensions import db
from app.shared_cache import watch


class DemoLedgerEntry(db.Model):  # type: ignore[name-defined,misc]
    __tablename__ = "demo_connector_ledger"

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(100), unique=True)
    connector: Mapped[str] = mapped_column(String(100))
    request: Mapped[dict[str, Any]] = mapped_column(JSON)
    response: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SimulatorRule(db.Model):  # type: ignore[name-defined,misc]
    """Makes a demo connector fail like a real system would: always, at a rate, or on matching input."""

    __tablename__ = "simulator_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    connector: Mapped[str] = mapped_column(String(255), index=True)
    error_code: Mapped[str] = mapped_column(String(100))
    message: Mapped[str] = mapped_column(String(500), default="")
    rate: Mapped[float] = mapped_column(default=1.0)  # share of matching calls that fail
    match_field: Mapped[str] = mapped_column(String(100), default="")  # a parameter name; "" = every call
    match_prefix: Mapped[str] = mapped_column(String(100), default="")
    enabled: Mapped[bool] = mapped_column(default=True)


# Every simulated call asks for its connector's rules (app.shared_cache).
watch(SimulatorRule)
