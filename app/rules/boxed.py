"""Compile DMN boxed expressions (context, invocation, list, relation, function definition,
conditional, for/some/every, filter) into FEEL closures; literals and tables inside them are
compiled by the :class:`~app.rules.loader.Compiler` that calls this.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any
from typing import Protocol

from app.rules.dmn_xml import Boxed
from app.rules.dmn_xml import TableSpec
from app.rules.dmn_xml import Text
from app.rules.feel import feel_types
from app.rules.feel.evaluator import Closure
from app.rules.feel.evaluator import apply_filter
from app.rules.feel.evaluator import external_function_value
from app.rules.feel.evaluator import function_value
from app.rules.feel.evaluator import invoke
from app.rules.feel.scope import Env
from app.rules.feel.scope import check_size
from app.rules.feel.types import FeelError


class CellCompiler(Protocol):
    """What the boxed compiler needs from the file's compiler."""

    types: dict[str, feel_types.FeelType]

    def literal(self, where: str, cell: Text) -> Closure: ...

    def table_closure(self, owner: str, table: TableSpec) -> Closure: ...

    def error(self, line: int | None, message: str, element: str | None = None) -> None: ...


def compile_boxed(boxed: Boxed | None, cells: CellCompiler, owner: str) -> Closure:
    """The closure evaluating ``boxed``, its value coerced to the expression's own typeRef; a missing
    expression evaluates to null."""
    if boxed is None:
        return _null
    closure = _compile(boxed, cells, owner)
    type_ref = boxed.literal.type_ref if boxed.literal is not None and boxed.kind == "literalExpression" \
        else boxed.type_ref
    return with_type(closure, type_ref, cells.types, f"{owner} {boxed.kind}")


def with_type(closure: Closure, type_ref: str | None, types: dict[str, feel_types.FeelType], what: str
              ) -> Closure:
    """``closure`` whose value must conform to ``type_ref`` (none: unchanged)."""
    if not type_ref:
        return closure
    expected = feel_types.named_type(type_ref, types)
    if expected is feel_types.ANY:
        return closure
    return lambda env: typed(closure(env), expected, what, env)


def _compile(boxed: Boxed, cells: CellCompiler, owner: str) -> Closure:
    where = f"{owner} {boxed.kind}" + (f" (id {boxed.element_id})" if boxed.element_id else "")
    if boxed.kind == "literalExpression":
        assert boxed.literal is not None
        return cells.literal(where, boxed.literal) if boxed.literal.text else _null
    if boxed.kind == "decisionTable":
        assert boxed.table is not None
        return cells.table_closure(owner, boxed.table)
    return _COMPOSITES[boxed.kind](boxed, cells, where)


def _null(env: Env) -> None:
    return None


def _sub(boxed: Boxed, cells: CellCompiler, where: str) -> list[Closure]:
    return [compile_boxed(part, cells, where) for part in boxed.parts]


def _context(boxed: Boxed, cells: CellCompiler, where: str) -> Closure:
    entries = [(name, compile_boxed(value, cells, f"{where} entry '{name or 'result'}'"),
                feel_types.named_type(type_ref, cells.types) if type_ref else None)
               for name, value, type_ref in boxed.entries]

    def run(env: Env) -> Any:
        result: dict[str, Any] = {}
        scope = env.child(result)  # later entries see earlier ones
        for name, value, expected in entries:
            item = value(scope)
            if expected is not None:
                item = typed(item, expected, f"context entry '{name}'", env)
            if name is None:
                return item  # the final, unnamed entry is the context's result
            result[name] = item
        return result
    return run


def typed(value: Any, expected: feel_types.FeelType, what: str, env: Env) -> Any:
    """``value`` coerced to a declared type; null with a warning when it does not conform."""
    coerced, fits = feel_types.coerce(value, expected)
    if not fits:
        env.warn(f"{what}: the value does not conform to its declared type, so it is null")
    return coerced


def _invocation(boxed: Boxed, cells: CellCompiler, where: str) -> Closure:
    callee = _sub(boxed, cells, where)[0]
    names = tuple(name or "" for name, _, _ in boxed.entries)
    values = [compile_boxed(value, cells, f"{where} binding '{name}'") for name, value, _ in boxed.entries]
    return lambda env: invoke(callee(env), [value(env) for value in values], names, env)


def _list(boxed: Boxed, cells: CellCompiler, where: str) -> Closure:
    items = _sub(boxed, cells, where)
    return lambda env: check_size([item(env) for item in items])


def _relation(boxed: Boxed, cells: CellCompiler, where: str) -> Closure:
    columns = boxed.names
    rows = [[compile_boxed(cell, cells, f"{where} row {number}") for cell in row]
            for number, row in enumerate(boxed.rows, 1)]
    for number, row in enumerate(rows, 1):
        if len(row) != len(columns):
            cells.error(boxed.line, f"{where}: row {number} has {len(row)} cells for {len(columns)} columns",
                        boxed.element_id)
    return lambda env: [{column: cell(env) for column, cell in zip(columns, row)} for row in rows]


def _function(boxed: Boxed, cells: CellCompiler, where: str) -> Closure:
    kind = (boxed.literal.text if boxed.literal else "FEEL").upper()
    types = tuple(feel_types.named_type(t, cells.types) if t else None for t in boxed.types)
    if kind == "JAVA":  # its body is the context naming the class and method signature
        return external_function_value(boxed.names, types, _sub(boxed, cells, where)[0])
    if kind != "FEEL":  # PMML: a function all the same, each call null with the reason
        return external_function_value(boxed.names, types, _null)
    return function_value(boxed.names, types, _sub(boxed, cells, where)[0])


def _conditional(boxed: Boxed, cells: CellCompiler, where: str) -> Closure:
    condition, then, otherwise = _sub(boxed, cells, where)

    def run(env: Env) -> Any:
        verdict = condition(env)
        if verdict is not None and not isinstance(verdict, bool):
            env.warn(f"{where}: the condition is not a boolean, so the result is null")
            return None
        return then(env) if verdict is True else otherwise(env)
    return run


def _filter(boxed: Boxed, cells: CellCompiler, where: str) -> Closure:
    items, match = _sub(boxed, cells, where)

    def boolean_match(env: Env) -> Any:
        verdict = match(env)
        if verdict is not None and not isinstance(verdict, bool):
            raise FeelError("the filter's match is not a boolean")
        return verdict

    def run(env: Env) -> Any:
        try:
            return apply_filter(items(env), boolean_match, env)
        except FeelError as exc:
            env.warn(f"{where}: {exc}, so the result is null")
            return None
    return run


def _iterator(boxed: Boxed, cells: CellCompiler, where: str) -> Closure:
    domain, body = _sub(boxed, cells, where)
    name, kind = boxed.names[0], boxed.kind

    def run(env: Env) -> Any:
        values = domain(env)
        values = values if isinstance(values, list) else [] if values is None else [values]
        env.budget.spend(len(values))
        results = [body(env.child({name: value})) for value in values]
        if kind == "for":
            return results
        if any(result is not None and not isinstance(result, bool) for result in results):
            env.warn(f"{where}: the condition is not a boolean, so the result is null")
            return None
        if kind == "some":
            return any(result is True for result in results)
        return all(result is True for result in results)
    return run


_COMPOSITES: dict[str, Callable[[Boxed, CellCompiler, str], Closure]] = {
    "context": _context, "invocation": _invocation, "list": _list, "relation": _relation,
    "functionDefinition": _function, "conditional": _conditional, "filter": _filter,
    "for": _iterator, "some": _iterator, "every": _iterator,
}
