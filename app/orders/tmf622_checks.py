"""The shape of a TMF622 ``ProductOrder`` body, checked before it is read into an order request.

``order_request`` reads nested members as objects and lists; a string ``relatedParty``, ``"product": "x"``
or a number for ``productCharacteristic`` would make it fail with a ``TypeError``. So every nested member
is type-checked here first, texts are held to their columns, item ids are unique, item relationships point
at another item of the same order, characteristics are named once, and the completion date is one the
database can store. Each problem names its field.
"""
from __future__ import annotations

from datetime import UTC
from datetime import datetime
from typing import Any

from app.errors import Invalid
from app.orders.limits import check_item_count
from app.validation import DB_INT_MAX

MAX_ID_CHARS = 100
MAX_TEXT_CHARS = 4000
_COLUMN_CHARS = {"externalId": 100, "priority": 10, "description": MAX_TEXT_CHARS}

Errors = list[dict[str, Any]]


def check_order_shape(payload: dict[str, Any]) -> None:
    """:raises Invalid: the body's nested members have the wrong types, sizes or references.
    :raises TooLarge: more items than the configured maximum (413)."""
    errors: Errors = []
    for name, max_chars in _COLUMN_CHARS.items():
        _check_text(payload.get(name), name, max_chars, errors)
    _check_date(payload.get("requestedCompletionDate"), "requestedCompletionDate", errors)
    _check_date(payload.get("requestedStartDate"), "requestedStartDate", errors)
    _check_parties(payload.get("relatedParty"), errors)
    for index, channel in enumerate(_objects(payload.get("channel"), "channel", errors)):
        _check_ref(channel.get("id"), f"channel[{index}].id", errors)
        _check_text(channel.get("name"), f"channel[{index}].name", 200, errors)
    for index, note in enumerate(_objects(payload.get("note"), "note", errors)):
        _check_text(note.get("text"), f"note[{index}].text", MAX_TEXT_CHARS, errors)
        _check_text(note.get("author"), f"note[{index}].author", 200, errors)
    items = payload.get("productOrderItem")
    if isinstance(items, list):
        check_item_count(len(items))
        for index, item in enumerate(items):
            _check_item(item, f"productOrderItem[{index}]", errors)
        _check_item_ids(items, errors)
    if errors:
        raise Invalid(errors=errors)


def check_patch_shape(payload: dict[str, Any]) -> None:
    """:raises Invalid: a PATCH body's attributes have the wrong types or sizes (items: the revision checks)."""
    errors: Errors = []
    for name in ("description", "priority"):
        _check_text(payload.get(name), name, _COLUMN_CHARS[name], errors)
    for name in ("requestedCompletionDate", "requestedStartDate"):
        _check_date(payload.get(name), name, errors)
    for index, note in enumerate(_objects(payload.get("note"), "note", errors)):
        _check_text(note.get("text"), f"note[{index}].text", MAX_TEXT_CHARS, errors)
        _check_text(note.get("author"), f"note[{index}].author", 200, errors)
    if errors:
        raise Invalid(errors=errors)


def _check_text(value: Any, field: str, max_chars: int, errors: Errors) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        errors.append({"field": field, "message": "must be a string"})
    elif len(value) > max_chars:
        errors.append({"field": field, "message": f"must be at most {max_chars} characters long"})


def _check_ref(value: Any, field: str, errors: Errors) -> None:
    """An id given as a string or a number (TMF sends strings)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        errors.append({"field": field, "message": "must be a string or a number"})
    elif isinstance(value, int) and not 0 <= value <= DB_INT_MAX:
        errors.append({"field": field, "message": f"must be a whole number from 0 to {DB_INT_MAX}"})
    elif len(str(value)) > MAX_ID_CHARS:
        errors.append({"field": field, "message": f"must be at most {MAX_ID_CHARS} characters long"})


def _object(value: Any, field: str, errors: Errors) -> dict[str, Any] | None:
    """``value`` when it is an object; None when absent; an error otherwise."""
    if value is None or isinstance(value, dict):
        return value
    errors.append({"field": field, "message": "must be an object"})
    return None


def _objects(value: Any, field: str, errors: Errors) -> list[dict[str, Any]]:
    """``value`` when it is a list of objects; ``[]`` when absent; an error otherwise."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(entry, dict) for entry in value):
        errors.append({"field": field, "message": "must be a list of objects"})
        return []
    return value


