"""Run Python from uploaded models (script tasks, conditions, DMN cells) in a sandbox.

``Sandbox.evaluate`` returns the value of an expression; ``Sandbox.execute`` runs a script with the
context's entries as global variables and writes its results back. Code is compiled by RestrictedPython
with Ordra's stricter policy, runs with guards and an allow-list of builtins, and is stopped at a CPU-time
limit. Every failure is a ``ScriptError`` whose message names the script line, never a server path:
``ScriptRejected`` (refused before running), ``ScriptTimeout`` (CPU limit) or ``ScriptFailed`` (the code
raised). ``check_source`` runs the same compile-time checks for the model upload linter. This module knows
nothing about SpiffWorkflow; ``app.engine.script_env`` adapts it to the engine.

Blocked:

- at compile time: imports, class definitions, ``with``, ``eval``/``exec`` calls, every name and attribute
  starting with ``_`` (so ``().__class__.__base__.__subclasses__()``, ``f.__globals__``, ``__builtins__``),
  and the inspection attributes (``gi_frame``, ``f_back``, ``tb_frame``, ...);
- at run time: ``str.format``/``format_map`` (attribute lookups inside format strings) and ``type.mro()``;
  the interpreter's doors are simply absent from the builtins (``type``, ``getattr``, ``vars``,
  ``globals``, ``locals``, ``open``, ``compile``, ``__import__``, ``breakpoint``, ``input``, ``help``,
  ``memoryview``, ``object``, ``iter``, ...); helpers are classes and plain functions, never modules
  (``math`` is a namespace of functions);
- writes go only into plain ``dict`` and ``list`` objects (``order["total"] = 5``, ``lines.append(x)``);
  attribute assignment fails;
- CPU: one call may use ``cpu_seconds`` of its thread's CPU time, measured by a ``sys.settrace`` tracer on
  the script's own frames (SIGALRM would only work in the main thread, and jobs run in worker threads).
  The tracer sees every bytecode, so loops in script code run some 15 times slower than plain Python:
  fine for model scripts (a small one takes about 10 µs), not for number crunching;
- size: ``range()`` and ``*`` on sequences are capped at ``MAX_ITEMS`` items, ``*``, ``**``, ``<<`` and
  ``pow()`` on ints at ``MAX_INT_BITS`` bits, calls may nest ``MAX_CALL_DEPTH`` deep.

Known limits:

- RestrictedPython filters the language; it is no OS sandbox. Memory has no limit here: the worker
  process needs ``RLIMIT_AS`` (and a job timeout as the last resort).
- The CPU limit is checked between bytecodes of script code, so one long call into C cannot be
  interrupted. The caps keep the common ones short, and ``math.factorial``/``comb``/``perm``/``prod``
  and ``iter(callable, sentinel)`` are not offered. But single steps can still allocate a lot at once:
  ``'x'.ljust(n)``, ``f"{x:>{n}}"``, ``'%*d' % (n, 1)``, ``sep.join(big_list)``, ``(1).to_bytes(n)``.
  Growth spread over many steps (``s = s + s`` in a loop) is bounded by the CPU limit only.
- When the tracer raises, CPython switches tracing off. So the stop signal is an exception scripts
  cannot name or catch, and scripts may not use what would let them run code after it: bare
  ``except:``, ``finally``, ``with`` and computed ``except`` clauses. Deep recursion is stopped before the
  interpreter's own ``RecursionError``, which could switch tracing off in the same way. A ``MemoryError``
  inside the tracer could too; there the process limits are the backstop.
- ``execute`` runs on a deep copy of the context, written back only when the script succeeds and what it
  leaves can be stored (``app.task_data``): a failed script changes nothing, in-place changes to mutable
  values (``lines.append(x)``) included. Writes into ``dict``/``list`` subclasses are refused.
"""
from __future__ import annotations

import ast
import copy
import inspect
import json
import math
import operator
import os
import re
import sys
import time
from collections.abc import Callable
from collections.abc import Iterator
from collections.abc import Mapping
from collections.abc import Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from datetime import timezone
from decimal import Decimal
from functools import lru_cache
from types import CodeType
from types import FrameType
from types import ModuleType
from types import SimpleNamespace
from types import TracebackType
from typing import Any
from typing import Literal

from RestrictedPython.compile import compile_restricted_eval
from RestrictedPython.compile import compile_restricted_exec
from RestrictedPython.Eval import default_guarded_getitem
from RestrictedPython.Eval import default_guarded_getiter
from RestrictedPython.Guards import full_write_guard
from RestrictedPython.Guards import guarded_iter_unpack_sequence
from RestrictedPython.Guards import guarded_unpack_sequence
from RestrictedPython.Guards import safe_builtins
from RestrictedPython.Guards import safer_getattr_raise
from RestrictedPython.PrintCollector import PrintCollector
from RestrictedPython.transformer import RestrictingNodeTransformer
from RestrictedPython.transformer import copy_locations

