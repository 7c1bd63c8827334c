"""Demo billing system: starts (or stops) charging for a product and returns the billing account item.

Behaves like the other demo connectors (``app.connectors.demo``): latency, an idempotency ledger,
simulator failures and ``ConnectorError`` on bad input.
"""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from decimal import InvalidOperation
from typing import Any

from app.connectors import Connector
from app.connectors import ConnectorError
from app.connectors import schema
from app.connectors.demo import SERVICE_ACTION
from app.connectors.demo import _digits
from app.connectors.demo import _served

BILLING_ACTIONS = {"add": "active", "modify": "active", "resume": "active", "suspend": "suspended",
                   "delete": "ceased"}


def activate_billing(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Bill ``product`` for ``account_id`` at ``recurring`` per month plus ``one_time`` once.

    ``action`` ``add``/``modify``/``resume`` starts or re-rates charging, ``suspend`` pauses it, ``delete`` stops it.
    """
    def compute(p: Mapping[str, Any], k: str) -> dict[str, Any]:
        action = str(p.get("action") or "add")
        recurring, one_time = _amount(p, "recurring"), _amount(p, "one_time")
        return {"billing_item_id": f"BIL-{_digits(k, 7):07d}", "account_id": p["account_id"],
                "product": p["product"], "recurring": str(recurring), "one_time": str(one_time),
                "status": BILLING_ACTIONS[action]}
    return _served("billing/activate", params, key, compute)


def _amount(params: Mapping[str, Any], name: str) -> Decimal:
    try:
        value = Decimal(str(params.get(name) or "0"))
    except InvalidOperation:
        raise ConnectorError("BAD_AMOUNT", f"{name} is not an amount", {name: params.get(name)}) from None
    if value < 0:
        raise ConnectorError("BAD_AMOUNT", f"{name} must not be negative", {name: str(value)})
    return value


_TEXT = {"type": "string"}
_AMOUNT = {"type": ["string", "number", "null"], "description": "a decimal amount, not negative"}

CONNECTORS = (
    Connector("billing/activate", activate_billing, kind="demo",
              description="Billing (simulated): start, re-rate, pause or stop charging for a product.",
              inputs=schema({"account_id": {"type": ["string", "integer"]}, "product": _TEXT, "action": SERVICE_ACTION,
                             "recurring": _AMOUNT, "one_time": _AMOUNT}, "account_id", "product"),
              outputs=schema({"billing_item_id": _TEXT, "account_id": {"type": ["string", "integer"]},
                              "product": _TEXT, "recurring": _TEXT, "one_time": _TEXT,
                              "status": {"enum": sorted(set(BILLING_ACTIONS.values()))}},
                             "billing_item_id", "status")),
)
