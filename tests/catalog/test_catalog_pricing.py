"""Pricing against hand-computed figures: the DMN matrices, discounts, rounding, totals and approval."""
from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from flask import Flask

from app.catalog import pricing
from app.catalog import service
from app.catalog.models import OfferingPrice
from app.catalog.models import ProductOffering
from app.catalog.money import money
from app.catalog.money import money_str
from app.catalog.pricing import Adjustment
from app.catalog.pricing import PricedLine
from app.catalog.service import OfferingInput
from app.catalog.service import PriceInput
from app.errors import Invalid
from app.extensions import db
from tests.catalog.catalog_support import seed_catalog

D = Decimal
SITE = {"site_postcode": "M1 1AE"}


@pytest.fixture()
def ctx(app: Flask) -> Iterator[Flask]:
    seed_catalog(app)
    with app.app_context():
        yield app


def offering(name: str) -> ProductOffering:
    found = service.offering_by_name(name)
    assert found is not None
    return found


# The limits a test of approval means (the configured defaults, ``app/config.py``).
LIMITS = pricing.ApprovalLimits(max_percentage=D("20"), max_discount=D("100.00"), currency="GBP")


def units(unit_recurring: str, unit_one_time: str = "0", quantity: int = 1,
          adjustments: tuple[Any, ...] = ()) -> PricedLine:
    return pricing.line_from_units(offering_id=1, offering_name="Test", characteristics={},
                                   unit_recurring=D(unit_recurring), unit_one_time=D(unit_one_time),
                                   quantity=quantity, adjustments=adjustments, currency="GBP")


# --- the matrices, table-driven ------------------------------------------------------------------

@pytest.mark.parametrize("bandwidth, term, monthly, setup", [
    (100, 12, "89.00", "450.00"), (100, 24, "79.50", "250.00"), (100, 36, "69.00", "0.00"),
    (500, 12, "179.00", "450.00"), (500, 24, "159.00", "250.00"), (500, 36, "139.00", "0.00"),
    (1000, 12, "329.00", "450.00"), (1000, 24, "295.00", "250.00"), (1000, 36, "265.00", "0.00"),
])
def test_fibre_is_priced_by_bandwidth_and_contract_term(ctx: Flask, bandwidth: int, term: int,
                                                        monthly: str, setup: str) -> None:
    line = pricing.price_line(offering("Business Fibre Internet"),
                              {**SITE, "bandwidth": bandwidth, "contract_term": term})
    assert (line.unit_recurring, line.unit_one_time) == (D(monthly), D(setup))
    assert (line.recurring_total, line.one_time_total) == (D(monthly), D(setup))


def test_the_matrix_uses_the_default_contract_term_of_24_months(ctx: Flask) -> None:
    line = pricing.price_line(offering("Business Fibre Internet"), {**SITE, "bandwidth": "100"})
    assert line.characteristics["contract_term"] == 24
    assert (line.unit_recurring, line.unit_one_time) == (D("79.50"), D("250.00"))


@pytest.mark.parametrize("channels, monthly, setup", [
    (2, "36.00", "95.00"), (4, "36.00", "95.00"), (5, "82.00", "145.00"), (10, "82.00", "145.00"),
    (11, "149.00", "195.00"), (20, "149.00", "195.00"), (21, "210.00", "245.00"), (30, "210.00", "245.00"),
])
def test_voice_is_priced_by_channel_tier(ctx: Flask, channels: int, monthly: str, setup: str) -> None:
    line = pricing.price_line(offering("Business Voice"), {"channels": channels})
    assert (line.unit_recurring, line.unit_one_time) == (D(monthly), D(setup))


def test_fixed_prices_and_a_one_time_only_offering(ctx: Flask) -> None:
    router = pricing.price_line(offering("Managed Router"), {}, 3)
    assert (router.unit_recurring, router.unit_one_time) == (D("15.00"), D("45.00"))
    assert (router.recurring_total, router.one_time_total) == (D("45.00"), D("135.00"))
    install = pricing.price_line(offering("Installation"), {"access_notes": "Ring the bell"})
    assert (install.recurring_total, install.one_time_total) == (D("0.00"), D("195.00"))


def test_a_line_is_validated_before_it_is_priced(ctx: Flask) -> None:
    with pytest.raises(Invalid) as caught:
        pricing.price_line(offering("Business Fibre Internet"), {"bandwidth": 200})
    assert {e["field"] for e in caught.value.errors} == {"bandwidth", "site_postcode"}
    with pytest.raises(Invalid) as caught:
        pricing.price_line(offering("Managed Router"), {}, 0)
    assert caught.value.errors[0]["field"] == "quantity"


