"""FEEL list functions (DMN 1.4 §10.3.4.4); the hit-policy aggregations use the same ones.

Each raises :class:`FeelError` for arguments FEEL would answer with null.
"""
from __future__ import annotations

import decimal
from collections.abc import Callable
from typing import Any

from app.rules.feel.scope import MAX_STEPS
from app.rules.feel.scope import EvaluationTooLarge
from app.rules.feel.types import NUMBERS
from app.rules.feel.types import FeelError
from app.rules.feel.types import compare
from app.rules.feel.types import equal
from app.rules.feel.types import expect_integer
from app.rules.feel.types import expect_list
from app.rules.feel.types import expect_number
from app.rules.feel.types import kind_of

D = decimal.Decimal


def spread(values: tuple[Any, ...]) -> list[Any]:
    """``max([1, 2])`` and ``max(1, 2)`` mean the same; ``max()`` and ``max(null)`` are errors."""
    if not values:
        raise FeelError("expects a list or at least one value")
    if len(values) == 1 and not isinstance(values[0], list):
        if values[0] is None:
            raise FeelError("expects a list, got null")
        return [values[0]]
    return values[0] if len(values) == 1 else list(values)


def _booleans(values: tuple[Any, ...]) -> list[Any]:
    items = spread(values)
    if len(values) == 1 and not isinstance(values[0], list) and not isinstance(values[0], bool):
        raise FeelError(f"expects a list of booleans, got {kind_of(values[0])}")
    for item in items:
        if item is not None and not isinstance(item, bool):
            raise FeelError(f"expects booleans, got {kind_of(item)}")
    return items


def count(items: Any) -> D:
    return D(len(expect_list(items)))


def extreme(sign: int) -> Callable[..., Any]:
    """``min`` (sign -1) or ``max`` (sign 1) over any values FEEL can order; null for ``[]``."""
    def pick(*values: Any) -> Any:
        items = spread(values)
        if not items:
            return None
        best = items[0]
        for item in items[1:]:
            order = compare(item, best)
            if order is None:
                raise FeelError(f"cannot order {kind_of(item)} against {kind_of(best)}")
            if order * sign > 0:
                best = item
        return best
    return pick


def total(*values: Any) -> D | None:
    """``sum``: null for an empty list, as DMN 1.3+ specifies."""
    items = [expect_number(item) for item in spread(values)]
    result = D(0)
    for item in items:
        result = NUMBERS.add(result, item)
    return result if items else None


def product(*values: Any) -> D:
    items = [expect_number(item) for item in spread(values)]
    if not items:
        raise FeelError("the product of an empty list is null")
    result = D(1)
    for item in items:
        result = NUMBERS.multiply(result, item)
    return result


def mean(*values: Any) -> D | None:
    items = spread(values)
    summed = total(items)
    return None if summed is None else NUMBERS.divide(summed, D(len(items)))


def median(*values: Any) -> D | None:
    items = sorted(expect_number(item) for item in spread(values))
    if not items:
        return None
    middle = len(items) // 2
    if len(items) % 2:
        return items[middle]
    return NUMBERS.divide(NUMBERS.add(items[middle - 1], items[middle]), D(2))


def all_true(*values: Any) -> bool | None:
    items = _booleans(values)
    if any(item is False for item in items):
        return False
    return True if all(item is True for item in items) else None


def any_true(*values: Any) -> bool | None:
    items = _booleans(values)
    if any(item is True for item in items):
        return True
    return False if all(item is False for item in items) else None


def list_contains(items: Any, element: Any) -> bool:
    return any(equal(item, element) for item in expect_list(items))


def _position(items: list[Any], position: Any) -> int:
    index = expect_integer(position)
    if index == 0 or abs(index) > len(items):
        raise FeelError(f"position {index} is outside the list")
    return index - 1 if index > 0 else len(items) + index


def sublist(items: Any, start: Any, length: Any = None) -> list[Any]:
    values = expect_list(items)
    begin = _position(values, start)
    return values[begin:] if length is None else values[begin:begin + expect_integer(length)]


def append(items: Any, *more: Any) -> list[Any]:
    return [*expect_list(items), *more]


def concatenate(*lists: Any) -> list[Any]:
    return [item for items in lists for item in expect_list(items)]


def insert_before(items: Any, position: Any, item: Any) -> list[Any]:
    values = list(expect_list(items))
    values.insert(_position(values, position), item)
    return values


def remove(items: Any, position: Any) -> list[Any]:
    values = list(expect_list(items))
    del values[_position(values, position)]
    return values


def reverse(items: Any) -> list[Any]:
    return list(reversed(expect_list(items)))


_HASHED_KINDS = frozenset({"number", "string", "boolean", "null"})  # FEEL's = is Python's == (and hash) for these


def distinct_values(items: Any) -> list[Any]:
    """Each value once, in order. Numbers, texts and booleans are looked up by hash: comparing each item with
    all kept ones took ~10^10 comparisons for 100,000 numbers (hours, holding the request). The other kinds
    are compared pairwise, within the evaluation's step limit (no step budget reaches a built-in)."""
    kept: list[Any] = []
    hashed: set[tuple[str, Any]] = set()
    compared: list[Any] = []
    comparisons = 0
    for item in expect_list(items):
        kind = kind_of(item)
        if kind in _HASHED_KINDS:
            if (kind, item) not in hashed:
                hashed.add((kind, item))
                kept.append(item)
            continue
        comparisons += len(compared)
        if comparisons > MAX_STEPS:
            raise EvaluationTooLarge(f"distinct values would compare lists, contexts or dates more than "
                                     f"{MAX_STEPS:,} times")
        if not any(equal(item, seen) for seen in compared):
            compared.append(item)
            kept.append(item)
    return kept


def flatten(items: Any) -> list[Any]:
    flat: list[Any] = []
    for item in expect_list(items):
        flat.extend(flatten(item) if isinstance(item, list) else [item])
    return flat


def index_of(items: Any, match: Any) -> list[D]:
    return [D(i) for i, item in enumerate(expect_list(items), 1) if equal(item, match)]


def union(*lists: Any) -> list[Any]:
    return distinct_values(concatenate(*lists))
