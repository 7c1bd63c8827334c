"""What an evaluation returns, how it explains itself, and how its values become JSON."""
from __future__ import annotations

import datetime as dt
import decimal
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from app.rules.errors import NoMatch
from app.rules.feel.nanos import duration_text
from app.rules.feel.types import YearsMonths
from app.rules.feel.types import to_text

MULTI_HIT = ("COLLECT", "RULE ORDER", "OUTPUT ORDER")


@dataclass(frozen=True)
class MatchedRule:
    """A rule that contributed to the result: its 1-based position, its id and its outputs."""

    index: int
    rule_id: str | None
    outputs: dict[str, Any]


@dataclass(frozen=True)
class EvaluatedInput:
    """An input column of a table and the value its expression gave."""

    label: str
    expression: str
    value: Any


@dataclass(frozen=True)
class DecisionResult:
    """The outcome of one decision.

    ``outputs`` follows DMN: for a table with one output column the value itself, otherwise a
    dict of output name → value; for COLLECT, RULE ORDER and OUTPUT ORDER a list of those (an
    aggregated COLLECT gives one value); ``None`` when no rule matched and there is no default.
    Numbers are ``Decimal``; :func:`to_jsonable` converts for storage. ``required`` holds the
    results of the decisions this one used, by decision id.
    """

    decision_id: str
    decision_name: str
    kind: str
    hit_policy: str | None
    aggregation: str | None
    outputs: Any
    output_names: tuple[str, ...]
    matched_rules: list[MatchedRule] = field(default_factory=list)
    inputs: list[EvaluatedInput] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    defaulted: bool = False
    required: dict[str, DecisionResult] = field(default_factory=dict)

    @property
    def matched(self) -> list[MatchedRule]:
        """Shorthand for ``matched_rules``: ``[]`` means no rule matched."""
        return self.matched_rules

    @property
    def no_match(self) -> bool:
        """True for a decision table where no rule matched and no default output applied."""
        return self.kind == "decision table" and not self.matched_rules and not self.defaulted

    def require(self) -> DecisionResult:
        """Return ``self``, or raise :class:`NoMatch` when no rule matched and there is no default.

        :raises NoMatch: naming the decision and the input values, for the fallout record.
        """
        if self.no_match:
            shown = ", ".join(f"{i.label} = {to_text(i.value)}" for i in self.inputs)
            raise NoMatch(f"decision '{self.decision_name}': no rule matched ({shown or 'no inputs'})")
        return self

    def as_dict(self) -> dict[str, Any]:
        """The result shaped for process data: always a dict keyed by output name.

        Multi-hit tables give a list per output (as SpiffWorkflow did), an aggregated COLLECT
        the aggregate; no match gives ``None`` (or ``[]`` for multi-hit) per output. A dotted
        output name (``pricing.discount``) becomes a nested dict.
        """
        if self.kind != "decision table":
            return nest({self.output_names[0]: self.outputs})
        if len(self.output_names) == 1:
            value = [] if self.outputs is None and self._listed() else self.outputs
            return nest({self.output_names[0]: value})
        if self._listed():
            rows = self.outputs or []
            return nest({name: [row[name] for row in rows] for name in self.output_names})
        values = self.outputs or {}
        return nest({name: values.get(name) for name in self.output_names})

    def _listed(self) -> bool:
        return self.hit_policy in MULTI_HIT and not self.aggregation

    def explain(self) -> dict[str, Any]:
        """A JSON-safe account of the evaluation, to store with the order or task."""
        return {
            "decision_id": self.decision_id,
            "decision_name": self.decision_name,
            "kind": self.kind,
            "hit_policy": self.hit_policy,
            "aggregation": self.aggregation,
            "inputs": [{"label": i.label, "expression": i.expression, "value": to_jsonable(i.value)}
                       for i in self.inputs],
            "matched_rules": [{"index": m.index, "rule_id": m.rule_id, "outputs": to_jsonable(m.outputs)}
                              for m in self.matched_rules],
            "defaulted": self.defaulted,
            "outputs": to_jsonable(self.outputs),
            "warnings": list(self.warnings),
            "required_decisions": {key: result.explain() for key, result in self.required.items()},
        }


def nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """``{"a.b": v}`` as ``{"a": {"b": v}}``, to any depth (a dotted output name, a dotted fact)."""
    nested: dict[str, Any] = {}
    for name, value in flat.items():
        *parents, leaf = name.split(".")
        target = nested
        for parent in parents:
            child = target.get(parent)
            if not isinstance(child, dict):
                child = target[parent] = {}
            target = child
        target[leaf] = value
    return nested


def to_jsonable(value: Any) -> Any:
    """Convert a result value for JSON: ``Decimal`` → ``int`` when whole, else ``float`` when the
    float prints back as the same decimal, else ``str`` (no silent rounding); dates, times and
    durations → ISO 8601 strings; lists and dicts recursively; anything else → its FEEL text."""
    if value is None or isinstance(value, (bool, str, int, float)):
        return value
    if isinstance(value, decimal.Decimal):
        return _number(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return duration_text(value)
    if isinstance(value, YearsMonths):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    return to_text(value)


def _number(value: decimal.Decimal) -> int | float | str:
    # Python writes no integer over its int-to-text limit (4,300 digits): json.dumps of 10 ** 5000 raised, a 500
    if not value.is_finite() or value.adjusted() >= (sys.get_int_max_str_digits() or value.adjusted() + 1):
        return str(value)
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    return as_float if decimal.Decimal(repr(as_float)) == value else str(value)


def to_python(value: Any) -> Any:
    """A FEEL value as plain Python for Python-expression tables (numbers → ``int``/``float``)."""
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, list):
        return [to_python(item) for item in value]
    if isinstance(value, dict):
        return {key: to_python(item) for key, item in value.items()}
    return value
