"""The demo connectors' failure rules, as process admins manage them on the simulator page.

A rule makes one connector fail with ``error_code``: on every call, on a share ``rate`` of
calls, or only when the input parameter ``match_field`` starts with ``match_prefix`` (see
``app.connectors.demo._simulate_failures``). Services flush; the request boundary commits.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app import connectors
from app.connectors.models import SimulatorRule
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db


@dataclass(frozen=True)
class RuleInput:
    """What a rule should say; ``match_field`` empty means every call of the connector."""

    connector: str
    error_code: str
    message: str = ""
    rate: float = 1.0
    match_field: str = ""
    match_prefix: str = ""
    enabled: bool = True


def simulated_connectors() -> list[str]:
    """The names rules can apply to: the demo simulators this app has (none outside demo mode)."""
    return [connector.name for connector in connectors.all_connectors() if connector.kind == "demo"]


def list_rules() -> list[SimulatorRule]:
    """All rules, by connector, then in the order they were made."""
    return list(db.session.scalars(select(SimulatorRule).order_by(SimulatorRule.connector, SimulatorRule.id)))


def get_rule(rule_id: int) -> SimulatorRule:
    """:raises NotFound: no rule ``rule_id``."""
    rule = db.session.get(SimulatorRule, rule_id)
    if rule is None:
        raise NotFound(f"no simulator rule {rule_id}")
    return rule


def create_rule(data: RuleInput) -> SimulatorRule:
    """Add a rule.

    :raises Invalid: an unknown connector, an empty error code, a rate outside 0–1, or a prefix
        without a field to match it against (``errors`` name the fields).
    """
    _check(data)
    rule = SimulatorRule()
    _apply(rule, data)
    db.session.add(rule)
    db.session.flush()
    return rule


def update_rule(rule_id: int, data: RuleInput) -> SimulatorRule:
    """Change rule ``rule_id`` to say ``data``.

    :raises NotFound: no such rule.
    :raises Invalid: as ``create_rule``.
    """
    rule = get_rule(rule_id)
    _check(data)
    _apply(rule, data)
    db.session.flush()
    return rule


def delete_rule(rule_id: int) -> None:
    """:raises NotFound: no rule ``rule_id``."""
    db.session.delete(get_rule(rule_id))
    db.session.flush()


def _check(data: RuleInput) -> None:
    errors = []
    if data.connector not in simulated_connectors():
        errors.append({"field": "connector", "message": f"no simulated connector named {data.connector!r}"})
    if not data.error_code.strip():
        errors.append({"field": "error_code", "message": "an error code is required"})
    if not 0.0 <= data.rate <= 1.0:
        errors.append({"field": "rate", "message": "a rate is between 0 and 1"})
    if data.match_prefix.strip() and not data.match_field.strip():
        errors.append({"field": "match_field", "message": "name the input parameter the prefix applies to"})
    if errors:
        raise Invalid(errors=errors)


def _apply(rule: SimulatorRule, data: RuleInput) -> None:
    rule.connector, rule.error_code, rule.message = data.connector, data.error_code.strip(), data.message.strip()
    rule.rate, rule.enabled = data.rate, data.enabled
    rule.match_field, rule.match_prefix = data.match_field.strip(), data.match_prefix.strip()
