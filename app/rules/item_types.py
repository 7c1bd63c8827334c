"""The FEEL types of a DMN file's item definitions, for ``typeRef`` checks and ``instance of``."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.rules.dmn_xml import ItemDefinitionSpec
from app.rules.dmn_xml import Text
from app.rules.feel import feel_types
from app.rules.feel.feel_types import FeelType

AllowedTest = Callable[[Text], Callable[[Any], bool]]


def item_types(definitions: list[ItemDefinitionSpec], allowed: AllowedTest) -> dict[str, FeelType]:
    """Every item definition by name; definitions may refer to each other in any order."""
    types: dict[str, FeelType] = {}
    by_name = {definition.name: definition for definition in definitions}
    resolving: set[str] = set()

    def resolve(name: str) -> FeelType:
        if name in types:
            return types[name]
        definition = by_name[name]
        if name in resolving:  # a definition that contains itself: unchecked
            return feel_types.ANY
        resolving.add(name)
        types[name] = build(definition)
        resolving.discard(name)
        return types[name]

    def named(type_ref: str | None) -> FeelType:
        if not type_ref:
            return feel_types.ANY
        local = type_ref.split(":")[-1] if type_ref not in by_name else type_ref
        if local in by_name:
            return resolve(local)
        return feel_types.named_type(type_ref, {})

    def build(definition: ItemDefinitionSpec) -> FeelType:
        base: FeelType
        if definition.fields:
            base = feel_types.ContextOf(tuple((field.name, build(field)) for field in definition.fields))
        elif definition.function is not None:
            parameters, output = definition.function
            base = feel_types.FunctionOf(tuple(named(t) for t in parameters), named(output))
        else:
            base = named(definition.type_ref)
        if definition.allowed is not None and definition.allowed.text:
            base = feel_types.Constrained(base, allowed(definition.allowed))
        return feel_types.ListOf(base) if definition.collection else base

    for definition in definitions:
        resolve(definition.name)
    return types
