"""Why a BPMN file is refused, in the process admin's words.

Each refusal is ``{"file", "line", "element", "message"}``: the id of the element to blame, its line,
and a sentence that names the element as drawn and shows the offending value. SpiffWorkflow's own
messages (and libxml2's schema messages) are translated here; none of their wording, class names or
Python exception text reaches a user. ``reference_problems`` finds what SpiffWorkflow would trip over
with a raw Python error: references to flows, messages, signals, errors and escalations that the file
does not define.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from lxml import etree
from SpiffWorkflow.bpmn.parser.ValidationException import ValidationException
from SpiffWorkflow.bpmn.specs.event_definitions.timer import TimerEventDefinition

BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
GENERATED = "__implicit"  # suffix of the ids of elements app.engine.implicit makes
SCHEMA_ELEMENT = re.compile(
    r"^Element '\{(?P<ns>[^}]*)\}(?P<tag>\w+)'(?:, attribute '(?P<attr>[^']+)')?: (?P<rest>.*)$",
    re.S)
NEEDS_ID = {"process", "sequenceFlow", "task", "userTask", "serviceTask", "scriptTask", "businessRuleTask",
            "manualTask", "sendTask", "receiveTask", "callActivity", "subProcess", "transaction", "adHocSubProcess",
            "startEvent", "endEvent", "intermediateCatchEvent", "intermediateThrowEvent", "boundaryEvent",
            "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway"}
EVENT_REFERENCES = {"messageEventDefinition": ("messageRef", "message"),
                    "signalEventDefinition": ("signalRef", "signal"),
                    "errorEventDefinition": ("errorRef", "error"),
                    "escalationEventDefinition": ("escalationRef", "escalation")}


class Refused(ValidationException):  # type: ignore[misc]
    """A refusal Ordra's own parsers raise, already in the admin's words."""


def spaced(tag: str) -> str:
    """``userTask`` → ``user task``, ``intermediateCatchEvent`` → ``intermediate catch event``."""
    return "".join(f" {c.lower()}" if c.isupper() else c for c in tag).strip().replace("sub process", "sub-process")


def label(node: etree._Element) -> str:
    """An element as the admin sees it in the modeler: its kind and name (its id when unnamed)."""
    name = " ".join((node.get("name") or node.get("id") or "").split())
    return f"{spaced(etree.QName(node).localname)} '{name}'"


def refusal(filename: str, node: etree._Element | None, message: str, line: int | None = None) -> dict[str, Any]:
    return {"file": filename, "line": node.sourceline if node is not None else line,
            "element": node.get("id") if node is not None else None, "message": message}


# --- references SpiffWorkflow does not check ----------------------------------------------------------

def reference_problems(root: etree._Element, filename: str) -> list[dict[str, Any]]:
    """Flows, messages, signals, errors and escalations that are named but not defined."""
    problems = _too_long(root, filename) + _duplicate_ids(root, filename)
    for container in root.iter(f"{{{BPMN_NS}}}process", f"{{{BPMN_NS}}}subProcess", f"{{{BPMN_NS}}}transaction",
                               f"{{{BPMN_NS}}}adHocSubProcess"):
        flow_problems = _flow_problems(container, filename)
        problems += flow_problems or _circle_problems(container, filename)
    problems += _event_reference_problems(root, filename)
    problems += _extension_problems(root, filename)
    return problems


MAX_ID_CHARS = 255  # an element's id or name is kept with its work items, events and fallouts (255 characters)


def _too_long(root: etree._Element, filename: str) -> list[dict[str, Any]]:
    """Ids and names longer than the columns that keep them (PostgreSQL refused a work item of a user task with a
    300-character name: a 500 when an instance reached it)."""
    return [{"file": filename, "line": node.sourceline, "element": (node.get("id") or "")[:MAX_ID_CHARS] or None,
             "message": f"the {spaced(etree.QName(node).localname)}'s {attribute} is {len(value)} characters long; "
                        f"at most {MAX_ID_CHARS} are kept"}
            for node in root.iter() if isinstance(node.tag, str) and etree.QName(node).namespace == BPMN_NS
            for attribute in ("id", "name") for value in [node.get(attribute) or ""] if len(value) > MAX_ID_CHARS]


def _duplicate_ids(root: etree._Element, filename: str) -> list[dict[str, Any]]:
    """Ids used twice, and processes, flow nodes and flows without one (nothing could refer to them)."""
    seen: dict[str, etree._Element] = {}
    problems = []
    for node in root.iter():
        if not isinstance(node.tag, str) or etree.QName(node).namespace != BPMN_NS:
            continue
        node_id = node.get("id")
        if not node_id and etree.QName(node).localname in NEEDS_ID:
            problems.append(refusal(filename, node, f"{spaced(etree.QName(node).localname)} on line "
                                                    f"{node.sourceline} has no id"))
        if not node_id:
            continue
        if node_id in seen:
            problems.append(refusal(filename, node, f"{label(node)} has the id '{node_id}', already used by "
                                                    f"{label(seen[node_id])} on line {seen[node_id].sourceline}"))
        seen.setdefault(node_id, node)
    return problems


def _flow_problems(container: etree._Element, filename: str) -> list[dict[str, Any]]:
    children = {node.get("id"): node for node in container if isinstance(node.tag, str) and node.get("id")}
    flows = {flow.get("id"): flow for flow in container.iterfind(f"{{{BPMN_NS}}}sequenceFlow")}
    problems = []
    for flow in flows.values():
        for end in ("sourceRef", "targetRef"):
            value = flow.get(end)
            if not value:
                problems.append(refusal(filename, flow, f"{label(flow)} has no {_END_WORDS[end]} ({end} is missing)"))
            elif value not in children:
                problems.append(refusal(filename, flow, f"{label(flow)} {_END_VERBS[end]} '{value}', which is not an "
                                                        f"element of {label(container)}"))
    for node in children.values():
        for direction in ("incoming", "outgoing"):
            for ref in node.iterfind(f"{{{BPMN_NS}}}{direction}"):
                value = (ref.text or "").strip()
                if value not in flows:
                    problems.append(refusal(filename, node, f"{label(node)} lists {direction} sequence flow '{value}', "
                                                            f"which {label(container)} does not define"))
    return problems


def _circle_problems(container: etree._Element, filename: str) -> list[dict[str, Any]]:
    """The first element whose sequence flows all lead back into a circle, never to an element where a path ends:
    SpiffWorkflow plans such a circle's tasks one after another without end, and failed with a RecursionError
    (a 500) when an instance started or a test case ran."""
    leads_to: dict[str, set[str]] = {}
    for flow in container.iterfind(f"{{{BPMN_NS}}}sequenceFlow"):
        leads_to.setdefault(flow.get("sourceRef", ""), set()).add(flow.get("targetRef", ""))
        leads_to.setdefault(flow.get("targetRef", ""), set())
    comes_from: dict[str, set[str]] = {node: set() for node in leads_to}
    for source, targets in leads_to.items():
        for target in targets:
            comes_from[target].add(source)
    ending = [node for node, targets in leads_to.items() if not targets]
    can_end = set(ending)
    while ending:
        for source in comes_from[ending.pop()] - can_end:
            can_end.add(source)
            ending.append(source)
    trapped = [node for node in container if isinstance(node.tag, str) and node.get("id") in leads_to
               and node.get("id") not in can_end]
    if not trapped:
        return []
    return [refusal(filename, trapped[0], f"{label(trapped[0])} can never reach an end: its sequence flows lead only "
                                          f"around a circle ({len(trapped)} element(s) cannot reach an end); give the "
                                          "circle a gateway with a flow that leaves it")]


_END_WORDS = {"sourceRef": "source", "targetRef": "target"}
_END_VERBS = {"sourceRef": "starts from", "targetRef": "leads to"}


def _event_reference_problems(root: etree._Element, filename: str) -> list[dict[str, Any]]:
    problems = []
    for definition_tag, (attribute, kind) in EVENT_REFERENCES.items():
        defined = {node.get("id") for node in root.iter(f"{{{BPMN_NS}}}{kind}")}
        for definition in root.iter(f"{{{BPMN_NS}}}{definition_tag}"):
            value = definition.get(attribute)
            if value and value not in defined:
                event = definition.getparent()
                problems.append(refusal(filename, event, f"{label(event)} refers to {kind} '{value}', which the "
                                                         f"file does not define"))
    return problems


SPIFF_NS = "http://spiffworkflow.org/bpmn/schema/1.0/core"
# SpiffWorkflow extension elements and the attributes its parser reads without checking, in the admin's words
SPIFF_REQUIRED = {"property": ("a property", ("name", "value")),
                  "serviceTaskOperator": ("its connector", ("id",)),
                  "parameter": ("a connector parameter", ("id", "value", "type")),
                  "unitTest": ("a unit test", ("id",))}


def _extension_problems(root: etree._Element, filename: str) -> list[dict[str, Any]]:
    problems = []
    for node in root.iter(*(f"{{{SPIFF_NS}}}{tag}" for tag in SPIFF_REQUIRED)):
        what, attributes = SPIFF_REQUIRED[etree.QName(node).localname]
        missing = [name for name in attributes if node.get(name) is None]
        if missing:
            owner = next((a for a in node.iterancestors() if etree.QName(a).namespace == BPMN_NS and a.get("id")
                          and etree.QName(a).localname != "extensionElements"), None)
            where = f"{label(owner)}: " if owner is not None else ""
            problems.append(refusal(filename, owner, f"{where}{what} on line {node.sourceline} lacks "
                                                     f"{', '.join(repr(m) for m in missing)}", node.sourceline))
    return problems


# --- timers ------------------------------------------------------------------------------------------

NO_TIME = "gives no time: set a date, a duration or a cycle (ISO 8601, e.g. PT1H or P7D)"
TIMER_KINDS = {"timeDate": "date", "timeDuration": "duration", "timeCycle": "cycle"}


def is_iso_time(kind: str, text: str) -> bool:
    """True when ``text`` is the ISO 8601 date, duration or cycle (``kind``: the BPMN element) that the
    engine's timer reads."""
    parse = {"timeDate": TimerEventDefinition.parse_time_or_duration,
             "timeDuration": TimerEventDefinition.parse_iso_duration,
             "timeCycle": TimerEventDefinition.parse_iso_recurring_interval}[kind]
    try:
        parse(text)
    except Exception:  # the engine's parsers raise bare Exceptions (and ValueErrors) on bad text
        return False
    return bool(text)


