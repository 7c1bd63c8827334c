"""What compiling FEEL needs beyond the syntax tree (item definitions, a place for notes), and
the runtime pieces of functions and iterations: FEEL-defined function values, iteration domains
(lists and integer ranges) and ``for`` results with ``partial``.
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import decimal
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from app.rules.feel import feel_types
from app.rules.feel import java
from app.rules.feel import temporal
from app.rules.feel.builtins import Builtin
from app.rules.feel.scope import Env
from app.rules.feel.scope import check_size
from app.rules.feel.scope import shown
from app.rules.feel.types import UNBOUNDED
from app.rules.feel.types import FeelError
from app.rules.feel.types import Function
from app.rules.feel.types import PointTest
from app.rules.feel.types import Range
from app.rules.feel.types import kind_of

Closure = Callable[[Env], Any]


@dataclass
class Compilation:
    """What compiling needs from the model (its item definitions) and notes what it found:
    calls that are always null, such as ``date("2024-13-01")`` (warnings at deployment)."""

    types: Mapping[str, feel_types.FeelType] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


_COMPILATION: contextvars.ContextVar[Compilation] = contextvars.ContextVar("feel_compilation")


@contextlib.contextmanager
def compiling(compilation: Compilation) -> Iterator[None]:
    """Compile the expressions of the ``with`` block for ``compilation``."""
    token = _COMPILATION.set(compilation)
    try:
        yield
    finally:
        _COMPILATION.reset(token)


def current() -> Compilation:
    return _COMPILATION.get(None) or Compilation()


def domain(values: Any, env: Env) -> Any:
    """What an iteration runs over: a list, a range of integers (``for i in 1..3``), or one value."""
    if isinstance(values, Range):
        return integers(values, env)
    if values is None:
        raise FeelError("cannot iterate over null")
    return values if isinstance(values, list) else [values]


def integers(span: Range, env: Env) -> list[Any]:
    """The integers (or the days, between two dates) a range runs over, up or down."""
    start, end = span.start, span.end
    if type(start) is dt.date and type(end) is dt.date:
        days = integers(Range(decimal.Decimal(start.toordinal()), decimal.Decimal(end.toordinal()),
                              span.start_included, span.end_included), env)
        return [dt.date.fromordinal(int(day)) for day in days]
    if not isinstance(start, decimal.Decimal) or not isinstance(end, decimal.Decimal) or \
            start != start.to_integral_value() or end != end.to_integral_value():
        raise FeelError(f"cannot iterate over {shown(span)}: its ends are not integers or dates")
    step = 1 if end >= start else -1
    first = int(start) + (0 if span.start_included else step)
    last = int(end) - (0 if span.end_included else step)
    if (last - first) * step < 0:
        return []
    env.budget.spend(abs(last - first))
    return [decimal.Decimal(i) for i in range(first, last + step, step)]


def for_results(body: Closure, scopes: Any) -> list[Any]:
    """Collect a ``for``'s results; those so far are visible to the body as ``partial`` (DMN 1.3)."""
    collected: list[Any] = []
    for scope in scopes:
        collected.append(body(scope.child({"partial": collected})))
        check_size(collected)
    return collected


def function_value(names: tuple[str, ...], types: tuple[feel_types.FeelType | None, ...], body: Closure
                   ) -> Closure:
    """A closure making a FEEL function that runs ``body`` in the scope it was defined in."""
    def make(env: Env) -> Function:
        def call(values: list[Any], caller: Env) -> Any:
            scope = Env(dict(zip(names, typed_arguments(values, types))), env)
            scope.warnings, scope.budget = caller.warnings, caller.budget
            return body(scope)
        return Function("anonymous", names, call)
    return make


