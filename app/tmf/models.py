"""TMF hub subscriptions, the events Ordra published, and each event's delivery to each subscriber.

An event is recorded in the unit of work that changed the resource, so it exists exactly when the change
does; its deliveries are rows too, so a restart or a lost job loses nothing (the scheduler finds due ones).
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlalchemy import ForeignKey
from sqlalchemy import Index
from sqlalchemy import String
from sqlalchemy import Text
from sqlalchemy.orm import Mapped
from sqlalchemy.orm import mapped_column
from sqlalchemy.orm import relationship

from app.database import utcnow
from app.extensions import db
from app.shared_cache import watch


class TmfHub(db.Model):  # type: ignore[name-defined,misc]
    """A listener registered with ``POST <api>/hub``; ``DELETE`` ends it (kept, for its delivery history)."""

    __tablename__ = "tmf_hubs"

    id: Mapped[int] = mapped_column(primary_key=True)
    api: Mapped[str] = mapped_column(String(40), index=True)  # productOrdering | productInventory | ...
    callback: Mapped[str] = mapped_column(String(500))
    query: Mapped[str] = mapped_column(String(500), default="")
    secret: Mapped[str] = mapped_column(String(200))  # HMAC key of the X-Ordra-Signature header
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]


class TmfEvent(db.Model):  # type: ignore[name-defined,misc]
    """One TMF event as published: its type, the resource it is about and the body sent."""

    __tablename__ = "tmf_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    api: Mapped[str] = mapped_column(String(40))
    event_type: Mapped[str] = mapped_column(String(80))
    resource: Mapped[str] = mapped_column(String(80), index=True)  # e.g. productOrder/12: deliveries keep its order
    order_id: Mapped[int | None] = mapped_column(index=True)  # the product order it concerns (for the order page)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TmfDelivery(db.Model):  # type: ignore[name-defined,misc]
    """Sending one event to one hub: ``pending`` (with attempts and the next one), ``delivered`` or ``failed``."""

    __tablename__ = "tmf_deliveries"
    __table_args__ = (Index("ix_tmf_deliveries_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("tmf_events.id", ondelete="CASCADE"), index=True)
    hub_id: Mapped[int] = mapped_column(ForeignKey("tmf_hubs.id", ondelete="CASCADE"), index=True)
    resource: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_status: Mapped[int | None]
    last_error: Mapped[str] = mapped_column(Text, default="")
    delivered_at: Mapped[datetime | None]
    event: Mapped[TmfEvent] = relationship()
    hub: Mapped[TmfHub] = relationship()


class CatalogJob(db.Model):  # type: ignore[name-defined,misc]
    """A TMF620 ``exportJob`` or ``importJob``: run in the background, its status and outcome kept.

    An export keeps the catalog document it made (served at its ``url``); an import keeps the document it
    was given until it has run, and the per-entity errors in ``error_log``.
    """

    __tablename__ = "tmf_catalog_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # export | import
    status: Mapped[str] = mapped_column(String(20), default="Not Started")  # TMF JobStateType
    query: Mapped[str] = mapped_column(String(500), default="")  # an export's offering filters
    source: Mapped[str] = mapped_column(String(500), default="")  # the url the client gave
    document: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error_log: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]


# Every commit that changes a published resource asks for the hubs (app.shared_cache).
watch(TmfHub)
