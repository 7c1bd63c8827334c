"""External Java functions (DMN 10.3.2.13.3) without a JVM: pure static methods of ``java.lang``, emulated.

A model drawn for a Java engine may declare ``function(x) external {java: {class: "java.lang.Math",
method signature: "cos(double)"}}`` (or a boxed ``functionDefinition kind="Java"``). Ordra runs no Java
and loads no class by name: each method it knows is a Python function here, with Java's argument
conversions (a FEEL number becomes the parameter's primitive type: an ``int`` keeps the low 32 bits of the
integer part, as ``BigDecimal.intValue`` does) and Java's result (a ``float`` is the nearest 32-bit value,
shown as Java prints it). A class or method not listed, a signature that does not match one of its
overloads, or an argument Java would refuse makes the call null with a warning, as any FEEL error does.

Only methods without side effects or access to anything outside their arguments are listed; the sizes
``String.format`` may produce are bounded like every FEEL value.
"""
from __future__ import annotations

import decimal
import math
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.rules.feel.java_format import java_format
from app.rules.feel.java_format import java_string
from app.rules.feel.scope import shown
from app.rules.feel.types import FeelError

_INTEGRAL_BITS = {"byte": 8, "short": 16, "int": 32, "long": 64}
_BOXED = {"java.lang.Byte": "byte", "java.lang.Short": "short", "java.lang.Integer": "int", "java.lang.Long": "long",
          "java.lang.Float": "float", "java.lang.Double": "double", "java.lang.Boolean": "boolean",
          "java.lang.Character": "char"}
_OBJECT_ARRAY = "[Ljava.lang.Object;"
# A method's overloads: the Java types of the parameters, of the result, and the Python computing it.
Overloads = list[tuple[tuple[str, ...], str, Callable[..., Any]]]


@dataclass(frozen=True)
class JavaMethod:
    """A resolved method: the Java types of its parameters and result, and the Python that computes it."""

    signature: str
    parameters: tuple[str, ...]
    result: str
    compute: Callable[..., Any]

    def call(self, values: list[Any]) -> Any:
        """Convert FEEL ``values`` to the parameters' Java types, compute, and return the result as FEEL."""
        if self.parameters and self.parameters[-1] == _OBJECT_ARRAY:  # varargs: the rest is the array
            fixed = len(self.parameters) - 1
            arguments = [to_java(v, t) for v, t in zip(values[:fixed], self.parameters)]
            rest = values[fixed:]  # one list is the array itself; anything else, the array's items
            arguments.append(list(rest[0] if len(rest) == 1 and isinstance(rest[0], list) else rest))
        else:
            if len(values) != len(self.parameters):
                raise FeelError(f"takes {len(self.parameters)} argument(s), got {len(values)}")
            arguments = [to_java(v, t) for v, t in zip(values, self.parameters)]
        try:
            result = self.compute(*arguments)
        except (ArithmeticError, ValueError) as exc:  # Java would throw (ArithmeticException, NumberFormat...)
            raise FeelError(f"Java would throw: {exc}") from None
        return to_feel(result, self.result)


