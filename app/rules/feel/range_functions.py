"""FEEL's range built-ins (DMN 1.4 §10.3.4.9): ``before``, ``after``, ``meets``, ``met by``,
``overlaps``, ``overlaps before``, ``overlaps after``, ``finishes``, ``finished by``, ``includes``,
``during``, ``starts``, ``started by``, ``coincides`` — over points and ranges, as the spec defines
them. A comparison FEEL cannot make (different types, an open end) raises :class:`FeelError`.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.rules.feel.types import FeelError
from app.rules.feel.types import Range
from app.rules.feel.types import compare


def _order(left: Any, right: Any) -> int:
    order = compare(left, right)
    if order is None:
        raise FeelError("the values cannot be compared")
    return order


def _lt(a: Any, b: Any) -> bool:
    return _order(a, b) < 0


def _eq(a: Any, b: Any) -> bool:
    return _order(a, b) == 0


def _dispatch(name: str, pp: Callable[..., bool] | None = None, pr: Callable[..., bool] | None = None,
              rp: Callable[..., bool] | None = None, rr: Callable[..., bool] | None = None) -> Callable[..., bool]:
    def run(first: Any, second: Any) -> bool:
        if first is None or second is None:
            raise FeelError(f"{name}() of null")
        kinds = (isinstance(first, Range), isinstance(second, Range))
        handler = {(False, False): pp, (False, True): pr, (True, False): rp, (True, True): rr}[kinds]
        if handler is None:
            raise FeelError(f"{name}() does not take these arguments")
        return handler(first, second)
    return run


def _includes_point(r: Range, p: Any) -> bool:
    return (_lt(r.start, p) and _lt(p, r.end)) or (_eq(r.start, p) and r.start_included) or \
        (_eq(r.end, p) and r.end_included)


def _includes_range(a: Range, b: Range) -> bool:
    return (_lt(a.start, b.start) or (_eq(a.start, b.start) and (a.start_included or not b.start_included))) and \
        (_lt(b.end, a.end) or (_eq(a.end, b.end) and (a.end_included or not b.end_included)))


def _overlaps(a: Range, b: Range) -> bool:
    return (_lt(b.start, a.end) or (_eq(a.end, b.start) and a.end_included and b.start_included)) and \
        (_lt(a.start, b.end) or (_eq(a.start, b.end) and a.start_included and b.end_included))


def _overlaps_before(a: Range, b: Range) -> bool:
    return (_lt(a.start, b.start) or (_eq(a.start, b.start) and a.start_included and not b.start_included)) and \
        (_lt(b.start, a.end) or (_eq(a.end, b.start) and a.end_included and b.start_included)) and \
        (_lt(a.end, b.end) or (_eq(a.end, b.end) and (not a.end_included or b.end_included)))


def _finishes(a: Range, b: Range) -> bool:
    return a.end_included == b.end_included and _eq(a.end, b.end) and \
        (_lt(b.start, a.start) or (_eq(a.start, b.start) and (not a.start_included or b.start_included)))


def _starts(a: Range, b: Range) -> bool:
    return _eq(a.start, b.start) and a.start_included == b.start_included and \
        (_lt(a.end, b.end) or (_eq(a.end, b.end) and (not a.end_included or b.end_included)))


FUNCTIONS: dict[str, Callable[..., bool]] = {
    "before": _dispatch(
        "before", pp=_lt,
        pr=lambda p, r: _lt(p, r.start) or (_eq(p, r.start) and not r.start_included),
        rp=lambda r, p: _lt(r.end, p) or (_eq(r.end, p) and not r.end_included),
        rr=lambda a, b: _lt(a.end, b.start) or ((not a.end_included or not b.start_included) and _eq(a.end, b.start))),
    "after": _dispatch(
        "after", pp=lambda a, b: _lt(b, a),
        pr=lambda p, r: _lt(r.end, p) or (_eq(p, r.end) and not r.end_included),
        rp=lambda r, p: _lt(p, r.start) or (_eq(r.start, p) and not r.start_included),
        rr=lambda a, b: _lt(b.end, a.start) or ((not a.start_included or not b.end_included)
                                                and _eq(a.start, b.end))),
    "meets": _dispatch("meets", rr=lambda a, b: a.end_included and b.start_included and _eq(a.end, b.start)),
    "met by": _dispatch("met by", rr=lambda a, b: a.start_included and b.end_included and _eq(a.start, b.end)),
    "overlaps": _dispatch("overlaps", rr=_overlaps),
    "overlaps before": _dispatch("overlaps before", rr=_overlaps_before),
    "overlaps after": _dispatch("overlaps after", rr=lambda a, b: _overlaps_before(b, a)),
    "finishes": _dispatch("finishes", pr=lambda p, r: r.end_included and _eq(r.end, p), rr=_finishes),
    "finished by": _dispatch("finished by", rp=lambda r, p: r.end_included and _eq(r.end, p),
                             rr=lambda a, b: _finishes(b, a)),
    "includes": _dispatch("includes", rp=_includes_point, rr=_includes_range),
    "during": _dispatch("during", pr=lambda p, r: _includes_point(r, p), rr=lambda a, b: _includes_range(b, a)),
    "starts": _dispatch("starts", pr=lambda p, r: r.start_included and _eq(r.start, p), rr=_starts),
    "started by": _dispatch("started by", rp=lambda r, p: r.start_included and _eq(r.start, p),
                            rr=lambda a, b: _starts(b, a)),
    "coincides": _dispatch("coincides", pp=_eq,
                           rr=lambda a, b: _eq(a.start, b.start) and a.start_included == b.start_included
                           and _eq(a.end, b.end) and a.end_included == b.end_included),
}
SIGNATURES = "point1,point2|point,range|range,point|range1,range2"
