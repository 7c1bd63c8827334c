"""Characteristic validation: every rule for values, and the checks on definitions; the label people read."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any

import pytest

from app.catalog.characteristics import CharacteristicInput
from app.catalog.characteristics import checked_definition
from app.catalog.characteristics import display_label
from app.catalog.characteristics import validate_values
from app.catalog.service import CharacteristicDisplay
from app.catalog.service import CharacteristicTerms
from app.errors import Invalid


@dataclass(frozen=True)
class Char:
    """A characteristic definition without a database (``validate_values`` reads no more than this)."""

    name: str
    value_type: str
    allowed_values: list[Any] = field(default_factory=list)
    min_value: int | float | None = None
    max_value: int | float | None = None
    mandatory: bool = False
    default_value: Any = None
    unit: str = ""


FIBRE = [
    Char("bandwidth", "integer", allowed_values=[100, 500, 1000], mandatory=True, unit="Mbps"),
    Char("static_ip", "boolean", default_value=False),
    Char("site_postcode", "string", mandatory=True),
    Char("contract_term", "integer", allowed_values=[12, 24, 36], default_value=24),
    Char("latency_ms", "number", min_value=0.5, max_value=20),
    Char("note", "string"),
]


def errors_of(values: dict[str, Any], characteristics: list[Char] = FIBRE) -> list[dict[str, Any]]:
    with pytest.raises(Invalid) as caught:
        validate_values(characteristics, values)
    return caught.value.errors


def test_good_values_come_back_typed_with_defaults_and_without_absent_optionals() -> None:
    values = validate_values(FIBRE, {"bandwidth": "500", "site_postcode": " SW1A 1AA ", "latency_ms": "2.5"})
    assert values == {"bandwidth": 500, "static_ip": False, "site_postcode": "SW1A 1AA", "contract_term": 24,
                      "latency_ms": 2.5}
    assert list(values) == ["bandwidth", "static_ip", "site_postcode", "contract_term", "latency_ms"]


def test_a_given_value_beats_the_default() -> None:
    values = validate_values(FIBRE, {"bandwidth": 100, "site_postcode": "LS1 4AP", "static_ip": "TRUE",
                                     "contract_term": 36.0})
    assert values["static_ip"] is True and values["contract_term"] == 36


@pytest.mark.parametrize("values, field, message", [
    ({"colour": "red"}, "colour", "is not a characteristic of this offering"),
    ({"bandwidth": 200}, "bandwidth", "must be one of 100, 500, 1000"),
    ({"bandwidth": "fast"}, "bandwidth", "must be a whole number"),
    ({"bandwidth": 500.5}, "bandwidth", "must be a whole number"),
    ({"bandwidth": True}, "bandwidth", "must be a whole number"),
    ({"static_ip": "yes"}, "static_ip", "must be true or false"),
    ({"static_ip": 1}, "static_ip", "must be true or false"),
    ({"site_postcode": 12345}, "site_postcode", "must be text"),
    ({"latency_ms": "quick"}, "latency_ms", "must be a number"),
    ({"latency_ms": "nan"}, "latency_ms", "must be a finite number"),
    ({"latency_ms": False}, "latency_ms", "must be a number"),
    ({"latency_ms": 0.4}, "latency_ms", "must be between 0.5 and 20"),
    ({"latency_ms": 21}, "latency_ms", "must be between 0.5 and 20"),
])
def test_each_bad_value_is_named_by_its_characteristic(values: dict[str, Any], field: str, message: str) -> None:
    good = {"bandwidth": 100, "site_postcode": "LS1 4AP"}
    assert errors_of({**good, **values}) == [{"field": field, "message": message}]


@pytest.mark.parametrize("missing", [{}, {"site_postcode": None}, {"site_postcode": "   "}])
def test_mandatory_without_value_or_default_is_required(missing: dict[str, Any]) -> None:
    assert errors_of({"bandwidth": 100, **missing}) == [{"field": "site_postcode", "message": "is required"}]


def test_one_sided_ranges_say_which_side() -> None:
    rules = [Char("floor", "integer", min_value=2), Char("ceiling", "integer", max_value=30)]
    assert errors_of({"floor": 1, "ceiling": 31}, rules) == [
        {"field": "floor", "message": "must be at least 2"}, {"field": "ceiling", "message": "must be at most 30"}]


def test_every_problem_is_reported_at_once() -> None:
    errors = errors_of({"bandwidth": 7, "static_ip": "maybe", "colour": 1})
    assert {e["field"] for e in errors} == {"colour", "bandwidth", "static_ip", "site_postcode"}


def test_values_for_an_offering_without_characteristics_are_unknown() -> None:
    assert validate_values([], {}) == {}
    assert errors_of({"speed": 1}, []) == [{"field": "speed", "message": "is not a characteristic of this offering"}]


def test_a_definition_is_typed_when_checked() -> None:
    checked = checked_definition(CharacteristicInput("bandwidth", "integer", allowed_values=("100", 500),
                                                     default="500", unit="Mbps"))
    assert checked.allowed_values == (100, 500) and checked.default == 500


@pytest.mark.parametrize("name, label, shown", [
    ("static_ip", "Static IP address", "Static IP address"),
    ("static_ip", "", "Static ip"),  # no label: the name in words
    ("wifi", "Wi-Fi", "Wi-Fi"),
    ("access-notes", "", "Access notes"),
])
def test_the_display_label_is_the_catalog_label_else_the_name_in_words(name: str, label: str, shown: str) -> None:
    assert display_label(name, label) == shown


def test_an_offerings_display_gives_labels_and_units_and_words_for_unknown_names() -> None:
    terms = CharacteristicTerms(name="bandwidth", value_type="integer", allowed_values=(100,), min_value=None,
                                max_value=None, mandatory=True, default_value=None, label="Line speed", unit="Mbps")
    shown = CharacteristicDisplay((terms,))
    assert (shown.label("bandwidth"), shown.unit("bandwidth")) == ("Line speed", "Mbps")
    assert (shown.label("former_option"), shown.unit("former_option")) == ("Former option", "")
    assert CharacteristicDisplay().label("static_ip") == "Static ip"


def test_a_definition_label_is_trimmed_and_at_most_100_characters() -> None:
    assert checked_definition(CharacteristicInput("wifi", "boolean", label="  Wi-Fi ")).label == "Wi-Fi"
    assert checked_definition(CharacteristicInput("wifi", "boolean", label="W" * 100)).label == "W" * 100
    with pytest.raises(Invalid) as caught:
        checked_definition(CharacteristicInput("wifi", "boolean", label="W" * 101))
    assert caught.value.errors == [{"field": "label", "message": "wifi: at most 100 characters"}]


@pytest.mark.parametrize("definition, field", [
    (CharacteristicInput("x", "colour"), "value_type"),
    (CharacteristicInput("x", "integer", allowed_values=(1, "two")), "allowed_values"),
    (CharacteristicInput("x", "integer", allowed_values=(1, 2), default=3), "default"),
    (CharacteristicInput("x", "integer", min_value=2, max_value=30, default=1), "default"),
    (CharacteristicInput("x", "boolean", default="no"), "default"),
    (CharacteristicInput("x", "string", min_value=1), "min_value"),
    (CharacteristicInput("x", "number", min_value=5, max_value=1), "min_value"),
])
def test_bad_definitions_are_refused(definition: CharacteristicInput, field: str) -> None:
    with pytest.raises(Invalid) as caught:
        checked_definition(definition)
    assert caught.value.errors[0]["field"] == field
