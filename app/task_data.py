"""What process data may hold, checked before it is stored: whatever a script leaves, a person submits or an
API call starts an instance with.

Every step loads, copies and saves an instance's whole data, and every work item keeps a copy of its task's:
a list of 1,000,000 numbers (2 MB of JSON, well inside a request body) made each request on the instance
take seconds. So data holds at most ``MAX_VALUES`` values and nests at most ``MAX_DEPTH`` levels, and only
what JSON can store: finite numbers, integers under 4,300 digits (Python writes no longer one), text keys.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from app.errors import Invalid

MAX_VALUES = 100_000  # every list, object, text, number, boolean and null counts one
MAX_DEPTH = 32  # a request body's JSON_MAX_DEPTH
MAX_CHARS = 16_000_000  # the JSON the data would be, roughly: a request body's 16 MB
_JSON_INT_BITS = 14_284  # under 10 ** 4,300: Python writes no longer integer as text (json.dumps raised)

_TOO_MANY = f"takes the task data past the {MAX_VALUES:,} values it may hold (every list, object and value counts)"
Path = tuple[Any, ...]  # a name, then keys (texts, or numbers when a script keyed by them) and list indexes
_Entry = tuple[Any, int, Any, Any]  # (node, depth, parent entry, key in parent)


class NotStorable(ValueError):
    """``path`` (from the data's top-level name) holds what task data cannot, as ``problem`` says."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def check_storable(values: Mapping[str, Any]) -> None:
    """Walk ``values`` (task data, or the variables a script leaves in it) without recursion, all of it: a value
    changed in place (``items.append(float('inf'))``) is the same object as before, and as new.

    :raises NotStorable: the first place over a limit or not storable."""
    budget = MAX_CHARS
    count = 0
    # the path is rebuilt from the parent entries only for an error
    stack: list[_Entry] = [(value, 1, None, name) for name, value in values.items()]
    while stack:
        entry = stack.pop()
        node, depth = entry[0], entry[1]
        count += 1
        if count > MAX_VALUES:
            raise NotStorable(_path(entry), _TOO_MANY)
        if isinstance(node, str):
            budget -= len(node) + 3
        elif isinstance(node, (dict, list, tuple, set, frozenset)):
            if depth >= MAX_DEPTH:
                raise NotStorable(_path(entry), f"nests deeper than the {MAX_DEPTH} levels task data may hold")
            if count + len(node) > MAX_VALUES:  # before a stack entry is made for each of 10,000,000 items
                raise NotStorable(_path(entry), _TOO_MANY)
            budget -= 2 + (2 * len(node) if isinstance(node, dict) else len(node))
            _push_children(stack, entry)
        else:
            budget -= _scalar_chars(entry)
        if budget < 0:
            raise NotStorable(_path(entry), f"would take the task data over {MAX_CHARS:,} characters of JSON")


def check_given_data(data: Mapping[str, Any], field: str = "data") -> None:
    """Data a person or an API call gives an instance (a start, a completed task, a retry's fix).

    :raises Invalid: over a limit or not storable, naming the place under ``field`` (``data.items[7]``)."""
    try:
        check_storable(data)
    except NotStorable as exc:
        place = field + "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in exc.path)
        raise Invalid(errors=[{"field": place, "message": exc.problem}]) from None


def _push_children(stack: list[_Entry], entry: _Entry) -> None:
    node, depth = entry[0], entry[1] + 1
    if isinstance(node, dict):
        for key, item in node.items():
            if key is not None and not isinstance(key, (str, int, float)):
                raise NotStorable(_path(entry), f"has the key {_short(key)}: task data's keys are texts")
            stack.append((item, depth, entry, key))
    else:
        stack.extend((item, depth, entry, index) for index, item in enumerate(node))


def _scalar_chars(entry: _Entry) -> int:
    node = entry[0]
    if isinstance(node, float) and not math.isfinite(node):
        raise NotStorable(_path(entry), f"is {node}: task data holds finite numbers only")
    if isinstance(node, int) and node.bit_length() > _JSON_INT_BITS:
        raise NotStorable(_path(entry), "is an integer of over 4,300 digits: task data cannot hold it")
    return 8


def _path(entry: _Entry) -> Path:
    keys: list[Any] = []
    while entry is not None:
        keys.append(entry[3])
        entry = entry[2]
    return tuple(reversed(keys))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
