"""Read a DMN 1.1–1.5 file into plain specs: the texts of every cell with their source lines.

Nothing is compiled here; :mod:`app.rules.loader` does that. Structural problems (an unknown hit policy,
a rule with the wrong number of cells) are collected, not raised, so that one upload reports all of them.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from dataclasses import field

from lxml import etree

from app.rules.imports import ImportSpec
from app.rules.imports import read_import

DMN_NAMESPACES = {
    "http://www.omg.org/spec/DMN/20151101/dmn.xsd": "1.1",
    "http://www.omg.org/spec/DMN/20180521/MODEL/": "1.2",
    "https://www.omg.org/spec/DMN/20191111/MODEL/": "1.3",
    "https://www.omg.org/spec/DMN/20211108/MODEL/": "1.4",
    "https://www.omg.org/spec/DMN/20230324/MODEL/": "1.5",
}
HIT_POLICIES = ("UNIQUE", "FIRST", "PRIORITY", "ANY", "COLLECT", "RULE ORDER", "OUTPUT ORDER")
AGGREGATIONS = ("SUM", "COUNT", "MIN", "MAX")
_OTHER_LOGIC = ("context", "invocation", "relation", "list", "functionDefinition", "conditional",
                "filter", "for", "some", "every")
_NAMED = frozenset({"variable", "formalParameter", "column", "parameter", "for", "some", "every"})


@dataclass(frozen=True)
class Text:
    """The text of one cell or expression, where it came from, and its declared language."""

    text: str
    line: int | None
    element_id: str | None = None
    language: str | None = None
    type_ref: str | None = None  # a literal expression's own typeRef


@dataclass(frozen=True)
class InputSpec:
    label: str
    expression: Text
    allowed: Text | None


@dataclass(frozen=True)
class OutputSpec:
    name: str | None
    label: str | None
    allowed: Text | None
    default: Text | None


@dataclass(frozen=True)
class RuleSpec:
    rule_id: str | None
    line: int | None
    inputs: tuple[Text, ...]
    outputs: tuple[Text, ...]
    description: str | None


@dataclass(frozen=True)
class TableSpec:
    line: int | None
    hit_policy: str
    aggregation: str | None
    inputs: tuple[InputSpec, ...]
    outputs: tuple[OutputSpec, ...]
    rules: tuple[RuleSpec, ...]
    output_label: str | None
    language: str | None


@dataclass(frozen=True)
class Boxed:
    """A boxed expression other than a table or literal at the top (context, invocation, list,
    relation, functionDefinition, conditional, for, some, every, filter), read recursively.

    ``parts`` holds sub-expressions in document order (list items; if/then/else; in/return;
    in/satisfies; in/match; an invocation's callee); ``entries`` named ones (context entries with
    their typeRef, invocation bindings); ``names`` relation columns, function parameters or the
    iterator variable; ``rows`` relation rows.
    """

    kind: str
    line: int | None
    element_id: str | None = None
    literal: Text | None = None
    table: TableSpec | None = None
    parts: tuple[Boxed | None, ...] = ()
    entries: tuple[tuple[str | None, Boxed | None, str | None], ...] = ()
    names: tuple[str, ...] = ()
    types: tuple[str | None, ...] = ()
    rows: tuple[tuple[Boxed | None, ...], ...] = ()
    type_ref: str | None = None


@dataclass(frozen=True)
class LogicSpec:
    """The body of a decision or business knowledge model: a table, a literal, or another boxed expression."""

    table: TableSpec | None = None
    literal: Text | None = None
    other: str | None = None  # the element name of another boxed expression, or "nothing"
    boxed: Boxed | None = None


@dataclass(frozen=True)
class DecisionSpec:
    decision_id: str
    name: str
    line: int | None
    variable: str
    logic: LogicSpec
    required_decisions: tuple[tuple[str, int | None], ...]  # (href, line)
    type_ref: str | None = None
    problems: tuple[tuple[int | None, str], ...] = ()  # this decision's structural problems


@dataclass(frozen=True)
class KnowledgeSpec:
    """A business knowledge model: a function of ``parameters``."""

    bkm_id: str
    name: str
    line: int | None
    parameters: tuple[str, ...]
    logic: LogicSpec
    parameter_types: tuple[str | None, ...] = ()
    type_ref: str | None = None


@dataclass(frozen=True)
class ServiceSpec:
    """A decision service: its output decisions evaluated from its inputs, callable as a function."""

    service_id: str
    name: str
    line: int | None
    outputs: tuple[str, ...]  # decision ids
    input_decisions: tuple[str, ...]
    input_data: tuple[str, ...]  # input data ids
    type_ref: str | None = None  # the variable's type: a function type, whose output types the result


@dataclass(frozen=True)
class InputDataSpec:
    name: str
    type_ref: str | None
    input_id: str = ""


@dataclass(frozen=True)
class ItemDefinitionSpec:
    name: str
    allowed: Text | None
    components: tuple[str, ...]
    type_ref: str | None = None
    collection: bool = False
    fields: tuple[ItemDefinitionSpec, ...] = ()  # the components' own definitions
    function: tuple[tuple[str | None, ...], str | None] | None = None  # (parameter types, output type)


@dataclass
class DefinitionsSpec:
    version: str
    language: str | None
    decisions: list[DecisionSpec] = field(default_factory=list)
    knowledge: list[KnowledgeSpec] = field(default_factory=list)
    inputs: list[InputDataSpec] = field(default_factory=list)
    item_definitions: list[ItemDefinitionSpec] = field(default_factory=list)
    problems: list[tuple[int | None, str]] = field(default_factory=list)
    services: list[ServiceSpec] = field(default_factory=list)
    declared_names: set[str] = field(default_factory=set)  # every variable, parameter and column name
    vendor_attributes: list[tuple[int | None, str]] = field(default_factory=list)  # (line, prefixed name)
    namespace: str = ""  # the definitions' own namespace: an href into it is local
    imports: list[ImportSpec] = field(default_factory=list)


def read_definitions(root: etree._Element) -> DefinitionsSpec:
    """Read the ``definitions`` element of a DMN file.

    :raises ValueError: when the root is not a DMN ``definitions`` element of a known version.
    """
    namespace = etree.QName(root).namespace or ""
    if etree.QName(root).localname != "definitions" or namespace not in DMN_NAMESPACES:
        raise ValueError(f"not a DMN file: the root element is {{{namespace}}}{etree.QName(root).localname}; "
                         f"expected definitions in a DMN 1.1–1.5 namespace")
    reader = _Reader(namespace)
    spec = DefinitionsSpec(DMN_NAMESPACES[namespace], root.get("expressionLanguage"),
                           namespace=root.get("namespace", ""))
    spec.imports = [read_import(element) for element in reader.children(root, "import")]
    spec.item_definitions = [reader.item_definition(element) for element in reader.children(root, "itemDefinition")]
    for element in reader.children(root, "inputData"):
        spec.inputs.append(InputDataSpec(element.get("name", ""), reader.variable_type(element),
                                         element.get("id", "")))
    for element in reader.children(root, "businessKnowledgeModel"):
        spec.knowledge.append(reader.knowledge(element, spec.problems))
    for element in reader.children(root, "decision"):
        spec.decisions.append(reader.decision(element))
    for element in reader.children(root, "decisionService"):
        spec.services.append(reader.service(element))
    spec.vendor_attributes = [(element.sourceline, f"camunda:{etree.QName(name).localname}")
                              for element in root.iter() if isinstance(element.tag, str)
                              for name in element.attrib if str(name).startswith("{http://camunda.org/")]
    spec.declared_names = {name for element in root.iter()
                           if isinstance(element.tag, str) and etree.QName(element).localname in _NAMED
                           for name in [element.get("name") or element.get("iteratorVariable")] if name}
    return spec


class _Reader:
    """Element access within one DMN namespace."""

    def __init__(self, namespace: str) -> None:
        self.ns = namespace

    def children(self, element: etree._Element, name: str) -> list[etree._Element]:
        return list(element.findall(f"{{{self.ns}}}{name}"))  # a list, not lxml's untyped answer

    def child(self, element: etree._Element, name: str) -> etree._Element | None:
        return element.find(f"{{{self.ns}}}{name}")

    def text(self, element: etree._Element | None) -> Text | None:
        """The ``<text>`` of an optional element (allowed values, a default output entry...)."""
        return None if element is None else self.cell(element)

    def cell(self, element: etree._Element) -> Text:
        """The ``<text>`` of ``element`` (an input entry, output entry, literal expression...)."""
        text = self.child(element, "text")
        content = text.text if text is not None and text.text is not None else ""
        line = text.sourceline if text is not None else element.sourceline
        return Text(content.strip(), line, element.get("id"), element.get("expressionLanguage"),
                    element.get("typeRef"))

    def variable_type(self, element: etree._Element) -> str | None:
        variable = self.child(element, "variable")
        return variable.get("typeRef") if variable is not None else None

    def item_definition(self, element: etree._Element) -> ItemDefinitionSpec:
        fields = tuple(self.item_definition(c) for c in self.children(element, "itemComponent"))
        type_ref = self.child(element, "typeRef")
        function = self.child(element, "functionItem")
        signature = None
        if function is not None:
            signature = (tuple(p.get("typeRef") for p in self.children(function, "parameters")),
                         function.get("outputTypeRef"))
        return ItemDefinitionSpec(element.get("name", ""), self.text(self.child(element, "allowedValues")),
                                  tuple(f.name for f in fields),
                                  type_ref.text.strip() if type_ref is not None and type_ref.text else None,
                                  element.get("isCollection") == "true", fields, signature)

    def decision(self, element: etree._Element) -> DecisionSpec:
        decision_id = element.get("id") or element.get("name") or f"decision@{element.sourceline}"
        name = element.get("name") or decision_id
        variable = self.child(element, "variable")
        required = tuple((r.get("href", ""), r.sourceline)
                         for requirement in self.children(element, "informationRequirement")
                         for r in self.children(requirement, "requiredDecision"))
        problems: list[tuple[int | None, str]] = []
        logic = self.logic(element, f"decision '{name}'", problems)
        return DecisionSpec(decision_id, name, element.sourceline,
                            (variable.get("name") if variable is not None else None) or name, logic, required,
                            self.variable_type(element), tuple(problems))

    def service(self, element: etree._Element) -> ServiceSpec:
        outputs, decisions, data = (tuple(r.get("href", "").partition("#")[2] for r in self.children(element, name))
                                    for name in ("outputDecision", "inputDecision", "inputData"))
        return ServiceSpec(element.get("id", ""), element.get("name") or element.get("id", ""), element.sourceline,
                           outputs, decisions, data, self.variable_type(element))

    def knowledge(self, element: etree._Element, problems: list[tuple[int | None, str]]) -> KnowledgeSpec:
        bkm_id = element.get("id") or element.get("name", "")
        name = element.get("name") or bkm_id
        logic_element = self.child(element, "encapsulatedLogic")
        formal = self.children(logic_element, "formalParameter") if logic_element is not None else []
        logic = self.logic(logic_element, f"business knowledge model '{name}'", problems) \
            if logic_element is not None else LogicSpec(other="nothing")
        return KnowledgeSpec(bkm_id, name, element.sourceline, tuple(p.get("name", "") for p in formal), logic,
                             tuple(p.get("typeRef") for p in formal), self.variable_type(element))

    def logic(self, element: etree._Element, owner: str, problems: list[tuple[int | None, str]]) -> LogicSpec:
        table = self.child(element, "decisionTable")
        if table is not None:
            return LogicSpec(table=self.table(table, owner, problems))
        literal = self.child(element, "literalExpression")
        if literal is not None:
            return LogicSpec(literal=self.cell(literal))
        for name in _OTHER_LOGIC:
            if self.child(element, name) is not None:
                return LogicSpec(other=name, boxed=self.boxed(element, owner, problems))
        return LogicSpec(other="nothing")

    def boxed(self, parent: etree._Element | None, owner: str, problems: list[tuple[int | None, str]]
              ) -> Boxed | None:
        """The one boxed expression among ``parent``'s children (None when it has none)."""
        if parent is None:
            return None
        for element in parent:
            found = self.expression(element, owner, problems)
            if found is not None:
                return found
        return None

    def expression(self, element: etree._Element, owner: str, problems: list[tuple[int | None, str]]
                   ) -> Boxed | None:
        """``element`` read as a boxed expression; None when it is not one."""
        if not isinstance(element.tag, str) or etree.QName(element).namespace != self.ns:
            return None
        kind = etree.QName(element).localname
        if kind == "literalExpression":
            return Boxed(kind, element.sourceline, element.get("id"), literal=self.cell(element))
        if kind == "decisionTable":
            return Boxed(kind, element.sourceline, element.get("id"), table=self.table(element, owner, problems))
        if kind in _OTHER_LOGIC:
            return dataclasses.replace(self._composite(kind, element, owner, problems), type_ref=element.get("typeRef"))
        return None

    def _composite(self, kind: str, element: etree._Element, owner: str,
                   problems: list[tuple[int | None, str]]) -> Boxed:
        def sub(name: str) -> Boxed | None:
            return self.boxed(self.child(element, name), owner, problems)
        line, element_id = element.sourceline, element.get("id")
        if kind == "context":
            entries = tuple((variable.get("name") if variable is not None else None,
                             self.boxed(entry, owner, problems),
                             variable.get("typeRef") if variable is not None else None)
                            for entry in self.children(element, "contextEntry")
                            for variable in [self.child(entry, "variable")])
            return Boxed(kind, line, element_id, entries=entries)
        if kind == "invocation":
            bindings = tuple((p.get("name") if p is not None else None, self.boxed(b, owner, problems), None)
                             for b in self.children(element, "binding") for p in [self.child(b, "parameter")])
            return Boxed(kind, line, element_id, parts=(self.boxed(element, owner, problems),), entries=bindings)
        if kind == "list":
            items = tuple(self.expression(item, owner, problems) for item in element
                          if isinstance(item.tag, str) and etree.QName(item).localname != "description")
            return Boxed(kind, line, element_id, parts=items)
        if kind == "relation":
            columns = tuple(c.get("name", "") for c in self.children(element, "column"))
            rows = tuple(tuple(self.expression(cell, owner, problems) for cell in row
                               if isinstance(cell.tag, str) and etree.QName(cell).localname != "description")
                         for row in self.children(element, "row"))
            return Boxed(kind, line, element_id, names=columns, rows=rows)
        if kind == "functionDefinition":
            formal = self.children(element, "formalParameter")
            return Boxed(kind, line, element_id, parts=(self.boxed(element, owner, problems),),
                         names=tuple(p.get("name", "") for p in formal), types=tuple(p.get("typeRef") for p in formal),
                         literal=Text(element.get("kind") or "FEEL", line))
        if kind == "conditional":
            return Boxed(kind, line, element_id, parts=(sub("if"), sub("then"), sub("else")))
        if kind == "filter":
            return Boxed(kind, line, element_id, parts=(sub("in"), sub("match")))
        last = "return" if kind == "for" else "satisfies"
        return Boxed(kind, line, element_id, parts=(sub("in"), sub(last)), names=(element.get("iteratorVariable", ""),))

    def table(self, element: etree._Element, owner: str, problems: list[tuple[int | None, str]]) -> TableSpec:
        hit_policy = element.get("hitPolicy", "UNIQUE").strip().upper()
        aggregation = (element.get("aggregation") or "").strip().upper() or None
        if hit_policy not in HIT_POLICIES:
            problems.append((element.sourceline, f"{owner}: unknown hit policy '{hit_policy}' "
                                                 f"(expected one of {', '.join(HIT_POLICIES)})"))
        if aggregation and (hit_policy != "COLLECT" or aggregation not in AGGREGATIONS):
            problems.append((element.sourceline, f"{owner}: aggregation '{aggregation}' needs hit policy "
                                                 f"COLLECT and one of {', '.join(AGGREGATIONS)}"))
        inputs = tuple(self.input(i, n, owner, problems)
                       for n, i in enumerate(self.children(element, "input"), 1))
        outputs = tuple(OutputSpec(o.get("name"), o.get("label"), self.text(self.child(o, "outputValues")),
                                   self.text(self.child(o, "defaultOutputEntry")))
                        for o in self.children(element, "output"))
        rules = tuple(self.rule(r, n, len(inputs), len(outputs), owner, problems)
                      for n, r in enumerate(self.children(element, "rule"), 1))
        if not outputs:
            problems.append((element.sourceline, f"{owner}: the decision table has no output column"))
        return TableSpec(element.sourceline, hit_policy, aggregation, inputs, outputs, rules,
                         element.get("outputLabel"), element.get("expressionLanguage"))

    def input(self, element: etree._Element, number: int, owner: str,
              problems: list[tuple[int | None, str]]) -> InputSpec:
        expression = self.text(self.child(element, "inputExpression")) or Text("", element.sourceline)
        if not expression.text:
            problems.append((element.sourceline, f"{owner}: input column {number} has no input expression"))
        return InputSpec(element.get("label") or expression.text, expression,
                         self.text(self.child(element, "inputValues")))

    def rule(self, element: etree._Element, number: int, inputs: int, outputs: int, owner: str,
             problems: list[tuple[int | None, str]]) -> RuleSpec:
        entries = tuple(self.cell(e) for e in self.children(element, "inputEntry"))
        results = tuple(self.cell(e) for e in self.children(element, "outputEntry"))
        if len(entries) != inputs or len(results) != outputs:
            problems.append((element.sourceline, f"{owner} rule {number} (id {element.get('id')}) has "
                                                 f"{len(entries)} input and {len(results)} output entries; "
                                                 f"the table has {inputs} inputs and {outputs} outputs"))
        description = self.child(element, "description")
        return RuleSpec(element.get("id"), element.sourceline, entries, results,
                        description.text.strip() if description is not None and description.text else None)
