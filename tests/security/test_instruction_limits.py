"""Task instructions are Jinja templates from models: rendered under size, CPU and memory limits."""
from __future__ import annotations

import time

import pytest

from app.inbox.instructions import render_instructions


def test_ordinary_instructions_render() -> None:
    text = render_instructions("Call {{ name|upper }} about order {{ '%05d'|format(n) }}: {{ items|join(', ') }}",
                               {"name": "ann", "n": 7, "items": ["fibre", "router"]})
    assert text == "Call ANN about order 00007: fibre, router"


def test_a_template_is_compiled_once_and_rendered_with_each_tasks_data() -> None:
    from app.inbox import instructions
    template = "Install at {{ site }} ({{ 'compiled once' }})"
    before = instructions._compiled.cache_info()
    assert render_instructions(template, {"site": "SW1A 1AA"}) == "Install at SW1A 1AA (compiled once)"
    assert render_instructions(template, {"site": "EC1A 1BB"}) == "Install at EC1A 1BB (compiled once)"
    after = instructions._compiled.cache_info()
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)
    # a template that breaks a limit when rendered is still refused every time, compiled or not
    for _ in range(2):
        assert "could not be rendered" in render_instructions("{{ ('a'*500000000)|length }}", {})


@pytest.mark.parametrize(("template", "reason"), [
    ("{{ ('a'*500000000)|length }}", "'*' would produce 500,000,000 items"),
    ("{{ 'x'|center(1000000000) }}", "filter arguments may be at most"),
    ("{{ 'x'.ljust(1000000000) }}", "ljust() would produce"),
    ("{{ ('a'*999999).replace('a', 'a'*999999) }}", "replace() would produce"),
    ("{{ '%*d'|format(1000000000, 1) }}", "filter arguments may be at most"),
])
def test_one_huge_allocation_is_refused(template: str, reason: str) -> None:
    started = time.perf_counter()
    text = render_instructions(template, {})
    assert time.perf_counter() - started < 1
    assert text.startswith(template) and reason in text


def test_an_endless_template_stops_at_the_cpu_limit() -> None:
    template = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    started = time.process_time()  # CPU time: a loaded CI machine stretches wall time, not the limit
    text = render_instructions(template, {})
    assert time.process_time() - started < 5
    assert "CPU-time limit" in text


def test_long_output_is_cut() -> None:
    text = render_instructions("{% for i in range(30000) %}x{% endfor %}", {})
    assert len(text) < 21_000 and text.endswith("(instructions cut: too long)")
