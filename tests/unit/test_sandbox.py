"""The script sandbox on its own: ordinary scripts work, escapes are refused, CPU and size are bounded."""
from __future__ import annotations

import sys
import threading
import time
from datetime import datetime
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from types import FrameType
from types import ModuleType
from typing import Any

import pytest

from app import sandbox as sandbox_module
from app.errors import DomainError
from app.sandbox import Sandbox
from app.sandbox import ScriptError
from app.sandbox import ScriptFailed
from app.sandbox import ScriptRejected
from app.sandbox import ScriptTimeout
from app.sandbox import check_source

QUICK = 0.3  # CPU seconds for the timeout tests


@pytest.fixture
def box() -> Sandbox:
    return Sandbox()


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    """A file an escape would create; it must never exist."""
    return tmp_path / "pwned"


# Ordinary scripts --------------------------------------------------------------------------------------

def test_arithmetic_and_evaluate(box: Sandbox) -> None:
    assert box.evaluate("price * qty + 1", {"price": 2.5, "qty": 4}) == 11.0
    assert box.evaluate("\n    total > 100 and kind == 'fibre'\n  ", {"total": 150, "kind": "fibre"}) is True
    assert box.evaluate("divmod(17, 5)", {}) == (3, 2)


def test_scripts_mutate_plain_dicts_and_lists_from_task_data(box: Sandbox) -> None:
    order: dict[str, Any] = {"lines": [{"sku": "A", "qty": 2}], "meta": {"old": 1}}
    context: dict[str, Any] = {"order": order}
    box.execute(
        'order["total"] = 5\n'
        'order["lines"].append({"sku": "B", "qty": 1})\n'
        'order["lines"][0]["qty"] = 3\n'
        'order["meta"].update(new=2)\n'
        'del order["meta"]["old"]\n'
        'order["lines"][1:1] = [{"sku": "X", "qty": 0}]\n'
        'order.setdefault("notes", []).extend(["a", "b"])\n',
        context,
    )
    assert context["order"] == {"lines": [{"sku": "A", "qty": 3}, {"sku": "X", "qty": 0}, {"sku": "B", "qty": 1}],
                                "meta": {"new": 2}, "total": 5, "notes": ["a", "b"]}


def test_a_failed_script_leaves_the_data_as_it_was_nested_values_too(box: Sandbox) -> None:
    """The script runs on a copy: a list it appended to before failing kept the item."""
    context: dict[str, Any] = {"order": {"lines": [{"sku": "A"}]}}
    with pytest.raises(ScriptFailed):
        box.execute('order["lines"].append({"sku": "B"})\norder["lines"][0]["sku"] = "Z"\nraise ValueError("no")',
                    context)
    assert context == {"order": {"lines": [{"sku": "A"}]}}


def test_comprehensions_augmented_assignment_and_unpacking(box: Sandbox) -> None:
    context: dict[str, Any] = {"lines": [{"sku": "B", "qty": 2, "price": 5.0}, {"sku": "A", "qty": 1, "price": 3.0}]}
    box.execute(
        "total = sum(l['qty'] * l['price'] for l in lines)\n"
        "by_sku = {l['sku']: l['qty'] for l in lines}\n"
        "skus = sorted({l['sku'] for l in lines})\n"
        "pairs = [(i, l['sku']) for i, l in enumerate(lines)]\n"
        "count = 0\n"
        "for sku, qty in by_sku.items():\n"
        "    count += qty\n"
        "count *= 2\n"
        "count -= 1\n"
        "first, *rest = skus\n"
        "tags = []\n"
        "tags += ['x']\n",
        context,
    )
    assert context["total"] == 13.0
    assert context["by_sku"] == {"B": 2, "A": 1}
    assert context["skus"] == ["A", "B"]
    assert context["pairs"] == [(0, "B"), (1, "A")]
    assert context["count"] == 5
    assert (context["first"], context["rest"]) == ("A", ["B"])
    assert context["tags"] == ["x"]


