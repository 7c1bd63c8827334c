"""Read a react-jsonschema-form UI schema (SpiffArena's ``formUiSchemaFilename``).

Understood: ``ui:widget`` (text, updown, textarea, password, hidden, select, radio,
checkboxes), ``ui:order`` (with ``*``), ``ui:readonly``/``ui:disabled`` (on a field or a whole
object), ``ui:help``, ``ui:description``, ``ui:placeholder``, ``ui:title``. Purely visual keys
(``ui:autofocus``, ``ui:classNames``, ``ui:options``…) are accepted and have no effect on data.
Anything else is refused: a custom ``ui:field`` or an unknown widget cannot be honoured here.
"""
from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from typing import Any

from app.taskforms.json_props import Traits
from app.taskforms.json_refs import fail

FIELD_KEYS = frozenset({
    "ui:widget", "ui:readonly", "ui:disabled", "ui:help", "ui:description", "ui:placeholder", "ui:title",
})
OBJECT_KEYS = frozenset({"ui:order", "ui:readonly", "ui:disabled", "ui:title", "ui:description"})
PRESENTATION_KEYS = frozenset({
    "ui:autofocus", "ui:autocomplete", "ui:classNames", "ui:style", "ui:options", "ui:label",
    "ui:submitButtonOptions", "ui:rootFieldId",
})
# widget → {kind it applies to: (resulting kind, resulting choice widget)}
WIDGETS: dict[str, dict[str, tuple[str, str | None]]] = {
    "text": {kind: (kind, None) for kind in ("string", "email", "integer", "number")},
    "updown": {"integer": ("integer", None), "number": ("number", None)},
    "textarea": {"string": ("textarea", None)},
    "password": {"string": ("password", None)},
    "hidden": {"string": ("hidden", None)},
    "select": {"enum": ("enum", "select"), "multi_enum": ("multi_enum", "select")},
    "radio": {"enum": ("enum", "radio")},
    "checkboxes": {"multi_enum": ("multi_enum", "checkboxes")},
}
_TEXT_KEYS = {"ui:title": "label", "ui:placeholder": "placeholder"}


def child_ui(ui: Mapping[str, Any], name: str, path: str) -> Mapping[str, Any]:
    """Return the UI schema for property ``name`` (empty when there is none)."""
    child = ui.get(name, {})
    if not isinstance(child, Mapping):
        fail(f"{path}.{name}", "must be an object")
    return child


def is_readonly(ui: Mapping[str, Any]) -> bool:
    """Tell whether ``ui:readonly`` or ``ui:disabled`` is set."""
    return ui.get("ui:readonly") is True or ui.get("ui:disabled") is True


def check_object_ui(ui: Mapping[str, Any], names: Iterable[str], path: str) -> None:
    """Refuse UI keys an object level cannot have, and entries for properties that do not exist."""
    known = set(names)
    for key in ui:
        if key.startswith("ui:") and key not in OBJECT_KEYS | PRESENTATION_KEYS:
            fail(path, f"{key!r} is not supported here")
        if not key.startswith("ui:") and key not in known:
            fail(path, f"{key!r} is not a property of the schema here")


def ordered_names(names: list[str], order: Any, path: str) -> list[str]:
    """Return property names in ``ui:order`` order; ``*`` stands for all the others."""
    if order is None:
        return names
    where = f"{path}.ui:order"
    if not isinstance(order, list) or not all(isinstance(name, str) for name in order):
        fail(where, "must be a list of property names")
    unknown = [name for name in order if name != "*" and name not in names]
    if unknown:
        fail(where, f"{unknown[0]!r} is not a property of the schema here")
    if len(set(order)) != len(order):
        fail(where, "lists a name twice")
    rest = [name for name in names if name not in order]
    if "*" not in order:
        if rest:
            fail(where, f"does not place {rest[0]!r} (add \"*\" to place the rest)")
        return list(order)
    star = order.index("*")
    return [*order[:star], *rest, *order[star + 1:]]


def apply_field_ui(traits: Traits, ui: Mapping[str, Any], path: str) -> Traits:
    """Return ``traits`` with the field's UI schema applied (label, help, widget, read-only)."""
    for key in ui:
        if key not in FIELD_KEYS | PRESENTATION_KEYS:
            fail(path, f"{key!r} is not supported on a field")
    result = dict(traits)
    for key, trait in _TEXT_KEYS.items():
        if key in ui:
            result[trait] = _text(ui, key, path)
    help_key = next((key for key in ("ui:help", "ui:description") if key in ui), None)
    if help_key:
        result["help"] = _text(ui, help_key, path)
    if is_readonly(ui):
        result["readonly"] = True
    if "ui:widget" in ui:
        result["kind"], result["widget"] = _widget(ui["ui:widget"], traits["kind"], path)
    return result


def _text(ui: Mapping[str, Any], key: str, path: str) -> str:
    value = ui[key]
    if not isinstance(value, str):
        fail(path, f"{key!r} must be a string")
    return value


def _widget(widget: Any, kind: str, path: str) -> tuple[str, str | None]:
    fits = WIDGETS.get(widget) if isinstance(widget, str) else None
    if fits is None:
        fail(path, f"ui:widget {widget!r} is not supported (supported: {', '.join(sorted(WIDGETS))})")
    if kind not in fits:
        usable = sorted(name for name, kinds in WIDGETS.items() if kind in kinds)
        listed = ", ".join(usable) or "none"
        fail(path, f"ui:widget {widget!r} does not fit {kind} fields (usable: {listed})")
    return fits[kind]