def external_function_value(names: tuple[str, ...], types: tuple[feel_types.FeelType | None, ...],
                            mapping: Closure) -> Closure:
    """A closure making an external FEEL function: the Java method its ``mapping`` names (see :mod:`.java`),
    looked up where the function is defined. One Ordra does not emulate still makes a function, whose calls
    are null with the reason (as FEEL makes any failed call)."""
    def make(env: Env) -> Function:
        try:
            method: java.JavaMethod | None = java.resolve(mapping(env))
            problem = ""
        except FeelError as exc:
            method, problem = None, str(exc)

        def call(values: list[Any], caller: Env) -> Any:
            if method is None:
                raise FeelError(problem)
            return check_size(method.call(typed_arguments(values, types)), caller.budget)
        return Function(method.signature if method else "external", names, call)
    return make


def typed_arguments(values: list[Any], types: tuple[feel_types.FeelType | None, ...]) -> list[Any]:
    typed = []
    for value, expected in zip(values, types):
        if expected is not None:
            value, fits = feel_types.coerce(value, expected)
            if not fits:
                raise FeelError("an argument is not of the parameter's type")
        typed.append(value)
    return typed


def apply_filter(items: Any, condition: Closure, env: Env) -> Any:
    """``items[condition]``: the items for which it is true, or the item at a numeric position."""
    if items is None:
        return None
    items = items if isinstance(items, list) else [items]
    kept = []
    env.budget.spend(len(items))
    for item in items:
        scope = {"item": item}
        if isinstance(item, dict):
            scope.update(item)  # a context's own entries come first, even one named "item"
        verdict = condition(env.child(scope))
        if isinstance(verdict, decimal.Decimal):
            return _element(items, verdict, env)
        if verdict is True:
            kept.append(item)
    return kept


def _element(items: list[Any], position: decimal.Decimal, env: Env) -> Any:
    index = int(position)
    if index == 0 or abs(index) > len(items) or index != position:
        env.warn(f"index {shown(position)} is outside the list of {len(items)}")
        return None
    return items[index - 1] if index > 0 else items[index]


def invoke(function: Any, values: list[Any], names: tuple[str, ...] | None, env: Env) -> Any:
    """Call a FEEL function value (built-in or defined) with positional or named arguments;
    a FEEL error becomes null with a warning."""
    try:
        if isinstance(function, Builtin):
            return check_size(function.call(function.bind(values, names)), env.budget)
        if isinstance(function, Function):
            env.budget.spend()
            return function.invoke(_by_parameters(function, values, names), env)
    except (FeelError, ArithmeticError) as exc:
        env.warn(f"{getattr(function, 'name', 'function')}(): {exc}")
        return None
    env.warn(f"{kind_of(function)} {shown(function)} is not a function")
    return None


def _by_parameters(function: Function, values: list[Any], names: tuple[str, ...] | None) -> list[Any]:
    if names is None:
        if len(values) != len(function.parameters):
            raise FeelError(f"expects {len(function.parameters)} argument(s), got {len(values)}")
        return values
    unknown = set(names) - set(function.parameters)
    if unknown:
        raise FeelError(f"has no parameter {', '.join(sorted(unknown))}")
    given = dict(zip(names, values))
    return [given.get(parameter) for parameter in function.parameters]


def member(value: Any, key: str, env: Env) -> Any:
    """``value.key``: a context entry, each list item's, a range's or a date's property."""
    if value is None:
        env.warn(f"'.{key}' of null")
        return None
    if isinstance(value, dict):
        if key not in value:
            env.warn(f"the context has no entry '{key}'")
        return value.get(key)
    if isinstance(value, list):
        return [member(item, key, env) for item in value]
    if isinstance(value, PointTest) and not value.negated:
        value = Range(value.value, value.value)  # (= 10) has the properties of [10..10]
    if isinstance(value, Range):
        ends = {"start": value.start, "end": value.end}
        return {**{k: None if v is UNBOUNDED else v for k, v in ends.items()},
                "start included": value.start_included, "end included": value.end_included}.get(key)
    try:
        return temporal.component(value, key)
    except FeelError as exc:
        env.warn(f"'.{key}': {exc}")
        return None
