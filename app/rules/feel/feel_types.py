"""FEEL types: ``instance of``, typed parameters and DMN ``typeRef`` (DMN 1.4 §10.3.2.9).

A type is read from its text (``number``, ``list<string>``, ``context<a: number>``,
``function<number> -> string``, an item definition's name) into a :class:`FeelType`; values are
checked against it with :meth:`FeelType.conforms`, and :func:`coerce` applies the spec's
conversions (a singleton list to its element and back) before giving null for a value that does
not conform.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.rules.feel.types import kind_of

BUILTIN_TYPES = frozenset({"number", "string", "boolean", "date", "time", "date and time",
                           "days and time duration", "years and months duration", "list", "context",
                           "range", "function"})
_ALIASES = {"dateTime": "date and time", "dayTimeDuration": "days and time duration",
            "yearMonthDuration": "years and months duration", "integer": "number", "decimal": "number",
            "double": "number", "int": "number", "long": "number", "duration": None}


class FeelType:
    """Base of every type; ``conforms`` answers whether a non-null value is of this type."""

    def conforms(self, value: Any) -> bool:
        raise NotImplementedError

    @property
    def is_list(self) -> bool:
        return False


@dataclass(frozen=True)
class AnyType(FeelType):
    def conforms(self, value: Any) -> bool:
        return True


@dataclass(frozen=True)
class NullType(FeelType):
    def conforms(self, value: Any) -> bool:
        return value is None


@dataclass(frozen=True)
class Named(FeelType):
    """A built-in type by its FEEL name (``None``: any duration)."""

    name: str | None

    def conforms(self, value: Any) -> bool:
        kind = kind_of(value)
        if self.name is None:
            return kind.endswith("duration")
        return kind == self.name

    @property
    def is_list(self) -> bool:
        return self.name == "list"


@dataclass(frozen=True)
class ListOf(FeelType):
    item: FeelType

    def conforms(self, value: Any) -> bool:
        return isinstance(value, list) and all(v is None or self.item.conforms(v) for v in value)

    @property
    def is_list(self) -> bool:
        return True


@dataclass(frozen=True)
class ContextOf(FeelType):
    """A context with at least these entries, each of its type (``constraint`` adds allowed values)."""

    fields: tuple[tuple[str, FeelType], ...]

    def conforms(self, value: Any) -> bool:
        return isinstance(value, dict) and all(
            key in value and (value[key] is None or field.conforms(value[key])) for key, field in self.fields)


@dataclass(frozen=True)
class RangeOf(FeelType):
    item: FeelType

    def conforms(self, value: Any) -> bool:
        from app.rules.feel.types import Range
        return isinstance(value, Range) and all(
            end is None or self.item.conforms(end) for end in (value.start, value.end))


@dataclass(frozen=True)
class FunctionOf(FeelType):
    parameters: tuple[FeelType, ...]
    result: FeelType

    def conforms(self, value: Any) -> bool:
        return kind_of(value) == "function"


@dataclass(frozen=True)
class Constrained(FeelType):
    """An item definition whose allowed values restrict its base type."""

    base: FeelType
    allowed: Callable[[Any], bool]

    def conforms(self, value: Any) -> bool:
        return self.base.conforms(value) and self.allowed(value)

    @property
    def is_list(self) -> bool:
        return self.base.is_list


ANY = AnyType()


def parse_type(text: str, defined: Mapping[str, FeelType] | None = None) -> FeelType:
    """Read a FEEL type; names of item definitions come from ``defined``; unknown names are ``Any``."""
    parser = _TypeText(" ".join(text.split()), defined or {})
    found = parser.type()
    return found if parser.rest() == "" else ANY


class _TypeText:
    _WORD = re.compile(r"\s*(date and time|days and time duration|years and months duration|[^\W\d][\w.]*)")

    def __init__(self, text: str, defined: Mapping[str, FeelType]) -> None:
        self.text, self.position, self.defined = text, 0, defined

    def rest(self) -> str:
        return self.text[self.position:].strip()

    def _take(self, symbol: str) -> bool:
        rest = self.text[self.position:]
        stripped = rest.lstrip()
        if stripped.startswith(symbol):
            self.position += len(rest) - len(stripped) + len(symbol)
            return True
        return False

    def type(self) -> FeelType:
        match = self._WORD.match(self.text, self.position)
        if not match:
            return ANY
        self.position = match.end()
        word = match.group(1)
        if word in ("list", "range") and self._take("<"):
            item = self.type()
            self._take(">")
            return ListOf(item) if word == "list" else RangeOf(item)
        if word == "context" and self._take("<"):
            fields = []
            while not self._take(">"):
                key = self._WORD.match(self.text, self.position)
                if not key:
                    return ANY
                self.position = key.end()
                self._take(":")
                fields.append((key.group(1), self.type()))
                self._take(",")
            return ContextOf(tuple(fields))
        if word == "function" and self._take("<"):
            parameters = []
            while not self._take(">"):
                parameters.append(self.type())
                if not self._take(",") and not self.rest().startswith(">"):
                    return ANY
            result = self.type() if self._take("->") else ANY
            return FunctionOf(tuple(parameters), result)
        return named_type(word, self.defined)


def named_type(name: str, defined: Mapping[str, FeelType]) -> FeelType:
    """A type by name: an item definition, a FEEL built-in (``feel:`` prefix allowed), or ``Any``."""
    if name in defined:
        return defined[name]
    local = name.split(":")[-1] if ":" in name else name
    if local in defined:
        return defined[local]
    if local == "Any":
        return ANY
    if local == "Null":
        return NullType()
    if local in BUILTIN_TYPES:
        return Named(local)
    if local in _ALIASES:
        return Named(_ALIASES[local])
    return ANY


def instance_of(value: Any, expected: FeelType) -> bool:
    """FEEL ``value instance of T``: null is an instance of ``Null`` only; allowed values do not count."""
    if value is None:
        return isinstance(expected, NullType)
    while isinstance(expected, Constrained):
        expected = expected.base
    return expected.conforms(value)


def coerce(value: Any, expected: FeelType) -> tuple[Any, bool]:
    """The value as ``expected`` requires: (value, True) when it conforms after the spec's
    singleton-list conversions, (None, False) when it does not."""
    if value is None or expected.conforms(value):
        return value, True
    if isinstance(value, list) and len(value) == 1 and not expected.is_list and expected.conforms(value[0]):
        return value[0], True
    if expected.is_list and not isinstance(value, list) and expected.conforms([value]):
        return [value], True
    return None, False
