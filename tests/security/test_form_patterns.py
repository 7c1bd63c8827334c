"""Form patterns: catastrophic backtracking is refused at upload, and matching has a timeout."""
from __future__ import annotations

import time

import pytest

from app.taskforms import FormSpecError
from app.taskforms import patterns
from app.taskforms import spec_from_json_schema


def form_with_pattern(pattern: str) -> dict[str, object]:
    return {"type": "object", "properties": {"code": {"type": "string", "pattern": pattern}}}


@pytest.mark.parametrize("pattern", [r"^(a+)+$", r"(\w+\s?)*$", r"(x+x+)+y", r"^(a|aa)*$"])
def test_catastrophic_patterns_are_refused_at_upload(pattern: str) -> None:
    started = time.perf_counter()
    with pytest.raises(FormSpecError) as caught:
        spec_from_json_schema(form_with_pattern(pattern))
    assert time.perf_counter() - started < 2
    assert "exponential time" in str(caught.value.errors) or "too long" in str(caught.value.errors)


@pytest.mark.parametrize("pattern", [r"^[A-Z]{2}[0-9]+$", r"^\d{5}(-\d{4})?$", r"^[a-z]+(\.[a-z]+)*@x\.com$",
                                     r"^(\d+,)*\d+$"])
def test_ordinary_patterns_are_accepted(pattern: str) -> None:
    assert spec_from_json_schema(form_with_pattern(pattern)).fields[0].pattern == pattern


def test_a_slow_match_times_out_instead_of_blocking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "MATCH_SECONDS", 0.01)
    started = time.perf_counter()
    with pytest.raises(patterns.PatternTimeout):
        patterns.search(r"^(a|aa)*$", "a" * 5000 + "!")
    assert time.perf_counter() - started < 1


def test_the_form_validator_reports_a_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    from wtforms.validators import StopValidation

    from app.taskforms.validators import Pattern

    monkeypatch.setattr(patterns, "MATCH_SECONDS", 0.01)
    field = type("F", (), {"data": "a" * 5000 + "!"})()
    with pytest.raises(StopValidation, match="in time"):
        Pattern(r"^(a|aa)*$")(None, field)  # type: ignore[arg-type]


def test_a_form_of_20000_fields_is_refused_at_once() -> None:
    schema = {"type": "object", "properties": {f"f{i}": {"type": "string"} for i in range(20_000)}}
    started = time.perf_counter()
    with pytest.raises(FormSpecError, match="at most 500 fields"):
        spec_from_json_schema(schema)
    assert time.perf_counter() - started < 1
    assert len(spec_from_json_schema({"type": "object", "properties": {
        f"f{i}": {"type": "string"} for i in range(500)}}).fields) == 500


def test_a_field_of_200000_choices_is_refused_at_upload() -> None:
    """It deployed, and every showing of the task rendered 200,000 options (seconds of a worker each time)."""
    many = {"type": "object", "properties": {"plan": {"type": "string", "enum": [str(i) for i in range(200_000)]}}}
    with pytest.raises(FormSpecError, match="at most 1,000 choices; this one offers 200,000"):
        spec_from_json_schema(many)
    enough = {"type": "object", "properties": {"plan": {"type": "string", "enum": [str(i) for i in range(1_000)]}}}
    assert len(spec_from_json_schema(enough).fields[0].choices) == 1_000