def timer_problems(root: etree._Element, filename: str) -> list[dict[str, Any]]:
    """Timers with no time. (A quoted time is read as the engine reads it by ``app.engine.timers``; an
    expression is checked as code, and evaluated when the timer starts.)"""
    problems = []
    for node in root.iter(*(f"{{{BPMN_NS}}}{kind}" for kind in TIMER_KINDS)):
        event = node.getparent().getparent() if node.getparent() is not None else None
        if not (node.text or "").strip():
            problems.append(refusal(filename, event, f"{label(event) if event is not None else 'a timer'} {NO_TIME}"))
    return problems


_EXAMPLES = {"timeDate": "2026-12-24T09:00:00Z", "timeDuration": "PT1H or P7D", "timeCycle": "R3/PT10M"}


# --- SpiffWorkflow's messages -------------------------------------------------------------------------

def _unknown_time(node: etree._Element, _match: re.Match[str]) -> str:
    return f"{label(node)} {NO_TIME}"


def _time_error(node: etree._Element, match: re.Match[str]) -> str:
    texts = [t.text or "" for t in node.iter() if etree.QName(t).localname in ("timeDate", "timeDuration", "timeCycle")]
    shown = f" '{texts[0].strip()}'" if texts else ""
    return f"{label(node)}: the time{shown} cannot be read ({match.group(1).strip()})"


