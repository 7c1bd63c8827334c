"""Shared helpers of the JSON Schema loader: located errors, keyword checks, local ``$ref``.

Locations are dotted schema paths (``properties.address.properties.street``), the way a
modeller finds the spot in the file; ``(root)`` is the schema object itself.
"""
from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from typing import Any
from typing import NoReturn
from urllib.parse import unquote

from app.taskforms.errors import FormSpecError

Schema = Mapping[str, Any]


def join(*parts: str) -> str:
    """Join path parts with dots, skipping empty ones."""
    return ".".join(part for part in parts if part)


def fail(path: str, message: str) -> NoReturn:
    """Raise a ``FormSpecError`` for ``message`` at ``path``."""
    raise FormSpecError([f"{path or '(root)'}: {message}"])


def check_keywords(node: Mapping[str, Any], allowed: Iterable[str], path: str) -> None:
    """Refuse keywords outside ``allowed``: an ignored keyword would be a silently lost rule."""
    unsupported = sorted(set(node) - set(allowed))
    if unsupported:
        listed = ", ".join(repr(keyword) for keyword in unsupported)
        plural = "s" if len(unsupported) > 1 else ""
        fail(path, f"unsupported keyword{plural} {listed}")


def resolve(node: Any, root: Mapping[str, Any], path: str) -> Mapping[str, Any]:
    """Return the schema ``node`` stands for, following ``$ref`` within the same file.

    Keywords next to a ``$ref`` refine its target (a local ``title``, say), as in 2019-09+.
    """
    if not isinstance(node, Mapping):
        fail(path, "boolean schemas (true/false) cannot become a form field")
    current: Mapping[str, Any] = node
    seen: list[str] = []
    while True:
        ref = current.get("$ref")
        if ref is None:
            return current
        if not isinstance(ref, str) or not ref.startswith("#/"):
            fail(path, f"$ref {ref!r} is not supported: only '#/…' references into this file are")
        if ref in seen:
            fail(path, f"$ref {ref!r} is circular")
        seen.append(ref)
        target = _pointer(root, ref, path)
        if not isinstance(target, Mapping):
            fail(path, f"$ref {ref!r} does not point to a schema object")
        siblings = {key: value for key, value in current.items() if key != "$ref"}
        current = {**target, **siblings}


def _pointer(root: Mapping[str, Any], ref: str, path: str) -> Any:
    """Follow the JSON Pointer in ``ref`` (``#/$defs/address``) from the document root."""
    target: Any = root
    for raw in ref[2:].split("/"):
        part = unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(target, Mapping) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            fail(path, f"$ref {ref!r} points to nothing in this file")
    return target
