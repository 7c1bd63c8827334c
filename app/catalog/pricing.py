"""Pricing order lines and orders: price-list charges (fixed or from a DMN matrix), discounts, totals.

Rules (the figures in ``tests/catalog`` are computed by hand from these):

- A line's unit recurring (monthly) charge is the sum of its offering's recurring price entries,
  its unit one-time charge the sum of its one-time entries. An entry with a ``decision_id`` takes
  its ``decision_output`` from that DMN decision evaluated on the line's characteristics
  (defaults filled in). Subtotal = unit charge x quantity.
- A discount (``Adjustment``) applies to the recurring or the one-time charge of a line, or of the
  whole order. Percentages are taken of the charge before any discount (so the order of discounts
  does not matter), each rounded half up to the penny; amounts are taken as they are. Discounts may
  not take a charge below zero. Order discounts apply to the order's totals after line discounts.
- An order needs an order manager's approval when any one discount exceeds ``max_percentage`` of
  the charge it applies to, or when all its discounts together exceed ``max_discount``.

Everything is ``Decimal`` rounded to pennies; only ``unit_charges``/``price_line`` touch the database.
"""
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from decimal import Decimal
from decimal import InvalidOperation
from typing import Any

from flask import current_app

from app import rules
from app.catalog.models import ONE_TIME
from app.catalog.models import PRICE_TYPES
from app.catalog.models import RECURRING
from app.catalog.models import ProductOffering
from app.catalog.money import MAX_AMOUNT
from app.catalog.money import PENNY
from app.catalog.money import ZERO
from app.catalog.money import money
from app.catalog.money import money_str
from app.catalog.service import OfferingTerms
from app.catalog.service import terms_of
from app.catalog.service import validate_characteristics
from app.errors import Invalid
from app.studio import decisions

PERCENTAGE = "percentage"
AMOUNT = "amount"
ADJUSTMENT_KINDS: tuple[str, ...] = (PERCENTAGE, AMOUNT)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class ApprovalLimits:
    """Above these an order manager must approve: a share of one charge (percent), a sum per order in ``currency``."""

    max_percentage: Decimal
    max_discount: Decimal
    currency: str


def approval_limits() -> ApprovalLimits:
    """The configured limits (``APPROVAL_MAX_DISCOUNT_PERCENT``, ``APPROVAL_MAX_DISCOUNT_PER_ORDER``, ``CURRENCY``)."""
    config = current_app.config
    return ApprovalLimits(max_percentage=Decimal(str(config["APPROVAL_MAX_DISCOUNT_PERCENT"])),
                          max_discount=money(config["APPROVAL_MAX_DISCOUNT_PER_ORDER"]), currency=config["CURRENCY"])


@dataclass(frozen=True)
class Adjustment:
    """A discount: ``value`` percent of, or ``value`` in ``CURRENCY`` off, the ``applies_to`` charge, with a reason."""

    kind: str
    value: Decimal
    reason: str
    applies_to: str = RECURRING


# Callers may pass adjustments as read from JSON (see ``adjustments_from_json``) or built.
AdjustmentLike = Adjustment | Mapping[str, Any]


@dataclass(frozen=True)
class AppliedAdjustment:
    """An adjustment with what it took (``amount``) from the charge it applied to (``base``)."""

    adjustment: Adjustment
    base: Decimal
    amount: Decimal


@dataclass(frozen=True)
class PricedLine:
    offering_id: int
    offering_name: str
    quantity: int
    characteristics: dict[str, Any]
    unit_recurring: Decimal
    unit_one_time: Decimal
    recurring_subtotal: Decimal
    one_time_subtotal: Decimal
    adjustments: tuple[AppliedAdjustment, ...]
    recurring_total: Decimal
    one_time_total: Decimal
    currency: str


def free(line: PricedLine) -> PricedLine:
    """``line`` at no charge: a suspend, resume or disconnect adds nothing to the contract's price."""
    return replace(line, unit_recurring=ZERO, unit_one_time=ZERO, recurring_subtotal=ZERO, one_time_subtotal=ZERO,
                   adjustments=(), recurring_total=ZERO, one_time_total=ZERO)


@dataclass(frozen=True)
class PricedOrder:
    lines: tuple[PricedLine, ...]
    adjustments: tuple[AppliedAdjustment, ...]
    recurring_total: Decimal
    one_time_total: Decimal
    discount_total: Decimal
    requires_approval: bool
    approval_reasons: tuple[str, ...]
    currency: str