def test_a_decision_without_a_rule_for_the_line_is_invalid(ctx: Flask) -> None:
    # Voice's table knows 2-30 channels; an offering that allows 40 finds no price for 40.
    spec = service.create_specification("product", "Big Voice")
    from app.catalog.characteristics import CharacteristicInput
    service.add_characteristic(spec, CharacteristicInput("channels", "integer", min_value=2, max_value=40))
    big = service.create_offering(OfferingInput(name="Big Voice", product_spec_id=spec.id, prices=[
        PriceInput("Trunk", "recurring", decision_id="pricing_voice", decision_output="monthly_price")]))
    assert pricing.price_line(big, {"channels": 30}).unit_recurring == D("210.00")
    with pytest.raises(Invalid) as caught:
        pricing.price_line(big, {"channels": 40})
    assert "pricing_voice" in caught.value.errors[0]["message"]


# --- discounts and rounding (pure) -------------------------------------------------------------------

def test_line_discounts_percentage_and_amount_on_each_charge() -> None:
    # 2 x fibre 500/24: 2 x 159.00 = 318.00 a month, 2 x 250.00 = 500.00 once.
    line = units("159.00", "250.00", 2, (Adjustment("percentage", D("10"), "loyalty"),
                                         Adjustment("amount", D("50"), "waive half a visit", "oneTime")))
    assert (line.recurring_subtotal, line.one_time_subtotal) == (D("318.00"), D("500.00"))
    assert [a.amount for a in line.adjustments] == [D("31.80"), D("50.00")]
    assert (line.recurring_total, line.one_time_total) == (D("286.20"), D("450.00"))


def test_percentages_are_taken_of_the_undiscounted_charge() -> None:
    line = units("100.00", adjustments=(Adjustment("amount", D("30"), "promo"),
                                        Adjustment("percentage", D("10"), "loyalty")))
    assert [a.amount for a in line.adjustments] == [D("30.00"), D("10.00")]
    assert line.recurring_total == D("60.00")


@pytest.mark.parametrize("unit, percent, taken, total", [
    ("24.85", "10", "2.49", "22.36"),    # 2.485 rounds up (half-even would give 2.48)
    ("10.05", "50", "5.03", "5.02"),     # 5.025 rounds up
    ("24.95", "10", "2.50", "22.45"),    # 2.495
    ("33.33", "33.333", "11.11", "22.22"),
])
def test_discounts_round_half_up_to_the_penny(unit: str, percent: str, taken: str, total: str) -> None:
    line = units(unit, adjustments=(Adjustment("percentage", D(percent), "r"),))
    assert (line.adjustments[0].amount, line.recurring_total) == (D(taken), D(total))


def test_money_rounds_half_up_and_prints_two_places() -> None:
    assert money("1.005") == D("1.01") and money(D("2.675")) == D("2.68") and money(89.5) == D("89.50")
    assert money_str(D("7")) == "7.00" and money_str(D("0.1")) == "0.10"
    assert units("1.005", quantity=3).recurring_total == D("3.03")  # the unit is rounded first
    with pytest.raises(ValueError):
        money(True)


def test_order_totals_with_an_order_discount() -> None:
    fibre = units("159.00", "250.00", 2, (Adjustment("percentage", D("10"), "loyalty"),
                                          Adjustment("amount", D("50"), "waive half a visit", "oneTime")))
    router = units("15.00", "45.00")
    order = pricing.price_order([fibre, router], [Adjustment("percentage", D("5"), "multi-product")], limits=LIMITS)
    # recurring 286.20 + 15.00 = 301.20, less 5% (15.06) = 286.14; one-time 450.00 + 45.00 = 495.00
    assert (order.recurring_total, order.one_time_total) == (D("286.14"), D("495.00"))
    assert order.discount_total == D("96.86")  # 31.80 + 50.00 + 15.06
    assert not order.requires_approval and order.approval_reasons == ()


def test_an_order_amount_discount_on_the_one_time_total() -> None:
    order = pricing.price_order([units("10.00", "195.00")], [Adjustment("amount", D("19.50"), "goodwill", "oneTime")],
                                limits=LIMITS)
    assert (order.recurring_total, order.one_time_total, order.discount_total) == (D("10.00"), D("175.50"),
                                                                                    D("19.50"))


