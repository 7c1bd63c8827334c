"""Translate one JSON Schema property into ``FieldSpec`` arguments.

Each JSON type has a reader (a dict keyed by type, not an ``if`` chain) that also says which
keywords it understands; any other keyword is refused, because ignoring it would drop a rule
the modeller wrote. Objects are handled by the caller (``json_schema``), which flattens them.
"""
from __future__ import annotations

from collections.abc import Callable
from collections.abc import Mapping
from typing import Any

from app.taskforms.json_refs import Schema
from app.taskforms.json_refs import check_keywords
from app.taskforms.json_refs import fail
from app.taskforms.json_refs import join
from app.taskforms.json_refs import resolve
from app.taskforms.spec import Choice
from app.taskforms.spec import choice_key
from app.taskforms.spec import humanize

Traits = dict[str, Any]
Reader = Callable[[Schema, Schema, str], Traits]

COMMON_KEYWORDS = frozenset({"type", "title", "description", "default", "readOnly", "$comment", "examples"})
_CHOICE_KEYWORDS = ("enum", "oneOf", "anyOf")
# errorMessage (as in ajv-errors): what a pattern mismatch tells the user instead of the default
_TEXT_KEYWORDS = COMMON_KEYWORDS | {"format", "minLength", "maxLength", "pattern", "errorMessage"}
_FORMAT_KINDS: dict[str | None, str] = {
    None: "string", "date": "date", "date-time": "datetime", "email": "email",
}
_KEYWORDS_BY_KIND = {
    "string": _TEXT_KEYWORDS,
    "email": _TEXT_KEYWORDS,
    "date": COMMON_KEYWORDS | {"format"},
    "datetime": COMMON_KEYWORDS | {"format"},
}
_BOUND_KEYWORDS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})
_OPTION_KEYWORDS = frozenset({"const", "enum", "title", "description", "$comment", "type"})
_ITEMS_KEYWORDS = frozenset({"type", "title", "description", "$comment", *_CHOICE_KEYWORDS})
_VALUE_TESTS: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
}


def type_of(prop: Schema, path: str) -> tuple[str, bool]:
    """Return the property's JSON type and whether ``null`` is also allowed."""
    declared = prop.get("type")
    if isinstance(declared, list):
        others = [name for name in declared if name != "null"]
        if len(others) == 1 and len(declared) == 2:
            return others[0], True
        fail(path, f"type {declared} is not supported: give one type, optionally with \"null\"")
    if not isinstance(declared, str):
        fail(path, "every property needs a \"type\"")
    return declared, False


def property_traits(
    name: str, prop: Schema, *, required: bool, root: Schema, path: str
) -> Traits:
    """Return ``FieldSpec`` keyword arguments (all but ``name``) for a resolved leaf property.

    ``required`` says whether the parent lists the property; a nullable type cancels it, since
    ``null`` is how an empty field is stored.
    """
    type_name, nullable = type_of(prop, path)
    reader = _READERS.get(type_name)
    if reader is None:
        fail(path, f"type {type_name!r} is not supported (supported: {', '.join(sorted(_READERS))}, object)")
    default = prop.get("default")
    traits: Traits = {
        "label": prop.get("title") or humanize(name),
        "help": prop.get("description", ""),
        "default": tuple(default) if isinstance(default, list) else default,
        "readonly": prop.get("readOnly") is True,
        "required": required and not nullable,
    }
    traits.update(reader(prop, root, path))
    example = _first_example(prop)
    if traits.get("pattern") and example and not traits["help"]:  # the format, before a value is refused for it
        traits["help"] = f"For example: {example}"
    return traits


def _first_example(prop: Schema) -> str:
    examples = prop.get("examples")
    return examples[0] if isinstance(examples, list) and examples and isinstance(examples[0], str) else ""


def _read_string(prop: Schema, root: Schema, path: str) -> Traits:
    if _has_choices(prop):
        return _read_single_choice(prop, "string", root, path)
    form = prop.get("format")
    if form not in _FORMAT_KINDS:
        fail(join(path, "format"), f"format {form!r} is not supported (supported: date, date-time, email)")
    kind = _FORMAT_KINDS[form]
    check_keywords(prop, _KEYWORDS_BY_KIND[kind], path)
    return {
        "kind": kind,
        "min_length": prop.get("minLength"),
        "max_length": prop.get("maxLength"),
        "pattern": prop.get("pattern"),
        "pattern_hint": _pattern_hint(prop),
    }


def _pattern_hint(prop: Schema) -> str:
    """What a text that misses the pattern is told: the schema's errorMessage, else its first example."""
    if prop.get("pattern") is None:
        return ""
    if isinstance(prop.get("errorMessage"), str):
        return str(prop["errorMessage"])
    example = _first_example(prop)
    return f"Does not match the expected format, e.g. “{example}”." if example else ""


