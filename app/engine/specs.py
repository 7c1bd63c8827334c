"""Ordra's own task specs, parsers and serializer converters for SpiffWorkflow.

* ``DecisionTask`` replaces SpiffWorkflow's business rule task: it asks Ordra's rules engine
  (through the script engine's ``decide`` hook) instead of SpiffWorkflow's Python-eval DMN.
* ``ConnectorTask`` replaces the service task: it evaluates its parameters, then stops in
  STARTED; the host runs the connector as a background job and completes the task later.
"""
from __future__ import annotations

from typing import Any

from SpiffWorkflow.bpmn.exceptions import WorkflowTaskException
from SpiffWorkflow.bpmn.parser.TaskParser import TaskParser
from SpiffWorkflow.bpmn.specs.mixins.service_task import ServiceTask as ServiceTaskMixin
from SpiffWorkflow.exceptions import SpiffWorkflowException
from SpiffWorkflow.spiff.parser.task_spec import SpiffTaskParser
from SpiffWorkflow.spiff.serializer.task_spec import SpiffBpmnTaskConverter
from SpiffWorkflow.spiff.specs.spiff_task import SpiffBpmnTask
from SpiffWorkflow.util.deep_merge import DeepMerge

from app.engine.refusals import Refused
from app.engine.refusals import label

CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn"
# A user task's property whose value is an expression over the task's data giving when the task is due, e.g. the end
# of the visit booked for it (``visit.get('ends_at')``); the jeopardy SLA decides for a task without one.
DUE_PROPERTY = "dueAt"


def task_properties(spec: Any) -> dict[str, Any]:
    """A task spec's extension properties (``role``, ``formJsonSchemaFilename``, ``customerMilestone``…): the
    Spiff extension's ``properties``, or, for specs that keep them flat, the extensions themselves."""
    extensions = getattr(spec, "extensions", {}) or {}
    properties = extensions.get("properties", extensions) if isinstance(extensions, dict) else {}
    return properties if isinstance(properties, dict) else {}


class DecisionTask(SpiffBpmnTask):  # type: ignore[misc]  # SpiffWorkflow ships no types
    """A business rule task evaluated by Ordra's decision engine."""

    def __init__(self, wf_spec: Any, bpmn_id: str, decision_ref: str, **kwargs: Any) -> None:
        super().__init__(wf_spec, bpmn_id, **kwargs)
        self.decision_ref = decision_ref

    def _run_hook(self, my_task: Any) -> bool:
        try:
            outputs, explanation = my_task.workflow.script_engine.decide(self.decision_ref, my_task.data)
        except SpiffWorkflowException:
            raise
        except Exception as exc:
            error = WorkflowTaskException(f"decision '{self.decision_ref}': {exc}", task=my_task)
            raise error from exc
        my_task.data = DeepMerge.merge(my_task.data, outputs)
        my_task.internal_data["decision"] = explanation
        return True


class ConnectorTask(ServiceTaskMixin, SpiffBpmnTask):  # type: ignore[misc]  # SpiffWorkflow ships no types
    """A service task whose work is done by a registered connector, asynchronously."""

    def __init__(self, wf_spec: Any, bpmn_id: str, operation_name: str,
                 operation_params: dict[str, dict[str, str]], result_variable: str, **kwargs: Any) -> None:
        super().__init__(wf_spec, bpmn_id, **kwargs)
        self.operation_name = operation_name
        self.operation_params = operation_params
        self.result_variable = result_variable or f"{bpmn_id}_result"

    def _run_hook(self, my_task: Any) -> None:
        engine = my_task.workflow.script_engine
        params = {name: engine.evaluate(my_task, param["value"]) for name, param in self.operation_params.items()}
        my_task.internal_data["connector_request"] = {"connector": self.operation_name, "params": params}
        started = getattr(engine, "started_connector_tasks", None)
        if started is not None:  # the host learns which calls this step asked for (none made yet)
            started.add(my_task.id)
        return None  # leaves the task STARTED until the connector's result arrives


