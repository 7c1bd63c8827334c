"""Parse FEEL text into the tree of :mod:`app.rules.feel.ast`.

One LALR parser (``grammar.lark``) serves expressions and unary tests. Names are resolved the way
FEEL intends: a run of words is one name (``Years of Service``), and a declared name that holds a
keyword or a symbol (``Date and Time``, ``Pre-Bureau Risk``) is recognised from the ``names`` the
caller passes — the model's inputs and decisions — before the text reaches the lexer.
"""
from __future__ import annotations

import decimal
import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lark import Lark
from lark import Token
from lark import Transformer
from lark import v_args
from lark.exceptions import UnexpectedCharacters
from lark.exceptions import UnexpectedEOF
from lark.exceptions import UnexpectedInput
from lark.exceptions import UnexpectedToken
from lark.exceptions import VisitError

from app.rules.feel import ast
from app.rules.feel import temporal
from app.rules.feel.types import UNBOUNDED
from app.rules.feel.types import FeelError
from app.rules.feel.types import feel_number

_PARSER = Lark((Path(__file__).parent / "grammar.lark").read_text(), parser="lalr",
               start=["expression_start", "unary_tests", "negated_tests"], maybe_placeholders=True)

# Words the grammar treats as keywords: a declared name containing one must be matched up front.
_KEYWORDS = frozenset({"and", "or", "in", "between", "if", "then", "else", "for", "return", "some",
                       "every", "satisfies", "true", "false", "null", "not", "function", "instance", "of"})
