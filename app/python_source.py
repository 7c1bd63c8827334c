"""Turning Python source into AST objects safely beside other threads.

CPython 3.11 keeps the depth counter of its AST converters (``ast.parse``, and ``compile()`` of an AST
object) in interpreter-wide state, so two threads converting at once — a request and the job thread,
say — can fail with ``SystemError: AST constructor recursion depth mismatch`` (cpython#106905). Every such
conversion in Ordra happens under ``AST_LOCK``.
"""
from __future__ import annotations

import ast
import threading
from typing import Literal

AST_LOCK = threading.Lock()


def parse_python(source: str, mode: Literal["exec", "eval"] = "exec") -> ast.Module | ast.Expression:
    """``ast.parse`` under ``AST_LOCK``; raises ``SyntaxError`` as it does."""
    with AST_LOCK:
        tree = ast.parse(source, mode=mode)
    assert isinstance(tree, ast.Module | ast.Expression)
    return tree
