"""What every TMF representation shares: absolute hrefs, RFC 3339 dates, money as numbers, no nulls.

Ordra keeps money as ``Decimal`` everywhere; only here, at the TMF edge, it becomes the JSON number
with a ``unit`` that the v4 ``Money`` schema specifies (two decimals, so the float is exact to the penny
in its shortest text form).
"""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from decimal import Decimal
from typing import Any
from typing import TypeVar
from typing import cast

from flask import current_app
from flask import has_request_context
from flask import request

from app.catalog.money import money as to_pennies

JsonT = TypeVar("JsonT")

API = "/tmf-api"


def href(path: str) -> str:
    """The absolute URL of ``path`` (below /tmf-api) on the host the caller used; outside a request (events
    built by a background job) on ``TMF_PUBLIC_URL``."""
    root = request.host_url if has_request_context() else current_app.config["TMF_PUBLIC_URL"]
    return f"{root.rstrip('/')}{API}{path}"


def when(moment: datetime | None) -> str | None:
    """RFC 3339 with a zone; Ordra's naive datetimes are UTC."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.isoformat().replace("+00:00", "Z")


def money(value: Decimal, unit: str) -> dict[str, Any]:
    """A TMF ``Money``: ``{"unit": "GBP", "value": 79.5}``."""
    return {"unit": unit, "value": float(to_pennies(value))}


def compact(value: JsonT) -> JsonT:
    """``value`` without the ``None`` entries of its objects (absent optional fields are left out, not null);
    an object stays an object and a list a list."""
    if isinstance(value, dict):
        return cast(JsonT, {k: compact(v) for k, v in value.items() if v is not None})
    if isinstance(value, list):
        return cast(JsonT, [compact(v) for v in value])
    return value
