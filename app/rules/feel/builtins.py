"""The FEEL built-in functions decision tables use (DMN 1.4 §10.3.4, the common subset).

Each implementation takes FEEL values positionally and raises :class:`FeelError` when they do not
fit; the evaluator turns that into null plus a warning, as FEEL specifies. Regular-expression
functions (``matches``, ``replace``, ``split``) are left out on purpose: untrusted patterns can
take unbounded time.
"""
from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.rules.feel import list_functions as lists
from app.rules.feel import more_builtins as more
from app.rules.feel import range_functions as ranges
from app.rules.feel import temporal
from app.rules.feel.nanos import duration_of
from app.rules.feel.nanos import span_nanos
from app.rules.feel.scope import MAX_STRING
from app.rules.feel.scope import EvaluationTooLarge
from app.rules.feel.types import NUMBERS
from app.rules.feel.types import FeelError
from app.rules.feel.types import PointTest
from app.rules.feel.types import YearsMonths
from app.rules.feel.types import expect_integer
from app.rules.feel.types import expect_list
from app.rules.feel.types import expect_number
from app.rules.feel.types import expect_string
from app.rules.feel.types import feel_number
from app.rules.feel.types import integer_part
from app.rules.feel.types import kind_of
from app.rules.feel.types import to_text

D = decimal.Decimal


@dataclass(frozen=True, slots=True)
class Builtin:
    """A built-in function. ``signatures`` lists the parameter names of each overload (a name
    ending in ``?`` is optional); ``variadic`` functions also take their list spread out."""

    name: str
    signatures: tuple[tuple[str, ...], ...]
    implementation: Callable[..., Any]
    pure: bool = True
    variadic: bool = False
    # A parameter that, passed by name, must hold this kind of value: "key" of context put is one
    # string, while its positional second argument may also be the list of "keys".
    named_kinds: tuple[tuple[str, str], ...] = ()

    def bind(self, values: list[Any], names: tuple[str, ...] | None) -> list[Any]:
        """Order the arguments for :meth:`call`; named arguments choose the overload.

        :raises FeelError: for unknown parameter names or a wrong number of arguments.
        """
        if names is None:
            if not self.variadic and not any(_fits(len(values), sig) for sig in self.signatures):
                raise FeelError(f"{self.name}() does not take {len(values)} argument(s)")
            return values
        given = dict(zip(names, values))
        for signature in self.signatures:
            plain = [name.rstrip("?") for name in signature]
            required = {name for name in signature if not name.endswith("?")}
            if set(given) <= set(plain) and required <= set(given):
                for name, kind in self.named_kinds:
                    if name in given and given[name] is not None and kind_of(given[name]) != kind:
                        raise FeelError(f"{self.name}(): '{name}' must be a {kind}, not {kind_of(given[name])}")
                last = max(plain.index(name) for name in given)
                return [given.get(name) for name in plain[:last + 1]]
        raise FeelError(f"{self.name}() has no parameters named {', '.join(names)}")

    def call(self, values: list[Any]) -> Any:
        return self.implementation(*values)


def _fits(count: int, signature: tuple[str, ...]) -> bool:
    required = sum(1 for name in signature if not name.endswith("?"))
    return required <= count <= len(signature)


def _substring(string: Any, start: Any, length: Any = None) -> str:
    text, first = expect_string(string), integer_part(start)
    begin = first - 1 if first > 0 else len(text) + first
    if first == 0 or not 0 <= begin <= len(text):
        raise FeelError(f"start position {first} is outside the string")
    return text[begin:] if length is None else text[begin:begin + integer_part(length)]


def _before(string: Any, match: Any) -> str:
    """``substring before("foo", "")`` is ""; str.partition would refuse the empty separator."""
    text, found = expect_string(string), expect_string(match)
    return text[:text.index(found)] if found in text else ""


def _after(string: Any, match: Any) -> str:
    """``substring after("foo", "")`` is "foo"."""
    text, found = expect_string(string), expect_string(match)
    return text[text.index(found) + len(found):] if found in text else ""


def _string_of(value: Any) -> str | None:
    return None if value is None else to_text(value)


