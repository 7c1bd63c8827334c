"""Reading TMF622 ``ProductOrder`` JSON into an order request, naming every bad field."""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from typing import Any

from app.auth.models import User
from app.errors import Invalid
from app.orders.accounts import account_for_party
from app.orders.capture import ItemRequest
from app.orders.capture import OrderRequest
from app.orders.models import ProductOrder
from app.orders.service import account_of
from app.orders.service import is_staff
from app.orders.tmf622_checks import check_order_shape


def order_request(payload: dict[str, Any], user: User | None) -> OrderRequest:
    """Map a TMF622 payload to an :class:`OrderRequest`.

    A customer orders for their own account whatever ``relatedParty`` says, and without discounts
    (``adjustments``); staff (and the system, ``user`` None, for imports) name the account in
    ``relatedParty`` (role ``Customer``).
    :raises Invalid: structural problems (wrong types, missing items), each with its field.
    """
    check_order_shape(payload)
    errors: list[dict[str, Any]] = []
    items_json = payload.get("productOrderItem")
    if not isinstance(items_json, list) or not items_json:
        errors.append({"field": "productOrderItem", "message": "a non-empty list of order items is required"})
        items_json = []
    items = [_item(entry, index, errors) for index, entry in enumerate(items_json)]
    if user is not None and not is_staff(user):  # as in the portal: discounts are the order desk's to give
        errors += [{"field": f"{item.field_prefix}.adjustments", "message": "a customer's order takes no discounts"}
                   for item in items if item is not None and item.adjustments]
    request = OrderRequest(
        account_id=_account_id(payload, user, errors), items=[i for i in items if i is not None],
        external_id=_optional_str(payload, "externalId", errors),
        description=_optional_str(payload, "description", errors) or "",
        requested_completion_date=_date(payload.get("requestedCompletionDate"), "requestedCompletionDate", errors),
        priority=_optional_str(payload, "priority", errors) or "",
        requested_start_date=_date(payload.get("requestedStartDate"), "requestedStartDate", errors),
        channels=list(payload.get("channel") or []), notes=_notes(payload.get("note") or []),
        related_parties=list(payload.get("relatedParty") or []),
    )
    if errors:
        raise Invalid(errors=errors)
    return request


def _account_id(payload: dict[str, Any], user: User | None, errors: list[dict[str, Any]]) -> int | None:
    if user is not None and not is_staff(user):
        account = account_of(user)
        if account is None:
            errors.append({"field": "relatedParty", "message": "your login is not linked to a customer account"})
        return account.id if account else None
    parties = payload.get("relatedParty") or []
    customer = next((p for p in parties if isinstance(p, dict) and str(p.get("role", "")).lower() == "customer"), None)
    if customer is None:
        errors.append({"field": "relatedParty", "message": "name the customer account: a relatedParty with "
                                                            "role 'Customer' and its id"})
        return None
    account = account_for_party(customer)
    if account is None:
        errors.append({"field": "relatedParty.id", "message": f"no customer account has the id or external id "
                                                              f"{customer.get('id')!r}"})
        return None
    return account.id


def _item(entry: Any, index: int, errors: list[dict[str, Any]]) -> ItemRequest | None:
    prefix = f"productOrderItem[{index}]"
    if not isinstance(entry, dict):
        errors.append({"field": prefix, "message": "must be an object"})
        return None
    offering = entry.get("productOffering") or {}
    product = entry.get("product") or {}
    characteristics: dict[str, Any] = {}
    for position, char in enumerate(product.get("productCharacteristic") or []):
        if not isinstance(char, dict) or not isinstance(char.get("name"), str):
            errors.append({"field": f"{prefix}.product.productCharacteristic[{position}]",
                           "message": "each characteristic needs a name and a value"})
            continue
        characteristics[char["name"]] = char.get("value")
    quantity = entry.get("quantity", 1)
    client_id = entry.get("id")
    return ItemRequest(client_id="" if client_id is None else str(client_id),
                       relationships=[{k: str(v) for k, v in r.items() if k in RELATIONSHIP_KEYS and v is not None}
                                      for r in entry.get("productOrderItemRelationship") or []],
                       offering_id=offering.get("id") if isinstance(offering, dict) else None,
                       action=_action(str(entry.get("action", "add")), product.get("status")), quantity=quantity,
                       characteristics=characteristics, product_ref=str(product.get("id") or ""),
                       adjustments=list(entry.get("adjustments") or []), field_prefix=prefix)


RELATIONSHIP_KEYS = ("id", "relationshipType", "@type")


def _notes(notes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The order's notes as sent, each with an id (the spec requires one; Ordra numbers those without)."""
    return [{**note, "id": str(note.get("id") or index + 1)} for index, note in enumerate(notes)]


# TMF622 suspends and resumes a product with a ``modify`` line that sets ``product.status``.
STATUS_ACTIONS = {"suspended": "suspend", "active": "resume"}


def _action(action: str, status: Any) -> str:
    """The line's action: ``modify`` to ``product.status`` suspended/active is a suspend/resume."""
    return STATUS_ACTIONS.get(str(status), action) if action == "modify" and status else action


def _optional_str(payload: dict[str, Any], name: str, errors: list[dict[str, Any]]) -> str | None:
    value = payload.get(name)
    if value is None or isinstance(value, str):
        return value
    errors.append({"field": name, "message": "must be a string"})
    return None


def _date(value: Any, name: str, errors: list[dict[str, Any]]) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        errors.append({"field": name, "message": "must be an ISO 8601 date or date-time"})
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def optional_date(payload: dict[str, Any], name: str) -> datetime | None:
    """``payload[name]`` as an aware datetime (None when absent). :raises Invalid: not a date."""
    errors: list[dict[str, Any]] = []
    value = _date(payload.get(name), name, errors)
    if errors:
        raise Invalid(errors=errors)
    return value


def apply_attributes(order: ProductOrder, payload: dict[str, Any]) -> None:
    """Set the plain attributes a TMF622 PATCH names (already shape-checked); notes are replaced as sent."""
    errors: list[dict[str, Any]] = []
    if "description" in payload:
        order.description = payload["description"] or ""
    if "priority" in payload:
        order.priority = payload["priority"] or ""
    if "requestedCompletionDate" in payload:
        order.requested_completion_date = _date(payload["requestedCompletionDate"], "requestedCompletionDate", errors)
    if "requestedStartDate" in payload:
        order.requested_start_date = _date(payload["requestedStartDate"], "requestedStartDate", errors)
    if "note" in payload:
        order.notes = _notes(payload["note"] or [])
    if errors:
        raise Invalid(errors=errors)
