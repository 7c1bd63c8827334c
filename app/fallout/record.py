"""An order's fallout cases as entries of the order's timeline: opened, retried, fixed, given up, closed.

Read from the cases' own audit trail (``FalloutEvent``) when the order is shown, so what people did about a
case (who gave it up, and why) is in the order's record without the steps writing it twice.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.fallout.models import Fallout
from app.fallout.models import FalloutEvent

# Already on the order's timeline in its own words (the ``data_fixed`` event of the fix).
SAID_BY_THE_ORDER = ("order_fixed",)


def order_entries(order_id: int) -> list[dict[str, Any]]:
    """The audit trail of every case of the order as timeline entries (``kind`` ``fallout_<what>``), in order."""
    rows = db.session.scalars(select(FalloutEvent).join(Fallout).where(Fallout.order_id == order_id,
                                                                        FalloutEvent.kind.not_in(SAID_BY_THE_ORDER))
                              .options(selectinload(FalloutEvent.actor), selectinload(FalloutEvent.fallout))
                              .order_by(FalloutEvent.id))
    return [{"at": event.at, "kind": f"fallout_{event.kind}", "message": _words(event),
             "actor": event.actor.username if event.actor else None,
             "detail": {"fallout": event.fallout_id, **event.detail}} for event in rows]


def _words(event: FalloutEvent) -> str:
    """What happened to the case, in the fallout page's words."""
    case, detail = event.fallout, event.detail
    said = f"case {case.id} ({case.task_name})"
    if event.kind == "failed":
        attempt = detail.get("attempt", 1)
        return f"{said} {'opened' if attempt == 1 else f'failed again (attempt {attempt})'}: {detail.get('error_code')}"
    if event.kind == "retried":
        data = ", ".join(f"{key} = {value}" for key, value in (detail.get("data") or {}).items())
        return f"{said} retried{' automatically' if detail.get('automatic') else ''}{f' with {data}' if data else ''}"
    if event.kind == "reassigned":
        return f"{said} handed to {detail.get('to')}"
    verb = {"resolved": "resolved: its task succeeded", "skipped": "skipped", "cancelled": "given up",
            "closed": "closed by hand"}.get(event.kind, event.kind)
    why = detail.get("note") if event.kind == "closed" else detail.get("reason")
    return f"{said} {verb}{f': {why}' if why else ''}"