# --- charges from the price list ---------------------------------------------------------------

def unit_charges(offering: ProductOffering | OfferingTerms,
                 characteristics: Mapping[str, Any]) -> tuple[Decimal, Decimal]:
    """The offering's unit (recurring, one-time) charges for already validated ``characteristics``.

    :raises Invalid: a pricing decision has no rule for these characteristics, or lacks the output.
    :raises NotFound: a pricing decision is not deployed.
    """
    totals = {RECURRING: ZERO, ONE_TIME: ZERO}
    outputs: dict[str, dict[str, Any]] = {}
    for price in terms_of(offering).prices:
        if price.decision_id:
            if price.decision_id not in outputs:
                outputs[price.decision_id] = _decision_outputs(price.decision_id, characteristics)
            amount = _output_amount(outputs[price.decision_id], price.decision_id, price.decision_output or "")
        else:
            assert price.amount is not None  # the table's check constraint: fixed or by decision
            amount = money(price.amount)
        totals[price.price_type] += amount
    return totals[RECURRING], totals[ONE_TIME]


def _decision_outputs(decision_id: str, facts: Mapping[str, Any]) -> dict[str, Any]:
    result = decisions.evaluate(decision_id, facts)
    try:
        result.require()
    except rules.NoMatch:
        raise Invalid(errors=[{"field": "characteristics", "message":
                               f"the pricing decision '{decision_id}' has no price for these characteristics"}]
                      ) from None
    return result.as_dict()


def _output_amount(outputs: Mapping[str, Any], decision_id: str, output: str) -> Decimal:
    try:
        return money(outputs[output])
    except (KeyError, ValueError):
        raise Invalid(errors=[{"field": "price", "message":
                               f"the pricing decision '{decision_id}' gave no amount '{output}'"}]) from None


def price_line(offering: ProductOffering | OfferingTerms, characteristics: Mapping[str, Any], quantity: int = 1,
               adjustments: Sequence[AdjustmentLike] = ()) -> PricedLine:
    """Price ``quantity`` of ``offering`` configured with ``characteristics``, less ``adjustments``.

    :raises Invalid: bad characteristics (fields named by characteristic), a quantity below 1
        (``quantity``), a bad adjustment or one that takes the charge below zero (``adjustments``),
        or no price in the pricing decision.
    """
    offering = terms_of(offering)
    values = validate_characteristics(offering, characteristics)
    recurring, one_time = unit_charges(offering, values)
    return line_from_units(offering_id=offering.id, offering_name=offering.name, characteristics=values,
                           unit_recurring=recurring, unit_one_time=one_time, quantity=quantity,
                           adjustments=adjustments, currency=price_currency(offering))


def price_currency(offering: ProductOffering | OfferingTerms) -> str:
    """The currency of the offering's price list (each price row keeps the one it was made in); the
    configured one for an offering without prices.

    :raises Invalid: the price list mixes currencies.
    """
    currencies = sorted({price.currency for price in terms_of(offering).prices})
    if len(currencies) > 1:
        raise Invalid(errors=[{"field": "price", "message": f"the prices of {offering.name} mix currencies: "
                                                            f"{', '.join(currencies)}"}])
    return currencies[0] if currencies else str(current_app.config["CURRENCY"])


# --- arithmetic (pure) -------------------------------------------------------------------------