from app.errors import DomainError
from app.python_source import AST_LOCK
from app.task_data import NotStorable
from app.task_data import check_storable

SCRIPT_FILENAME = "<script>"  # the file name of every compiled script; how the tracer finds script frames
MAX_SOURCE_CHARS = 100_000
MAX_ITEMS = 1_000_000
MAX_INT_BITS = 100_000
MAX_CALL_DEPTH = 100
MEMORY_MB = 256  # how far the process may grow while one script runs (``Sandbox(memory_mb=...)``)
_CLOCK_READ_INTERVAL = 0.005  # wall seconds between two reads of the (slower) thread CPU clock
_RECURSION_RESERVE = 50  # interpreter frames kept free for the tracer, guards and helpers
_FRAMES_PER_SCRIPT_CALL = 3  # a script call may bring a C call and a tracer call with it

Mode = Literal["exec", "eval"]
Problem = tuple[int | None, str]  # (1-based script line or None, message)
TraceEvent = Literal["call", "line", "return", "exception", "opcode"]
TraceFunction = Callable[[FrameType, TraceEvent, Any], Any]


# Errors ------------------------------------------------------------------------------------------------

class ScriptError(DomainError):
    """Base of every sandbox failure.

    ``line`` is the 1-based script line of the (first) problem when known. ``errors`` holds one entry per
    problem, with a ``message`` and, when known, the ``line``.
    """

    line: int | None

    def __init__(self, message: str, line: int | None = None) -> None:
        self._set_problems([(line, message)])

    def _set_problems(self, problems: Sequence[Problem]) -> None:
        texts = [_located(line, message) for line, message in problems]
        errors = [{"message": text, **({"line": line} if line else {})} for text, (line, _) in zip(texts, problems)]
        super().__init__("; ".join(texts), errors)
        self.line = problems[0][0]