def test_decimal_datetime_math_and_json_helpers(box: Sandbox) -> None:
    context: dict[str, Any] = {"price": "19.99", "placed": datetime(2024, 1, 31, 12, 0)}
    box.execute(
        "net = (Decimal(price) * 3).quantize(Decimal('0.01'))\n"
        "gross = (net * Decimal('1.19')).quantize(Decimal('0.01'), rounding='ROUND_HALF_UP')\n"
        "due = placed + timedelta(days=30)\n"
        "due_day = due.date().isoformat()\n"
        "stamp = now()\n"
        "aware = stamp.tzinfo is not None\n"
        "root = math.sqrt(16) + math.floor(2.7) + math.pi * 0\n"
        "text = json_dumps({'net': net, 'due': due_day})\n"
        "back = json_loads(text)\n"
        "utc = datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat()\n",
        context,
    )
    assert context["net"] == Decimal("59.97")
    assert context["gross"] == Decimal("71.36")
    assert context["due"] == datetime(2024, 3, 1, 12, 0)
    assert context["aware"] is True and abs(context["stamp"] - datetime.now().astimezone()) < timedelta(minutes=1)
    assert context["root"] == 6.0
    assert context["back"] == {"net": "59.97", "due": "2024-03-01"}
    assert context["utc"] == "2024-01-01T00:00:00+00:00"


def test_string_methods_sorting_functions_and_exceptions(box: Sandbox) -> None:
    context: dict[str, Any] = {"names": ["bob", "Alice", "carol"], "raw": " a,b ,c "}
    box.execute(
        "parts = [p.strip().upper() for p in raw.split(',')]\n"
        "joined = '-'.join(parts)\n"
        "ordered = sorted(names, key=lambda n: n.lower())\n"
        "longest = max(names, key=len)\n"
        "label = f'{len(names)} names, first {ordered[0]!r}'\n"
        "old_style = '%s=%d' % ('n', 3)\n"
        "def double(x):\n"
        "    return x * 2\n"
        "doubled = list(map(double, [1, 2]))\n"
        "try:\n"
        "    int('x')\n"
        "except (ValueError, TypeError) as error:\n"
        "    problem = str(error)\n"
        "print('not shown anywhere')\n",
        context,
    )
    assert context["joined"] == "A-B-C"
    assert context["ordered"] == ["Alice", "bob", "carol"]
    assert context["longest"] == "Alice"
    assert context["label"] == "3 names, first 'Alice'"
    assert context["old_style"] == "n=3"
    assert context["doubled"] == [2, 4]
    assert "invalid literal" in context["problem"]


def test_write_back_keeps_only_public_data_and_applies_deletions(box: Sandbox) -> None:
    context: dict[str, Any] = {"keep": 1, "drop": 2}
    box.execute("del drop\nnew = keep + 1\nf = lambda: 1\ndef g():\n    pass\nD = Decimal\nhelper = math", context)
    assert context == {"keep": 1, "new": 2}


def test_failed_script_leaves_top_level_names_alone(box: Sandbox) -> None:
    context: dict[str, Any] = {"a": 1, "b": 2}
    with pytest.raises(ScriptFailed):
        box.execute("a = 10\ndel b\nc = 1 / 0", context)
    assert context == {"a": 1, "b": 2}


def test_task_data_may_use_names_of_missing_builtins(box: Sandbox) -> None:
    context: dict[str, Any] = {"type": "express", "format": "pdf"}
    box.execute("label = type + '/' + format", context)
    assert context["label"] == "express/pdf"


def test_custom_functions_are_callable_but_never_written_back() -> None:
    box = Sandbox({"discount": lambda total: total * 0.9})
    context: dict[str, Any] = {"total": 100}
    box.execute("net = discount(total)", context)
    assert context == {"total": 100, "net": 90.0}
    with pytest.raises(ValueError, match="public identifiers"):
        Sandbox({"_secret": print})
    with pytest.raises(ValueError, match="positive"):
        Sandbox(cpu_seconds=0)


def test_compiled_code_is_cached(box: Sandbox) -> None:
    source = "cached_value = 41 + 1"
    box.execute(source, {})
    hits = sandbox_module._compile.cache_info().hits
    box.execute(source, {})
    assert sandbox_module._compile.cache_info().hits == hits + 1


# Escapes -----------------------------------------------------------------------------------------------

WRAP_CLOSE_WALK = (
    "wrap = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]\n"
    "wrap.__init__.__globals__['system']('touch ' + MARKER)\n"
)

