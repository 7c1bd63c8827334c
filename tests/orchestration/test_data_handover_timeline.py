"""Where in its plan a provider hands data over: after how many of its user tasks (the plan's summary)."""
from __future__ import annotations

from typing import Any

from flask import Flask
from lxml import etree

from app.engine.paths import user_tasks_before


def test_the_plan_summary_says_after_how_many_user_tasks_each_key_is_handed_over(
        app: Flask, seeded: dict[str, Any]) -> None:
    from app.studio.service import latest_process
    with app.app_context():
        assert latest_process("plan_field_visit").summary["data_handovers"] == [
            {"key": "survey_result", "task": "provide_survey", "after_user_tasks": 1},
            {"key": "site_installed", "task": "provide_installation", "after_user_tasks": 2}]
        assert latest_process("plan_service_order").summary["data_handovers"] == []


def test_before_is_the_most_user_tasks_on_a_path_from_a_start_ignoring_loops() -> None:
    process = etree.fromstring(f"""<process xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="p">
      <startEvent id="start"/><exclusiveGateway id="split"/><userTask id="a"/><userTask id="b"/>
      <userTask id="c"/><exclusiveGateway id="join"/><serviceTask id="hand"/>
      <boundaryEvent id="late" attachedToRef="hand"/><userTask id="chase"/>
      <subProcess id="sub"><startEvent id="s0"/><userTask id="inner"/><serviceTask id="inner_hand"/>
        {_flows("s0 inner", "inner inner_hand")}</subProcess>
      <endEvent id="end"/>
      {_flows("start split", "split a", "a b", "split c", "b join", "c join", "join hand", "hand sub", "sub end",
              "late chase", "chase split")}
    </process>""")
    before = user_tasks_before(process)
    assert before["hand"] == 2  # a then b, not c alone; the loop back from chase is not followed
    assert before["late"] == 2 and before["chase"] == 2 and before["split"] == 0
    assert before["inner_hand"] == 3 and before["end"] == 3  # the subprocess holds one user task


def _flows(*pairs: str) -> str:
    return "".join(f'<sequenceFlow id="f{n}" sourceRef="{pair.split()[0]}" targetRef="{pair.split()[1]}"/>'
                   for n, pair in enumerate(pairs))
