"""Parse submitted text into JSON-ready values, the same way for browser and API input.

Each parser takes the text of one input and returns the value stored in task data, or raises
``ValueError`` with the message shown next to the field. Only ASCII digits count as digits:
``int()`` alone would also take ``"4_2"`` or Arabic-Indic digits, and ``float()`` takes ``"nan"``.
"""
from __future__ import annotations

import math
import re
from datetime import date
from datetime import datetime

_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}"
    r"(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)


def parse_integer(text: str) -> int:
    """Return the integer written in ``text`` (surrounding spaces allowed)."""
    cleaned = text.strip()
    if not _INTEGER.fullmatch(cleaned):
        raise ValueError("Not a valid whole number.")
    try:
        return int(cleaned)
    except ValueError as error:  # more digits than Python converts
        raise ValueError("Not a valid whole number.") from error


def parse_number(text: str) -> int | float:
    """Return the number in ``text``: an ``int`` when written without fraction or exponent."""
    cleaned = text.strip()
    if _INTEGER.fullmatch(cleaned):
        return parse_integer(cleaned)
    if not _NUMBER.fullmatch(cleaned):
        raise ValueError("Not a valid number.")
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError("Not a valid number.")
    return value


def parse_date(text: str) -> str:
    """Return the ``YYYY-MM-DD`` date in ``text``, checked against the calendar."""
    cleaned = text.strip()
    try:
        if _DATE.fullmatch(cleaned):
            return date.fromisoformat(cleaned).isoformat()
    except ValueError:
        pass
    raise ValueError("Not a valid date (YYYY-MM-DD).")


def parse_datetime(text: str) -> str:
    """Return the ISO 8601 date and time in ``text``, normalised to include seconds.

    A browser ``datetime-local`` input sends local time without an offset; it stays without one
    (we do not guess the user's time zone). An offset or ``Z`` given by an API client is kept.
    """
    cleaned = text.strip()
    try:
        if _DATETIME.fullmatch(cleaned):
            return datetime.fromisoformat(cleaned).isoformat()
    except ValueError:
        pass
    raise ValueError("Not a valid date and time (YYYY-MM-DDTHH:MM).")


def datetime_input_text(value: object) -> str:
    """Return ``value`` as a ``datetime-local`` input shows it: without offset, to the second."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")
