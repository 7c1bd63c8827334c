"""Money and names beyond what their columns hold (money: ``Numeric(12, 2)``, 9,999,999,999.99) are refused with
the field named, at every door; it was a 500 (PostgreSQL's numeric overflow or truncation error, or
decimal.InvalidOperation past 28 digits on both databases) and SQLite stored the money as a binary float."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from flask import Flask

from app.catalog import pricing
from app.catalog.money import money
from app.errors import Invalid
from tests.catalog.test_catalog_pricing import LIMITS
from tests.catalog.test_catalog_pricing import units

PRICES = "/tmf-api/productCatalogManagement/v4/productOfferingPrice"


@pytest.mark.parametrize("value", [1e11, 123456789012345678901234567890, 1e300, "10000000000.00"])
def test_a_tmf620_price_over_the_column_is_400_and_nothing_is_stored(app: Flask, api: Any, value: Any) -> None:
    before = api.get(PRICES).headers["X-Total-Count"]
    response = api.post(PRICES, json={"name": "huge", "priceType": "recurring",
                                      "price": {"value": value, "unit": "GBP"}})
    assert response.status_code == 400 and response.json["@type"] == "Error", response.json
    assert response.json["errors"] == [{"field": "price.value", "message": "a number from 0 to 9,999,999,999.99"}]
    assert api.get(PRICES).headers["X-Total-Count"] == before


def test_the_largest_price_the_column_holds_is_taken(app: Flask, api: Any) -> None:
    response = api.post(PRICES, json={"name": "largest", "priceType": "oneTime",
                                      "price": {"value": 9999999999.99, "unit": "GBP"}})
    assert response.status_code == 201, response.json
    assert response.json["price"]["value"] == 9999999999.99


@pytest.mark.parametrize("value", [Decimal("1e30"), Decimal("9999999999.995"), -1e11])
def test_money_refuses_what_no_column_holds(value: Any) -> None:
    with pytest.raises(ValueError, match="more than an amount of money may be"):
        money(value)


def test_a_line_whose_quantity_takes_it_over_the_column_is_refused_naming_the_quantity() -> None:
    with pytest.raises(Invalid) as refused:
        units("9999999999.00", quantity=2)
    assert refused.value.errors[0]["field"] == "quantity"


def test_an_order_whose_total_is_over_the_column_is_refused() -> None:
    lines = [units("6000000000.00"), units("6000000000.00")]
    with pytest.raises(Invalid) as refused:
        pricing.price_order(lines, limits=LIMITS)
    assert refused.value.errors[0]["field"] == "items" and "split it" in refused.value.errors[0]["message"]


def test_a_tmf620_specification_name_over_its_column_is_400_and_nothing_is_stored(app: Flask, api: Any) -> None:
    """Found by sending TMF620 random fields on PostgreSQL: a 600-character name raised StringDataRightTruncation
    (a 500); SQLite kept it whole."""
    specs = "/tmf-api/productCatalogManagement/v4/productSpecification"
    before = api.get(specs).headers["X-Total-Count"]
    response = api.post(specs, json={"name": "x" * 101})  # TMF620's documented maximum, under the column's 200
    assert response.status_code == 400 and response.json["@type"] == "Error", response.json
    assert response.json["errors"] == [{"field": "name", "message": "a non-empty text of at most 100 characters"}]
    assert api.get(specs).headers["X-Total-Count"] == before
    assert api.post(specs, json={"name": "x" * 100}).status_code == 201