@pytest.mark.parametrize("line_adjustments, order_adjustments, reasons", [
    ([("percentage", "20")], [], []),                                # exactly at the limit
    ([("percentage", "20.01")], [], ["20.01% off the monthly charge, above the 20% limit"]),
    ([("amount", "30")], [], ["30.00% off the monthly charge"]),     # £30 of £100 is 30%
    ([], [("percentage", "25")], ["25.00% off the monthly charge"]),
])
def test_approval_for_a_discount_above_20_percent(line_adjustments: list[tuple[str, str]],
                                                  order_adjustments: list[tuple[str, str]],
                                                  reasons: list[str]) -> None:
    line = units("100.00", adjustments=tuple(Adjustment(k, D(v), "deal") for k, v in line_adjustments))
    order = pricing.price_order([line], [Adjustment(k, D(v), "deal") for k, v in order_adjustments], limits=LIMITS)
    assert order.requires_approval == bool(reasons)
    assert len(order.approval_reasons) == len(reasons)
    assert all(r in got and got.startswith("deal: ") for r, got in zip(reasons, order.approval_reasons))


@pytest.mark.parametrize("discount, needs_approval", [("100.00", False), ("100.01", True)])
def test_approval_for_discounts_above_100_pounds_per_order(discount: str, needs_approval: bool) -> None:
    lines = [units("600.00"), units("500.00", "300.00")]
    order = pricing.price_order(lines, [Adjustment("amount", D(discount), "big deal")], limits=LIMITS)
    assert order.discount_total == D(discount)
    assert order.requires_approval is needs_approval
    if needs_approval:
        assert order.approval_reasons == (f"discounts total {discount} GBP, above the 100.00 GBP limit per order",)


def test_discounts_may_not_take_a_charge_below_zero() -> None:
    with pytest.raises(Invalid) as caught:
        units("10.00", adjustments=(Adjustment("amount", D("6"), "a"), Adjustment("percentage", D("50"), "b")))
    assert caught.value.errors[0]["field"] == "adjustments"
    with pytest.raises(Invalid):
        pricing.price_order([units("10.00")], [Adjustment("amount", D("1"), "nothing to take", "oneTime")],
                            limits=LIMITS)


def test_part_of_an_order_keeps_its_order_discounts_as_agreed() -> None:
    """The lines delivered of an order closed short: a percentage off what they cost, a fixed amount up to it, as
    stored on the order (JSON, each with the amount it took of the whole order)."""
    stored = [{"kind": "percentage", "value": "10", "reason": "multi-product", "applies_to": "recurring",
               "amount": "30.12"},
              {"kind": "amount", "value": "50.00", "reason": "goodwill", "applies_to": "oneTime", "amount": "50.00"}]
    delivered = [(D("286.20"), D("30.00"))]  # the fibre line; the router (15.00, 45.00) was not delivered
    # 286.20 less 10% (28.62); 30.00 less 50.00, which takes no more than the 30.00 there is
    assert pricing.part_totals(delivered, stored) == (D("257.58"), D("0.00"))
    assert pricing.part_totals([], stored) == (D("0.00"), D("0.00"))  # nothing delivered costs nothing
    assert pricing.part_totals([(D("10.00"), D("5.00")), (D("2.50"), D("0.00"))], []) == (D("12.50"), D("5.00"))


@pytest.mark.parametrize("adjustment, field", [
    ({"kind": "bribe", "value": 1, "reason": "r"}, "adjustments[0].kind"),
    ({"kind": "amount", "value": 0, "reason": "r"}, "adjustments[0].value"),
    ({"kind": "percentage", "value": "100.5", "reason": "r"}, "adjustments[0].value"),
    ({"kind": "amount", "value": "lots", "reason": "r"}, "adjustments[0].value"),
    ({"kind": "amount", "value": "NaN", "reason": "r"}, "adjustments[0].value"),
    ({"kind": "amount", "value": 1, "reason": " "}, "adjustments[0].reason"),
    ({"kind": "amount", "value": 1, "reason": "r", "applies_to": "weekly"}, "adjustments[0].applies_to"),
])
def test_bad_adjustments_are_named(adjustment: dict[str, Any], field: str) -> None:
    with pytest.raises(Invalid) as caught:
        pricing.adjustments_from_json([adjustment])
    assert caught.value.errors[0]["field"] == field
    with pytest.raises(Invalid):
        units("100.00", adjustments=(adjustment,))


