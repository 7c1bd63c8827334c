"""More FEEL built-ins (DMN 1.4 §10.3.4): regular expressions, contexts, statistics, ``is``,
``range``, ``sort`` and ``list replace``.

Regular expressions run on the ``regex`` module with a timeout: a pattern from a model or a fact
cannot hold a worker (catastrophic backtracking ends as null with a warning).
"""
from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable
from typing import Any

import regex

from app.rules.feel import ast
from app.rules.feel import temporal
from app.rules.feel import xpath_regex
from app.rules.feel.list_functions import spread
from app.rules.feel.operators import negate
from app.rules.feel.parser import FeelSyntaxError
from app.rules.feel.parser import parse_unary_tests
from app.rules.feel.scope import MAX_STRING
from app.rules.feel.scope import Env
from app.rules.feel.types import NUMBERS
from app.rules.feel.types import FeelError
from app.rules.feel.types import Function
from app.rules.feel.types import Range
from app.rules.feel.types import compare
from app.rules.feel.types import equal
from app.rules.feel.types import expect_list
from app.rules.feel.types import expect_number
from app.rules.feel.types import expect_string
from app.rules.feel.types import integer_part
from app.rules.feel.types import kind_of

D = decimal.Decimal
REGEX_SECONDS = 0.25
_FLAGS = {"i": regex.IGNORECASE, "s": regex.DOTALL, "m": regex.MULTILINE, "x": regex.VERBOSE}


def _pattern(pattern: Any, flags: Any) -> regex.Pattern[str]:
    text = expect_string(pattern)
    letters = "" if flags is None else expect_string(flags)
    if any(letter not in "ismxq" for letter in letters):
        raise FeelError(f'unknown regular expression flags "{letters}"')
    version = regex.VERSION0
    if "q" in letters:
        text = regex.escape(text)
    else:
        text, subtracts = xpath_regex.translate(text, letters)
        version = regex.VERSION1 if subtracts else version
    options = version
    for letter in letters.replace("x", ""):  # translate() has applied x already
        options |= _FLAGS.get(letter, 0)
    try:
        return regex.compile(text, options)
    except regex.error as exc:
        raise FeelError(f"not a regular expression: {exc}") from None


def _timed(run: Callable[[], Any]) -> Any:
    try:
        return run()
    except TimeoutError:
        raise FeelError(f"the regular expression took longer than {REGEX_SECONDS} s") from None


def matches(text: Any, pattern: Any, flags: Any = None) -> bool:
    compiled, subject = _pattern(pattern, flags), expect_string(text)
    return bool(_timed(lambda: compiled.search(subject, timeout=REGEX_SECONDS)))


def replace(text: Any, pattern: Any, replacement: Any, flags: Any = None) -> str:
    compiled, subject = _pattern(pattern, flags), expect_string(text)
    if compiled.match("") is not None:
        raise FeelError("the pattern matches the empty string")
    template = expect_string(replacement)
    literal = "q" in (flags or "")
    try:
        result = _timed(lambda: compiled.sub(lambda match: _expand(template, match, literal), subject,
                                             timeout=REGEX_SECONDS))
    except IndexError as exc:
        raise FeelError(f"bad replacement: {exc}") from None
    if len(result) > MAX_STRING:
        raise FeelError("the result is too long")
    return str(result)


def _expand(template: str, match: Any, literal: bool) -> str:
    """An XPath replacement string: ``$1`` is a group, ``\\$`` a dollar, ``\\\\`` a backslash."""
    if literal:
        return template
    out, position = [], 0
    while position < len(template):
        char = template[position]
        if char == "\\" and position + 1 < len(template):
            out.append(template[position + 1])
            position += 2
        elif char == "$":
            digits = regex.match(r"\d+", template[position + 1:])
            if not digits:
                raise FeelError("a '$' in the replacement must be followed by a group number")
            out.append(match.group(int(digits.group())) or "")
            position += 1 + len(digits.group())
        else:
            out.append(char)
            position += 1
    return "".join(out)


def split(text: Any, delimiter: Any) -> list[str]:
    compiled, subject = _pattern(delimiter, None), expect_string(text)
    if compiled.match("") is not None:
        raise FeelError("the delimiter matches the empty string")
    return list(_timed(lambda: compiled.split(subject, timeout=REGEX_SECONDS)))


def is_same(left: Any = None, right: Any = None) -> bool:
    """``is(a, b)``: same type and value; times and dates-and-times also in the same zone or offset."""
    if kind_of(left) != kind_of(right):
        return False
    if isinstance(left, (dt.time, dt.datetime)):
        same_clock: bool = left.replace(tzinfo=None) == right.replace(tzinfo=None)
        return same_clock and _zone(left) == _zone(right)
    return equal(left, right) is True


def _zone(value: dt.time | dt.datetime) -> Any:
    """A named zone by its name, a fixed offset by its offset, no zone as None."""
    zone = value.tzinfo
    if zone is None:
        return None
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else zone.utcoffset(None)


