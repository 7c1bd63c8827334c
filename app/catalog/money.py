"""Money: ``Decimal`` amounts in minor units of a hundredth, rounded half up, shown with two decimals.
Never a binary float. The currency is configured (``CURRENCY``); ``symbol`` shows it."""
from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal
from decimal import InvalidOperation

from flask import current_app

SYMBOLS = {"GBP": "£", "EUR": "€", "USD": "$"}
PENNY = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("9999999999.99")  # what a Numeric(12, 2) money column holds; PostgreSQL raised beyond it


def money(value: Decimal | int | str | float) -> Decimal:
    """``value`` as a Decimal rounded half up to pennies.

    A float (as some decision engines return) goes through its shortest text form, so 89.5
    becomes 89.50 and not 89.4999999....

    :raises ValueError: not a finite number, or beyond ``MAX_AMOUNT`` either way.
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount of money")
    try:
        amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"{value!r} is not an amount of money") from None
    if not amount.is_finite():
        raise ValueError(f"{value!r} is not an amount of money")
    too_big = ValueError(f"{amount} is more than an amount of money may be ({MAX_AMOUNT:,})")
    if abs(amount) > 2 * MAX_AMOUNT:  # quantize cannot hold over 28 digits (decimal.InvalidOperation)
        raise too_big
    rounded = amount.quantize(PENNY, rounding=ROUND_HALF_UP)
    if abs(rounded) > MAX_AMOUNT:
        raise too_big
    return rounded


def configured_currency() -> str:
    """The ISO 4217 code of ``CURRENCY``: what new prices, orders and contracts are in."""
    return str(current_app.config["CURRENCY"])


def symbol(currency: str) -> str:
    """How amounts in ``currency`` are prefixed on pages: "£", or the code and a space ("CHF ")."""
    return SYMBOLS.get(currency, f"{currency} ")


def money_str(amount: Decimal) -> str:
    """``amount`` as text with exactly two decimals ("89.50"), the JSON form of money."""
    return str(money(amount))
