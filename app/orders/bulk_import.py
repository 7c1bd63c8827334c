"""Bulk import of orders from a file: a JSON array or JSON Lines of TMF622 orders, or a CSV with
one line per order item (lines sharing an ``externalId`` form one order).

Each order is captured in its own savepoint: a bad one is reported with its line and reason and
the others go on. Re-running the same file creates nothing new (external ids are idempotent).
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.auth.models import User
from app.errors import DomainError
from app.extensions import db
from app.orders import tmf622
from app.orders.capture import capture

CSV_FIELDS = ("externalId", "customer", "requestedCompletionDate", "action", "productOffering", "quantity")


@dataclass
class ImportResult:
    line: int
    external_id: str | None
    order_id: int | None = None
    created: bool = False
    error: str = ""


def read_orders(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """``(line number, TMF622 payload)`` for each order in the file.

    :raises DomainError: the file cannot be read at all (unknown type, not JSON, no header).
    """
    text = path.read_text(encoding="utf-8-sig")
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _json_array(text)
    if suffix in (".jsonl", ".ndjson"):
        return [(n, _json_line(line, n)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if suffix == ".csv":
        return _csv_orders(text)
    raise DomainError(f"{path.name}: unsupported file type; use .json, .jsonl or .csv")


def _json_array(text: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise DomainError(f"not valid JSON: {exc}") from None
    if not isinstance(data, list):
        raise DomainError("a .json import file must hold an array of orders")
    # A JSON array has no useful line numbers once parsed; report the position (1-based) instead.
    return [(position, entry) for position, entry in enumerate(data, 1)]


def _json_line(line: str, number: int) -> dict[str, Any]:
    try:
        return json.loads(line)  # type: ignore[no-any-return]
    except ValueError as exc:
        return {"__error__": f"not valid JSON: {exc}"}


def _csv_orders(text: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [f for f in CSV_FIELDS if f not in (reader.fieldnames or [])]
    if missing:
        raise DomainError(f"the CSV header lacks: {', '.join(missing)}")
    orders: dict[str, tuple[int, dict[str, Any]]] = {}
    for number, row in enumerate(reader, 2):
        key = row["externalId"] or f"line-{number}"
        line, payload = orders.setdefault(key, (number, {
            "externalId": row["externalId"] or None, "requestedCompletionDate": row["requestedCompletionDate"] or None,
            "relatedParty": [{"id": row["customer"], "role": "Customer"}], "productOrderItem": []}))
        payload["productOrderItem"].append(_csv_item(row))
    return list(orders.values())


def _csv_item(row: dict[str, str]) -> dict[str, Any]:
    characteristics = [{"name": key[len("char:"):], "value": _csv_value(value)}
                       for key, value in row.items() if key.startswith("char:") and value not in ("", None)]
    quantity: Any = row["quantity"] or "1"
    return {"action": row["action"] or "add", "quantity": int(quantity) if quantity.isdigit() else quantity,
            "productOffering": {"id": row["productOffering"]}, "product": {"productCharacteristic": characteristics}}


def _csv_value(text: str) -> Any:
    """CSV cells are text; numbers and booleans are read as such so they validate like JSON."""
    lowered = text.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return int(text)
    except ValueError:
        return text


def import_orders(records: list[tuple[int, dict[str, Any]]], *, user: User | None) -> Iterator[ImportResult]:
    """Capture each order in its own savepoint, yielding one result per order as it goes."""
    for line, payload in records:
        external_id = payload.get("externalId") if isinstance(payload, dict) else None
        if not isinstance(payload, dict) or "__error__" in payload:
            yield ImportResult(line, None, error=payload.get("__error__", "not an object")
                               if isinstance(payload, dict) else "not an object")
            continue
        savepoint = db.session.begin_nested()
        try:
            order, created = capture(tmf622.order_request(payload, user), actor_id=user.id if user else None,
                                     channel="import")
            savepoint.commit()
        except DomainError as exc:
            savepoint.rollback()
            reasons = "; ".join(f"{e.get('field') or ''}: {e['message']}".lstrip(": ") for e in exc.errors)
            yield ImportResult(line, external_id, error=reasons)
            continue
        yield ImportResult(line, external_id, order_id=order.id, created=created)