def _check_date(value: Any, field: str, errors: Errors) -> None:
    if value in (None, ""):
        return
    if not isinstance(value, str):
        errors.append({"field": field, "message": "must be an ISO 8601 date or date-time string"})
        return
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)
    except ValueError:
        errors.append({"field": field, "message": "must be an ISO 8601 date or date-time"})
    except OverflowError:  # 9999-12-31T23:59:59-23:59 is past the year 9999 in UTC
        errors.append({"field": field, "message": "must be a date-time before the year 10000 in UTC"})


def _check_parties(value: Any, errors: Errors) -> None:
    for index, party in enumerate(_objects(value, "relatedParty", errors)):
        _check_ref(party.get("id"), f"relatedParty[{index}].id", errors)
        _check_text(party.get("role"), f"relatedParty[{index}].role", MAX_ID_CHARS, errors)
        _check_text(party.get("name"), f"relatedParty[{index}].name", 200, errors)


def _check_item(item: Any, prefix: str, errors: Errors) -> None:
    if not isinstance(item, dict):
        return  # order_request names it
    _check_ref(item.get("id"), f"{prefix}.id", errors)
    _check_text(item.get("action"), f"{prefix}.action", 20, errors)
    offering = _object(item.get("productOffering"), f"{prefix}.productOffering", errors)
    if offering is not None:
        _check_ref(offering.get("id"), f"{prefix}.productOffering.id", errors)
    product = _object(item.get("product"), f"{prefix}.product", errors)
    if product is not None:
        _check_product(product, f"{prefix}.product", errors)
    _objects(item.get("adjustments"), f"{prefix}.adjustments", errors)
    _objects(item.get("productOrderItemRelationship"), f"{prefix}.productOrderItemRelationship", errors)


def _check_product(product: dict[str, Any], prefix: str, errors: Errors) -> None:
    product_id = product.get("id")
    if product_id not in (None, "") and not (str(product_id).isascii() and str(product_id).isdigit()
                                             and 0 < int(str(product_id)) <= DB_INT_MAX):
        errors.append({"field": f"{prefix}.id", "message": "must be the id of an inventory product"})
    names: set[str] = set()
    for index, char in enumerate(_objects(product.get("productCharacteristic"), f"{prefix}.productCharacteristic",
                                          errors)):
        field = f"{prefix}.productCharacteristic[{index}]"
        name = char.get("name")
        if not isinstance(name, str) or not name or len(name) > MAX_ID_CHARS:
            errors.append({"field": f"{field}.name", "message": f"must be a name of 1 to {MAX_ID_CHARS} characters"})
        elif name in names:
            errors.append({"field": f"{field}.name", "message": f"characteristic {name!r} is given twice"})
        names.add(name if isinstance(name, str) else "")


def _check_item_ids(items: list[Any], errors: Errors) -> None:
    """Item ids are unique and every item relationship names another item of this order."""
    ids: set[str] = set()
    for index, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get("id"), (str, int)):
            item_id = str(item["id"])
            if item_id in ids:
                errors.append({"field": f"productOrderItem[{index}].id", "message": f"item id {item_id!r} is used "
                               "by another item of this order"})
            ids.add(item_id)
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("productOrderItemRelationship"), list):
            continue
        own_id = str(item.get("id"))
        for position, relation in enumerate(item["productOrderItemRelationship"]):
            target = relation.get("id") if isinstance(relation, dict) else None
            field = f"productOrderItem[{index}].productOrderItemRelationship[{position}].id"
            if not isinstance(target, (str, int)) or str(target) not in ids:
                errors.append({"field": field, "message": "must be the id of another item of this order"})
            elif str(target) == own_id:
                errors.append({"field": field, "message": "an item cannot relate to itself"})
