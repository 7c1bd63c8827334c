"""JSON serialization of workflows and specs, per model flavour (SpiffArena or Camunda extensions)."""
from __future__ import annotations

from copy import deepcopy
from decimal import Decimal
from functools import cache
from typing import Any

from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
from SpiffWorkflow.bpmn.serializer.default.task_spec import BpmnTaskSpecConverter
from SpiffWorkflow.bpmn.serializer.default.workflow import BpmnWorkflowConverter
from SpiffWorkflow.bpmn.serializer.default.workflow import WorkflowConverter
from SpiffWorkflow.bpmn.specs.defaults import ServiceTask as DefaultServiceTask
from SpiffWorkflow.camunda.serializer.config import CAMUNDA_CONFIG
from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG

from app.engine.specs import ConnectorTask
from app.engine.specs import ConnectorTaskConverter
from app.engine.specs import DecisionTask
from app.engine.specs import DecisionTaskConverter

FLAVOURS = ("spiff", "camunda")
SPEC_REF = "OrdraSpecRef"
# Parsed specs by reference, so loading an instance reuses them instead of rebuilding every task spec
# from JSON on each step (specs never change once deployed; many instances share one).
_specs_by_ref: dict[str, Any] = {}


class _SpecRef:
    """Stands for a parsed spec in a workflow dict being restored (see ``spec_ref``)."""


def spec_ref(key: str, spec: Any) -> dict[str, str]:
    """Remember ``spec`` under ``key`` and return the dict that makes the restore use it."""
    _specs_by_ref[key] = spec
    return {"typename": SPEC_REF, "key": key}


class StateOnlyWorkflowConverter(BpmnWorkflowConverter):  # type: ignore[misc]
    """Saves a workflow's state without its spec: the spec is the process version's (``spec_json``), and
    Spiff's converter serialised it on every save only for Ordra to throw it away.

    Restoring still accepts a dict with a spec in it (what was stored before) as well as a spec reference.
    """

    def to_dict(self, workflow: BpmnWorkflow) -> dict[str, Any]:
        dct: dict[str, Any] = WorkflowConverter.to_dict(self, workflow)
        dct["subprocesses"] = self.mapping_to_dict(workflow.subprocesses)
        dct["bpmn_events"] = self.registry.convert(workflow.bpmn_events)
        return dct


@cache
def serializer(flavour: str) -> BpmnWorkflowSerializer:
    """The serializer for ``flavour``, with Ordra's task specs and ``Decimal`` registered."""
    config = deepcopy(SPIFF_CONFIG if flavour == "spiff" else CAMUNDA_CONFIG)
    config[DecisionTask] = DecisionTaskConverter
    config[ConnectorTask] = ConnectorTaskConverter
    config.setdefault(DefaultServiceTask, BpmnTaskSpecConverter)
    config[BpmnWorkflow] = StateOnlyWorkflowConverter
    registry = BpmnWorkflowSerializer.configure(config)
    registry.register(Decimal, lambda value: {"value": str(value)}, lambda dct: Decimal(dct["value"]))
    registry.register(_SpecRef, lambda value: {}, lambda dct: _specs_by_ref[dct["key"]], typename=SPEC_REF)
    return BpmnWorkflowSerializer(registry)


def specs_to_dict(flavour: str, spec: Any, subprocess_specs: dict[str, Any]) -> dict[str, Any]:
    ser = serializer(flavour)
    return {
        "spec": ser.to_dict(spec),
        "subprocess_specs": {name: ser.to_dict(sub) for name, sub in subprocess_specs.items()},
    }
