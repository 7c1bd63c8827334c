"""FEEL, the expression language of DMN: parse once, compile to closures, evaluate many times.

``parse_expression``/``parse_unary_tests`` give a tree (:mod:`.ast`); ``compile_expression``/
``compile_tests`` turn it into closures run against an :class:`Env`. Nothing here uses Python's
``eval``.
"""
from __future__ import annotations

from app.rules.feel.evaluator import Closure
from app.rules.feel.evaluator import TestClosure
from app.rules.feel.evaluator import compile_expression
from app.rules.feel.evaluator import compile_tests
from app.rules.feel.parser import FeelSyntaxError
from app.rules.feel.parser import parse_expression
from app.rules.feel.parser import parse_unary_tests
from app.rules.feel.scope import Env

__all__ = ["Closure", "Env", "FeelSyntaxError", "TestClosure", "compile_expression", "compile_tests",
           "parse_expression", "parse_unary_tests"]
