"""The FEEL syntax tree produced by :mod:`app.rules.feel.parser`.

Nodes are immutable; the compiler turns them into closures once, and the static checks of
decision tables (overlapping or unreachable rules) read them directly.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


class Node:
    """Base of every expression node."""


@dataclass(frozen=True, slots=True)
class Literal(Node):
    value: Any


@dataclass(frozen=True, slots=True)
class Name(Node):
    name: str


@dataclass(frozen=True, slots=True)
class InputValue(Node):
    """``?``: the input value a unary test is applied to."""


@dataclass(frozen=True, slots=True)
class Negate(Node):
    operand: Node


@dataclass(frozen=True, slots=True)
class Arithmetic(Node):
    operator: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Compare(Node):
    operator: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Logical(Node):
    operator: str  # "and" | "or"
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Between(Node):
    value: Node
    low: Node
    high: Node


@dataclass(frozen=True, slots=True)
class In(Node):
    value: Node
    tests: tuple[Test, ...]


@dataclass(frozen=True, slots=True)
class If(Node):
    condition: Node
    then: Node
    otherwise: Node


@dataclass(frozen=True, slots=True)
class ListNode(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class ContextNode(Node):
    entries: tuple[tuple[str, Node], ...]


@dataclass(frozen=True, slots=True)
class RangeNode(Node):
    start: Node
    end: Node
    start_included: bool
    end_included: bool
    iteration: bool = False  # ``for i in 3..1``: may count down; a range literal may not end before it starts


@dataclass(frozen=True, slots=True)
class Path(Node):
    base: Node
    key: str


@dataclass(frozen=True, slots=True)
class Filter(Node):
    base: Node
    condition: Node


@dataclass(frozen=True, slots=True)
class Call(Node):
    callee: Node
    arguments: tuple[Node, ...]
    names: tuple[str, ...] | None  # parameter names when invoked with named arguments


@dataclass(frozen=True, slots=True)
class Iterate(Node):
    """``for ... return``, ``some ... satisfies`` and ``every ... satisfies``."""

    kind: str  # "for" | "some" | "every"
    iterations: tuple[tuple[str, Node], ...]
    body: Node


@dataclass(frozen=True, slots=True)
class FunctionDef(Node):
    """``function(a, b: number) a + b``: parameters with the text of their type (or None)."""

    parameters: tuple[tuple[str, str | None], ...]
    body: Node
    external: bool = False


@dataclass(frozen=True, slots=True)
class InstanceOf(Node):
    value: Node
    type_text: str


class Test:
    """Base of the unary tests of a decision table cell."""


@dataclass(frozen=True, slots=True)
class CompareTest(Test):
    """``< 10``, ``>= date("2024-01-01")``, ``!= "x"``."""

    operator: str
    operand: Node


@dataclass(frozen=True, slots=True)
class ExpressionTest(Test):
    """An expression: a boolean when it uses ``?``; else the input must equal it or be in it."""

    expression: Node
    uses_input: bool


@dataclass(frozen=True, slots=True)
class UnaryTests:
    """A whole cell: ``-`` (``tests`` empty and not negated), a list of tests, or ``not(...)``."""

    tests: tuple[Test, ...]
    negated: bool = False

    @property
    def is_any(self) -> bool:
        return not self.tests and not self.negated


def children(node: Node | Test) -> Iterator[Node]:
    """Yield the direct sub-expressions of ``node`` (for analyses such as "does it use ``?``")."""
    for field in dataclasses.fields(node):  # type: ignore[arg-type]
        yield from _nodes_in(getattr(node, field.name))


def _nodes_in(value: Any) -> Iterator[Node]:
    if isinstance(value, Node):
        yield value
    elif isinstance(value, Test):
        yield from children(value)
    elif isinstance(value, tuple):
        for item in value:
            yield from _nodes_in(item)


def walk(node: Node) -> Iterator[Node]:
    """Yield ``node`` and every node below it."""
    yield node
    for child in children(node):
        yield from walk(child)


def uses_input(node: Node) -> bool:
    """True when ``?`` occurs in ``node``."""
    return any(isinstance(sub, InputValue) for sub in walk(node))