def line_from_units(*, offering_id: int, offering_name: str, characteristics: dict[str, Any],
                    unit_recurring: Decimal, unit_one_time: Decimal, quantity: int, currency: str,
                    adjustments: Sequence[AdjustmentLike] = ()) -> PricedLine:
    """Price a line from its unit charges (see the module rules). :raises Invalid: as ``price_line``."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise Invalid(errors=[{"field": "quantity", "message": "must be a whole number of at least 1"}])
    try:  # each price fits its column, but not every multiple of it does (PostgreSQL raised, a 500)
        recurring = money(money(unit_recurring) * quantity)
        one_time = money(money(unit_one_time) * quantity)
    except ValueError as exc:
        raise Invalid(errors=[{"field": "quantity", "message": f"the line's charge {exc}"}]) from None
    applied = _apply_all(adjustments, {RECURRING: recurring, ONE_TIME: one_time})
    return PricedLine(offering_id=offering_id, offering_name=offering_name, quantity=quantity,
                      characteristics=characteristics, unit_recurring=money(unit_recurring),
                      unit_one_time=money(unit_one_time), recurring_subtotal=recurring, one_time_subtotal=one_time,
                      adjustments=applied, recurring_total=recurring - _taken(applied, RECURRING),
                      one_time_total=one_time - _taken(applied, ONE_TIME), currency=currency)


def price_order(lines: Sequence[PricedLine], order_adjustments: Sequence[AdjustmentLike] = (), *,
                limits: ApprovalLimits) -> PricedOrder:
    """Total priced ``lines``, apply order-wide ``order_adjustments`` and decide if approval is needed.

    :raises Invalid: a bad order adjustment, or one that takes a total below zero (``adjustments``);
        lines priced in another currency than the limits' (``items``).
    """
    strangers = sorted({line.currency for line in lines} - {limits.currency})
    if strangers:
        raise Invalid(errors=[{"field": "items", "message": f"lines are priced in {', '.join(strangers)}; "
                                                            f"orders are taken in {limits.currency}"}])
    recurring = sum((line.recurring_total for line in lines), ZERO)
    one_time = sum((line.one_time_total for line in lines), ZERO)
    if max(recurring, one_time) > MAX_AMOUNT:  # the order's total columns hold no more (PostgreSQL raised)
        raise Invalid(errors=[{"field": "items", "message": f"the order's total charge is over {MAX_AMOUNT:,}; "
                                                            "split it into several orders"}])
    applied = _apply_all(order_adjustments, {RECURRING: recurring, ONE_TIME: one_time})
    every = [a for line in lines for a in line.adjustments] + list(applied)
    discount_total = sum((a.amount for a in every), ZERO)
    reasons = [_over_share(a, limits) for a in every if a.amount * HUNDRED > a.base * limits.max_percentage]
    if discount_total > limits.max_discount:
        reasons.append(f"discounts total {money_str(discount_total)} {limits.currency}, above the "
                       f"{money_str(limits.max_discount)} {limits.currency} limit per order")
    return PricedOrder(lines=tuple(lines), adjustments=applied, recurring_total=recurring - _taken(applied, RECURRING),
                       one_time_total=one_time - _taken(applied, ONE_TIME), discount_total=discount_total,
                       requires_approval=bool(reasons), approval_reasons=tuple(reasons), currency=limits.currency)


def _over_share(applied: AppliedAdjustment, limits: ApprovalLimits) -> str:
    share = (applied.amount * HUNDRED / applied.base).quantize(PENNY)
    charge = "monthly charge" if applied.adjustment.applies_to == RECURRING else "one-time charge"
    return (f"{applied.adjustment.reason}: {share}% off the {charge}, above the "
            f"{limits.max_percentage}% limit")


def part_totals(line_totals: Sequence[tuple[Decimal, Decimal]],
                order_adjustments: Sequence[AdjustmentLike]) -> tuple[Decimal, Decimal]:
    """The (recurring, one-time) totals of part of an order (the lines delivered of an order closed short), each
    line at its own total, less the order-wide discounts as agreed for the whole order: a percentage of what the
    part costs, a fixed amount up to it (what is left of an order never costs less than nothing)."""
    bases = {RECURRING: sum((recurring for recurring, _ in line_totals), ZERO),
             ONE_TIME: sum((one_time for _, one_time in line_totals), ZERO)}
    applied = _apply_all(order_adjustments, bases, capped=True)
    return bases[RECURRING] - _taken(applied, RECURRING), bases[ONE_TIME] - _taken(applied, ONE_TIME)


def _apply_all(adjustments: Sequence[AdjustmentLike], bases: Mapping[str, Decimal], *,
               capped: bool = False) -> tuple[AppliedAdjustment, ...]:
    """The adjustments applied to their charges (``bases``). :raises Invalid: together they take more than a
    charge, unless ``capped``: then the ones that would are cut to what is left of it."""
    applied: list[AppliedAdjustment] = []
    for index, item in enumerate(adjustments):
        adjustment = _adjustment_from(item, index)
        base = bases[adjustment.applies_to]
        taken = money(base * adjustment.value / HUNDRED) if adjustment.kind == PERCENTAGE else money(adjustment.value)
        if capped:
            taken = min(taken, base - _taken(applied, adjustment.applies_to))
        applied.append(AppliedAdjustment(adjustment, base, taken))
    for charge, base in bases.items():
        if _taken(applied, charge) > base:
            raise Invalid(errors=[{"field": "adjustments", "message":
                                   f"the discounts come to more than the {CHARGE_WORDS.get(charge, charge)} "
                                   f"charge of {money_str(base)}"}])
    return tuple(applied)


# A charge as people read it (the order pages' words for a discount's charge).
CHARGE_WORDS = {RECURRING: "monthly", ONE_TIME: "one-time"}


def _taken(applied: Sequence[AppliedAdjustment], charge: str) -> Decimal:
    return sum((a.amount for a in applied if a.adjustment.applies_to == charge), ZERO)


def check_adjustment(adjustment: Adjustment, index: int = 0) -> None:
    """:raises Invalid: on ``adjustments[<index>].<attribute>``: unknown kind or charge, a value
    not above zero (or a percentage above 100), or no reason."""
    problems = []
    if adjustment.kind not in ADJUSTMENT_KINDS:
        problems.append(("kind", f"must be one of {', '.join(ADJUSTMENT_KINDS)}"))
    if adjustment.applies_to not in PRICE_TYPES:
        problems.append(("applies_to", f"must be one of {', '.join(PRICE_TYPES)}"))
    value = adjustment.value
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0 \
            or (adjustment.kind == PERCENTAGE and value > HUNDRED):
        problems.append(("value", "must be above 0 (and at most 100 for a percentage)"))
    if not adjustment.reason.strip():
        problems.append(("reason", "give a reason for the discount"))
    if problems:
        raise Invalid(errors=[{"field": f"adjustments[{index}].{attribute}", "message": message}
                              for attribute, message in problems])


# --- JSON ---------------------------------------------------------------------------------------

def adjustments_from_json(items: Any) -> list[Adjustment]:
    """Read ``[{"kind", "value", "reason", "applies_to"?}]`` (value a number or numeric text).

    :raises Invalid: not a list of objects, or a bad adjustment (``adjustments[<i>].<attribute>``).
    """
    if not isinstance(items, list) or not all(isinstance(item, Mapping) for item in items):
        raise Invalid(errors=[{"field": "adjustments", "message": "must be a list of objects"}])
    return [_adjustment_from(item, index) for index, item in enumerate(items)]


def _adjustment_from(item: Adjustment | Mapping[str, Any], index: int) -> Adjustment:
    if isinstance(item, Adjustment):
        adjustment = item
    else:
        try:
            value = Decimal(str(item.get("value")))
        except InvalidOperation:
            raise Invalid(errors=[{"field": f"adjustments[{index}].value", "message": "must be a number"}]) from None
        adjustment = Adjustment(kind=str(item.get("kind", "")), value=value, reason=str(item.get("reason") or ""),
                                applies_to=str(item.get("applies_to", RECURRING)))
    check_adjustment(adjustment, index)
    return adjustment


def adjustment_json(applied: AppliedAdjustment) -> dict[str, Any]:
    adjustment = applied.adjustment
    value = money_str(adjustment.value) if adjustment.kind == AMOUNT else str(adjustment.value)
    return {"kind": adjustment.kind, "value": value, "reason": adjustment.reason,
            "applies_to": adjustment.applies_to, "amount": money_str(applied.amount)}


def line_json(line: PricedLine) -> dict[str, Any]:
    """A priced line as JSON: money as two-decimal strings ("89.50"), never floats."""
    return {"offering_id": line.offering_id, "offering_name": line.offering_name, "quantity": line.quantity,
            "characteristics": line.characteristics, "currency": line.currency,
            "unit_recurring": money_str(line.unit_recurring), "unit_one_time": money_str(line.unit_one_time),
            "recurring_subtotal": money_str(line.recurring_subtotal),
            "one_time_subtotal": money_str(line.one_time_subtotal),
            "adjustments": [adjustment_json(a) for a in line.adjustments],
            "recurring_total": money_str(line.recurring_total), "one_time_total": money_str(line.one_time_total)}


def order_json(order: PricedOrder) -> dict[str, Any]:
    """A priced order as JSON, lines included; money as in ``line_json``."""
    return {"lines": [line_json(line) for line in order.lines], "currency": order.currency,
            "adjustments": [adjustment_json(a) for a in order.adjustments],
            "recurring_total": money_str(order.recurring_total), "one_time_total": money_str(order.one_time_total),
            "discount_total": money_str(order.discount_total), "requires_approval": order.requires_approval,
            "approval_reasons": list(order.approval_reasons)}
