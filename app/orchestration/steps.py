"""The customer-order process's own service tasks, as connectors (``ordra/...``).

They run as jobs like any connector; each is idempotent by order, so a repeated job does no harm.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.connectors import ConnectorError
from app.connectors import Deferred
from app.connectors import register
from app.orchestration import cancellation
from app.orchestration import inventory
from app.orchestration import revisions
from app.orchestration import service


def _order_id(params: Mapping[str, Any]) -> int:
    try:
        return int(params["order_id"])
    except (KeyError, TypeError, ValueError):
        raise ConnectorError("MISSING_DATA", "order_id is missing or not a number", {"missing": ["order_id"]}) from None


@register("ordra/record_enrichment")
def record_enrichment(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    return service.record_enrichment(_order_id(params), dict(params.get("values") or {}))


@register("ordra/reject_order")
def reject_order(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    return service.reject(_order_id(params), str(params.get("reason") or ""))


@register("ordra/decompose")
def decompose(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Create the domain orders and start the ready ones; returns their summary."""
    return service.start_decomposition(_order_id(params), dict(params.get("facts") or {}))


@register("ordra/await_fulfilment")
def await_fulfilment(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Done at once if every domain order already completed; otherwise the roll-up resumes it later."""
    order_id = _order_id(params)
    if service.fulfilment_done(order_id):
        return service.summary(order_id)
    raise Deferred()


@register("ordra/provide_data")
def provide_data(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """A plan hands data to its order (e.g. the survey result the access line waits for)."""
    if not params.get("key"):
        raise ConnectorError("MISSING_DATA", "missing parameter(s): key", {"missing": ["key"]})
    return service.provide_data(_order_id(params), str(params["key"]), params.get("value"))


@register("ordra/close_order")
def close_order(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    return inventory.close_order(_order_id(params))


# An order agent's answers to a customer request that need no action on the order.
REQUEST_ANSWERS = ("answered", "declined", "escalated")


@register("ordra/settle_customer_request")
def settle_customer_request(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Carry out the agent's choice on a customer request and return what actually happened."""
    resolution = str(params.get("resolution") or "")
    if resolution == "cancel_order":
        return cancellation.cancel_on_request(_order_id(params), str(params.get("note") or ""))
    if resolution not in REQUEST_ANSWERS:
        raise ConnectorError("BAD_RESOLUTION", f"unknown resolution {resolution!r}", {"resolution": resolution})
    return {"outcome": resolution, "message": ""}


@register("ordra/decide_revision")
def decide_revision(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Carry out an order approver's decision on a revision awaiting approval (idempotent)."""
    decision = str(params.get("decision") or "")
    if decision not in ("approve", "reject"):
        raise ConnectorError("BAD_DECISION", f"unknown decision {decision!r}", {"decision": decision})
    try:
        number = int(params["revision"])
    except (KeyError, TypeError, ValueError):
        raise ConnectorError("MISSING_DATA", "revision is missing or not a number",
                             {"missing": ["revision"]}) from None
    note = str(params.get("note") or "")
    return revisions.decide(_order_id(params), number, approve=decision == "approve", note=note)
