"""JSON serialization of workflows and specs, per model flavour (SpiffArena or Camunda extensions)."""
from __future__ import annotations

from copy import deepcopy
from decimal import Decimal
from functools import cache
from typing import Any

from SpiffWorkflow.bpmn.serializer import BpmnWorkflowSerializer
from SpiffWorkflow.bpmn.serializer.default.task_spec import BpmnTaskSpecConverter
from SpiffWorkflow.bpmn.specs.defaults import ServiceTask as DefaultServiceTask
from SpiffWorkflow.camunda.serializer.config import CAMUNDA_CONFIG
from SpiffWorkflow.spiff.serializer.config import SPIFF_CONFIG

from app.engine.specs import ConnectorTask
from app.engine.specs import ConnectorTaskConverter
from app.engine.specs import DecisionTask
from app.engine.specs import DecisionTaskConverter

FLAVOURS = ("spiff", "camunda")


@cache
def serializer(flavour: str) -> BpmnWorkflowSerializer:
    """The serializer for ``flavour``, with Ordra's task specs and ``Decimal`` registered."""
    config = deepcopy(SPIFF_CONFIG if flavour == "spiff" else CAMUNDA_CONFIG)
    config[DecisionTask] = DecisionTaskConverter
    config[ConnectorTask] = ConnectorTaskConverter
    config.setdefault(DefaultServiceTask, BpmnTaskSpecConverter)
    registry = BpmnWorkflowSerializer.configure(config)
    registry.register(Decimal, lambda value: {"value": str(value)}, lambda dct: Decimal(dct["value"]))
    return BpmnWorkflowSerializer(registry)


def specs_to_dict(flavour: str, spec: Any, subprocess_specs: dict[str, Any]) -> dict[str, Any]:
    ser = serializer(flavour)
    return {
        "spec": ser.to_dict(spec),
        "subprocess_specs": {name: ser.to_dict(sub) for name, sub in subprocess_specs.items()},
    }
