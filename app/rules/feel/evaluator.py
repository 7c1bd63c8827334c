"""Compile FEEL trees into closures, once; evaluating is then a walk of plain Python calls.

A closure takes an :class:`Env` (the names in scope, the ``?`` input value and a list collecting
warnings) and returns a FEEL value. FEEL never raises: a type error yields null, and here also a
warning, so an explanation can say why a rule did not fire. Calls of pure built-ins with literal
arguments are folded at compile time, so ``date("2024-13-01")`` is reported when the model loads.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.rules.feel import ast
from app.rules.feel import feel_types
from app.rules.feel import operators
from app.rules.feel.builtins import BUILTINS
from app.rules.feel.builtins import Builtin
from app.rules.feel.functions import Compilation
from app.rules.feel.functions import apply_filter
from app.rules.feel.functions import compiling
from app.rules.feel.functions import current
from app.rules.feel.functions import domain as iteration_domain
from app.rules.feel.functions import external_function_value
from app.rules.feel.functions import for_results
from app.rules.feel.functions import function_value
from app.rules.feel.functions import invoke
from app.rules.feel.functions import member
from app.rules.feel.scope import Env
from app.rules.feel.scope import check_size
from app.rules.feel.scope import mismatch
from app.rules.feel.scope import relate
from app.rules.feel.scope import shown
from app.rules.feel.types import UNBOUNDED
from app.rules.feel.types import FeelError
from app.rules.feel.types import PointTest
from app.rules.feel.types import Range
from app.rules.feel.types import compare
from app.rules.feel.types import equal
from app.rules.feel.types import kind_of

Closure = Callable[[Env], Any]
TestClosure = Callable[[Any, Env], "bool | None"]
__all__ = ["Closure", "Compilation", "TestClosure", "apply_filter", "compile_expression", "compile_tests",
           "compiling", "external_function_value", "function_value", "invoke"]


def compile_expression(node: ast.Node) -> Closure:
    """Return the closure evaluating ``node``."""
    return _COMPILERS[type(node)](node)


def compile_tests(tests: ast.UnaryTests) -> TestClosure | None:
    """Return the closure deciding whether an input value passes a cell; ``None`` for ``-``.

    The closure answers ``True``, ``False`` or ``None`` (a test FEEL could not decide, such as
    ``< 10`` on a string); only ``True`` makes a rule match.
    """
    if tests.is_any:
        return None
    compiled = [compile_test(test) for test in tests.tests]
    if len(compiled) == 1 and not tests.negated:
        return compiled[0]
    negated = tests.negated

    def run(value: Any, env: Env) -> bool | None:
        outcome = _any_of(compiled, value, env)
        return outcome if not negated or outcome is None else not outcome
    return run


def compile_test(test: ast.Test) -> TestClosure:
    """One positive unary test: a comparison, an expression using ``?``, or a value to match."""
    if isinstance(test, ast.CompareTest):
        operand, operator = compile_expression(test.operand), test.operator
        return lambda value, env: relate(operator, value, operand(env), env)
    assert isinstance(test, ast.ExpressionTest)
    expression = compile_expression(test.expression)
    return _boolean_test(expression) if test.uses_input else _value_test(expression)


def _any_of(tests: list[TestClosure], value: Any, env: Env) -> bool | None:
    outcome: bool | None = False
    for test in tests:
        verdict = test(value, env)
        if verdict is True:
            return True
        if verdict is None:
            outcome = None
    return outcome


def _boolean_test(expression: Closure) -> TestClosure:
    """``? > 5 and ? < 10``: the expression itself is the verdict, with ``?`` bound to the input."""
    def run(value: Any, env: Env) -> bool | None:
        saved, env.input = env.input, value
        try:
            verdict = expression(env)
        finally:
            env.input = saved
        if isinstance(verdict, bool):
            return verdict
        if verdict is not None:
            env.warn(f"a test using '?' gave {kind_of(verdict)} {shown(verdict)}, not a boolean")
        return None
    return run


def _value_test(expression: Closure) -> TestClosure:
    """``"gold"``, ``[1..10]``, ``Flu Symptoms``: the input equals the value, or is in the range/list."""
    def run(value: Any, env: Env) -> bool | None:
        expected = expression(env)
        if isinstance(expected, PointTest):
            same = equal(value, expected.value)
            return None if same is None else same is not expected.negated
        if isinstance(expected, Range):
            inside = expected.contains(value)
            if inside is None:
                mismatch(env, "in", value, expected)
            return inside
        if isinstance(expected, list):
            if any(item.contains(value) if isinstance(item, Range) else equal(value, item) for item in expected):
                return True
            if not isinstance(value, list):
                return False
        return relate("=", value, expected, env)
    return run


def _literal(node: ast.Literal) -> Closure:
    value = node.value
    return lambda env: value


_MISSING = object()


def _name(node: ast.Name) -> Closure:
    name = node.name
    builtin = BUILTINS.get(name)
    # A declared name with dots ("Person.Gender", a BKM parameter) is read as one name where it is
    # bound, and as a path into the context "Person" elsewhere (the invocation that binds it).
    steps = [part.strip() for part in name.split(".")] if "." in name else []

    def lookup(env: Env) -> Any:
        value = _resolve(env, name)
        if value is not _MISSING:
            return value
        if builtin is not None:
            return builtin
        if steps and all(steps):
            value = _resolve(env, steps[0])
            if value is not _MISSING:
                for key in steps[1:]:
                    value = member(value, key, env)
                return value
        env.warn(f"unknown name '{name}'")
        return None
    return lookup


def _resolve(env: Env, name: str) -> Any:
    scope: Env | None = env
    while scope is not None:
        if name in scope.variables:
            return scope.variables[name]
        scope = scope.parent
    return _MISSING


def _input_value(node: ast.InputValue) -> Closure:
    return lambda env: env.input


def _guarded(operation: Callable[[Env], Any], describe: Callable[[], str]) -> Closure:
    """Run ``operation``; a FEEL type error becomes null plus a warning."""
    def run(env: Env) -> Any:
        try:
            return operation(env)
        except (FeelError, ArithmeticError) as exc:
            env.warn(f"{describe()}: {exc}")
            return None
    return run


def _negate(node: ast.Negate) -> Closure:
    operand = compile_expression(node.operand)
    return _guarded(lambda env: operators.negate(operand(env)), lambda: "unary minus")


def _arithmetic(node: ast.Arithmetic) -> Closure:
    left, right, operator = compile_expression(node.left), compile_expression(node.right), node.operator

    def run(env: Env) -> Any:
        first, second = left(env), right(env)
        if first is None or second is None:  # null, as FEEL says; the warning tells which fact was missing
            env.warn(f"'{operator}' with a null operand gives null")
            return None
        return check_size(operators.arithmetic(operator, first, second), env.budget)
    return _guarded(run, lambda: f"'{operator}'")


def _compare(node: ast.Compare) -> Closure:
    left, right, operator = compile_expression(node.left), compile_expression(node.right), node.operator
    return lambda env: relate(operator, left(env), right(env), env)


def _logical(node: ast.Logical) -> Closure:
    left, right = compile_expression(node.left), compile_expression(node.right)
    decisive: bool = node.operator == "or"  # the operand value that settles the result on its own

    settled: bool = decisive  # returned as is: `x is decisive` would narrow `decisive` to x's type (Any)

    def run(env: Env) -> bool | None:
        first = left(env)
        if first is decisive:
            return settled
        second = right(env)
        if second is decisive:
            return settled
        if first is (not decisive) and second is (not decisive):
            return not decisive
        for operand in (first, second):
            if operand is not None and not isinstance(operand, bool):
                env.warn(f"'{node.operator}' expects booleans, got {kind_of(operand)} {shown(operand)}")
        return None
    return run


def _between(node: ast.Between) -> Closure:
    value, low, high = (compile_expression(n) for n in (node.value, node.low, node.high))

    def run(env: Env) -> bool | None:
        subject, bottom, top = value(env), low(env), high(env)
        if subject is None or bottom is None or top is None:
            env.warn("'between' with a null operand gives null")
        above = relate(">=", subject, bottom, env)
        if above is False:
            return False
        below = relate("<=", subject, top, env)
        if below is False:
            return False
        return True if above and below else None
    return run


def _in(node: ast.In) -> Closure:
    value = compile_expression(node.value)
    tests = [compile_test(test) for test in node.tests]

    def run(env: Env) -> bool | None:
        subject = value(env)
        if subject is None:
            env.warn("'in' with a null value gives null unless a test is for null")
        return _any_of(tests, subject, env)
    return run


def _if(node: ast.If) -> Closure:
    condition, then, otherwise = (compile_expression(n) for n in (node.condition, node.then, node.otherwise))
    return lambda env: then(env) if condition(env) is True else otherwise(env)


def _list(node: ast.ListNode) -> Closure:
    items = [compile_expression(item) for item in node.items]
    return lambda env: [item(env) for item in items]


def _context(node: ast.ContextNode) -> Closure:
    entries = [(key, compile_expression(value)) for key, value in node.entries]

    def run(env: Env) -> dict[str, Any]:
        result: dict[str, Any] = {}
        scope = env.child(result)  # later entries see earlier ones, as FEEL specifies
        for key, value in entries:
            result[key] = value(scope)
        return result
    return run


def _range(node: ast.RangeNode) -> Closure:
    start, end = compile_expression(node.start), compile_expression(node.end)
    if node.iteration:
        return lambda env: Range(start(env), end(env), node.start_included, node.end_included)

    def run(env: Env) -> Range | None:
        low, high = start(env), end(env)
        if low is not None and high is not None and UNBOUNDED not in (low, high) and \
                equal(low, high) is not True and compare(low, high) in (None, 1):
            env.warn(f"the range {shown(low)}..{shown(high)} is not a range: its ends are not in order")
            return None
        return Range(low, high, node.start_included, node.end_included)
    if isinstance(node.start, ast.Literal) and isinstance(node.end, ast.Literal) and run(Env({})) is not None:
        constant = Range(node.start.value, node.end.value, node.start_included, node.end_included)
        return lambda env: constant
    return run


def _path(node: ast.Path) -> Closure:
    base, key = compile_expression(node.base), node.key
    return lambda env: member(base(env), key, env)


def _filter(node: ast.Filter) -> Closure:
    base, condition = compile_expression(node.base), compile_expression(node.condition)
    return lambda env: apply_filter(base(env), condition, env)


def _call(node: ast.Call) -> Closure:
    arguments = [compile_expression(argument) for argument in node.arguments]
    builtin = BUILTINS.get(node.callee.name) if isinstance(node.callee, ast.Name) else None
    if builtin is not None:
        return _builtin_call(node, builtin, arguments)
    callee = compile_expression(node.callee)
    return lambda env: invoke(callee(env), [argument(env) for argument in arguments], node.names, env)


def _builtin_call(node: ast.Call, builtin: Builtin, arguments: list[Closure]) -> Closure:
    """A call of a built-in's name: the built-in unless a name in scope (a context entry, a parameter, a
    knowledge model) shadows it; built-ins are the last context names resolve in (DMN 1.5 10.3.2.11)."""
    name = node.callee.name if isinstance(node.callee, ast.Name) else ""
    pure = builtin.pure and all(isinstance(argument, ast.Literal) for argument in node.arguments)
    folded = _folded(builtin, node) if pure else None

    def run(env: Env) -> Any:
        local = _resolve(env, name)
        if local is not _MISSING:
            return invoke(local, [argument(env) for argument in arguments], node.names, env)
        if folded is not None:
            return folded(env)
        return invoke(builtin, [argument(env) for argument in arguments], node.names, env)
    return run


def _folded(builtin: Builtin, node: ast.Call) -> Closure:
    """A pure call with literal arguments, computed once; when FEEL makes it null, say so at deployment."""
    values = [argument.value for argument in node.arguments if isinstance(argument, ast.Literal)]
    try:
        value = check_size(builtin.call(builtin.bind(values, node.names)))
    except (FeelError, ArithmeticError) as exc:
        message = f"{builtin.name}({', '.join(map(shown, values))}) is always null: {exc}"
        current().notes.append(message)

        def null(env: Env) -> None:
            env.warn(message)
        return null
    return lambda env: value


def _iterate(node: ast.Iterate) -> Closure:
    domains = [(name, compile_expression(domain)) for name, domain in node.iterations]
    body = compile_expression(node.body)

    def bindings(env: Env, index: int) -> Any:
        if index == len(domains):
            yield env
            return
        name, domain = domains[index]
        for value in iteration_domain(domain(env), env):
            env.budget.spend()
            yield from bindings(env.child({name: value}), index + 1)

    def run(env: Env) -> Any:
        try:
            return iterate(env)
        except FeelError as exc:
            env.warn(f"'{node.kind}': {exc}")
            return None

    def iterate(env: Env) -> Any:
        if node.kind == "for":
            return for_results(body, bindings(env, 0))
        results = (body(scope) for scope in bindings(env, 0))
        if node.kind == "some":
            return any(result is True for result in results)
        return all(result is True for result in results)
    return run


def _function_def(node: ast.FunctionDef) -> Closure:
    defined = current().types
    names = tuple(name for name, _ in node.parameters)
    types = tuple(feel_types.parse_type(text, defined) if text else None for _, text in node.parameters)
    if node.external:
        return external_function_value(names, types, compile_expression(node.body))
    return function_value(names, types, compile_expression(node.body))


def _instance_of(node: ast.InstanceOf) -> Closure:
    value = compile_expression(node.value)
    expected = feel_types.parse_type(node.type_text, current().types)
    return lambda env: feel_types.instance_of(value(env), expected)


_COMPILERS: dict[type, Callable[[Any], Closure]] = {
    ast.Literal: _literal, ast.Name: _name, ast.InputValue: _input_value, ast.Negate: _negate,
    ast.Arithmetic: _arithmetic, ast.Compare: _compare, ast.Logical: _logical, ast.Between: _between,
    ast.In: _in, ast.If: _if, ast.ListNode: _list, ast.ContextNode: _context, ast.RangeNode: _range,
    ast.Path: _path, ast.Filter: _filter, ast.Call: _call, ast.Iterate: _iterate,
    ast.FunctionDef: _function_def, ast.InstanceOf: _instance_of,
}
