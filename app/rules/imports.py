"""DMN ``<import>``: another model's item definitions, business knowledge models and decision services.

An import named ``myimport`` makes the other model's item definitions types ``myimport.tPerson`` and
its business knowledge models and decision services members of the context ``myimport``, so FEEL
calls them as ``myimport.Say Hello(p)``, as the DMN specification's import rules say. Decisions of another
model are not imported.
"""
from __future__ import annotations

from collections.abc import Mapping
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
    """What an import brings, compiled: types by name, functions by name, and the names FEEL must know."""

    name: str
    types: Mapping[str, Any]
    knowledge: Mapping[str, Any]
    names: frozenset[str]


def read_import(element: etree._Element) -> ImportSpec:
    return ImportSpec(element.get("namespace", ""), element.get("name", ""), element.get("importType", ""),
                      element.sourceline)
