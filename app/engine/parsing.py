"""Turn BPMN XML into engine specs and a plain description of what they contain.

The studio calls ``parse_processes`` to validate an upload and to store each process's spec; the
description (our types, not SpiffWorkflow's) lists user tasks with their lanes and forms, the
decisions, called processes and connectors referenced, and every piece of model code to lint.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from lxml import etree
from SpiffWorkflow.bpmn.parser.BpmnParser import BpmnValidator
from SpiffWorkflow.bpmn.parser.BpmnParser import full_tag
from SpiffWorkflow.bpmn.parser.event_parsers import ReceiveTaskParser
from SpiffWorkflow.bpmn.parser.event_parsers import SendTaskParser
from SpiffWorkflow.bpmn.parser.ValidationException import ValidationException
from SpiffWorkflow.bpmn.specs.bpmn_task_spec import _BpmnCondition
from SpiffWorkflow.bpmn.specs.defaults import ReceiveTask
from SpiffWorkflow.bpmn.specs.defaults import SendTask
from SpiffWorkflow.bpmn.specs.event_definitions.timer import TimerEventDefinition
from SpiffWorkflow.camunda.parser import CamundaParser
from SpiffWorkflow.camunda.parser.event_parsers import CamundaEventDefinitionParser
from SpiffWorkflow.spiff.parser import VALIDATOR
from SpiffWorkflow.spiff.parser import SpiffBpmnParser

from app.engine.compensation import Undoing
from app.engine.compensation import runnable_definitions
from app.engine.compensation import undoing
from app.engine.implicit import explicit_definitions
from app.engine.paths import user_tasks_before
from app.engine.refusals import Refused
from app.engine.refusals import label
from app.engine.refusals import node_at
from app.engine.refusals import reference_problems
from app.engine.refusals import refusal
from app.engine.refusals import schema_message
from app.engine.refusals import timer_problems
from app.engine.refusals import translate
from app.engine.serializer import specs_to_dict
from app.engine.specs import CAMUNDA_NS
from app.engine.specs import DUE_PROPERTY
from app.engine.specs import CamundaConnectorTaskParser
from app.engine.specs import CamundaDecisionTaskParser
from app.engine.specs import ConnectorTask
from app.engine.specs import DecisionTask
from app.engine.specs import SpiffConnectorTaskParser
from app.engine.specs import SpiffDecisionTaskParser
from app.engine.specs import task_properties
from app.engine.timers import timer_kind
from app.sandbox import Mode

SPIFF_NS = "http://spiffworkflow.org/bpmn/schema/1.0/core"
BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL"
MAX_FLOW_NODES = 400  # SpiffWorkflow's parser recurses per flow and fails near 485 chained nodes
UNCHECKED = "the model could not be checked: Ordra failed while reading {what}; the failure is logged for the " \
            "administrators"
log = logging.getLogger(__name__)


class CamundaReceiveTaskParser(CamundaEventDefinitionParser, ReceiveTaskParser):  # type: ignore[misc]
    """Camunda files' receive tasks carry Camunda's message definition (SpiffWorkflow gives them the
    default one, which the Camunda serializer cannot store)."""

    def create_task(self) -> Any:
        return ReceiveTaskParser.create_task(self)


class CamundaSendTaskParser(CamundaEventDefinitionParser, SendTaskParser):  # type: ignore[misc]
    def create_task(self) -> Any:
        return SendTaskParser.create_task(self)


class OrdraSpiffParser(SpiffBpmnParser):  # type: ignore[misc]
    OVERRIDE_PARSER_CLASSES = {
        **SpiffBpmnParser.OVERRIDE_PARSER_CLASSES,
        full_tag("businessRuleTask"): (SpiffDecisionTaskParser, DecisionTask),
        full_tag("serviceTask"): (SpiffConnectorTaskParser, ConnectorTask),
    }


class OrdraCamundaParser(CamundaParser):  # type: ignore[misc]
    OVERRIDE_PARSER_CLASSES = {
        **CamundaParser.OVERRIDE_PARSER_CLASSES,
        full_tag("businessRuleTask"): (CamundaDecisionTaskParser, DecisionTask),
        full_tag("serviceTask"): (CamundaConnectorTaskParser, ConnectorTask),
        full_tag("receiveTask"): (CamundaReceiveTaskParser, ReceiveTask),
        full_tag("sendTask"): (CamundaSendTaskParser, SendTask),
    }


@dataclass(frozen=True)
class BpmnSource:
    filename: str
    root: etree._Element


@dataclass
class UserTaskInfo:
    bpmn_id: str
    name: str
    lane: str | None
    role_name: str | None
    form_file: str | None = None
    ui_file: str | None = None
    camunda_fields: list[dict[str, Any]] | None = None


@dataclass
class ModelCode:
    """A piece of model text that the engine will run as code."""

    task: str
    what: str  # script, pre-script, post-script, condition, parameter, timer
    source: str
    mode: Mode
    element: str = ""  # the BPMN id to blame: the task, or the sequence flow of a condition
    timer: str = ""  # for a timer: date, duration or cycle (how the engine reads the text it gives)


@dataclass
class ProcessInfo:
    process_id: str
    name: str
    filename: str
    line: int | None
    flavour: str
    executable: bool
    not_executable_reason: str = ""
    spec_json: str | None = None
    user_tasks: list[UserTaskInfo] = field(default_factory=list)
    decisions: set[str] = field(default_factory=set)
    called_processes: set[str] = field(default_factory=set)
    connectors: set[str] = field(default_factory=set)
    decision_tasks: dict[str, list[str]] = field(default_factory=dict)  # decision id -> tasks calling it
    connector_tasks: dict[str, list[str]] = field(default_factory=dict)  # connector -> tasks calling it
    connector_params: dict[str, set[str]] = field(default_factory=dict)  # service task -> parameters it passes
    code: list[ModelCode] = field(default_factory=list)
    lanes: list[str] = field(default_factory=list)
    waits_for_people: bool = True  # any user or manual task, here or in a called process
    undoing: Undoing = field(default_factory=Undoing)  # points of no return, compensation handlers
    outputs: list[str] = field(default_factory=list)  # the process's declared data outputs (ioSpecification)
    user_tasks_before: dict[str, int] = field(default_factory=dict)  # flow node id -> user tasks before it (paths)


@dataclass
class ParseReport:
    processes: list[ProcessInfo] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)  # what BPMN left implicit and Ordra made explicit


def uses_namespace(root: etree._Element, namespace: str) -> bool:
    """True when an element or attribute of ``namespace`` appears (a declaration alone is not use)."""
    return bool(root.xpath("//*[namespace-uri()=$ns] | //@*[namespace-uri()=$ns]", ns=namespace))


def flavour_of(sources: list[BpmnSource]) -> str:
    """"camunda" when the files use Camunda extensions and no SpiffWorkflow ones, else "spiff".

    Files drawn for SpiffWorkflow often carry Camunda modeller attributes too; their spiffworkflow
    extensions are what they mean, so those files are read as SpiffWorkflow files.
    """
    if any(uses_namespace(s.root, SPIFF_NS) for s in sources):
        return "spiff"
    return "camunda" if any(uses_namespace(s.root, CAMUNDA_NS) for s in sources) else "spiff"


def parse_processes(sources: list[BpmnSource], context: list[BpmnSource] = ()) -> ParseReport:  # type: ignore[assignment]
    """Parse every process defined in ``sources``.

    ``context`` holds already-deployed files that may define called processes; their processes
    are available to call activities but not reported. Errors are ``{"file","line","message"}``.
    """
    report = ParseReport()
    flavour = flavour_of(sources)
    parser = _new_parser(flavour)
    uploaded = {s.filename for s in sources}
    uploaded_ids = {pid for s in sources for pid in _process_ids(s)}
    for source in context:  # deployed files, unless the upload replaces them or their processes
        if source.filename not in uploaded and not uploaded_ids & _process_ids(source):
            _add(parser, BpmnSource(source.filename, engine_definitions(source.root)[0]))
    for source in sources:
        _parse_source(parser, flavour, source, report)
    return report


def engine_definitions(root: etree._Element) -> tuple[etree._Element, list[Any]]:
    """The copy of a drawn file that the engine parses, and the notes on what was made explicit."""
    return explicit_definitions(runnable_definitions(root))


def _process_ids(source: BpmnSource) -> set[str]:
    return {node.get("id", "") for node in source.root.iterfind(f"{{{BPMN_NS}}}process")}


def _parse_source(parser: Any, flavour: str, source: BpmnSource, report: ParseReport) -> None:
    """Describe the processes of one file; a file SpiffWorkflow cannot read is refused only if it
    claims to be executable, otherwise it is kept as a diagram with the reason it cannot run.
    A reference to something the file does not define is such a problem."""
    nodes = list(source.root.iterfind(f"{{{BPMN_NS}}}process"))
    executable = any(node.get("isExecutable") == "true" for node in nodes)
    broken = reference_problems(source.root, source.filename)
    if broken and executable:
        report.errors += broken
        return
    if broken:
        report.processes += [_diagram(flavour, source, node, f"not executable: {broken[0]['message']}")
                             for node in nodes]
        return
    drawn = {node.get("id"): undoing(node) for node in nodes}
    try:
        runnable, notes = engine_definitions(source.root)
    except Exception:  # a bug of ours must not reach the admin as a Python error, nor pass silently
        log.exception("making %s explicit for the engine failed", source.filename)
        report.errors.append(refusal(source.filename, None, UNCHECKED.format(what="the file"), 1))
        return
    engine_source = BpmnSource(source.filename, runnable)
    engine_nodes = list(runnable.iterfind(f"{{{BPMN_NS}}}process"))  # with the generated compensation processes
    problem = _add(parser, engine_source, source.root)
    if problem is None:
        if executable:
            report.errors += timer_problems(source.root, source.filename)
        for node in engine_nodes:
            info = _describe(parser, flavour, engine_source, node, report.errors)
            info.undoing = drawn.get(info.process_id) or Undoing()
            report.processes.append(info)
        if executable:
            report.warnings += [note.as_dict(source.filename) for note in notes]
    elif executable:
        report.errors.append(problem)
    else:
        report.processes += [_diagram(flavour, engine_source, node, f"not executable: {problem['message']}")
                             for node in engine_nodes]


def _new_parser(flavour: str) -> Any:
    if flavour == "camunda":
        return OrdraCamundaParser(validator=BpmnValidator())
    return OrdraSpiffParser(validator=VALIDATOR)


def _add(parser: Any, source: BpmnSource, drawn: etree._Element | None = None) -> dict[str, Any] | None:
    """Add a file to the parser; return the problem, if any, as an error dict (located in ``drawn``,
    the file as uploaded, when given)."""
    try:
        parser.add_bpmn_xml(etree.ElementTree(source.root), filename=source.filename)
    except ValidationException as exc:
        return _validation_error(exc, BpmnSource(source.filename, drawn if drawn is not None else source.root))
    except Exception:  # SpiffWorkflow fails with raw errors on some unusual files
        log.exception("SpiffWorkflow failed on %s", source.filename)
        return refusal(source.filename, None, UNCHECKED.format(what="the file"), 1)
    return None


def _diagram(flavour: str, source: BpmnSource, node: etree._Element, reason: str) -> ProcessInfo:
    process_id = node.get("id", "")
    return ProcessInfo(process_id=process_id, name=node.get("name") or process_id, filename=source.filename,
                       line=node.sourceline, flavour=flavour, executable=False, not_executable_reason=reason,
                       lanes=[lane.get("name") or lane.get("id") for lane in node.iterfind(f".//{{{BPMN_NS}}}lane")])


def _describe(parser: Any, flavour: str, source: BpmnSource, node: etree._Element,
              errors: list[dict[str, Any]]) -> ProcessInfo:
    if node.get("isExecutable") != "true":
        return _diagram(flavour, source, node, "isExecutable is not true: kept as a diagram, not runnable")
    info = _diagram(flavour, source, node, "")
    info.executable = True
    process_id = info.process_id
    flow_nodes = len(node.xpath(".//*[local-name()='sequenceFlow']"))
    if flow_nodes > MAX_FLOW_NODES:
        errors.append(refusal(source.filename, node, f"process '{process_id}' has {flow_nodes} sequence flows; the "
                                                     f"limit is {MAX_FLOW_NODES} (split it into call activities)"))
        return info
    try:
        spec = parser.get_spec(process_id)
        subprocess_specs = parser.get_subprocess_specs(process_id)
        info.spec_json = json.dumps(specs_to_dict(flavour, spec, subprocess_specs))
    except ValidationException as exc:
        errors.append(_validation_error(exc, source))
        return info
    except RecursionError:
        errors.append(refusal(source.filename, node, f"process '{process_id}' is nested too deeply to parse"))
        return info
    except Exception:  # SpiffWorkflow raises raw errors on some malformed models: logged, and said plainly
        log.exception("SpiffWorkflow failed on process %s of %s", process_id, source.filename)
        errors.append(refusal(source.filename, node, UNCHECKED.format(what=f"process '{info.name}'")))
        return info
    _collect(info, spec, subprocess_specs, node)
    return info


def _collect(info: ProcessInfo, spec: Any, subprocess_specs: dict[str, Any], node: etree._Element) -> None:
    """Fill ``info`` from the task specs of the process and of its embedded subprocesses."""
    own = [spec] + [sub for name, sub in subprocess_specs.items() if sub is not None and sub.file == info.filename]
    for process_spec in own:
        for task_spec in process_spec.task_specs.values():
            _collect_task(info, task_spec, node)
    info.called_processes = {name for name, sub in subprocess_specs.items()
                             if sub is None or sub.file != info.filename}
    info.user_tasks_before = user_tasks_before(node)
    io = spec.io_specification
    info.outputs = [output.bpmn_id for output in io.data_outputs] if io is not None else []
    every = [spec, *subprocess_specs.values()]
    info.waits_for_people = any(process_spec is None or any(getattr(t, "manual", False)
                                                            for t in process_spec.task_specs.values())
                                for process_spec in every)


def _collect_task(info: ProcessInfo, task_spec: Any, node: etree._Element) -> None:
    label = task_spec.bpmn_name or task_spec.bpmn_id or task_spec.name
    element = task_spec.bpmn_id or ""
    if isinstance(task_spec, DecisionTask):
        info.decisions.add(task_spec.decision_ref)
        info.decision_tasks.setdefault(task_spec.decision_ref, []).append(element)
    if isinstance(task_spec, ConnectorTask):
        info.connectors.add(task_spec.operation_name)
        info.connector_tasks.setdefault(task_spec.operation_name, []).append(element)
        info.connector_params[element] = set(task_spec.operation_params)
        info.code += [ModelCode(label, f"parameter {name}", p["value"], "eval", element)
                      for name, p in task_spec.operation_params.items()]
    if getattr(task_spec, "script", None):
        info.code.append(ModelCode(label, "script", task_spec.script, "exec", element))
    for attr in ("prescript", "postscript"):
        if getattr(task_spec, attr, None):
            info.code.append(ModelCode(label, attr.replace("script", "-script"), getattr(task_spec, attr), "exec",
                                       element))
    for condition, _target in getattr(task_spec, "cond_task_specs", []):
        if isinstance(condition, _BpmnCondition) and condition.args and condition.args[0]:
            info.code.append(ModelCode(label, "condition", condition.args[0], "eval",
                                       _condition_flow(node, element, condition.args[0])))
    event = getattr(task_spec, "event_definition", None)
    if isinstance(event, TimerEventDefinition) and isinstance(event.expression, str):
        # the engine evaluates timer expressions as Python, so the sandbox must accept them too
        info.code.append(ModelCode(label, "timer", event.expression, "eval", element, timer_kind(event)))
    if getattr(task_spec, "manual", False) and type(task_spec).__name__ == "UserTask":
        info.user_tasks.append(_user_task(task_spec))
        due = task_properties(task_spec).get(DUE_PROPERTY)
        if due is not None:
            info.code.append(ModelCode(label, f"property {DUE_PROPERTY}", str(due), "eval", element))


def _condition_flow(node: etree._Element, source_id: str, condition: str) -> str:
    """The sequence flow out of ``source_id`` carrying ``condition``: where its author wrote it."""
    for flow in node.xpath(".//*[local-name()='sequenceFlow'][@sourceRef=$source]", source=source_id):
        expression = flow.find(f"{{{BPMN_NS}}}conditionExpression")
        if expression is not None and (expression.text or "").strip() == condition.strip():
            return str(flow.get("id", source_id))
    return source_id


def _user_task(task_spec: Any) -> UserTaskInfo:
    properties = task_properties(task_spec)
    fields = None
    form = getattr(task_spec, "form", None)
    if form is not None and getattr(form, "fields", None):
        fields = [camunda_field(f) for f in form.fields]
    return UserTaskInfo(
        bpmn_id=task_spec.bpmn_id, name=task_spec.bpmn_name or task_spec.bpmn_id, lane=task_spec.lane,
        role_name=properties.get("role") or task_spec.lane,
        form_file=properties.get("formJsonSchemaFilename"), ui_file=properties.get("formUiSchemaFilename"),
        camunda_fields=fields,
    )


def camunda_field(form_field: Any) -> dict[str, Any]:
    """A Camunda form field as the plain dict the form builder takes."""
    return {
        "id": form_field.id,
        "label": form_field.label,
        "type": form_field.type,
        "default_value": form_field.default_value,
        "validation": [(v.name, v.config) for v in getattr(form_field, "validation", [])],
        "properties": [(p.id, p.value) for p in getattr(form_field, "properties", [])],
        "options": [(o.id, o.name) for o in getattr(form_field, "options", [])],
    }


def _validation_error(exc: ValidationException, source: BpmnSource) -> dict[str, Any]:
    """SpiffWorkflow's refusal, said in the admin's words and tied to the element at fault.

    A message we cannot translate is one SpiffWorkflow raises on its own failures (it wraps any
    Python error in a ValidationException): that is logged, and the admin told the model could not
    be checked.
    """
    line = exc.line_number if isinstance(exc.line_number, int) and exc.line_number > 0 else None
    element_id = getattr(exc, "id", "") or ""
    found = source.root.xpath("//*[@id=$id]", id=element_id) if element_id else []
    node = found[0] if found else None
    message = str(exc).split("\n")[0].strip().rstrip(".")
    if node is None and message.startswith("Element '"):  # libxml2's schema check
        node = node_at(source.root, _schema_tag(message), line)
        if node is not None:
            return refusal(source.filename, node, schema_message(message, node), line)
    if node is None:  # about a called process defined elsewhere: blame the call activity
        node = next((call for call in source.root.iter(f"{{{BPMN_NS}}}callActivity")
                     if call.get("calledElement") and f" {call.get('calledElement')} " in f" {message} "), None)
    sentence = message.strip() if isinstance(exc, Refused) else translate(message, node)
    if sentence is None:
        log.error("untranslated SpiffWorkflow refusal of %s (element %s, line %s): %s", source.filename,
                  element_id, line, message, exc_info=exc)
        sentence = UNCHECKED.format(what=_what(node))
    return refusal(source.filename, node, sentence, line)


def _what(node: etree._Element | None) -> str:
    return label(node) if node is not None else "the file"


def _schema_tag(message: str) -> str | None:
    start = message.find("}")
    end = message.find("'", start)
    return message[start + 1:end] if start >= 0 and end > start else None