def _expect_context(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FeelError(f"expected a context, got {kind_of(value)}")
    return value


def context(entries: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for entry in expect_list(entries):
        if not isinstance(entry, dict) or "key" not in entry or "value" not in entry:
            raise FeelError("each entry needs a key and a value")
        key = expect_string(entry["key"])
        if key in result:
            raise FeelError(f"the key '{key}' is given twice")
        result[key] = entry["value"]
    return result


def context_put(base: Any, key: Any, value: Any) -> dict[str, Any]:
    keys = key if isinstance(key, list) else [key]
    if not keys:
        raise FeelError("no key given")
    first = expect_string(keys[0])
    result = dict(_expect_context(base))
    result[first] = context_put(result.get(first), keys[1:], value) if len(keys) > 1 else value
    return result


def context_merge(contexts: Any) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for item in expect_list(contexts):
        result.update(_expect_context(item))
    return result


def mode(*values: Any) -> list[Any]:
    items = spread(values)
    numbers = [expect_number(item) for item in items]
    counts: dict[D, int] = {}
    for number in numbers:
        counts[number] = counts.get(number, 0) + 1
    most = max(counts.values(), default=0)
    return sorted(number for number, count in counts.items() if count == most)


def stddev(*values: Any) -> D:
    items = spread(values)
    numbers = [expect_number(item) for item in items]
    if len(numbers) < 2:
        raise FeelError("the standard deviation needs at least two numbers")
    mean = NUMBERS.divide(sum(numbers, D(0)), D(len(numbers)))
    squares = sum((NUMBERS.power(n - mean, 2) for n in numbers), D(0))
    return NUMBERS.sqrt(NUMBERS.divide(squares, D(len(numbers) - 1)))


def list_replace(items: Any, position: Any, new_item: Any) -> list[Any]:
    values = list(expect_list(items))
    if isinstance(position, (Function,)) or callable(getattr(position, "call", None)):
        return [new_item if _verdict(call_function(position, [item, new_item])) else item for item in values]
    index = integer_part(position)
    if index == 0 or abs(index) > len(values):
        raise FeelError(f"position {index} is outside the list")
    values[index - 1 if index > 0 else index] = new_item
    return values


def sort(items: Any, precedes: Any = None) -> list[Any]:
    values = list(expect_list(items))
    if precedes is None:
        ordered: list[Any] = []
        for value in values:
            if ordered and compare(value, ordered[0]) is None:
                raise FeelError("the items cannot be ordered against each other")
            ordered.append(value)
        return sorted(ordered, key=_Ordered)
    if len(values) > 10_000:
        raise FeelError("sort with a function takes at most 10,000 items")
    result: list[Any] = []
    for value in values:  # insertion by the caller's order: n log n calls of an arbitrary function
        low, high = 0, len(result)
        while low < high:
            middle = (low + high) // 2
            if call_function(precedes, [value, result[middle]]) is True:
                high = middle
            else:
                low = middle + 1
        result.insert(low, value)
    return result


class _Ordered:
    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Ordered) -> bool:
        return compare(self.value, other.value) == -1


def _verdict(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FeelError(f"the function must answer true or false, not {kind_of(value)}")
    return value


def call_function(function: Any, values: list[Any]) -> Any:
    """Call a FEEL function value from a built-in (``sort``'s precedes, ``list replace``'s match)."""
    if isinstance(function, Function):
        if len(function.parameters) != len(values):
            raise FeelError(f"the function must take {len(values)} parameters")
        return function.invoke(values, Env({}))
    if callable(getattr(function, "call", None)):
        return function.call(values)
    raise FeelError(f"expected a function, got {kind_of(function)}")


def range_from(text: Any) -> Range:
    """``range("[1..10)")``: a range literal whose ends are literals (or date/time calls with literals);
    ``range(">= 10")`` is not one and gives null.

    The ends are read here rather than by the evaluator, whose built-ins include this one.
    """
    source = expect_string(text)
    try:
        tests = parse_unary_tests(source)
    except FeelSyntaxError:
        raise FeelError(f'"{source}" is not a range') from None
    if len(tests.tests) != 1 or tests.negated:
        raise FeelError(f'"{source}" is not a range')
    test = tests.tests[0]
    # a unary comparison (">= 10") is a range in a cell, but not a range literal: the TCK (1156) wants null
    node = test.expression if isinstance(test, ast.ExpressionTest) else None
    if isinstance(node, ast.RangeNode) and not (_is_null(node.start) and _is_null(node.end)) and \
            _literal_end(node.start) and _literal_end(node.end):
        start, end = _literal_value(node.start), _literal_value(node.end)
        if start is None or end is None or kind_of(start) == kind_of(end):
            if start is not None and end is not None and compare(start, end) == 1:
                raise FeelError(f'"{source}" ends before it starts')
            return Range(start, end, node.start_included, node.end_included)
    raise FeelError(f'"{source}" is not a range of literal values')


_TEMPORAL_LITERALS: dict[str, Callable[..., Any]] = {
    "date": temporal.make_date, "time": temporal.make_time, "date and time": temporal.make_date_time,
    "duration": lambda text: temporal.parse_duration(expect_string(text)),
}


def _literal_value(node: Any) -> Any:
    """The value of a range end ``_literal_end`` accepted; a temporal call FEEL would make null is null."""
    if isinstance(node, ast.Literal):
        return node.value
    try:
        if isinstance(node, ast.Negate):
            return negate(_literal_value(node.operand))
        return _TEMPORAL_LITERALS[node.callee.name](*(argument.value for argument in node.arguments))
    except (FeelError, TypeError, ValueError):
        return None


def _is_null(node: Any) -> bool:
    return isinstance(node, ast.Literal) and node.value is None


def _literal_end(node: Any) -> bool:
    if isinstance(node, ast.Literal):
        return node.value is not None or True
    if isinstance(node, ast.Negate):
        return _literal_end(node.operand)
    return isinstance(node, ast.Call) and isinstance(node.callee, ast.Name) and \
        node.callee.name in ("date", "time", "date and time", "duration") and \
        all(isinstance(argument, ast.Literal) for argument in node.arguments)