def _string_join(items: Any, delimiter: Any = None) -> str:
    parts = [expect_string(item) for item in expect_list(items) if item is not None]
    separator = "" if delimiter is None else expect_string(delimiter)
    size = sum(map(len, parts)) + len(separator) * max(len(parts) - 1, 0)
    if size > MAX_STRING:  # before joining: 50,000 parts around a 100,000-character delimiter were 5 GB at once
        raise EvaluationTooLarge(f"string join would make {size:,} characters, beyond the limit of {MAX_STRING:,}")
    return separator.join(parts)


def _to_number(text: Any, grouping: Any = None, decimal_separator: Any = None) -> D:
    value = expect_string(text)
    if grouping not in (None, " ", ",", ".") or decimal_separator not in (None, ".", ","):
        raise FeelError("grouping separator must be ' ', ',' or '.'; decimal separator ',' or '.'")
    if grouping is not None and grouping == decimal_separator:
        raise FeelError("grouping and decimal separators must differ")
    if grouping:
        value = value.replace(grouping, "")
    if decimal_separator:
        value = value.replace(decimal_separator, ".")
    try:
        number = D(value)
    except decimal.InvalidOperation:
        raise FeelError(f'"{text}" is not a number') from None
    if not number.is_finite():
        raise FeelError(f'"{text}" is not a number')
    return feel_number(number, f'"{text}"')


_NO_DECIMALS = D(0)


def _rounding(mode: str) -> Callable[..., D]:
    def rounded(number: Any, scale: Any = _NO_DECIMALS) -> D:
        value, places = expect_number(number), integer_part(scale)
        if not -6111 <= places <= 6176:
            raise FeelError(f"scale {places} is outside -6111..6176")
        if value.as_tuple().exponent >= -places and places >= 0:  # type: ignore[operator]
            return value  # already has no more decimals than asked
        return value.quantize(D(1).scaleb(-places), rounding=mode, context=NUMBERS)
    return rounded


def _abs(value: Any) -> Any:
    if isinstance(value, dt.timedelta):
        return duration_of(abs(span_nanos(value)))
    if isinstance(value, YearsMonths):
        return YearsMonths(abs(value.months))
    return abs(expect_number(value))


def _modulo(dividend: Any, divisor: Any) -> D:
    left, right = expect_number(dividend), expect_number(divisor)
    if not right:
        raise FeelError("modulo by zero")
    quotient = NUMBERS.divide(left, right).to_integral_value(rounding=decimal.ROUND_FLOOR)
    return NUMBERS.subtract(left, NUMBERS.multiply(right, quotient))


def _sqrt(value: Any) -> D:
    number = expect_number(value)
    if number < 0:
        raise FeelError("square root of a negative number")
    return NUMBERS.sqrt(number)


def _log(value: Any) -> D:
    number = expect_number(value)
    if number <= 0:
        raise FeelError("logarithm of a number that is not positive")
    return NUMBERS.ln(number)


def _not(value: Any) -> bool:
    if not isinstance(value, bool):
        raise FeelError(f"expected a boolean, got {kind_of(value)}")
    return not value