def resolve(mapping: Any) -> JavaMethod:
    """The method a function's external mapping names: ``{java: {class, method signature}}`` (a FEEL literal)
    or ``{class, method signature}`` (the body of a boxed Java function definition).

    :raises FeelError: not a Java mapping, or a class, method or overload that is not emulated here.
    """
    if isinstance(mapping, dict) and isinstance(mapping.get("java"), dict):
        mapping = mapping["java"]
    if not isinstance(mapping, dict) or not isinstance(mapping.get("class"), str) \
            or not isinstance(mapping.get("method signature"), str):
        raise FeelError("an external function needs {java: {class: ..., method signature: ...}}; "
                        "only Java functions are supported (not PMML)")
    class_name, signature = mapping["class"].strip(), mapping["method signature"]
    parsed = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s*\(([^()]*)\)\s*", signature)
    if parsed is None:
        raise FeelError(f"'{signature}' is not a Java method signature")
    name = parsed.group(1)
    parameters = tuple(_type_name(p) for p in parsed.group(2).split(",")) if parsed.group(2).strip() else ()
    methods = _METHODS.get(class_name)
    if methods is None:
        raise FeelError(f"class {class_name} is not one Ordra emulates (it runs no Java); "
                        f"these are: {', '.join(sorted(_METHODS))}")
    overloads = methods.get(name)
    if overloads is None:
        raise FeelError(f"{class_name} has no method {name} that Ordra emulates")
    for overload_parameters, result, compute in overloads:
        if overload_parameters == parameters:
            return JavaMethod(f"{class_name}.{name}({', '.join(parameters)})", parameters, result, compute)
    known = "; ".join(f"{name}({', '.join(p)})" for p, _r, _c in overloads)
    raise FeelError(f"{class_name}.{name} has no overload ({', '.join(parameters)}); Ordra emulates {known}")


def _type_name(text: str) -> str:
    name = text.strip()
    if name in ("java.lang.Object[]", "Object[]", "java.lang.Object..."):
        return _OBJECT_ARRAY
    return {"String": "java.lang.String", "Object": "java.lang.Object"}.get(name, _BOXED.get(name, name))


# --- FEEL <-> Java values ---------------------------------------------------------------------------------

def to_java(value: Any, java_type: str) -> Any:
    """A FEEL value as an argument of ``java_type``, or a FeelError where Java would not accept it."""
    if java_type in _INTEGRAL_BITS:
        return _low_bits(_number(value, java_type), _INTEGRAL_BITS[java_type])
    if java_type == "double":
        return float(_number(value, java_type))
    if java_type == "float":
        return _float32(float(_number(value, java_type)))
    if java_type == "char":
        if not isinstance(value, str) or len(value) != 1:
            raise FeelError(f"a char is one character, not {shown(value)}")
        return value
    if java_type == "boolean":
        if not isinstance(value, bool):
            raise FeelError(f"a boolean is needed, not {shown(value)}")
        return value
    if java_type == "java.lang.String":
        if not isinstance(value, str):
            raise FeelError(f"a string is needed, not {shown(value)}")
        return value
    return value  # java.lang.Object


def _number(value: Any, java_type: str) -> decimal.Decimal:
    if not isinstance(value, decimal.Decimal) or not value.is_finite():
        raise FeelError(f"a number is needed for {java_type}, not {shown(value)}")
    return value


def _low_bits(number: decimal.Decimal, bits: int) -> int:
    """``BigDecimal.intValue``/``longValue``: the integer part's low ``bits``, without writing out the whole
    integer (a FEEL number may have an exponent of 999,999)."""
    sign, digits, exponent = number.to_integral_value(rounding=decimal.ROUND_DOWN).as_tuple()
    assert isinstance(exponent, int)  # a finite number
    modulus = 1 << bits
    low = int("".join(map(str, digits)) or "0") * pow(10, exponent, modulus) % modulus
    return _wrapped(-low if sign else low, bits)


def _wrapped(number: int, bits: int) -> int:
    """The low ``bits`` of ``number`` as a signed integer (Java's narrowing conversion)."""
    number &= (1 << bits) - 1
    return number - (1 << bits) if number >= 1 << (bits - 1) else number


def _float32(number: float) -> float:
    try:
        return float(struct.unpack("f", struct.pack("f", number))[0])
    except OverflowError:
        return math.copysign(math.inf, number)


def to_feel(result: Any, java_type: str) -> Any:
    """A Java result as FEEL: numbers as Java prints them (NaN and the infinities, which FEEL lacks, are null)."""
    if java_type in ("double", "float"):
        if math.isnan(result) or math.isinf(result):
            raise FeelError(f"the result is {to_java_text(result, java_type)}, which is not a FEEL number")
        return decimal.Decimal(_float32_text(result) if java_type == "float" else repr(result))
    if java_type in _INTEGRAL_BITS:
        return decimal.Decimal(result)
    return result


