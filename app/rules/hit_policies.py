"""Hit policies (DMN 1.4 §8.2.11): which matching rules count, and how their outputs combine."""
from __future__ import annotations

import decimal
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.rules.errors import DecisionFailed
from app.rules.feel import list_functions
from app.rules.feel.scope import shown
from app.rules.feel.types import FeelError
from app.rules.feel.types import equal


@dataclass(frozen=True)
class Hit:
    """A matching rule (1-based ``index``) and the outputs its entries gave, by output name."""

    index: int
    rule_id: str | None
    outputs: dict[str, Any]

    def label(self) -> str:
        return f"{self.index} (id {self.rule_id})" if self.rule_id else str(self.index)


def select(policy: str, hits: Sequence[Hit], priorities: Sequence[Sequence[Any]], owner: str) -> list[Hit]:
    """Return the hits that make up the result, in result order.

    ``priorities`` gives, per output, the allowed values in priority order (empty when the output
    has none); PRIORITY and OUTPUT ORDER rank by them.

    :raises DecisionFailed: UNIQUE with several hits; ANY with hits whose outputs differ.
    """
    if policy == "UNIQUE" and len(hits) > 1:
        raise DecisionFailed(f"{owner}: hit policy UNIQUE, but rules {_labels(hits)} all match")
    if policy == "ANY":
        for other in hits[1:]:
            if not _same_outputs(hits[0].outputs, other.outputs):
                raise DecisionFailed(f"{owner}: hit policy ANY, but matching rules {hits[0].label()} and "
                                     f"{other.label()} give different outputs "
                                     f"({_render(hits[0].outputs)} vs {_render(other.outputs)})")
        return list(hits[:1])
    if policy == "FIRST":
        return list(hits[:1])
    if policy == "PRIORITY":
        return [min(hits, key=lambda hit: _rank(hit, priorities))] if hits else []
    if policy == "OUTPUT ORDER":
        return sorted(hits, key=lambda hit: _rank(hit, priorities))
    return list(hits)  # UNIQUE (at most one), COLLECT, RULE ORDER


def _labels(hits: Sequence[Hit]) -> str:
    return ", ".join(hit.label() for hit in hits)


def _same_outputs(left: dict[str, Any], right: dict[str, Any]) -> bool:
    return all(equal(left[name], right[name]) is True for name in left)


def _render(outputs: dict[str, Any]) -> str:
    return ", ".join(f"{name} = {shown(value)}" for name, value in outputs.items())


def _rank(hit: Hit, priorities: Sequence[Sequence[Any]]) -> tuple[int, ...]:
    """Position of each output value in its output's value list; unlisted values rank last."""
    ranks = []
    for value, ordered in zip(hit.outputs.values(), priorities):
        if ordered:
            ranks.append(next((n for n, item in enumerate(ordered) if equal(item, value)), len(ordered)))
    return tuple(ranks)


def shape(policy: str, aggregation: str | None, rows: Sequence[dict[str, Any]], warnings: list[str]) -> Any:
    """The DMN value of the selected rows: one output column gives bare values, several give dicts;
    multi-hit policies give a list, or one aggregate for COLLECT with SUM/MIN/MAX/COUNT."""
    values = [next(iter(row.values())) if len(row) == 1 else dict(row) for row in rows]
    if aggregation:
        return _aggregate(aggregation, values, warnings)
    if policy in ("COLLECT", "RULE ORDER", "OUTPUT ORDER"):
        return values
    return values[0] if values else None


def _aggregate(aggregation: str, values: list[Any], warnings: list[str]) -> Any:
    if aggregation == "COUNT":
        return decimal.Decimal(len(values))
    aggregate = {"SUM": list_functions.total, "MIN": list_functions.extreme(-1),
                 "MAX": list_functions.extreme(1)}[aggregation]
    try:
        return aggregate(values)
    except (FeelError, ArithmeticError) as exc:
        warnings.append(f"COLLECT {aggregation}: {exc}")
        return None