def _flow_without_condition(flow: etree._Element, _match: re.Match[str]) -> str | None:
    expression = flow.find(f"{{{BPMN_NS}}}conditionExpression")
    if expression is None or (expression.text or "").strip():
        return None
    return f"{label(flow)} out of {_source_of(flow)} has an empty condition: write the condition or remove it"


def _source_of(flow: etree._Element) -> str:
    """The element a flow leaves, as drawn: for a split Ordra made explicit, the activity before it."""
    source = flow.get("sourceRef", "")
    if GENERATED in source:
        before = flow.xpath("../*[local-name()='sequenceFlow'][@targetRef=$id]/@sourceRef", id=source)
        source = str(before[0]) if before else source
    found = flow.xpath("../*[@id=$id]", id=source)
    return label(found[0]) if found else f"'{source}'"


TRANSLATIONS: list[tuple[re.Pattern[str], Callable[[etree._Element, re.Match[str]], str | None]]] = [
    (re.compile(r"Time Specification Error\. Unknown Time Specification"), _unknown_time),
    (re.compile(r"Time Specification Error\. (.*)", re.S), _time_error),
    (re.compile(r"Exactly one start event is required in a SubWorkflow Task; found (\d+)"),
     lambda n, m: f"{label(n)} has {m.group(1)} start events; a sub-process may have only one"),
    (re.compile(r"A SubWorkflow Must contain an End event"), lambda n, m: f"{label(n)} has no end event"),
    (re.compile(r"Non-default exclusive outgoing sequence flow without condition"), _flow_without_condition),
    (re.compile(r"Non-default exclusive outgoing sequence flow without condition"),
     lambda n, m: f"{label(n)} leaves {_source_of(n)} without a condition and is not its default flow: give it a "
                  f"condition or make it the default"),
    (re.compile(r"No Script Provided"), lambda n, m: f"{label(n)} has no script"),
    (re.compile(r"A Service Task must have an operator"),
     lambda n, m: f"{label(n)} does not say which connector it calls: choose one in its properties"),
    (re.compile(r'No "calledElement" attribute'), lambda n, m: f"{label(n)} does not say which process it calls"),
    (re.compile(r"No start event found"), lambda n, m: f"{label(n)} has no start event"),
    (re.compile(r"There is no support implemented for this task type"),
     lambda n, m: f"{label(n)}: Ordra's engine cannot run a {spaced(etree.QName(n).localname)}"),
    (re.compile(r"A multiinstance task must specify a cardinality or a (?:collection|loop input data reference)"),
     lambda n, m: f"{label(n)} is multi-instance but says neither how many instances (loop cardinality) nor "
                  f"which collection to go through (loop data input)"),
    (re.compile(r"A multiinstance task must specify exactly one of cardinality or loop input"),
     lambda n, m: f"{label(n)} is multi-instance with both a loop cardinality and a loop data input; keep one"),
    (re.compile(r"The loop (input|output) data reference is missing from the IO specification"),
     lambda n, m: f"{label(n)}: its loop data {m.group(1)} is not among the task's data {m.group(1)}s"),
    (re.compile(r"A loopMaximum or loopCondition must be specified"),
     lambda n, m: f"{label(n)} loops but has neither a loop condition nor a loop maximum"),
    (re.compile(r"Cancel Events may only be used with transactions"),
     lambda n, m: f"{label(n)}: a cancel event may only be attached to a transaction"),
    (re.compile(r"Cannot resolve data(Input|Output)Association"),
     lambda n, m: f"{label(n)} {'reads' if m.group(1) == 'Input' else 'writes'} data that is neither a data object "
                  f"nor a data store of its process"),
    (re.compile(r"Conditional event definition with missing condition"),
     lambda n, m: f"{label(n)} is a conditional event without a condition"),
    (re.compile(r"Ad hoc subprocesses may not contain start or end events"),
     lambda n, m: f"{label(n)} is ad hoc and may not contain start or end events"),
    (re.compile(r"Sequential ordering for ad hoc subprocesses not supported"),
     lambda n, m: f"{label(n)}: Ordra's engine runs ad hoc sub-processes in parallel order only"),
    (re.compile(r"Multiple outgoing flows are not supported"),
     lambda n, m: f"{label(n)}: Ordra's engine cannot split the flow after this element"),
]