class ScriptRejected(ScriptError):
    """Refused before running: a syntax error or a construct scripts may not use."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self._set_problems(problems)


class ScriptTimeout(ScriptError):
    """Stopped after using up its CPU-time budget."""

    def __init__(self, cpu_seconds: float, line: int | None = None, *, shared: bool = False) -> None:
        limit = f"the CPU-time limit of {cpu_seconds:g} s that the runs of one request share" if shared \
            else f"its CPU-time limit of {cpu_seconds:g} s"
        super().__init__(f"stopped: the code reached {limit}", line)


class ScriptOverMemory(ScriptError):
    """Stopped because the process grew by more than the memory budget while the code ran."""

    def __init__(self, memory_mb: int, line: int | None = None) -> None:
        super().__init__(f"stopped: the code used more than its memory limit of {memory_mb} MB", line)


class ScriptFailed(ScriptError):
    """The code raised an exception; the message gives its type, its text and the script line."""

    @classmethod
    def from_exception(cls, error: BaseException) -> ScriptFailed:
        return cls(_describe(error), _script_line(error.__traceback__))


_UNAVAILABLE = frozenset({
    "breakpoint", "compile", "delattr", "dir", "eval", "exec", "exit", "format", "getattr", "globals", "hasattr",
    "help", "input", "iter", "locals", "memoryview", "object", "open", "quit", "setattr", "super", "type", "vars",
})


def _located(line: int | None, message: str) -> str:
    return f"line {line}: {message}" if line else message


def _describe(error: BaseException) -> str:
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    if isinstance(error, NameError) and error.name in _UNAVAILABLE:
        text += f" ({error.name} is not available in scripts)"
    return text


def _script_line(traceback: TracebackType | None) -> int | None:
    """The line of the innermost script frame in ``traceback`` (helpers' own frames are skipped)."""
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_filename == SCRIPT_FILENAME:
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


# Compiling ---------------------------------------------------------------------------------------------

_GUARDED_OPERATORS: dict[type[ast.operator], str] = {ast.Mult: "_mul_", ast.Pow: "_pow_", ast.LShift: "_lshift_",
                                                     ast.Add: "_add_", ast.Mod: "_mod_"}


class _ScriptPolicy(RestrictingNodeTransformer):
    """RestrictedPython's policy, plus Ordra's refusals and size-checked ``*``, ``**`` and ``<<``."""

    def visit_Import(self, node: ast.Import) -> None:
        self.error(node, "Import statements are not allowed")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self.error(node, "Import statements are not allowed")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.error(node, "Class definitions are not allowed")

    def visit_With(self, node: ast.With) -> None:
        self.error(node, "'with' statements are not allowed")

    def visit_Try(self, node: ast.Try) -> Any:
        # These would let a script run code after the CPU limit stopped it (see the module docstring).
        if node.finalbody:
            self.error(node, "'finally' blocks are not allowed")
        for handler in node.handlers:
            if handler.type is None:
                self.error(handler, "a bare 'except:' is not allowed; name the exception, e.g. 'except ValueError:'")
            elif not _names_classes(handler.type):
                self.error(handler, "an 'except' clause must name exception classes, e.g. 'except (KeyError, "
                                    "ValueError):'")
        return super().visit_Try(node)

    def visit_FormattedValue(self, node: ast.FormattedValue) -> Any:
        """``f"{x:>{n}}"``: the value is formatted by ``_format_``, which checks the widths in its spec."""
        visited = super().visit_FormattedValue(node)
        assert isinstance(visited, ast.FormattedValue)
        if visited.format_spec is None:
            return visited
        call = ast.Call(func=ast.Name("_format_", ast.Load()),
                        args=[visited.value, visited.format_spec, ast.Constant(visited.conversion)], keywords=[])
        copy_locations(call, visited)
        formatted = ast.FormattedValue(value=call, conversion=-1, format_spec=None)
        copy_locations(formatted, visited)
        return formatted

    def visit_BinOp(self, node: ast.BinOp) -> Any:
        visited = super().visit_BinOp(node)
        assert isinstance(visited, ast.BinOp)  # RestrictedPython visits the operands and returns the node itself
        guard = _GUARDED_OPERATORS.get(type(visited.op))
        if guard is None:
            return visited
        call = ast.Call(func=ast.Name(guard, ast.Load()), args=[visited.left, visited.right], keywords=[])
        copy_locations(call, visited)
        return call


def _names_classes(node: ast.expr) -> bool:
    """Whether an ``except`` clause only names classes (``E``, ``mod.E``, tuples of them): evaluating it
    then runs no script code."""
    if isinstance(node, ast.Tuple):
        return all(_names_classes(item) for item in node.elts)
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


_RESTRICTED_PYTHON_LINE = re.compile(r"Line (\d+|None): (.*)", re.DOTALL)


def _problem(text: str) -> Problem:
    """Turn RestrictedPython's ``'Line 2: Foo is not allowed.'`` into ``(2, 'Foo is not allowed')``."""
    match = _RESTRICTED_PYTHON_LINE.fullmatch(text)
    if match is None:
        return None, text.removesuffix(".")
    line, message = match.groups()
    message = message.removesuffix(" at statement: None")  # a syntax error RestrictedPython has no text for
    return (int(line) if line.isdigit() else None), message.removesuffix(".")


@lru_cache(maxsize=4096)
def _compile(source: str, mode: Mode) -> tuple[CodeType | None, tuple[Problem, ...]]:
    """Compile under the sandbox policy: ``(code, ())`` or ``(None, problems)``.

    Cached because models run the same few snippets over and over.
    """
    if mode == "eval":
        source = source.strip()  # as eval() does; conditions in BPMN XML come indented
    if len(source) > MAX_SOURCE_CHARS:
        return None, ((None, f"the code is {len(source):,} characters long; the limit is {MAX_SOURCE_CHARS:,}"),)
    compiler = compile_restricted_exec if mode == "exec" else compile_restricted_eval
    try:
        with AST_LOCK:  # RestrictedPython parses, then compiles the AST it rewrote
            result = compiler(source, filename=SCRIPT_FILENAME, policy=_ScriptPolicy)
    except SyntaxError as error:  # raised by the final compile(), e.g. 'return' outside a function
        return None, ((error.lineno, f"SyntaxError: {error.msg}"),)
    except (ValueError, RecursionError) as error:  # NUL bytes on older CPythons; nesting too deep to compile
        return None, ((None, f"the code cannot be compiled: {error}"),)
    if result.errors:
        problems = dict.fromkeys(_problem(text) for text in result.errors)
        return None, tuple(sorted(problems, key=lambda problem: problem[0] or 0))
    return result.code, ()


def _compiled(source: str, mode: Mode) -> CodeType:
    code, problems = _compile(source, mode)
    if code is None:
        raise ScriptRejected(problems)
    return code


def check_source(source: str, mode: Mode) -> list[str]:
    """Return what keeps ``source`` from running in the sandbox, one message per problem, each starting
    with ``line N:`` when the line is known; an empty list means it compiles.

    Only compile-time checks: names that do not exist or the CPU limit show up when the code runs.
    """
    return [_located(line, message) for line, message in _compile(source, mode)[1]]


# Guards and builtins -----------------------------------------------------------------------------------

_SEQUENCES = (str, bytes, list, tuple)


def _check_items(size: int, what: str) -> None:
    if size > MAX_ITEMS:
        raise ValueError(f"{what} would produce {size:,} items; scripts may build at most {MAX_ITEMS:,}")


def _check_bits(bits: int, what: str) -> None:
    if bits > MAX_INT_BITS:
        raise ValueError(f"{what} would produce an integer of about {bits:,} bits; the limit is {MAX_INT_BITS:,}")


def _check_mul(left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        _check_bits(left.bit_length() + right.bit_length(), "'*'")
    elif isinstance(left, _SEQUENCES) and isinstance(right, int):
        _check_items(len(left) * right, "'*'")
    elif isinstance(right, _SEQUENCES) and isinstance(left, int):
        _check_items(len(right) * left, "'*'")


def _check_pow(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and exponent > 0:
        _check_bits((abs(base).bit_length() - 1) * exponent, "'**'")  # a lower bound: base 2 is exact


def _check_lshift(value: Any, shift: Any) -> None:
    if isinstance(value, int) and isinstance(shift, int) and value and shift > 0:
        _check_bits(value.bit_length() + shift, "'<<'")


def _check_add(left: Any, right: Any) -> None:
    if isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
        _check_items(len(left) + len(right), "'+'")


_PERCENT_SPEC = re.compile(rb"%(?:\([^)]*\))?[#0\- +]*(\*|\d*)(?:\.(\*|\d*))?")


def _check_mod(left: Any, right: Any) -> None:
    """``'%*d' % (n, 1)`` and ``'%999999999d' % 1`` would build a huge text in one C call."""
    if not isinstance(left, (str, bytes)):
        return
    spec = left.encode("utf-8", "replace") if isinstance(left, str) else left
    for width, precision in _PERCENT_SPEC.findall(spec):
        for number in (width, precision):
            if number == b"*" or (number and int(number) > MAX_ITEMS):
                raise ValueError(f"'%' formats may not use '*' or widths over {MAX_ITEMS:,}")


def _guarded_add(left: Any, right: Any) -> Any:
    _check_add(left, right)
    return left + right


def _guarded_mod(left: Any, right: Any) -> Any:
    _check_mod(left, right)
    return left % right


_NUMBER = re.compile(r"\d+")
_CONVERSIONS: dict[int, Callable[[Any], str]] = {115: str, 114: repr, 97: ascii}


def _guarded_format(value: Any, spec: str, conversion: int) -> str:
    """An f-string field with a format spec; widths and precisions over ``MAX_ITEMS`` are refused."""
    if any(int(number) > MAX_ITEMS for number in _NUMBER.findall(spec)):
        raise ValueError(f"format widths and precisions may be at most {MAX_ITEMS:,}")
    return format(_CONVERSIONS[conversion](value) if conversion in _CONVERSIONS else value, spec)


def _guarded_mul(left: Any, right: Any) -> Any:
    _check_mul(left, right)
    return left * right


def _guarded_pow(base: Any, exponent: Any, modulus: Any = None) -> Any:
    """``**`` and the ``pow`` builtin; modular powers stay small and are not checked."""
    if modulus is None:
        _check_pow(base, exponent)
    return pow(base, exponent, modulus)


def _guarded_lshift(value: Any, shift: Any) -> Any:
    _check_lshift(value, shift)
    return value << shift


def _guarded_range(*args: int) -> range:
    numbers = range(*args)
    try:
        size = len(numbers)
    except OverflowError:  # more items than a C size_t holds
        size = sys.maxsize
    _check_items(size, "range()")
    return numbers


_INPLACE_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "+=": operator.iadd, "-=": operator.isub, "*=": operator.imul, "/=": operator.itruediv,
    "//=": operator.ifloordiv, "%=": operator.imod, "**=": operator.ipow, "<<=": operator.ilshift,
    ">>=": operator.irshift, "&=": operator.iand, "|=": operator.ior, "^=": operator.ixor, "@=": operator.imatmul,
}
_INPLACE_CHECKS: dict[str, Callable[[Any, Any], None]] = {"*=": _check_mul, "**=": _check_pow, "<<=": _check_lshift,
                                                           "+=": _check_add, "%=": _check_mod}


def _inplacevar(op: str, target: Any, value: Any) -> Any:
    """``name op= value``, which RestrictedPython compiles to ``name = _inplacevar_(op, name, value)``."""
    check = _INPLACE_CHECKS.get(op)
    if check is not None:
        check(target, value)
    return _INPLACE_OPERATORS[op](target, value)


def _apply(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Calls with ``*args``/``**kwargs``, which RestrictedPython routes through ``_apply_``."""
    return function(*args, **kwargs)


_DENIED_ATTRIBUTES = frozenset({"mro"})  # type.mro() hands out base classes: BaseException, object


def _guarded_getattr(obj: Any, name: str) -> Any:
    """Attribute reads: RestrictedPython's ``safer_getattr`` rules, raising (not returning None) when the
    attribute is missing."""
    if name in _DENIED_ATTRIBUTES:
        raise AttributeError(f'"{name}" is not available in scripts')
    value = safer_getattr_raise(obj, name)  # type: ignore[no-untyped-call]  # RestrictedPython leaves it unannotated
    return size_checked_attribute(obj, name, value)


# One C call of these can build a huge text from a small one ('x'.ljust(10**9), s.replace('a', s)); the size
# of their result is computed from the arguments first. Each function takes the text and the call's arguments.
_TEXTS = (str, bytes, bytearray)


def size_checked_attribute(obj: Any, name: str, value: Any) -> Any:
    """``value`` (``obj.name``), behind a size check when it is a method that can build a huge text in one
    call; for other sandboxes over the same values (Jinja instructions)."""
    size_of_result = _RESULT_SIZES.get(name)
    if size_of_result is not None and (isinstance(obj, _TEXTS) or obj in _TEXTS):
        return _size_checked(value, size_of_result, bound=isinstance(obj, _TEXTS), subject=obj)
    if name == "to_bytes" and isinstance(obj, int):
        return _size_checked(value, _to_bytes_size, bound=True, subject=obj)
    return value


def check_binop(operator_symbol: str, left: Any, right: Any) -> None:
    """Refuse ``left <op> right`` when it would build more than ``MAX_ITEMS`` items or ``MAX_INT_BITS`` bits."""
    check = {"*": _check_mul, "**": _check_pow, "+": _check_add, "%": _check_mod}.get(operator_symbol)
    if check is not None:
        check(left, right)


def _replace_size(text: Any, old: Any, new: Any, count: int = -1) -> int:
    occurrences = text.count(old) if len(old) else len(text) + 1
    if count >= 0:
        occurrences = min(occurrences, count)
    return int(len(text) + occurrences * max(0, len(new) - len(old)))


def _width_size(text: Any, width: int, *_fill: Any) -> int:
    return max(len(text), width)


def _tabs_size(text: Any, tabsize: int = 8) -> int:
    return int(len(text) + text.count("\t" if isinstance(text, str) else b"\t") * max(0, tabsize))


def _to_bytes_size(_number: int, length: int = 1, *_args: Any, **_kwargs: Any) -> int:
    return length


_RESULT_SIZES: dict[str, Callable[..., int]] = {
    "replace": _replace_size, "ljust": _width_size, "rjust": _width_size, "center": _width_size,
    "zfill": _width_size, "expandtabs": _tabs_size, "join": lambda text, parts: 0,  # measured in _checked_join
}


def _size_checked(method: Callable[..., Any], size_of_result: Callable[..., int], *, bound: bool,
                  subject: Any) -> Callable[..., Any]:
    """``method`` behind a check of its result's size; ``bound`` tells whether ``subject`` is already the
    method's first argument (``s.ljust``) or the caller passes it (``str.ljust(s, n)``)."""
    def checked(*args: Any, **kwargs: Any) -> Any:
        call_args = (subject, *args) if bound else args
        if getattr(method, "__name__", "") == "join":
            return _checked_join(method, call_args, bound)
        try:
            size = size_of_result(*call_args, **kwargs)
        except (TypeError, AttributeError, ValueError):
            size = 0  # wrong arguments: let the method itself say what is wrong
        _check_items(size, f"{getattr(method, '__name__', 'this call')}()")
        return method(*args, **kwargs)
    return checked


def _checked_join(method: Callable[..., Any], call_args: tuple[Any, ...], bound: bool) -> Any:
    if len(call_args) != 2:
        return method(*call_args[1:] if bound else call_args)
    separator, parts = call_args[0], list(call_args[1])
    _check_items(len(parts), "join()")
    size = sum(len(part) for part in parts if isinstance(part, _TEXTS)) + len(separator) * max(0, len(parts) - 1)
    _check_items(size, "join()")
    return method(parts) if bound else method(separator, parts)


# C code behind datetime.strptime and strftime imports _strptime and time through the builtins of the
# calling frame, which are the script's: without an __import__ there they failed with KeyError. Scripts
# cannot name __import__ (names starting with '_' are refused at compile time); this one hands out only
# these two modules.
_INTERNAL_IMPORTS = frozenset({"_strptime", "time"})


def _internal_import(name: str, *args: Any, **kwargs: Any) -> ModuleType:
    if name not in _INTERNAL_IMPORTS:
        raise ImportError(f"scripts cannot import {name!r}")
    return __import__(name)


def _now() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


def _json_dumps(value: Any) -> str:
    """JSON text of ``value``; dates, Decimals and other non-JSON values become strings."""
    return json.dumps(value, default=str, ensure_ascii=False)


def _json_loads(text: str) -> Any:
    return json.loads(text)


# factorial, comb, perm and prod are left out: one call can run for minutes in C, out of the CPU limit's reach
_MATH_NAMES = (
    "acos", "asin", "atan", "atan2", "ceil", "copysign", "cos", "degrees", "e", "exp", "fabs", "floor", "fmod",
    "fsum", "gcd", "hypot", "inf", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "log", "log10", "log2",
    "nan", "pi", "pow", "radians", "sin", "sqrt", "tan", "tau", "trunc",
)

_WITHHELD_SAFE_BUILTINS = frozenset({
    "__build_class__",  # class definitions are refused at compile time
    "_getattr_", "range", "pow",  # replaced by the guarded versions below
    "setattr", "delattr",  # scripts change data by item assignment; attribute writes are refused
    # Classes outside Exception: with none of them in reach, no script handler can catch the stop signal
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit",
})

# RestrictedPython's limited_builtins are not used: their range() stops at 1,000 items and their
# list()/tuple() refuse strings, which breaks ordinary scripts. Its utility_builtins are modules (math,
# random, string) or Zope helpers, apart from set/frozenset, which are here anyway.
_ORDINARY_BUILTINS = (all, any, dict, enumerate, filter, frozenset, list, map, max, min, next, reversed, set, sorted,
                      sum, tuple, zip)

_BUILTINS: dict[str, Any] = {
    **{name: value for name, value in safe_builtins.items() if name not in _WITHHELD_SAFE_BUILTINS},
    **{function.__name__: function for function in _ORDINARY_BUILTINS},
    "range": _guarded_range,
    "pow": _guarded_pow,
    "datetime": datetime,
    "date": date,
    "timedelta": timedelta,
    "timezone": timezone,
    "Decimal": Decimal,
    "math": SimpleNamespace(**{name: getattr(math, name) for name in _MATH_NAMES}),
    "now": _now,
    "json_dumps": _json_dumps,
    "json_loads": _json_loads,
    # the names RestrictedPython's compiled code calls
    "__import__": _internal_import,
    "_getattr_": _guarded_getattr,
    "_getitem_": default_guarded_getitem,
    "_getiter_": default_guarded_getiter,
    "_iter_unpack_sequence_": guarded_iter_unpack_sequence,
    "_unpack_sequence_": guarded_unpack_sequence,
    "_write_": full_write_guard,  # lets plain dicts and lists through, wraps everything else read-only
    "_inplacevar_": _inplacevar,
    "_apply_": _apply,
    "_print_": PrintCollector,  # print() output is collected into the script's own 'printed', not stdout
    "_mul_": _guarded_mul,
    "_pow_": _guarded_pow,
    "_lshift_": _guarded_lshift,
    "_add_": _guarded_add,
    "_mod_": _guarded_mod,
    "_format_": _guarded_format,
}


# The CPU limit -----------------------------------------------------------------------------------------

class _Stop(BaseException):
    """Unwinds a script that must not go on. A BaseException no script can name, so none can catch it."""

    def __init__(self, error: ScriptError) -> None:
        super().__init__(str(error))
        self.error = error


_SHARED_BUDGET: ContextVar[tuple[float, float] | None] = ContextVar("ordra_cpu_budget", default=None)


@contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Every sandboxed call made in this block stops, besides at its own limit, once the thread has used
    ``seconds`` of CPU time since the block began: the runs of one request share it (the saved test cases an
    upload replays each ran scripts up to their own limit, one after another: 20 s for a ``while True``)."""
    deadline = time.thread_time() + seconds
    outer = _SHARED_BUDGET.get()
    token = _SHARED_BUDGET.set(outer if outer is not None and outer[0] <= deadline else (deadline, seconds))
    try:
        yield
    finally:
        _SHARED_BUDGET.reset(token)


def cpu_budget_used() -> float | None:
    """The seconds of the shared budget (:func:`cpu_budget`) when it is used up, else None."""
    budget = _SHARED_BUDGET.get()
    return budget[1] if budget is not None and time.thread_time() >= budget[0] else None


class _CpuGuard:
    """While active, traces the current thread's script frames and stops them at the CPU-time limit or
    when calls nest too deep.

    Opcode events are traced, not just line events: ``while True: pass`` on one line emits no line event.
    """

    def __init__(self, cpu_seconds: float, memory_mb: int = MEMORY_MB, code_filename: str = SCRIPT_FILENAME) -> None:
        self._code_filename = code_filename
        self._cpu_seconds = cpu_seconds
        self._memory_mb = memory_mb
        self._memory_ceiling = 0
        self._deadline = 0.0
        self._shared: tuple[float, float] | None = None  # the shared budget, when it ends before the own limit
        self._next_clock_read = 0.0
        self._depth = 0
        self._max_depth = 0
        self._previous: TraceFunction | None = None

    def __enter__(self) -> None:
        self._previous = sys.gettrace()  # pytest, coverage or a debugger may have one
        self._max_depth = _call_depth_budget()
        self._deadline = time.thread_time() + self._cpu_seconds
        self._shared = _SHARED_BUDGET.get()
        if self._shared is not None and self._shared[0] < self._deadline:
            self._deadline = self._shared[0]
        else:
            self._shared = None
        self._memory_ceiling = _recent_resident_bytes() + self._memory_mb * 1024 * 1024
        self._next_clock_read = time.perf_counter() + _CLOCK_READ_INTERVAL
        sys.settrace(self._on_call)

    def __exit__(self, *exc_info: object) -> None:
        sys.settrace(self._previous)

    def _on_call(self, frame: FrameType, event: str, arg: Any) -> TraceFunction | None:
        if frame.f_code.co_filename != self._code_filename:
            return None
        self._depth += 1
        if self._depth > self._max_depth:
            raise _Stop(ScriptFailed(f"calls are nested more than {self._max_depth} deep", frame.f_lineno))
        frame.f_trace_opcodes = True
        return self._on_event

    def _on_event(self, frame: FrameType, event: str, arg: Any) -> TraceFunction:
        if event == "return":
            self._depth -= 1
        elif time.perf_counter() >= self._next_clock_read:  # wall time >= CPU time: a cheap pre-check
            self._next_clock_read = time.perf_counter() + _CLOCK_READ_INTERVAL
            if time.thread_time() > self._deadline:
                if self._shared is not None:
                    raise _Stop(ScriptTimeout(self._shared[1], frame.f_lineno, shared=True))
                raise _Stop(ScriptTimeout(self._cpu_seconds, frame.f_lineno))
            if _resident_bytes() > self._memory_ceiling:
                raise _Stop(ScriptOverMemory(self._memory_mb, frame.f_lineno))
        return self._on_event


_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _resident_bytes() -> int:
    """The process's resident memory (Linux); 0 elsewhere, which switches the memory check off.

    Read every few milliseconds while a script runs: one small /proc read, some 10 µs. Single C calls
    cannot grow memory much between two reads, because the size guards cap what one call builds.
    """
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE_SIZE
    except (OSError, ValueError, IndexError):
        return 0


_recent_reading = (0.0, 0)  # (perf_counter, bytes): conditions run by the thousand, and a read costs ~5 µs


def _recent_resident_bytes() -> int:
    """The resident memory as read within the last few milliseconds (the baseline of a script's budget)."""
    global _recent_reading
    read_at, value = _recent_reading
    now = time.perf_counter()
    if now - read_at > _CLOCK_READ_INTERVAL:
        value = _resident_bytes()
        _recent_reading = (now, value)
    return value


def _call_depth_budget() -> int:
    """How deep script calls may nest from here without reaching the interpreter's recursion limit.

    A RecursionError raised inside the tracer would switch tracing off, and a script catching it could
    then run unmetered; so the guard stops deep recursion first.
    """
    limit = sys.getrecursionlimit()
    shallow = limit - _RECURSION_RESERVE - MAX_CALL_DEPTH * _FRAMES_PER_SCRIPT_CALL
    if shallow > 0 and not _deeper_than(shallow):
        return MAX_CALL_DEPTH  # room for the whole budget; the usual case, told without walking the stack
    depth, frame = 0, inspect.currentframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    free = limit - depth - _RECURSION_RESERVE
    return max(1, min(MAX_CALL_DEPTH, free // _FRAMES_PER_SCRIPT_CALL))


def _deeper_than(frames: int) -> bool:
    """Whether the stack above this call holds more than ``frames`` frames. ``sys._getframe`` walks them in
    C; following ``f_back`` from Python made a frame object of each (a request runs scripts ~70 frames
    deep, and a step runs a script per task)."""
    try:
        sys._getframe(frames)
    except ValueError:
        return False
    return True


# The sandbox -------------------------------------------------------------------------------------------

class Sandbox:
    """Evaluates expressions and executes scripts from models. Thread-safe: one instance can serve all
    workers.

    ``functions`` are extra helpers every script can call; they are trusted code, and their names must be
    public identifiers. ``cpu_seconds`` is the CPU time one ``evaluate``/``execute`` call may use.
    """

    def __init__(self, functions: Mapping[str, Callable[..., Any]] | None = None, cpu_seconds: float = 2.0,
                 memory_mb: int = MEMORY_MB) -> None:
        helpers = dict(functions or {})
        bad = sorted(name for name in helpers if not name.isidentifier() or name.startswith("_"))
        if bad:
            raise ValueError(f"helper names must be public identifiers: {bad}")
        if cpu_seconds <= 0:
            raise ValueError("cpu_seconds must be positive")
        self._builtins = {**_BUILTINS, **helpers}
        self._cpu_seconds = cpu_seconds
        self._memory_mb = memory_mb

    def evaluate(self, expression: str, context: Mapping[str, Any]) -> Any:
        """Return the value of ``expression`` with ``context``'s entries as variables.

        :raises ScriptRejected: refused at compile time.
        :raises ScriptTimeout: over the CPU-time limit.
        :raises ScriptFailed: the expression raised.
        """
        return self._run(_compiled(expression, "eval"), dict(context))

    def execute(self, script: str, context: dict[str, Any]) -> None:
        """Run ``script`` with ``context``'s entries as its global variables, then update ``context``: its
        public, non-callable, non-module variables are written back, the ones it deleted are removed.
        ``context`` is left as it was when the script fails, values it changed in place too.

        :raises ScriptRejected: refused at compile time.
        :raises ScriptTimeout: over the CPU-time limit.
        :raises ScriptFailed: the script raised.
        """
        # A copy: a script that failed after items.append(float('inf')) left the Infinity in the task's data,
        # which the instance then saved with its error (a 500 on PostgreSQL).
        scope = copy.deepcopy(context)
        self._run(_compiled(script, "exec"), scope)
        _check_storable(scope)
        _write_back(scope, context)

    def _run(self, code: CodeType, scope: dict[str, Any]) -> Any:
        scope["__builtins__"] = self._builtins
        try:
            with _CpuGuard(self._cpu_seconds, self._memory_mb):
                return eval(code, scope)  # runs 'exec' code objects too (returning None)
        except _Stop as stop:
            raise stop.error from None
        except ScriptError:
            raise  # from a helper that ran code in a sandbox of its own
        except Exception as error:
            raise ScriptFailed.from_exception(error) from error


@contextmanager
def resource_limits(code_filename: str, cpu_seconds: float, memory_mb: int = MEMORY_MB) -> Iterator[None]:
    """Meter the frames of code compiled with ``code_filename`` (e.g. Jinja's ``<template>``) run in this
    block with the sandbox's CPU and memory limits.

    :raises ScriptTimeout: over the CPU-time limit. :raises ScriptOverMemory: over the memory limit.
    """
    try:
        with _CpuGuard(cpu_seconds, memory_mb, code_filename):
            yield
    except _Stop as stop:
        raise stop.error from None


def _write_back(scope: Mapping[str, Any], context: dict[str, Any]) -> None:
    for name in [name for name in context if name not in scope]:
        del context[name]
    context.update((name, value) for name, value in scope.items() if _is_data(name, value))


def _check_storable(scope: Mapping[str, Any]) -> None:
    """The task data the script leaves can be stored (``app.task_data``), checked before anything is written:
    all of it, since a list the script appended to in place is the same object it was given. Infinity or NaN,
    an integer over 4,300 digits or a tuple as a key made saving the instance fail (a 500, or PostgreSQL
    refusing the JSON), ``['a' * 999999] * 999999`` (8 MB in the script) made a terabyte of JSON outside the
    script's memory limit, and a million-item list made every later request on the instance take seconds.

    :raises ScriptFailed: naming the variable and the place inside it."""
    try:
        check_storable({name: value for name, value in scope.items() if _is_data(name, value)})
    except NotStorable as exc:
        name, *inside = exc.path
        raise ScriptFailed(f"{name}{''.join(f'[{key!r}]' for key in inside)} {exc.problem}") from None


def _is_data(name: str, value: Any) -> bool:
    """Whether a script variable belongs in task data: not private, a function, a class, a module or a
    helper namespace such as ``math``."""
    return not name.startswith("_") and not callable(value) and not isinstance(value, (ModuleType, SimpleNamespace))
