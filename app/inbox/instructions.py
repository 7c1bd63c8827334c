"""Task instructions: a modeller's Jinja template rendered with the task data, under limits.

Jinja's own sandbox blocks unsafe attributes and caps ``range``; Ordra's script limits are added on top:
``*``, ``+``, ``%`` and ``**`` and the text methods and filters that build big texts in one call are
size-checked (``('a' * 500000000)|length`` is refused), the template's own code is metered for CPU time and
memory like a script, and the output is cut at ``MAX_INSTRUCTION_CHARS``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from flask import current_app
from flask import has_app_context
from jinja2 import Template
from jinja2 import TemplateError
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment

from app.sandbox import MAX_ITEMS
from app.sandbox import MEMORY_MB
from app.sandbox import ScriptError
from app.sandbox import check_binop
from app.sandbox import resource_limits
from app.sandbox import size_checked_attribute

TEMPLATE_FILENAME = "<template>"  # what Jinja compiles templates from strings as
MAX_INSTRUCTION_CHARS = 20_000
_SIZED_FILTERS = ("center", "indent", "wordwrap", "format", "replace", "join", "truncate")


class LimitedTemplates(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self) -> None:
        super().__init__(autoescape=False)  # plain text; the page escapes on display
        for name in _SIZED_FILTERS:
            self.filters[name] = _checked_filter(self.filters[name])

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def getattr(self, obj: Any, attribute: str) -> Any:
        return size_checked_attribute(obj, attribute, super().getattr(obj, attribute))


def _checked_filter(function: Any) -> Any:
    """A filter whose numeric arguments (widths) and text result are held to ``MAX_ITEMS``."""
    def checked(*args: Any, **kwargs: Any) -> Any:
        numbers = [value for value in (*args, *kwargs.values()) if isinstance(value, int)]
        if any(number > MAX_ITEMS for number in numbers):
            raise ValueError(f"filter arguments may be at most {MAX_ITEMS:,}")
        texts = [value for value in args if isinstance(value, str)]
        if sum(len(text) for text in texts) > MAX_ITEMS:
            raise ValueError(f"filters may work on at most {MAX_ITEMS:,} characters")
        return function(*args, **kwargs)
    for attribute in ("jinja_pass_arg",):  # keep Jinja's markers (pass_environment, pass_eval_context)
        if hasattr(function, attribute):
            setattr(checked, attribute, getattr(function, attribute))
    return checked


_templates = LimitedTemplates()


def render_instructions(template: str, data: dict[str, Any]) -> str:
    """Render a modeller's instructions with the task data; a template that fails or breaks a limit is
    shown as written, with the reason."""
    if not template:
        return ""
    cpu_seconds, memory_mb = _limits()
    try:
        with resource_limits(TEMPLATE_FILENAME, cpu_seconds, memory_mb):
            text = _compiled(template).render(**data)
    except (TemplateError, ScriptError, ValueError, TypeError, OverflowError, MemoryError) as exc:
        return f"{template}\n\n(instructions could not be rendered: {exc})"
    if len(text) > MAX_INSTRUCTION_CHARS:
        return text[:MAX_INSTRUCTION_CHARS] + "\n\n(instructions cut: too long)"
    return text


@lru_cache(maxsize=512)
def _compiled(template: str) -> Template:
    """The template compiled once per process: compiling costs far more than rendering, and a model's
    instructions are rendered for every task it opens. (A template that does not compile is not kept.)"""
    return _templates.from_string(template)


def _limits() -> tuple[float, int]:
    if not has_app_context():
        return 2.0, MEMORY_MB
    return current_app.config["SCRIPT_CPU_SECONDS"], current_app.config["SCRIPT_MEMORY_MB"]