def _float32_text(number: float) -> str:
    """The shortest decimal that reads back as the same 32-bit float (what ``Float.toString`` shows)."""
    for digits in range(1, 10):
        text = f"{number:.{digits}g}"
        if _float32(float(text)) == number:
            return text
    return repr(number)


# --- java.lang: the methods emulated ----------------------------------------------------------------------

def _rounder(bits: int) -> Callable[[float], int]:
    """``Math.round``: the closest integer, ties toward positive infinity, held within the result type
    (NaN is 0; beyond the range, the type's least or greatest value)."""
    least, greatest = -(1 << (bits - 1)), (1 << (bits - 1)) - 1

    def rounded(number: float) -> int:
        if math.isnan(number):
            return 0
        if math.isinf(number):
            return greatest if number > 0 else least
        return min(greatest, max(least, math.floor(number + 0.5)))
    return rounded


def _floor_div(a: int, b: int) -> int:
    if b == 0:
        raise ArithmeticError("/ by zero")
    return a // b


def _floor_mod(a: int, b: int) -> int:
    if b == 0:
        raise ArithmeticError("/ by zero")
    return a % b


def _signum(number: float) -> float:
    return math.copysign(1.0, number) if number else number


def _java_int(text: str, bits: int) -> int:
    """``Integer.parseInt`` and its kin: an optional sign and decimal digits, nothing else, within range."""
    if not re.fullmatch(r"[+-]?[0-9]+", text):
        raise ValueError(f'for input string: "{text}"')
    number = int(text)
    if not -(1 << (bits - 1)) <= number < 1 << (bits - 1):
        raise ValueError(f'value out of range: "{text}"')
    return number


_JAVA_FLOAT = re.compile(r"[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)")


def _java_double(text: str) -> float:
    """``Double.parseDouble``: surrounding whitespace ignored, an optional f/d suffix (hexadecimal not read)."""
    stripped = text.strip()
    if not _JAVA_FLOAT.fullmatch(stripped):
        raise ValueError(f'for input string: "{text}"')
    return float(stripped.rstrip("fFdD"))


def _ieee(compute: Callable[..., float]) -> Callable[..., float]:
    """Java answers NaN or an infinity (which FEEL makes null) where Python raises: an argument outside the
    function's domain, a result beyond the largest double."""
    def guarded(*numbers: float) -> float:
        try:
            return compute(*numbers)
        except ValueError:
            return math.nan
        except OverflowError:
            return -math.inf if compute is math.sinh and numbers[0] < 0 else math.inf
    return guarded


def _unary(compute: Callable[[float], float], *types: str) -> Overloads:
    return [((t,), t, compute) for t in types]


def _binary(compute: Callable[[Any, Any], Any], *types: str) -> Overloads:
    return [((t, t), t, (lambda a, b, t=t: _narrowed(compute(a, b), t))) for t in types]


def _narrowed(number: Any, java_type: str) -> Any:
    if java_type in _INTEGRAL_BITS:
        return _wrapped(int(number), _INTEGRAL_BITS[java_type])
    return _float32(number) if java_type == "float" else number


def _doubles(compute: Callable[..., float], arity: int = 1) -> Overloads:
    return [(("double",) * arity, "double", _ieee(compute))]