ESCAPES: list[tuple[str, str, type[ScriptError], str]] = [
    ("import", "import os\nos.system('touch ' + MARKER)", ScriptRejected, "line 1: Import statements are not allowed"),
    ("import later", "x = 1\nimport os", ScriptRejected, "line 2: Import statements are not allowed"),
    ("from import", "from os import system\nsystem('touch ' + MARKER)", ScriptRejected, "Import statements"),
    ("__import__", "__import__('os').system('touch ' + MARKER)", ScriptRejected, '"__import__" is an invalid'),
    ("subclasses", "().__class__.__base__.__subclasses__()", ScriptRejected, '"__subclasses__" is an invalid'),
    ("_wrap_close walk", WRAP_CLOSE_WALK, ScriptRejected, '"__globals__" is an invalid'),
    ("object subclasses", "object.__subclasses__()", ScriptRejected, "invalid attribute name"),
    ("getattr", "getattr(getattr((), '__class__'), '__base__')", ScriptFailed, "getattr is not available"),
    ("type mro", "type(1).__mro__", ScriptRejected, '"__mro__" is an invalid'),
    ("type", "t = type(1)", ScriptFailed, "NameError: name 'type' is not defined"),
    ("mro method", "base = int.mro()[-1]", ScriptFailed, '"mro" is not available'),
    ("open", "open(MARKER, 'w').write('x')", ScriptFailed, "open is not available"),
    ("eval", "eval(\"__import__('os').system('touch ' + MARKER)\")", ScriptRejected, "Eval calls are not allowed"),
    ("exec", "exec(\"__import__('os').system('touch ' + MARKER)\")", ScriptRejected, "Exec calls are not allowed"),
    ("compile", "c = compile('1', 'x', 'eval')", ScriptFailed, "compile is not available"),
    ("globals", "g = globals()", ScriptFailed, "globals is not available"),
    ("vars", "v = vars()", ScriptFailed, "vars is not available"),
    ("locals", "v = locals()", ScriptFailed, "locals is not available"),
    ("lambda globals", "(lambda: 0).__globals__['__builtins__']", ScriptRejected, '"__globals__" is an invalid'),
    ("function code", "def f():\n    pass\nc = f.__code__", ScriptRejected, 'line 3: "__code__" is an invalid'),
    ("format attribute", "s = '{0.__class__}'.format(1)", ScriptFailed, "format*() methods of `str` is not safe"),
    ("format globals", "def f():\n    pass\ns = '{.__globals__}'.format(f)", ScriptFailed, "not safe"),
    ("str.format", "s = str.format('{0.__class__}', 1)", ScriptFailed, "not safe"),
    ("format_map", "s = '{a.__class__}'.format_map({'a': 1})", ScriptFailed, "not safe"),
    ("f-string dunder", "s = f'{().__class__}'", ScriptRejected, '"__class__" is an invalid'),
    ("generator frame", "g = (x for x in [1])\nf = g.gi_frame.f_back.f_globals", ScriptRejected, '"gi_frame"'),
    ("traceback frame", "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    f = e.__traceback__.tb_frame",
     ScriptRejected, '"__traceback__" is an invalid'),
    ("__builtins__", "b = __builtins__['open']", ScriptRejected, '"__builtins__" is an invalid variable name'),
    ("helper module attribute", "m = datetime.sys", ScriptFailed, "AttributeError"),
    ("math loader", "m = math.__loader__", ScriptRejected, '"__loader__" is an invalid'),
    ("math module", "m = math.sys", ScriptFailed, "AttributeError"),
    ("class definition", "class A:\n    pass", ScriptRejected, "line 1: Class definitions are not allowed"),
    ("setattr", "setattr(math, 'floor', 1)", ScriptFailed, "setattr is not available"),
    ("attribute write", "math.floor = None", ScriptFailed, "TypeError"),
    ("string.Formatter", "f = string.Formatter()", ScriptFailed, "NameError"),
    ("iter sentinel", "any(iter(int, 1))", ScriptFailed, "iter is not available"),
    ("breakpoint", "breakpoint()", ScriptError, "breakpoint"),
]


@pytest.mark.parametrize("source, error_type, fragment", [e[1:] for e in ESCAPES], ids=[e[0] for e in ESCAPES])
def test_escape_attempts_are_refused(box: Sandbox, marker: Path, source: str, error_type: type[ScriptError],
                                     fragment: str) -> None:
    with pytest.raises(error_type) as caught:
        box.execute(source.replace("MARKER", repr(str(marker))), {})
    assert fragment in str(caught.value)
    assert not marker.exists()


@pytest.mark.parametrize("expression", [
    "x.__class__ is int",
    "__import__('os').getpid() > 0",
    "len([c for c in ().__class__.__base__.__subclasses__()]) > 0",
    "(lambda: 0).__globals__",
])
def test_escapes_in_conditions_are_rejected_before_running(box: Sandbox, expression: str) -> None:
    with pytest.raises(ScriptRejected, match="invalid"):
        box.evaluate(expression, {"x": 1})


