"""Demo billing system: starts charging for a product and returns its billing item, or re-rates, pauses, resumes
or stops the item it started (as provisioning acts on its services and resource inventory on its resources).

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
from app.connectors.demo import TEXT_OR_NULL
from app.connectors.demo import _digits
from app.connectors.demo import _ledger_answer
from app.connectors.demo import _served

BILLING_ACTIONS = {"add": "active", "modify": "active", "resume": "active", "suspend": "suspended",
                   "delete": "ceased"}


def activate_billing(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Bill ``product`` for ``account_id`` at ``recurring`` per month plus ``one_time`` once.

    ``action`` ``add``/``modify``/``resume`` starts or re-rates charging, ``suspend`` pauses it, ``delete`` stops it.
    Given the ``billing_item_id`` of an item it created, it acts on that item (a ``modify`` re-rates it, the others
    keep its rates); it refuses an item it never created for that account, and one it stopped; without one it opens
    a new item.
    """
    def compute(p: Mapping[str, Any], k: str) -> dict[str, Any]:
        action = str(p.get("action") or "add")
        recurring, one_time = _amount(p, "recurring"), _amount(p, "one_time")
        if p.get("billing_item_id"):
            return _act_on_item(str(p["billing_item_id"]), p["account_id"], action, recurring, one_time)
        return {"billing_item_id": f"BIL-{_digits(k, 7):07d}", "account_id": p["account_id"],
                "product": p["product"], "recurring": str(recurring), "one_time": str(one_time),
                "status": BILLING_ACTIONS[action]}
    return _served("billing/activate", params, key, compute)


def _act_on_item(item_id: str, account_id: Any, action: str, recurring: Decimal, one_time: Decimal) -> dict[str, Any]:
    """The billing item ``item_id`` after ``action``, as the billing system's records have it now. An item billed to
    another account is refused as unknown (as a real billing system answers for the account it is asked about)."""
    item = _ledger_answer("billing/activate", "billing_item_id", item_id, latest=True)
    if item is None or str(item.get("account_id")) != str(account_id):
        raise ConnectorError("UNKNOWN_BILLING_ITEM", f"billing item {item_id} was never created",
                             {"billing_item_id": item_id})
    if item.get("status") == "ceased":
        raise ConnectorError("BILLING_ITEM_STOPPED", f"billing item {item_id} was stopped",
                             {"billing_item_id": item_id})
    rates = {"recurring": str(recurring), "one_time": str(one_time)} if action == "modify" else {}
    return {**item, **rates, "billing_item_id": item_id, "status": BILLING_ACTIONS[action]}


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
              description="Billing (simulated): start charging for a product, or re-rate, pause, resume or stop "
                          "the billing item it started.",
              inputs=schema({"account_id": {"type": ["string", "integer"]}, "product": _TEXT,
                             "billing_item_id": TEXT_OR_NULL, "action": SERVICE_ACTION, "recurring": _AMOUNT,
                             "one_time": _AMOUNT}, "account_id", "product"),
              outputs=schema({"billing_item_id": _TEXT, "account_id": {"type": ["string", "integer"]},
                              "product": _TEXT, "recurring": _TEXT, "one_time": _TEXT,
                              "status": {"enum": sorted(set(BILLING_ACTIONS.values()))}},
                             "billing_item_id", "status")),
)
