"""The scope a FEEL closure runs in, and FEEL's comparison operators with their warnings."""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from app.rules.feel.types import compare
from app.rules.feel.types import equal
from app.rules.feel.types import kind_of
from app.rules.feel.types import to_text


class Env:
    """The scope of one evaluation: variables (chained to the parent), ``?`` and warnings."""

    __slots__ = ("variables", "parent", "input", "warnings")

    def __init__(self, variables: Mapping[str, Any], parent: Env | None = None,
                 warnings: list[str] | None = None) -> None:
        self.variables = variables
        self.parent = parent
        self.input: Any = parent.input if parent else None
        self.warnings: list[str] = parent.warnings if parent else ([] if warnings is None else warnings)

    def child(self, variables: Mapping[str, Any]) -> Env:
        return Env(variables, self)

    def warn(self, message: str) -> None:
        self.warnings.append(message)



def shown(value: Any) -> str:
    """A short rendering of a value for warnings (strings quoted, long values cut)."""
    text = f'"{value}"' if isinstance(value, str) else to_text(value)
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


