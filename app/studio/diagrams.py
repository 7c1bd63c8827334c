"""The BPMN XML a viewer draws for a process version: the deployed file, laid out if it came without DI."""
from __future__ import annotations

from functools import lru_cache

from app.studio.layout import layout_bytes
from app.studio.models import ProcessVersion
from app.xmlsafe import parse_xml


def process_diagram_xml(version: ProcessVersion) -> str:
    """The version's model file with a diagram; deployed files are immutable, so the layout is cached."""
    return _laid_out(version.file.sha256, version.file.content)


@lru_cache(maxsize=128)
def _laid_out(sha256: str, content: bytes) -> str:
    return layout_bytes(content).decode("utf-8")


def element_ids_by_name(version: ProcessVersion) -> dict[str, str]:
    """Element names to ids: errors and fallout cases record a task by its name (or its id if unnamed)."""
    return dict(_names(version.file.sha256, version.file.content))


@lru_cache(maxsize=128)
def _names(sha256: str, content: bytes) -> tuple[tuple[str, str], ...]:
    root = parse_xml(content, "model.bpmn")
    return tuple((element.get("name", ""), element.get("id", "")) for element in root.iter()
                 if isinstance(element.tag, str) and element.get("name") and element.get("id"))
