"""The sandbox inside real SpiffWorkflow workflows: script task, gateway condition, errors, limits."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from SpiffWorkflow.bpmn import BpmnWorkflow
from SpiffWorkflow.bpmn.exceptions import WorkflowTaskException
from SpiffWorkflow.bpmn.script_engine import PythonScriptEngine
from SpiffWorkflow.spiff.parser import SpiffBpmnParser
from SpiffWorkflow.util.task import TaskState

from app.engine.script_env import SandboxedScriptEnvironment
from app.engine.script_env import make_script_engine

MODEL = Path(__file__).parent / "data" / "sandbox_order.bpmn"
SCRIPT = ('lines = order["lines"]\n'
          'total = sum(line["qty"] * line["price"] for line in lines)\n'
          'order["total"] = total\n'
          'del lines')
CONDITION = "total &gt; 100"
BIG = {"order": {"lines": [{"qty": 3, "price": 50}]}}
SMALL = {"order": {"lines": [{"qty": 1, "price": 20}, {"qty": 2, "price": 5}]}}


def workflow(data: dict[str, Any], engine: PythonScriptEngine | None = None, script: str | None = None,
             condition: str | None = None) -> BpmnWorkflow:
    """The test model, optionally with another script in 'Compute total' or another gateway condition."""
    xml = MODEL.read_text()
    assert SCRIPT in xml and CONDITION in xml
    if script is not None:
        xml = xml.replace(SCRIPT, escape(script))
    if condition is not None:
        xml = xml.replace(CONDITION, escape(condition))
    parser = SpiffBpmnParser()
    parser.add_bpmn_str(xml.encode())
    flow = BpmnWorkflow(parser.get_spec("sandbox_order"), script_engine=engine or make_script_engine())
    flow.get_next_task(spec_name="start").set_data(**data)
    return flow


def failing_step(flow: BpmnWorkflow) -> WorkflowTaskException:
    with pytest.raises(WorkflowTaskException) as caught:
        flow.do_engine_steps()
    return caught.value


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    return tmp_path / "pwned"


def test_script_and_gateway_route_a_big_order() -> None:
    flow = workflow(BIG)
    flow.do_engine_steps()
    assert flow.is_completed()
    assert flow.data["size"] == "big"
    assert flow.data["order"]["total"] == 150
    assert "lines" not in flow.data  # the script deleted it


def test_default_flow_takes_a_small_order() -> None:
    flow = workflow(SMALL)
    flow.do_engine_steps()
    assert flow.is_completed() and flow.data["size"] == "small" and flow.data["total"] == 30


def test_runtime_error_becomes_a_task_exception_and_the_task_fails() -> None:
    flow = workflow({"order": {"lines": [{"qty": 1}]}})
    error = failing_step(flow)
    assert "line 2: KeyError: 'price'" in str(error)
    assert error.line_number == 2
    assert error.error_line.startswith("total = sum(")
    assert error.task.task_spec.bpmn_id == "compute_total"
    assert error.task.state == TaskState.ERROR


def test_rejected_script_fails_the_task_with_a_line_number_not_a_formatter_crash() -> None:
    error = failing_step(workflow(BIG, script="x = 1\nimport os"))
    assert "line 2: Import statements are not allowed" in str(error)
    assert error.line_number == 2 and error.error_line == "import os"
    assert error.task.state == TaskState.ERROR
    syntax = failing_step(workflow(BIG, script="x = ("))
    assert "line 1: SyntaxError" in str(syntax)


@pytest.mark.parametrize("script", [
    "import os\nos.system('touch ' + MARKER)",
    "__import__('os').system('touch ' + MARKER)",
    "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]"
    ".__init__.__globals__['system']('touch ' + MARKER)",
    "open(MARKER, 'w').write('x')",
    "eval(\"__import__('os').system('touch ' + MARKER)\")",
    "s = '{0.__class__}'.format(1)",
    "g = (x for x in [1])\nf = g.gi_frame.f_back.f_globals",
])
def test_escapes_from_a_script_task_fail_the_task(marker: Path, script: str) -> None:
    flow = workflow(BIG, script=script.replace("MARKER", repr(str(marker))))
    error = failing_step(flow)
    assert error.task.state == TaskState.ERROR
    assert not marker.exists()


def test_escape_from_a_gateway_condition_is_refused(marker: Path) -> None:
    condition = f"__import__('os').system('touch {marker}') == 0"
    error = failing_step(workflow(BIG, condition=condition))
    assert "Error evaluating expression" in str(error)
    assert '"__import__" is an invalid variable name' in str(error)
    assert error.task.task_spec.bpmn_id == "route" and error.task.state == TaskState.ERROR
    assert not marker.exists()


def test_gateway_condition_errors_carry_the_sandbox_message() -> None:
    error = failing_step(workflow(BIG, condition="totl > 100"))
    assert "NameError: name 'totl' is not defined" in str(error)


def test_endless_script_stops_at_the_cpu_limit() -> None:
    started = time.monotonic()
    error = failing_step(workflow(BIG, make_script_engine(cpu_seconds=0.3), script="while True: pass"))
    assert "CPU-time limit of 0.3 s" in str(error)
    assert time.monotonic() - started < 3
    assert error.task.state == TaskState.ERROR


def test_helper_functions_reach_scripts_and_conditions() -> None:
    engine = make_script_engine({"with_vat": lambda amount: round(amount * 1.2, 2), "limit": lambda: 40})
    flow = workflow(SMALL, engine, script="total = with_vat(10 * len(order['lines']))", condition="total > limit()")
    flow.do_engine_steps()
    assert flow.data["total"] == 24.0 and flow.data["size"] == "small"


def test_plain_python_script_engine_with_the_environment_also_reports_cleanly() -> None:
    engine = PythonScriptEngine(environment=SandboxedScriptEnvironment(cpu_seconds=1))
    error = failing_step(workflow(BIG, engine, script="import os"))
    assert "line 1: Import statements are not allowed" in str(error)
    assert error.task.state == TaskState.ERROR


def test_environment_protocol_and_external_context() -> None:
    env = SandboxedScriptEnvironment()
    context: dict[str, Any] = {"qty": 2, "shared": "data"}
    assert env.execute("total = qty * price\nseen = shared", context, {"price": 5, "shared": "external"}) is True
    assert context == {"qty": 2, "shared": "data", "total": 10, "seen": "data"}
    assert env.evaluate("dmninputexpr > 3", {}, {"dmninputexpr": 4}) is True
    assert env.evaluate("tier == 'gold'", {"tier": "gold"}, {"tier": "silver"}) is True
