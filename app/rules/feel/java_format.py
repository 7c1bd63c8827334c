"""``String.format`` as Java's ``Formatter`` does it, for the external Java functions (see :mod:`.java`)."""
from __future__ import annotations

import decimal
import re
from typing import Any

from app.rules.feel.scope import MAX_STRING
from app.rules.feel.scope import EvaluationTooLarge
from app.rules.feel.types import to_text

MAX_FORMAT_WIDTH = 1000  # a width or precision in a pattern (Java allows any int; the output must stay small)


def java_string(value: Any) -> str:
    """``String.valueOf(Object)`` for a FEEL value: how Java prints the object a Java engine would pass (a
    number as ``BigDecimal.toString``); lists, contexts and dates as FEEL's ``string()`` writes them."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, decimal.Decimal)):
        return str(value)
    return to_text(value)


_SPECIFIER = re.compile(r"%(?:(\d+)\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])")


def java_format(pattern: str, arguments: list[Any]) -> str:
    """``String.format`` for the conversions ``s S b B c d x X o f e E n %`` with Java's flags, widths,
    precisions and ``n$`` argument indexes; numbers are rounded half up, as Java rounds a BigDecimal."""
    out: list[str] = []
    position, next_argument, size = 0, 0, 0
    for match in _SPECIFIER.finditer(pattern):
        if "%" in pattern[position:match.start()]:
            raise ValueError(f"unknown format specifier at {pattern[position:]!r}")
        out.append(pattern[position:match.start()])
        position = match.end()
        index, flags, width, precision, conversion = match.groups()
        if conversion in "n%":
            out.append("\n" if conversion == "n" else _padded("%", flags, width))
            continue
        if index is not None:
            argument_number = int(index) - 1
        else:
            argument_number, next_argument = next_argument, next_argument + 1
        if not 0 <= argument_number < len(arguments):
            raise ValueError(f"missing format argument for %{conversion}")
        out.append(_padded(_converted(arguments[argument_number], conversion, flags, precision), flags, width))
        size += len(out[-2]) + len(out[-1])
        if size > MAX_STRING:  # checked as it grows: one argument written many times could exhaust memory
            raise EvaluationTooLarge(f"String.format would write more than {MAX_STRING:,} characters")
    if "%" in pattern[position:]:
        raise ValueError(f"unknown format specifier at {pattern[position:]!r}")
    out.append(pattern[position:])
    return "".join(out)


def _bounded(number: str | None) -> int | None:
    if number is None:
        return None
    if int(number) > MAX_FORMAT_WIDTH:
        raise ValueError(f"a width or precision over {MAX_FORMAT_WIDTH}")
    return int(number)


def _padded(text: str, flags: str, width: str | None) -> str:
    size = _bounded(width) or 0
    if "-" in flags:
        return text.ljust(size)
    if "0" in flags and text[:1] in "+-" and text[1:2].isdigit():
        return text[0] + text[1:].rjust(size - 1, "0")
    return text.rjust(size, "0" if "0" in flags and text[-1:].isdigit() else " ")


def _converted(value: Any, conversion: str, flags: str, precision: str | None) -> str:
    places = _bounded(precision)
    lower = conversion.lower()
    if lower == "s":
        text = java_string(value)
        text = text[:places] if places is not None else text
    elif lower == "b":
        text = "false" if value is None or value is False else "true"
        text = text[:places] if places is not None else text
    elif lower == "c":
        if not isinstance(value, str) or len(value) != 1:
            raise ValueError(f"%c needs one character, not {value!r}")
        text = value
    elif lower in "dxo":
        text = _integer_text(value, lower, flags)
    elif lower in "fe":
        text = _decimal_text(value, lower, flags, 6 if places is None else places)
    else:
        raise ValueError(f"the conversion %{conversion} is not supported")
    return text.upper() if conversion.isupper() else text


def _integer_text(value: Any, conversion: str, flags: str) -> str:
    if not isinstance(value, decimal.Decimal) or not value.is_finite() or value != value.to_integral_value():
        raise ValueError(f"%{conversion} needs an integer, not {java_string(value)}")
    number = int(value)
    if conversion == "x":
        return format(number, "x")
    if conversion == "o":
        return format(number, "o")
    text = format(abs(number), "," if "," in flags else "")
    return _signed(text, number < 0, flags)


def _decimal_text(value: Any, conversion: str, flags: str, places: int) -> str:
    if not isinstance(value, decimal.Decimal) or not value.is_finite():
        raise ValueError(f"%{conversion} needs a number, not {java_string(value)}")
    with decimal.localcontext() as context:
        context.rounding = decimal.ROUND_HALF_UP
        context.prec = max(context.prec, places + 40)
        magnitude = abs(value)
        spec = f"{',' if ',' in flags and conversion == 'f' else ''}.{places}{conversion}"
        text = format(magnitude, spec)
    if conversion == "e":  # Java writes at least two digits of exponent: 1.5e+03
        text = re.sub(r"e([+-])(\d)$", r"e\g<1>0\g<2>", text)
    return _signed(text, value < 0, flags)


def _signed(text: str, negative: bool, flags: str) -> str:
    if negative:
        return f"({text})" if "(" in flags else "-" + text
    return ("+" if "+" in flags else " " if " " in flags else "") + text