def _math() -> dict[str, Overloads]:
    numeric = ("int", "long", "float", "double")
    return {
        "abs": [((t,), t, (lambda a, t=t: _narrowed(abs(a), t))) for t in numeric],
        "max": _binary(max, *numeric), "min": _binary(min, *numeric),
        "floorDiv": _binary(_floor_div, "int", "long"), "floorMod": _binary(_floor_mod, "int", "long"),
        "sin": _doubles(math.sin), "cos": _doubles(math.cos), "tan": _doubles(math.tan),
        "asin": _doubles(math.asin), "acos": _doubles(math.acos),
        "atan": _doubles(math.atan), "sinh": _doubles(math.sinh), "cosh": _doubles(math.cosh),
        "tanh": _doubles(math.tanh), "exp": _doubles(math.exp), "expm1": _doubles(math.expm1),
        "log": _doubles(math.log), "log10": _doubles(math.log10),
        "log1p": _doubles(math.log1p), "sqrt": _doubles(math.sqrt),
        "cbrt": _doubles(lambda a: math.copysign(abs(a) ** (1 / 3), a)),
        "ceil": _doubles(lambda a: float(math.ceil(a))), "floor": _doubles(lambda a: float(math.floor(a))),
        "rint": _doubles(lambda a: float(round(a))), "signum": _unary(_signum, "double", "float"),
        "toRadians": _doubles(math.radians), "toDegrees": _doubles(math.degrees),
        "atan2": _doubles(math.atan2, 2), "hypot": _doubles(math.hypot, 2), "pow": _doubles(math.pow, 2),
        "round": [(("double",), "long", _rounder(64)), (("float",), "int", _rounder(32))],
    }


def _parsers(primitive: str) -> dict[str, Overloads]:
    if primitive in _INTEGRAL_BITS:
        bits = _INTEGRAL_BITS[primitive]
        parse: Callable[[str], Any] = lambda text: _java_int(text, bits)  # noqa: E731
    elif primitive == "boolean":
        parse = lambda text: text.lower() == "true"  # noqa: E731 (Boolean.parseBoolean)
    else:
        parse = (lambda text: _float32(_java_double(text))) if primitive == "float" else _java_double
    parse_name = {"int": "parseInt", "boolean": "parseBoolean"}.get(primitive, "parse" + primitive.capitalize())
    return {"valueOf": [(("java.lang.String",), primitive, parse), ((primitive,), primitive, lambda v: v)],
            parse_name: [(("java.lang.String",), primitive, parse)],
            "toString": [((primitive,), "java.lang.String", lambda v: to_java_text(v, primitive))]}


def to_java_text(value: Any, primitive: str) -> str:
    """``String.valueOf`` of a primitive: ``true``, ``42``, and a double or float as Java prints it."""
    if primitive == "boolean":
        return "true" if value else "false"
    if primitive in ("float", "double"):
        return _java_floating_text(value, _float32_text(value) if primitive == "float" else repr(value))
    return str(value)


def _java_floating_text(number: float, shortest: str) -> str:
    """``Double.toString``: ``NaN``, ``-Infinity``, ``0.001`` .. ``1234567.0`` plainly (always a fraction),
    and outside that range one digit before the point and an exponent (``1.0E7``, ``1.5E-4``)."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    value = decimal.Decimal(shortest)
    if number == 0 or 1e-3 <= abs(number) < 1e7:
        text = format(value, "f")
        return text if "." in text else text + ".0"
    sign, digits, _exponent = value.normalize().as_tuple()
    mantissa = "".join(map(str, digits))
    return f"{'-' if sign else ''}{mantissa[0]}.{mantissa[1:] or '0'}E{value.adjusted()}"


def _string() -> dict[str, Overloads]:
    primitives = ("int", "long", "float", "double", "boolean")
    return {
        "valueOf": [(("char",), "java.lang.String", str), (("java.lang.Object",), "java.lang.String", java_string),
                    *[((p,), "java.lang.String", (lambda v, p=p: to_java_text(v, p))) for p in primitives]],
        "format": [(("java.lang.String", _OBJECT_ARRAY), "java.lang.String", java_format)],
    }



_METHODS: dict[str, dict[str, Overloads]] = {
    "java.lang.Math": _math(), "java.lang.StrictMath": _math(), "java.lang.String": _string(),
    **{boxed: _parsers(primitive) for boxed, primitive in _BOXED.items() if primitive != "char"},
}