def test_helpers_expose_no_module_through_public_attributes(box: Sandbox) -> None:
    for name in ("datetime", "date", "timedelta", "timezone", "Decimal", "math", "now", "json_dumps", "json_loads"):
        helper = box.evaluate(name, {})
        assert not isinstance(helper, ModuleType)
        public = [getattr(helper, attr) for attr in dir(helper) if not attr.startswith("_")]
        assert not [value for value in public if isinstance(value, ModuleType)], name


# CPU and size limits -----------------------------------------------------------------------------------

@pytest.mark.parametrize("source", [
    "while True: pass",
    "while 1: x = 1",
    "while True:\n    pass",
    "n = 0\nwhile n >= 0:\n    n += 1",
    "def spin():\n    while True:\n        yield 1\ntotal = sum(spin())",
    "items = [0]\nfor item in items:\n    items.append(item)",
    # the stop signal cannot be caught to keep going
    "try:\n    while True: pass\nexcept Exception:\n    while True: pass",
    "while True:\n    try:\n        while True: pass\n    except Exception:\n        pass",
])
def test_endless_loops_stop_at_the_cpu_limit(source: str) -> None:
    started = time.monotonic()
    with pytest.raises(ScriptTimeout, match=r"CPU-time limit of 0\.3 s") as caught:
        Sandbox(cpu_seconds=QUICK).execute(source, {})
    assert time.monotonic() - started < QUICK + 2
    assert caught.value.line is not None


def test_endless_condition_stops_at_the_cpu_limit() -> None:
    with pytest.raises(ScriptTimeout):
        Sandbox(cpu_seconds=QUICK).evaluate("sum(1 for x in range(10**6) for y in range(10**6)) > 0", {})


def test_cpu_limit_works_in_a_worker_thread() -> None:
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            Sandbox(cpu_seconds=QUICK).execute("while True: pass", {})
        except ScriptError as error:
            outcome.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=QUICK + 5)
    assert not worker.is_alive()
    assert isinstance(outcome[0], ScriptTimeout)


def test_caught_recursion_error_cannot_switch_the_limit_off() -> None:
    source = "def f():\n    return f()\ntry:\n    f()\nexcept Exception:\n    pass\nwhile True: pass"
    started = time.monotonic()
    with pytest.raises(ScriptError) as caught:
        Sandbox(cpu_seconds=QUICK).execute(source, {})
    assert time.monotonic() - started < QUICK + 2
    assert "nested more than" in str(caught.value)


def test_a_script_run_deep_in_the_stack_may_nest_fewer_calls() -> None:
    """Near the interpreter's recursion limit the budget shrinks, so the guard, not a RecursionError, stops it."""
    from app.sandbox import MAX_CALL_DEPTH
    source = "def f():\n    return f()\ntry:\n    f()\nexcept Exception:\n    pass"

    def run_from(frames: int) -> None:
        if frames:
            return run_from(frames - 1)
        Sandbox(cpu_seconds=QUICK).execute(source, {})

    with pytest.raises(ScriptError) as caught:
        run_from(sys.getrecursionlimit() - 300)
    budget = int(str(caught.value).split("nested more than ")[1].split()[0])
    assert 1 <= budget < MAX_CALL_DEPTH


def test_modest_recursion_works(box: Sandbox) -> None:
    context: dict[str, Any] = {}
    box.execute("def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\nresult = fact(30)", context)
    assert context["result"] == 265252859812191058636308480000000


def test_previous_tracer_is_restored(box: Sandbox) -> None:
    def tracer(frame: FrameType, event: str, arg: Any) -> None:
        return None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        box.execute("x = 1", {})
        with pytest.raises(ScriptFailed):
            box.execute("x = 1 / 0", {})
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(previous)


@pytest.mark.parametrize("source, fragment", [
    ("total = sum(range(10**12))", "range() would produce 1,000,000,000,000 items"),
    ("s = 'a' * 10**10", "'*' would produce 10,000,000,000 items"),
    ("s = 10**10 * 'a'", "'*' would produce"),
    ("l = [0] * 10**9", "'*' would produce"),
    ("s = 'a'\ns *= 10**10", "'*' would produce"),
    ("n = 2 ** 10**10", "'**' would produce an integer"),
    ("n = 2\nn **= 10**10", "'**' would produce an integer"),
    ("n = pow(2, 10**10)", "'**' would produce an integer"),
    ("n = 1 << 10**10", "'<<' would produce an integer"),
    ("n = 2**60000 * 2**60000", "'*' would produce an integer"),
])
def test_memory_blow_ups_are_refused(box: Sandbox, source: str, fragment: str) -> None:
    started = time.monotonic()
    with pytest.raises(ScriptFailed, match="ValueError") as caught:
        box.execute(source, {})
    assert fragment in str(caught.value)
    assert time.monotonic() - started < 1