def test_adjustments_read_from_json_price_the_same() -> None:
    raw = [{"kind": "percentage", "value": 12.5, "reason": "partner"},
           {"kind": "amount", "value": "20", "reason": "waiver", "applies_to": "oneTime"}]
    assert pricing.adjustments_from_json(raw) == [Adjustment("percentage", D("12.5"), "partner"),
                                                  Adjustment("amount", D("20"), "waiver", "oneTime")]
    line = units("80.00", "100.00", adjustments=tuple(raw))
    assert (line.recurring_total, line.one_time_total) == (D("70.00"), D("80.00"))
    with pytest.raises(Invalid):
        pricing.adjustments_from_json({"kind": "amount"})


def test_json_renders_money_as_two_place_strings() -> None:
    line = units("79.5", "250", 1, (Adjustment("percentage", D("10"), "loyalty"),))
    order = pricing.price_order([line], [Adjustment("amount", D("5"), "welcome")], limits=LIMITS)
    body = pricing.order_json(order)
    assert body["lines"][0] == {
        "offering_id": 1, "offering_name": "Test", "quantity": 1, "characteristics": {}, "currency": "GBP",
        "unit_recurring": "79.50", "unit_one_time": "250.00", "recurring_subtotal": "79.50",
        "one_time_subtotal": "250.00",
        "adjustments": [{"kind": "percentage", "value": "10", "reason": "loyalty", "applies_to": "recurring",
                         "amount": "7.95"}],
        "recurring_total": "71.55", "one_time_total": "250.00"}
    assert {k: body[k] for k in ("recurring_total", "one_time_total", "discount_total", "requires_approval")} == {
        "recurring_total": "66.55", "one_time_total": "250.00", "discount_total": "12.95",
        "requires_approval": False}
    assert body["adjustments"] == [{"kind": "amount", "value": "5.00", "reason": "welcome",
                                    "applies_to": "recurring", "amount": "5.00"}]


def test_approval_limits_and_currency_come_from_the_configuration(ctx: Flask) -> None:
    ctx.config.update(APPROVAL_MAX_DISCOUNT_PERCENT=5, APPROVAL_MAX_DISCOUNT_PER_ORDER="10", CURRENCY="GBP")
    limits = pricing.approval_limits()
    assert limits == pricing.ApprovalLimits(max_percentage=D("5"), max_discount=D("10.00"), currency="GBP")
    order = pricing.price_order([units("100.00")], [Adjustment("percentage", D("6"), "deal")], limits=limits)
    assert order.requires_approval and order.approval_reasons[0].endswith("above the 5% limit")
    assert order.currency == "GBP"


def test_an_order_is_not_priced_across_currencies() -> None:
    euro = pricing.line_from_units(offering_id=1, offering_name="Test", characteristics={}, unit_recurring=D("1"),
                                   unit_one_time=D("0"), quantity=1, currency="EUR")
    with pytest.raises(Invalid) as mixed:
        pricing.price_order([units("10.00"), euro], limits=LIMITS)
    assert mixed.value.errors == [{"field": "items", "message": "lines are priced in EUR; orders are taken in GBP"}]


def test_a_price_list_made_in_the_configured_currency_prices_orders_in_it(ctx: Flask) -> None:
    ctx.config["CURRENCY"] = "EUR"
    spec = service.create_specification("product", "Euro Router")
    router = service.create_offering(OfferingInput(name="Euro Router", product_spec_id=spec.id, prices=[
        PriceInput("Rental", "recurring", amount=D("12.00"))]))
    assert [p.currency for p in router.prices] == ["EUR"]
    line = pricing.price_line(router, {})
    assert line.currency == "EUR"
    assert pricing.price_order([line], limits=pricing.approval_limits()).currency == "EUR"
    with pytest.raises(Invalid):  # the older GBP price list cannot join an order taken in EUR
        pricing.price_order([line, pricing.price_line(offering("Managed Router"), {})],
                            limits=pricing.approval_limits())


def test_a_row_written_without_a_currency_takes_the_configured_one(ctx: Flask) -> None:
    ctx.config["CURRENCY"] = "EUR"
    price = OfferingPrice(offering_id=offering("Managed Router").id, name="Spare", price_type="one_time",
                          amount=D("5.00"))
    db.session.add(price)
    db.session.flush()
    assert price.currency == "EUR"