# messages that name what they are about, so need no element
WHOLE_FILE: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Process (\S+) is not executable"),
     lambda m: f"process '{m.group(1)}' is called but is not executable (its isExecutable is not true)"),
    (re.compile(r"Duplicate process ID: (\S+)"), lambda m: f"process id '{m.group(1)}' is defined twice"),
    (re.compile(r"The process '([^']*)' was not found"),
     lambda m: f"process '{m.group(1)}' is called but neither uploaded nor deployed"),
]


def translate(message: str, node: etree._Element | None) -> str | None:
    """The admin's sentence for one of SpiffWorkflow's messages about ``node``; None when unknown."""
    for whole, said in WHOLE_FILE:
        match = whole.search(message)
        if match:
            return said(match)
    if node is None:
        return None
    for pattern, sentence in TRANSLATIONS:
        match = pattern.search(message)
        told = sentence(node, match) if match else None
        if told:
            return told
    return None


def schema_message(message: str, node: etree._Element | None) -> str:
    """A libxml2 schema error (``Element '{ns}tag', attribute 'x': ...``) in plain words."""
    match = SCHEMA_ELEMENT.match(message.strip())
    if not match:
        return "the file does not follow the BPMN 2.0 schema here"
    what = label(node) if node is not None else spaced(match.group("tag"))
    rest = match.group("rest").strip().rstrip(".")
    missing = re.match(r"The attribute '([^']+)' is required but missing", rest)
    if missing:
        return f"{what} lacks the attribute '{missing.group(1)}', which BPMN 2.0 requires"
    if "This element is not expected" in rest:
        return f"{what} is not allowed at this place by BPMN 2.0's schema"
    if match.group("attr"):
        value = node.get(match.group("attr")) if node is not None else None
        shown = f" '{value}'" if value is not None else ""
        return f"{what}: the value{shown} of attribute '{etree.QName(match.group('attr')).localname}' is not valid " \
               f"BPMN 2.0"
    if "is not a valid value" in rest or "not accepted by the pattern" in rest:
        return f"{what}: the value '{(node.text or '').strip() if node is not None else ''}' is not valid BPMN 2.0"
    return f"{what} does not follow the BPMN 2.0 schema"


def node_at(root: etree._Element, tag: str | None, line: int | None) -> etree._Element | None:
    """The element of that tag on that line (how a schema error is tied back to an element)."""
    if line is None:
        return None
    for node in root.iter():
        if isinstance(node.tag, str) and node.sourceline == line and (
                tag is None or etree.QName(node).localname == tag):
            return node
    return None
