"""DMN ``<import>``: another model's item definitions, business knowledge models, decision services and decisions.

An import named ``myimport`` makes the other model's item definitions types ``myimport.tPerson`` and
its business knowledge models and decision services members of the context ``myimport``, so FEEL
calls them as ``myimport.Say Hello(p)``, as the DMN specification's import rules say. A decision that
requires a decision of the imported model (``href="<namespace>#<id>"``) reads its value as
``myimport.Decision name``; the imported model's input data are then given nested under the import's
name (``{"myimport": {"Person name": ...}}``), and so on down its own imports.
"""
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree


@dataclass(frozen=True)
class ImportSpec:
    """An ``<import>`` element as written."""

    namespace: str
    name: str
    import_type: str
    line: int | None


@dataclass(frozen=True)
class ImportedModel:
    """What an import brings, compiled: types by name, functions by name, the names FEEL must know,
    and the imported model itself (whose decisions the importing model's decisions may require)."""

    name: str
    types: Mapping[str, Any]
    knowledge: Mapping[str, Any]
    names: frozenset[str]
    namespace: str = ""
    model: Any = None  # its DecisionModel (not named here: app.rules.model imports this module)


def read_import(element: etree._Element) -> ImportSpec:
    return ImportSpec(element.get("namespace", ""), element.get("name", ""), element.get("importType", ""),
                      element.sourceline)


def imported_decision(imported: Sequence[ImportedModel], namespace: str, decision_id: str) -> tuple[str, str] | None:
    """(import name, decision id) of the decision ``namespace#decision_id`` an import holds, if one does."""
    for model in imported:
        if model.namespace == namespace and model.model is not None and decision_id in model.model.decisions:
            return model.name, decision_id
    return None


def imported_name(imported: Sequence[ImportedModel], required: tuple[str, str]) -> str:
    """How the importing model's FEEL reads an imported decision: ``import name.Decision name``."""
    name, decision_id = required
    model = next(m.model for m in imported if m.name == name)
    assert model is not None
    return f"{name}.{model.decisions[decision_id].name}"