def _context(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FeelError(f"expected a context, got {kind_of(value)}")
    return value


def _b(name: str, params: str, implementation: Callable[..., Any], *,
       named_kinds: tuple[tuple[str, str], ...] = (), **flags: bool) -> Builtin:
    """Declare a built-in; ``params`` is "a,b?" with overloads separated by "|"."""
    signatures = tuple(tuple(overload.split(",")) if overload else () for overload in params.split("|"))
    return Builtin(name, signatures, implementation, named_kinds=named_kinds, **flags)


_ALL = (
    _b("not", "negand", _not),
    _b("substring", "string,start position,length?", _substring),
    _b("string length", "string", lambda s: D(len(expect_string(s)))),
    _b("upper case", "string", lambda s: expect_string(s).upper()),
    _b("lower case", "string", lambda s: expect_string(s).lower()),
    _b("substring before", "string,match", _before),
    _b("substring after", "string,match", _after),
    _b("contains", "string,match", lambda s, m: expect_string(m) in expect_string(s)),
    _b("starts with", "string,match", lambda s, m: expect_string(s).startswith(expect_string(m))),
    _b("ends with", "string,match", lambda s, m: expect_string(s).endswith(expect_string(m))),
    _b("string", "from", _string_of),
    _b("string join", "list,delimiter?", _string_join),
    _b("number", "from,grouping separator?,decimal separator?", _to_number),
    _b("decimal", "n,scale", _rounding(decimal.ROUND_HALF_EVEN)),
    _b("floor", "n,scale?", _rounding(decimal.ROUND_FLOOR)),
    _b("ceiling", "n,scale?", _rounding(decimal.ROUND_CEILING)),
    _b("round up", "n,scale?", _rounding(decimal.ROUND_UP)),
    _b("round down", "n,scale?", _rounding(decimal.ROUND_DOWN)),
    _b("round half up", "n,scale?", _rounding(decimal.ROUND_HALF_UP)),
    _b("round half down", "n,scale?", _rounding(decimal.ROUND_HALF_DOWN)),
    _b("abs", "n", _abs),
    _b("modulo", "dividend,divisor", _modulo),
    _b("sqrt", "number", _sqrt),
    _b("log", "number", _log),
    _b("exp", "number", lambda n: NUMBERS.exp(expect_number(n))),
    _b("odd", "number", lambda n: expect_integer(n) % 2 == 1),
    _b("even", "number", lambda n: expect_integer(n) % 2 == 0),
    _b("list contains", "list,element", lists.list_contains),
    _b("count", "list", lists.count),
    _b("min", "list", lists.extreme(-1), variadic=True),
    _b("max", "list", lists.extreme(1), variadic=True),
    _b("sum", "list", lists.total, variadic=True),
    _b("product", "list", lists.product, variadic=True),
    _b("mean", "list", lists.mean, variadic=True),
    _b("median", "list", lists.median, variadic=True),
    _b("all", "list", lists.all_true, variadic=True),
    _b("any", "list", lists.any_true, variadic=True),
    _b("sublist", "list,start position,length?", lists.sublist),
    _b("append", "list,item", lists.append, variadic=True),
    _b("concatenate", "list", lists.concatenate, variadic=True),
    _b("insert before", "list,position,newItem", lists.insert_before),
    _b("remove", "list,position", lists.remove),
    _b("reverse", "list", lists.reverse),
    _b("index of", "list,match", lists.index_of),
    _b("union", "list", lists.union, variadic=True),
    _b("distinct values", "list", lists.distinct_values),
    _b("flatten", "list", lists.flatten),
    _b("date", "from|year,month,day", temporal.make_date),
    _b("time", "from|hour,minute,second,offset?", temporal.make_time),
    _b("date and time", "from|date,time", temporal.make_date_time),
    _b("duration", "from", lambda text: temporal.parse_duration(expect_string(text))),
    _b("years and months duration", "from,to", temporal.years_and_months),
    _b("now", "", lambda: dt.datetime.now(dt.UTC), pure=False),
    _b("today", "", dt.date.today, pure=False),
    _b("day of week", "date", lambda d: temporal.WEEKDAYS[temporal.expect_date(d).weekday()]),
    _b("day of year", "date", lambda d: D(temporal.expect_date(d).timetuple().tm_yday)),
    _b("week of year", "date", lambda d: D(temporal.expect_date(d).isocalendar()[1])),
    _b("month of year", "date", lambda d: temporal.MONTHS[temporal.expect_date(d).month - 1]),
    _b("get value", "m,key", lambda m, key: _context(m).get(expect_string(key))),
    _b("get entries", "m", lambda m: [{"key": k, "value": v} for k, v in _context(m).items()]),
    _b("matches", "input,pattern,flags?", more.matches),
    _b("replace", "input,pattern,replacement,flags?", more.replace),
    _b("split", "string,delimiter", more.split),
    _b("is", "value1?,value2?", more.is_same),
    _b("context", "entries", more.context),
    _b("context put", "context,key,value|context,keys,value", more.context_put,
       named_kinds=(("key", "string"), ("keys", "list"))),
    _b("context merge", "contexts", more.context_merge),
    _b("mode", "list", more.mode, variadic=True),
    _b("stddev", "list", more.stddev, variadic=True),
    _b("list replace", "list,position,newItem|list,match,newItem", more.list_replace),
    _b("sort", "list,precedes?", more.sort),
    _b("range", "from", more.range_from),
    # (= x) and (!= x) as values: names no FEEL text can spell, so only the parser calls them
    _b("(= x)", "value", PointTest),
    _b("(!= x)", "value", lambda value: PointTest(value, negated=True)),
)

BUILTINS: dict[str, Builtin] = {builtin.name: builtin for builtin in _ALL} | {
    name: _b(name, ranges.SIGNATURES, function) for name, function in ranges.FUNCTIONS.items()}
