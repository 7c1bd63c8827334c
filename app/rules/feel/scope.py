"""The scope a FEEL closure runs in, and FEEL's comparison operators with their warnings."""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from app.rules.feel.types import FeelError
from app.rules.feel.types import compare
from app.rules.feel.types import equal
from app.rules.feel.types import kind_of
from app.rules.feel.types import to_text

# An evaluation may take this many steps (loop iterations, filtered items, function calls) and
# build strings and lists up to these sizes; beyond, it stops with EvaluationTooLarge. Real
# decisions take a few hundred steps; the limits stop a model or a fact that would hold a worker.
MAX_STEPS = 1_000_000
MAX_STRING = 1_000_000
MAX_ITEMS = 100_000
MAX_BUILT_CHARS = 50_000_000  # all the strings one evaluation builds: 100,000 strings of 1,000,000 were 100 GB
MAX_BUILT_ITEMS = 10_000_000  # all the items of the lists built-in functions return (no step counts them)


class EvaluationTooLarge(Exception):
    """An evaluation beyond the step or value-size budget; not FEEL null, but a refusal."""


class Budget:
    """The steps left to one evaluation, shared by every scope of it."""

    __slots__ = ("left", "chars_left", "items_left")

    def __init__(self, steps: int = MAX_STEPS) -> None:
        self.left = steps
        self.chars_left = MAX_BUILT_CHARS
        self.items_left = MAX_BUILT_ITEMS

    def spend(self, steps: int = 1) -> None:
        self.left -= steps
        if self.left < 0:
            raise EvaluationTooLarge(f"the evaluation took more than {MAX_STEPS:,} steps (loops, filters and "
                                     f"calls); simplify the expression or the data")


def check_size(value: Any, budget: Budget | None = None) -> Any:
    """Refuse a string or list beyond the value-size budget, or once the evaluation's ``budget`` has built more
    than ``MAX_BUILT_CHARS`` characters or ``MAX_BUILT_ITEMS`` list items (each value under the size limit, many
    could still exhaust the memory); return ``value`` otherwise."""
    if isinstance(value, str) and len(value) > MAX_STRING:
        raise EvaluationTooLarge(f"a string of {len(value):,} characters is beyond the limit of {MAX_STRING:,}")
    if isinstance(value, str) and budget is not None:
        budget.chars_left -= len(value)
        if budget.chars_left < 0:
            raise EvaluationTooLarge(f"the evaluation built more than {MAX_BUILT_CHARS:,} characters of text")
    if isinstance(value, (list, dict)) and len(value) > MAX_ITEMS:
        what = "list" if isinstance(value, list) else "context"
        raise EvaluationTooLarge(f"a {what} of {len(value):,} items is beyond the limit of {MAX_ITEMS:,}")
    if isinstance(value, (list, dict)) and budget is not None:  # context put copies its context each time
        budget.items_left -= len(value)
        if budget.items_left < 0:
            raise EvaluationTooLarge(f"the evaluation built lists and contexts of more than {MAX_BUILT_ITEMS:,} "
                                     "items in all")
    return value


class Env:
    """The scope of one evaluation: variables (chained to the parent), ``?``, warnings and the budget."""

    __slots__ = ("variables", "parent", "input", "warnings", "budget")

    def __init__(self, variables: Mapping[str, Any], parent: Env | None = None,
                 warnings: list[str] | None = None) -> None:
        self.variables = variables
        self.parent = parent
        self.input: Any = parent.input if parent else None
        self.warnings: list[str] = parent.warnings if parent else ([] if warnings is None else warnings)
        self.budget: Budget = parent.budget if parent else Budget()

    def child(self, variables: Mapping[str, Any]) -> Env:
        return Env(variables, self)

    def warn(self, message: str) -> None:
        self.warnings.append(message)



def shown(value: Any) -> str:
    """A short rendering of a value for warnings (strings quoted, long values cut)."""
    try:
        text = f'"{value}"' if isinstance(value, str) else to_text(value)
    except FeelError:  # a number too big to write out plainly (from a Python cell, say): its scientific form
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def mismatch(env: Env, operator: str, left: Any, right: Any) -> None:
    """Warn that ``operator`` met operands FEEL cannot relate (null operands are not a mismatch)."""
    if left is not None and right is not None:
        env.warn(f"cannot compare {kind_of(left)} {shown(left)} with {kind_of(right)} {shown(right)} "
                 f"using '{operator}'")


def relate(operator: str, left: Any, right: Any, env: Env) -> bool | None:
    """FEEL ``= != < <= > >=``; null (and a warning) when the operands cannot be related."""
    if operator in ("=", "!="):
        same = equal(left, right)
        if same is None:
            mismatch(env, operator, left, right)
            return None
        return same if operator == "=" else not same
    order = compare(left, right)
    if order is None:
        mismatch(env, operator, left, right)
        return None
    return _ORDER_TESTS[operator](order)


_ORDER_TESTS: dict[str, Callable[[int], bool]] = {
    "<": lambda order: order < 0, "<=": lambda order: order <= 0,
    ">": lambda order: order > 0, ">=": lambda order: order >= 0,
}