class SpiffDecisionTaskParser(SpiffTaskParser):  # type: ignore[misc]  # SpiffWorkflow ships no types
    @staticmethod
    def get_decision_ref(node: Any) -> str | None:
        """SpiffWorkflow's parser collects decision references through this hook."""
        decision_id: str | None = SpiffTaskParser._parse_extensions(node).get("calledDecisionId")
        return decision_id

    def create_task(self) -> DecisionTask:
        decision_ref = self.get_decision_ref(self.node)
        extensions = self.parse_extensions()
        if not decision_ref:
            raise Refused(f"{label(self.node)} does not say which decision it calls: choose one in its properties",
                          node=self.node, file_name=self.filename)
        return DecisionTask(self.spec, self.bpmn_id, decision_ref, prescript=extensions.get("preScript"),
                            postscript=extensions.get("postScript"), **self.bpmn_attributes)


class SpiffConnectorTaskParser(SpiffTaskParser):  # type: ignore[misc]  # SpiffWorkflow ships no types
    def create_task(self) -> ConnectorTask:
        extensions = self.parse_extensions()
        operator = extensions.get("serviceTaskOperator")
        if operator is None:
            raise Refused(f"{label(self.node)} does not say which connector it calls: choose one in its properties",
                          node=self.node, file_name=self.filename)
        return ConnectorTask(self.spec, self.bpmn_id, operator["name"], operator["parameters"],
                             operator["resultVariable"], prescript=extensions.get("preScript"),
                             postscript=extensions.get("postScript"), **self.bpmn_attributes)


class CamundaDecisionTaskParser(TaskParser):  # type: ignore[misc]  # SpiffWorkflow ships no types
    @staticmethod
    def get_decision_ref(node: Any) -> str | None:
        decision_id: str | None = node.get(f"{{{CAMUNDA_NS}}}decisionRef")
        return decision_id

    def create_task(self) -> DecisionTask:
        decision_ref = self.get_decision_ref(self.node)
        if not decision_ref:
            raise Refused(f"{label(self.node)} does not say which decision it calls (no decision reference)",
                          node=self.node, file_name=self.filename)
        return DecisionTask(self.spec, self.bpmn_id, decision_ref, **self.bpmn_attributes)


class CamundaConnectorTaskParser(TaskParser):  # type: ignore[misc]  # SpiffWorkflow ships no types
    """Camunda service tasks: the connector is the external-task topic, class or expression."""

    def create_task(self) -> ConnectorTask:
        operator = next((self.node.get(f"{{{CAMUNDA_NS}}}{attr}") for attr in
                         ("topic", "class", "delegateExpression", "expression")
                         if self.node.get(f"{{{CAMUNDA_NS}}}{attr}")), None)
        if not operator:
            raise Refused(f"{label(self.node)} does not say which connector it calls (no topic, class or expression)",
                          node=self.node, file_name=self.filename)
        result_variable = self.node.get(f"{{{CAMUNDA_NS}}}resultVariable") or ""
        return ConnectorTask(self.spec, self.bpmn_id, operator, self._input_parameters(), result_variable,
                             **self.bpmn_attributes)

    def _input_parameters(self) -> dict[str, dict[str, str]]:
        params = {}
        for node in self.node.iterfind(f".//{{{CAMUNDA_NS}}}inputParameter"):
            text = (node.text or "").strip()
            # Camunda writes ${var} for a variable and bare text for a literal string.
            value = text[2:-1] if text.startswith("${") and text.endswith("}") else repr(text)
            params[node.get("name")] = {"value": value, "type": "any"}
        return params


class DecisionTaskConverter(SpiffBpmnTaskConverter):  # type: ignore[misc]  # SpiffWorkflow ships no types
    def to_dict(self, spec: DecisionTask) -> dict[str, Any]:
        dct: dict[str, Any] = super().to_dict(spec)
        dct["decision_ref"] = spec.decision_ref
        return dct


class ConnectorTaskConverter(SpiffBpmnTaskConverter):  # type: ignore[misc]  # SpiffWorkflow ships no types
    def to_dict(self, spec: ConnectorTask) -> dict[str, Any]:
        dct: dict[str, Any] = super().to_dict(spec)
        dct.update(operation_name=spec.operation_name, operation_params=spec.operation_params,
                   result_variable=spec.result_variable)
        return dct