_ALIAS = "ordra_name_{}_"
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{6}|.)", re.S)
_SIMPLE_ESCAPES = {'"': '"', "'": "'", "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


class FeelSyntaxError(Exception):
    """Text that is not FEEL; ``column`` is 1-based when known."""

    def __init__(self, message: str, column: int | None = None) -> None:
        super().__init__(message if column is None else f"{message} (column {column})")
        self.column = column


def parse_expression(text: str, names: Iterable[str] = ()) -> ast.Node:
    """Parse a FEEL expression (an output entry, an input expression, a literal expression).

    :raises FeelSyntaxError: with a message naming what was unexpected and where.
    """
    if not text.strip():
        raise FeelSyntaxError("empty expression")
    node = _parse(text, "expression_start", names)
    assert isinstance(node, ast.Node)
    return node


def parse_unary_tests(text: str, names: Iterable[str] = ()) -> ast.UnaryTests:
    """Parse an input entry: ``-`` or empty (any input), tests separated by commas, or ``not(...)``.

    :raises FeelSyntaxError: with a message naming what was unexpected and where.
    """
    if not text.strip():
        return ast.UnaryTests(())
    if text.lstrip().startswith("not"):
        try:
            negated = _parse(text, "negated_tests", names)
        except FeelSyntaxError:
            pass  # "not(x) or y" and friends are ordinary expressions: parse them as such below
        else:
            assert isinstance(negated, ast.UnaryTests)
            return negated
    tests = _parse(text, "unary_tests", names)
    assert isinstance(tests, ast.UnaryTests)
    return tests


def _parse(text: str, start: str, names: Iterable[str]) -> ast.Node | ast.UnaryTests:
    source, aliases = _alias_special_names(text, frozenset(names))
    try:
        tree = _PARSER.parse(source, start=start)
        return _ToAst(aliases).transform(tree)  # type: ignore[no-any-return]
    except UnexpectedInput as exc:
        raise _syntax_error(exc, aliases) from None
    except VisitError as exc:
        if isinstance(exc.orig_exc, FeelSyntaxError):
            raise exc.orig_exc from None
        if isinstance(exc.orig_exc, RecursionError):
            raise FeelSyntaxError(_TOO_DEEP) from None
        raise
    except RecursionError:  # 5,000 nested brackets: the admin's to fix, said so (it was "could not be checked")
        raise FeelSyntaxError(_TOO_DEEP) from None


_TOO_DEEP = "the expression nests too deeply (brackets or operators inside one another)"


def _syntax_error(exc: UnexpectedInput, aliases: dict[str, str]) -> FeelSyntaxError:
    if isinstance(exc, UnexpectedEOF) or (isinstance(exc, UnexpectedToken) and exc.token.type == "$END"):
        return FeelSyntaxError("syntax error: unexpected end of text")
    if isinstance(exc, UnexpectedToken):
        shown = aliases.get(str(exc.token), str(exc.token))
        return FeelSyntaxError(f"syntax error: unexpected '{shown}'", exc.column)
    if isinstance(exc, UnexpectedCharacters):
        if exc.char == '"':
            return FeelSyntaxError("syntax error: string not closed", exc.column)
        return FeelSyntaxError(f"syntax error: unexpected character '{exc.char}'", exc.column)
    return FeelSyntaxError(f"syntax error: {exc}")


def _alias_special_names(text: str, names: frozenset[str]) -> tuple[str, dict[str, str]]:
    """Replace declared names the grammar cannot read as one name by an alias identifier."""
    pattern, by_key = _special_name_pattern(names)
    if pattern is None or not pattern.search(text):
        return text, {}
    aliases: dict[str, str] = {}
    pieces: list[str] = []
    position = 0
    for string in _STRING.finditer(text):  # never rewrite inside string literals
        pieces.append(_replace_names(text[position:string.start()], pattern, by_key, aliases))
        pieces.append(string.group())
        position = string.end()
    pieces.append(_replace_names(text[position:], pattern, by_key, aliases))
    return "".join(pieces), aliases


def _replace_names(segment: str, pattern: re.Pattern[str], by_key: dict[str, str],
                   aliases: dict[str, str]) -> str:
    def alias(match: re.Match[str]) -> str:
        name = by_key[_key(match.group())]
        token = _ALIAS.format(len(aliases))
        for existing, real in aliases.items():
            if real == name:
                return existing
        aliases[token] = name
        return token
    return pattern.sub(alias, segment)


@functools.lru_cache(maxsize=256)
def _special_name_pattern(names: frozenset[str]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    special = sorted((name for name in names if _is_special(name)), key=len, reverse=True)
    if not special:
        return None, {}
    alternatives = [r"\s+".join(re.escape(part) for part in name.split()) for name in special]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    return pattern, {_key(name): name for name in special}


def _is_special(name: str) -> bool:
    words = name.split()
    return any(word in _KEYWORDS for word in words) or not all(re.fullmatch(r"\w+", w) for w in words)


def _key(name: str) -> str:
    return " ".join(name.split())


def unescape(literal: str) -> str:
    """The value of a FEEL string literal (quotes included in ``literal``).

    Unknown escapes such as ``\\d`` keep their backslash (patterns of ``matches`` use them).
    """
    def replace(match: re.Match[str]) -> str:
        escape = match.group(1)
        if escape in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[escape]
        if escape[0] in "uU" and len(escape) > 1:
            return chr(int(escape[1:], 16))
        return "\\" + escape  # \d, \s, \p{L}...: kept for the regular expression functions
    text = _ESCAPE.sub(replace, literal[1:-1])
    # \ud83d\ude00 arrives as two surrogates; join them into the one character they encode
    return text.encode("utf-16", "surrogatepass").decode("utf-16")


def _temporal_literal(text: str) -> Any:
    for parse in (temporal.parse_date, temporal.parse_date_time, temporal.parse_time, temporal.parse_duration):
        try:
            return parse(text)
        except FeelError:
            continue
    raise FeelSyntaxError(f'@"{text}" is not a date, time, date and time or duration')


@v_args(inline=True)
class _ToAst(Transformer[Token, Any]):
    """Build :mod:`ast` nodes from the parse tree (one instance per parse: it holds the aliases)."""

    def __init__(self, aliases: dict[str, str]) -> None:
        super().__init__()
        self._aliases = aliases

    def expression_start(self, node: ast.Node) -> ast.Node:
        return node

    def name(self, *words: Token) -> str:
        text = " ".join(words)
        return self._aliases.get(text, text)

    def number(self, token: Token) -> ast.Node:
        try:  # exact, as written (the context would round past 34 digits)
            return ast.Literal(feel_number(decimal.Decimal(token), f"the number {token}"))
        except decimal.InvalidOperation:  # an exponent beyond what Python's decimal holds: was a Python error
            raise FeelSyntaxError(f"the number {token} is beyond FEEL's number range", token.column) from None
        except FeelError as exc:
            raise FeelSyntaxError(str(exc), token.column) from None

    def string(self, token: Token) -> ast.Node:
        return ast.Literal(unescape(token))

    def true(self) -> ast.Node:
        return ast.Literal(True)

    def false(self) -> ast.Node:
        return ast.Literal(False)

    def null(self) -> ast.Node:
        return ast.Literal(None)

    def at_literal(self, token: Token) -> ast.Node:
        return ast.Literal(_temporal_literal(unescape(token)))

    def input_value(self) -> ast.Node:
        return ast.InputValue()

    def variable(self, name: str) -> ast.Node:
        return ast.Name(name)

    def keyword_function(self, token: Token) -> ast.Node:
        return ast.Name(" ".join(token.split()))

    def negate(self, operand: ast.Node) -> ast.Node:
        if isinstance(operand, ast.Literal) and isinstance(operand.value, decimal.Decimal):
            return ast.Literal(operand.value.copy_negate())  # exact; `-` would round in the default context
        return ast.Negate(operand)

    def arithmetic(self, left: ast.Node, operator: Token, right: ast.Node) -> ast.Node:
        return ast.Arithmetic(str(operator), left, right)

    def compare(self, left: ast.Node, operator: Token, right: ast.Node) -> ast.Node:
        return ast.Compare(str(operator), left, right)

    def and_(self, left: ast.Node, right: ast.Node) -> ast.Node:
        return ast.Logical("and", left, right)

    def or_(self, left: ast.Node, right: ast.Node) -> ast.Node:
        return ast.Logical("or", left, right)

    def between(self, value: ast.Node, low: ast.Node, high: ast.Node) -> ast.Node:
        return ast.Between(value, low, high)

    def in_value(self, value: ast.Node, operand: ast.Node) -> ast.Node:
        return ast.In(value, (self.expression_test(operand),))

    def in_compare(self, value: ast.Node, operator: Token, operand: ast.Node) -> ast.Node:
        return ast.In(value, (ast.CompareTest(str(operator), operand),))

    def in_tests(self, value: ast.Node, *tests: ast.Test) -> ast.Node:
        return ast.In(value, tests)

    def if_expr(self, condition: ast.Node, then: ast.Node, otherwise: ast.Node) -> ast.Node:
        return ast.If(condition, then, otherwise)

    def iteration(self, name: str, domain: ast.Node) -> tuple[str, ast.Node]:
        return name, domain

    def range_iteration(self, name: str, start: ast.Node, end: ast.Node) -> tuple[str, ast.Node]:
        return name, ast.RangeNode(start, end, True, True, iteration=True)

    def quantifier(self, token: Token) -> str:
        return str(token)

    def for_expr(self, *parts: Any) -> ast.Node:
        return ast.Iterate("for", parts[:-1], parts[-1])

    def quantified(self, kind: str, *parts: Any) -> ast.Node:
        return ast.Iterate(kind, parts[:-1], parts[-1])

    def function_def(self, *parts: Any) -> ast.Node:
        *formals, external, body = parts
        return ast.FunctionDef(tuple(formal for formal in formals if formal is not None), body, external is not None)

    def formal(self, name: str, type_text: Token | None) -> tuple[str, str | None]:
        return name, (" ".join(type_text.split()) if type_text is not None else None)

    def instance_of(self, value: ast.Node, type_text: Token) -> ast.Node:
        return ast.InstanceOf(value, " ".join(type_text.split()))

    def path(self, base: ast.Node, key: str) -> ast.Node:
        return ast.Path(base, key)

    def filter(self, base: ast.Node, condition: ast.Node) -> ast.Node:
        return ast.Filter(base, condition)

    def call(self, callee: ast.Node, arguments: tuple[tuple[ast.Node, ...], tuple[str, ...] | None] | None
             ) -> ast.Node:
        values, names = arguments or ((), None)
        return ast.Call(callee, values, names)

    def positional(self, *values: ast.Node) -> tuple[tuple[ast.Node, ...], None]:
        return values, None

    def named(self, *pairs: tuple[str, ast.Node]) -> tuple[tuple[ast.Node, ...], tuple[str, ...]]:
        return tuple(value for _, value in pairs), tuple(name for name, _ in pairs)

    def named_argument(self, name: str, value: ast.Node) -> tuple[str, ast.Node]:
        return name, value

    def list(self, *items: ast.Node | None) -> ast.Node:
        return ast.ListNode(tuple(item for item in items if item is not None))

    def context(self, *entries: tuple[str, ast.Node] | None) -> ast.Node:
        given = tuple(entry for entry in entries if entry is not None)
        keys = [key for key, _ in given]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise FeelSyntaxError(f"the context gives the key '{duplicates[0]}' twice")
        return ast.ContextNode(given)

    def context_entry(self, key: str | Token, value: ast.Node) -> tuple[str, ast.Node]:
        return (unescape(key) if isinstance(key, Token) else key), value

    def symbol_key(self, *parts: str) -> str:
        return "".join(parts)

    def key_symbol(self, symbol: Token) -> str:
        return str(symbol)

    def interval(self, opening: Token, start: ast.Node, _dots: Token, end: ast.Node, closing: Token
                 ) -> ast.Node:
        return ast.RangeNode(start, end, opening == "[", closing == "]")

    test_interval = interval

    def comparison_range(self, operator: Token, end: ast.Node) -> ast.Node:
        """``(< 10)``, ``(>= 5)``, ``(= 3)`` as values: the ranges those tests describe."""
        unbounded = ast.Literal(UNBOUNDED)
        if operator == "=":
            return ast.Call(ast.Name("(= x)"), (end,), None)
        if operator in ("<", "<="):
            return ast.RangeNode(unbounded, end, False, operator == "<=")
        if operator in (">", ">="):
            return ast.RangeNode(end, unbounded, operator == ">=", False)
        return ast.Call(ast.Name("(!= x)"), (end,), None)

    def compare_test(self, operator: Token, operand: ast.Node) -> ast.Test:
        return ast.CompareTest(str(operator), operand)

    def expression_test(self, expression: ast.Node) -> ast.Test:
        return ast.ExpressionTest(expression, ast.uses_input(expression))

    def positive_unary_tests(self, *tests: ast.Test) -> tuple[ast.Test, ...]:
        return tests

    def unary_tests(self, tests: ast.Test | tuple[ast.Test, ...]) -> ast.UnaryTests:
        return ast.UnaryTests(tests if isinstance(tests, tuple) else (tests,))

    def negated_tests(self, tests: ast.Test | tuple[ast.Test, ...]) -> ast.UnaryTests:
        return ast.UnaryTests(tests if isinstance(tests, tuple) else (tests,), negated=True)

    def any_input(self) -> ast.UnaryTests:
        return ast.UnaryTests(())
