"""Deployment-time checks of FEEL decision tables: overlapping rules and rules that can never win.

Only what can be *proved* from the cells is reported. A cell is understood when it is ``-``, a
literal, a comparison with a literal (``< 10``), a range with literal ends, or a list of those;
anything else (names, ``?``, ``not(...)``, ``!=``) makes the check give up on that pair of rules,
so a warning here is never a false alarm.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.rules.dmn_xml import TableSpec
from app.rules.feel import ast
from app.rules.feel.types import compare
from app.rules.feel.types import equal

MAX_RULES = 500  # pairwise checks grow with the square of the rules; beyond this they are skipped

# An interval (low, low included, high, high included); None is unbounded.
Interval = tuple[Any, bool, Any, bool]
Domain = list[Interval] | None  # None: not understood
_ANY: list[Interval] = [(None, True, None, True)]


def check(spec: TableSpec, trees: Sequence[Sequence[ast.UnaryTests | None]]) -> list[tuple[int | None, str]]:
    """Return (line, message) warnings for the table's rules, whose parsed input entries are ``trees``."""
    if spec.hit_policy not in ("UNIQUE", "ANY", "FIRST"):
        return []
    if len(spec.rules) > MAX_RULES:
        return [(spec.line, f"{len(spec.rules)} rules: overlap checks are skipped above {MAX_RULES}")]
    domains = [[_domain(tree) for tree in row] for row in trees]
    if spec.hit_policy == "FIRST":
        return _unreachable(spec, domains)
    return _overlaps(spec, domains)


def _overlaps(spec: TableSpec, domains: list[list[Domain]]) -> list[tuple[int | None, str]]:
    found = []
    for later in range(len(domains)):
        for earlier in range(later):
            if not all(_intersect(a, b) for a, b in zip(domains[earlier], domains[later])):
                continue
            first, second = spec.rules[earlier], spec.rules[later]
            names = f"rules {earlier + 1} (id {first.rule_id}) and {later + 1} (id {second.rule_id})"
            if spec.hit_policy == "UNIQUE":
                found.append((second.line, f"{names} overlap: some inputs match both, and hit policy "
                                           f"UNIQUE then fails"))
            elif [c.text for c in first.outputs] != [c.text for c in second.outputs]:
                found.append((second.line, f"{names} overlap but give different outputs: hit policy ANY "
                                           f"then fails"))
    return found


def _unreachable(spec: TableSpec, domains: list[list[Domain]]) -> list[tuple[int | None, str]]:
    found = []
    for later in range(len(domains)):
        for earlier in range(later):
            if all(_covers(a, b) for a, b in zip(domains[earlier], domains[later])):
                rule = spec.rules[later]
                found.append((rule.line, f"rule {later + 1} (id {rule.rule_id}) is never used: rule "
                                         f"{earlier + 1} matches every input it matches, and comes first"))
                break
    return found


def _domain(tree: ast.UnaryTests | None) -> Domain:
    if tree is None or tree.negated:
        return None
    if tree.is_any:
        return _ANY
    intervals = []
    for test in tree.tests:
        interval = _interval(test)
        if interval is None:
            return None
        intervals.append(interval)
    return intervals


def _interval(test: ast.Test) -> Interval | None:
    if isinstance(test, ast.CompareTest) and isinstance(test.operand, ast.Literal):
        value = test.operand.value
        if value is None or isinstance(value, list):
            return None
        return {"<": (None, True, value, False), "<=": (None, True, value, True),
                ">": (value, False, None, True), ">=": (value, True, None, True),
                "=": (value, True, value, True)}.get(test.operator)
    if isinstance(test, ast.ExpressionTest) and not test.uses_input:
        node = test.expression
        if isinstance(node, ast.Literal) and node.value is not None and not isinstance(node.value, list):
            return node.value, True, node.value, True
        if isinstance(node, ast.RangeNode) and isinstance(node.start, ast.Literal) \
                and isinstance(node.end, ast.Literal):
            return node.start.value, node.start_included, node.end.value, node.end_included
    return None


def _intersect(left: Domain, right: Domain) -> bool:
    """Provably some value is in both domains."""
    if left is None or right is None:
        return False
    return any(_nonempty(_meet(a, b)) for a in left for b in right)


def _covers(outer: Domain, inner: Domain) -> bool:
    """Provably every value of ``inner`` is in ``outer``."""
    if outer is _ANY:
        return True
    if outer is None or inner is None:
        return False
    return all(any(_within(a, b) for a in outer) for b in inner)


def _meet(a: Interval, b: Interval) -> Interval | None:
    low = _tighter(a[0], a[1], b[0], b[1], lower=True)
    high = _tighter(a[2], a[3], b[2], b[3], lower=False)
    if low is None or high is None:
        return None
    return low[0], low[1], high[0], high[1]


def _tighter(x: Any, x_in: bool, y: Any, y_in: bool, *, lower: bool) -> tuple[Any, bool] | None:
    """The stricter of two bounds; None when the values cannot be ordered (different types)."""
    if x is None:
        return y, y_in
    if y is None:
        return x, x_in
    order = _order(x, y)
    if order is None:
        return None
    if order == 0:
        return x, x_in and y_in
    return (x, x_in) if (order > 0) == lower else (y, y_in)


def _nonempty(interval: Interval | None) -> bool:
    if interval is None:
        return False
    low, low_in, high, high_in = interval
    if low is None or high is None:
        return True
    order = _order(low, high)
    return order is not None and (order < 0 or (order == 0 and low_in and high_in))


def _order(x: Any, y: Any) -> int | None:
    """FEEL ordering, extended to equal values of unordered types (booleans are points too)."""
    order = compare(x, y)
    if order is None and equal(x, y) is True:
        return 0
    return order


def _within(outer: Interval, inner: Interval) -> bool:
    met = _meet(outer, inner)
    return met is not None and met == inner