def test_sizes_under_the_caps_work(box: Sandbox) -> None:
    context: dict[str, Any] = {}
    box.execute("s = 'ab' * 3\nl = [0] * 5\nn = 2 ** 100\nm = pow(3, 10**9, 7)\nk = 1 << 64\nr = len(range(10**6))",
                context)
    assert (context["s"], context["l"], context["n"], context["m"]) == ("ababab", [0] * 5, 2**100, pow(3, 10**9, 7))
    assert (context["k"], context["r"]) == (2**64, 10**6)


# Compile-time checks and error shapes ------------------------------------------------------------------

def test_check_source_reports_problems_with_line_numbers() -> None:
    assert check_source("total = a + b", "exec") == []
    assert check_source("  total > 100  ", "eval") == []
    assert check_source("x = 1\nimport os\ny = x.__dict__", "exec") == [
        "line 2: Import statements are not allowed",
        'line 3: "__dict__" is an invalid attribute name because it starts with "_"',
    ]
    assert check_source("x = (", "exec")[0].startswith("line 1: SyntaxError: '(' was never closed")
    assert check_source("x = 1\nreturn x", "exec") == ["line 2: SyntaxError: 'return' outside function"]
    assert check_source("x = 1", "eval")[0].startswith("line 1: SyntaxError")
    assert "cannot contain null bytes" in check_source("x = '\0'", "exec")[0]
    assert "the limit is" in check_source("#" * 200_000, "exec")[0]


@pytest.mark.parametrize("source, message", [
    ("try:\n    x = 1\nexcept:\n    pass", "line 3: a bare 'except:' is not allowed"),
    ("try:\n    x = 1\nfinally:\n    pass", "line 1: 'finally' blocks are not allowed"),
    ("try:\n    x = 1\nexcept pick():\n    pass", "line 3: an 'except' clause must name exception classes"),
    ("with thing:\n    pass", "line 1: 'with' statements are not allowed"),
])
def test_constructs_that_could_outlast_the_stop_signal_are_rejected(source: str, message: str) -> None:
    assert any(problem.startswith(message) for problem in check_source(source, "exec"))


def test_rejection_is_a_domain_error_with_all_problems(box: Sandbox) -> None:
    with pytest.raises(ScriptRejected) as caught:
        box.execute("import os\nx = ().__class__", {})
    error = caught.value
    assert isinstance(error, DomainError)
    assert error.line == 1
    assert [e["line"] for e in error.errors] == [1, 2]
    assert str(error).startswith("line 1: Import statements are not allowed; line 2:")


def test_runtime_errors_name_type_message_and_line(box: Sandbox) -> None:
    with pytest.raises(ScriptFailed) as caught:
        box.execute("a = 1\nb = x + a", {})
    assert str(caught.value) == "line 2: NameError: name 'x' is not defined"
    assert caught.value.errors == [{"message": "line 2: NameError: name 'x' is not defined", "line": 2}]
    with pytest.raises(ScriptFailed, match=r"^line 2: ZeroDivisionError: division by zero$"):
        box.execute("def share(t, n):\n    return t / n\nx = share(1, 0)", {})
    with pytest.raises(ScriptFailed, match=r"^line 1: KeyError: 'missing'$"):
        box.evaluate("order['missing']", {"order": {}})
    with pytest.raises(ScriptFailed, match=r"^line 1: ValueError$"):
        box.execute("raise ValueError", {})


def test_messages_never_name_server_paths(box: Sandbox) -> None:
    failing = ["x = json_loads('{')", "x = datetime.strptime('x', '%Y')", "x = Decimal('abc')", "x = [].pop()",
               "x = math.sqrt(-1)", "x = int('x')", "x = undefined", "import os", "x = ("]
    messages = []
    for source in failing:
        with pytest.raises(ScriptError) as caught:
            box.execute(source, {})
        messages.append(str(caught.value))
    server_paths = [str(Path(sandbox_module.__file__).parent.parent), "site-packages", ".py"]
    assert not [m for m in messages if any(path in m for path in server_paths)]