def _read_integer(prop: Schema, root: Schema, path: str) -> Traits:
    return _read_numeric(prop, "integer", root, path)


def _read_number(prop: Schema, root: Schema, path: str) -> Traits:
    return _read_numeric(prop, "number", root, path)


def _read_numeric(prop: Schema, kind: str, root: Schema, path: str) -> Traits:
    if _has_choices(prop):
        return _read_single_choice(prop, kind, root, path)
    check_keywords(prop, COMMON_KEYWORDS | _BOUND_KEYWORDS, path)
    lower = [(prop[key], key == "exclusiveMinimum") for key in ("minimum", "exclusiveMinimum") if key in prop]
    upper = [(prop[key], key == "exclusiveMaximum") for key in ("maximum", "exclusiveMaximum") if key in prop]
    # With both forms given, the tighter bound wins; on a tie the exclusive one is tighter.
    low = max(lower, default=(None, False))
    high = min(upper, default=(None, False), key=lambda bound: (bound[0], not bound[1]))
    return {
        "kind": kind,
        "minimum": low[0],
        "exclusive_minimum": low[1],
        "maximum": high[0],
        "exclusive_maximum": high[1],
    }


def _read_boolean(prop: Schema, root: Schema, path: str) -> Traits:
    check_keywords(prop, COMMON_KEYWORDS | {"const"}, path)
    if "const" in prop and prop["const"] is not True:
        fail(join(path, "const"), "a boolean supports only \"const\": true (a box that must be ticked)")
    # An unticked box is a value (false), never a missing one: only const true makes it required.
    return {"kind": "boolean", "required": prop.get("const") is True}


def _read_array(prop: Schema, root: Schema, path: str) -> Traits:
    check_keywords(prop, COMMON_KEYWORDS | {"items", "uniqueItems", "minItems", "maxItems"}, path)
    items_path = join(path, "items")
    if not isinstance(prop.get("items"), Mapping):
        fail(path, "an array is supported only as a multi-select: give \"items\" with enum, oneOf or anyOf")
    items = resolve(prop["items"], root, items_path)
    check_keywords(items, _ITEMS_KEYWORDS, items_path)
    item_type, _ = type_of(items, items_path)
    if item_type not in _VALUE_TESTS or not _has_choices(items):
        fail(items_path, "a multi-select needs string or number items with enum, oneOf or anyOf")
    traits: Traits = {
        "kind": "multi_enum",
        "choices": read_choices(items, item_type, root, items_path),
        "widget": "select",
        "min_length": prop.get("minItems"),
        "max_length": prop.get("maxItems"),
    }
    if prop.get("minItems", 0) >= 1:
        traits["required"] = True  # an empty selection could never be valid
    return traits


def _has_choices(node: Schema) -> bool:
    return any(keyword in node for keyword in _CHOICE_KEYWORDS)


def _read_single_choice(prop: Schema, type_name: str, root: Schema, path: str) -> Traits:
    check_keywords(prop, COMMON_KEYWORDS | set(_CHOICE_KEYWORDS), path)
    return {"kind": "enum", "choices": read_choices(prop, type_name, root, path), "widget": "select"}


def read_choices(node: Schema, type_name: str, root: Schema, path: str) -> tuple[Choice, ...]:
    """Return ``(value, label)`` pairs from ``enum``, or from ``oneOf``/``anyOf`` of ``const``s."""
    present = [keyword for keyword in _CHOICE_KEYWORDS if keyword in node]
    if len(present) > 1:
        fail(path, f"give the options once, not in both {' and '.join(present)}")
    keyword = present[0]
    where = join(path, keyword)
    if keyword == "enum":
        choices = [(value, str(value)) for value in node["enum"]]
    else:
        choices = [_option(option, root, f"{where}[{index}]") for index, option in enumerate(node[keyword])]
    if not choices:
        fail(where, "needs at least one option")
    wrong = [value for value, _ in choices if not _VALUE_TESTS[type_name](value)]
    if wrong:
        fail(where, f"option {wrong[0]!r} is not of type {type_name}")
    if len({choice_key(value) for value, _ in choices}) != len(choices):
        fail(where, "options must be distinct")
    return tuple(choices)


def _option(option: Any, root: Schema, path: str) -> tuple[Any, str]:
    resolved = resolve(option, root, path)
    check_keywords(resolved, _OPTION_KEYWORDS, path)
    if "const" in resolved:
        value = resolved["const"]
    elif isinstance(resolved.get("enum"), list) and len(resolved["enum"]) == 1:
        value = resolved["enum"][0]
    else:
        fail(path, "each option needs a \"const\" (and a \"title\" to show)")
    return value, str(resolved.get("title") or value)


_READERS: dict[str, Reader] = {
    "string": _read_string,
    "integer": _read_integer,
    "number": _read_number,
    "boolean": _read_boolean,
    "array": _read_array,
}
