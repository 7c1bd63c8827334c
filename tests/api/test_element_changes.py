"""What the version diff says changed in each element (app.studio.element_changes, version_diff.compare), on
process fragments as Camunda, SpiffWorkflow, bpmn.io and unknown modelers write them; no database."""
from __future__ import annotations

import pytest
from lxml import etree

from app.studio.version_diff import VersionDiff
from app.studio.version_diff import compare

NAMESPACES = ('xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
              'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
              'xmlns:spiffworkflow="http://spiffworkflow.org/bpmn/schema/1.0/core" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xmlns:acme="urn:acme:modeler"')


def process(body: str, beside: str = "") -> etree._Element:
    """The process of a file holding ``body``, with ``beside`` after it (messages, the diagram)."""
    return etree.fromstring(f'<bpmn:definitions {NAMESPACES} xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
                            ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
                            'xmlns:di="http://www.omg.org/spec/DD/20100524/DI">'
                            f'<bpmn:process id="p">{body}</bpmn:process>{beside}</bpmn:definitions>')[0]


def diff(before: str, after: str) -> VersionDiff:
    return compare(process(before), process(after))


def lines(before: str, after: str) -> dict[str, list[str]]:
    """Each changed element's lines, as the page shows them."""
    found = diff(before, after)
    return {element_id: [c.text for c in found.details[element_id]] for element_id in found.changed}


def test_a_renamed_task_says_its_old_and_new_name() -> None:
    assert lines('<bpmn:userTask id="approve" name="Approve order" />',
                 '<bpmn:userTask id="approve" name="Approve the order" />') == {
        "approve": ['name: "Approve order" → "Approve the order"']}


def test_a_condition_is_shown_as_the_expression_it_is() -> None:
    flow = ('<bpmn:sequenceFlow id="big" sourceRef="gw" targetRef="approve"><bpmn:conditionExpression '
            'xsi:type="bpmn:tFormalExpression">amount &gt; {}</bpmn:conditionExpression></bpmn:sequenceFlow>')
    assert lines(flow.format(1000), flow.format(5000)) == {"big": ["condition: amount > 1000 → amount > 5000"]}
    unconditional = '<bpmn:sequenceFlow id="big" sourceRef="gw" targetRef="approve" />'
    assert lines(unconditional, flow.format(1)) == {"big": ["condition added: amount > 1"]}


def test_a_script_change_keeps_both_texts_whole_for_the_page_to_show() -> None:
    task = '<bpmn:scriptTask id="split" name="Split"><bpmn:script>{}</bpmn:script></bpmn:scriptTask>'
    found = diff(task.format("share = total / parts"), task.format("share = total // parts\nrest = total % parts"))
    [change] = found.details["split"]
    assert (change.what, change.text, change.long) == ("script", "script changed", True)
    assert (change.before, change.after) == ("share = total / parts", "share = total // parts\nrest = total % parts")
    # inner indentation is Python's: it counts
    assert lines(task.format("if a:\n    b = 1"), task.format("if a:\n  b = 1")) == {"split": ["script changed"]}


def test_attributes_added_removed_and_changed_by_their_names_with_prefixes() -> None:
    before = '<bpmn:userTask id="t" camunda:formKey="approval.json" camunda:assignee="ann" />'
    after = '<bpmn:userTask id="t" camunda:formKey="approval_v2.json" camunda:candidateGroups="sales" />'
    assert lines(before, after) == {"t": ['camunda:formKey: "approval.json" → "approval_v2.json"',
                                          'camunda:candidateGroups added: "sales"',
                                          'camunda:assignee removed: "ann"']}
    call = '<bpmn:callActivity id="c" calledElement="{}" />'
    assert lines(call.format("billing"), call.format("billing_v2")) == {
        "c": ['calledElement: "billing" → "billing_v2"']}


def test_references_to_other_elements_are_named_as_the_page_names_them() -> None:
    body = ('<bpmn:exclusiveGateway id="gw" default="{}" /><bpmn:task id="a" name="Approve" /><bpmn:task id="b" />'
            '<bpmn:sequenceFlow id="f1" sourceRef="gw" targetRef="{}" /><bpmn:sequenceFlow id="f2" sourceRef="gw" '
            'targetRef="b" /><bpmn:boundaryEvent id="timeout" attachedToRef="{}" />')
    assert lines(body.format("f1", "a", "a"), body.format("f2", "b", "b")) == {
        "f1": ["now goes from gw (exclusive gateway) to b (task) (was to Approve (a))"],
        "gw": ['default: "f1 (sequence flow)" → "f2 (sequence flow)"'],
        "timeout": ['attachedToRef: "Approve (a)" → "b (task)"']}
    assert diff(body.format("f1", "a", "a"), body.format("f2", "b", "b")).details["f1"][0].json() == {
        "what": "route", "before": "gw → a", "after": "gw → b",
        "text": "now goes from gw (exclusive gateway) to b (task) (was to Approve (a))"}
    # the values stay the ids the files hold; only the line names them
    assert diff(body.format("f1", "a", "a"), body.format("f2", "b", "b")).details["gw"][0].json() == {
        "what": "default", "before": "f1", "after": "f2",
        "text": 'default: "f1 (sequence flow)" → "f2 (sequence flow)"'}


@pytest.mark.parametrize("tag", ["camunda", "spiffworkflow"])
def test_extension_properties_by_name(tag: str) -> None:
    task = ('<bpmn:userTask id="t"><bpmn:extensionElements><{0}:properties>{1}</{0}:properties>'
            "</bpmn:extensionElements></bpmn:userTask>")
    prop = '<{0}:property name="{1}" value="{2}" />'
    before = task.format(tag, prop.format(tag, "customerMilestone", "Order review")
                         + prop.format(tag, "pointOfNoReturn", "true"))
    after = task.format(tag, prop.format(tag, "customerMilestone", "Order checked")
                        + prop.format(tag, "jeopardy", "approval"))
    assert lines(before, after) == {"t": ['property pointOfNoReturn removed: "true"',
                                          'property customerMilestone: "Order review" → "Order checked"',
                                          'property jeopardy added: "approval"']}
    # extensions added where there were none: each property, not one lump of XML
    assert lines('<bpmn:userTask id="t" />', task.format(tag, prop.format(tag, "customerMilestone", "Review"))) == {
        "t": ['property customerMilestone added: "Review"']}


def test_input_output_mappings_and_spiff_scripts() -> None:
    task = ('<bpmn:serviceTask id="s"><bpmn:extensionElements><camunda:inputOutput>'
            '<camunda:inputParameter name="amount">{}</camunda:inputParameter>'
            '<camunda:outputParameter name="ok">${{result}}</camunda:outputParameter></camunda:inputOutput>'
            "<spiffworkflow:preScript>{}</spiffworkflow:preScript></bpmn:extensionElements></bpmn:serviceTask>")
    assert lines(task.format("${total}", "a = 1"), task.format("${total * 2}", "a = 2")) == {
        "s": ["input amount: ${total} → ${total * 2}", "pre-script changed"]}


@pytest.mark.parametrize("kind, word", [("timeDuration", "timer duration"), ("timeDate", "timer date"),
                                        ("timeCycle", "timer cycle")])
def test_timer_definitions_by_their_kind(kind: str, word: str) -> None:
    event = ('<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition id="TimerEventDefinition_1">'
             "<bpmn:{0}>{1}</bpmn:{0}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>")
    assert lines(event.format(kind, "PT1H"), event.format(kind, "PT4H")) == {"wait": [f"{word}: PT1H → PT4H"]}
    assert lines('<bpmn:intermediateCatchEvent id="wait" />', event.format(kind, "PT1H")) == {
        "wait": [f"{word} added: PT1H"]}  # not the id bpmn.io gives the definition: nothing refers to it


def test_message_refs_and_kind() -> None:
    event = '<bpmn:{0} id="m"><bpmn:messageEventDefinition messageRef="{1}" /></bpmn:{0}>'
    assert lines(event.format("intermediateCatchEvent", "paid"),
                 event.format("intermediateCatchEvent", "cancelled")) == {
        "m": ['message event definition › messageRef: "paid" → "cancelled"']}
    assert lines(event.format("intermediateCatchEvent", "paid"), event.format("startEvent", "paid")) == {
        "m": ["kind: intermediate catch event → start event"]}


def test_a_message_ref_is_named_by_the_message_defined_beside_the_process() -> None:
    event = ('<bpmn:intermediateCatchEvent id="m"><bpmn:messageEventDefinition messageRef="{}" />'
             "</bpmn:intermediateCatchEvent>")
    messages = '<bpmn:message id="paid" name="Order paid" /><bpmn:message id="gone" />'
    found = compare(process(event.format("paid"), messages), process(event.format("gone"), messages))
    assert [c.text for c in found.details["m"]] == [
        'message event definition › messageRef: "Order paid (paid)" → "gone (message)"']


def shape(element_id: str, x: int, y: int) -> str:
    return (f'<bpmndi:BPMNShape id="{element_id}_di" bpmnElement="{element_id}">'
            f'<dc:Bounds x="{x}" y="{y}" width="100" height="80" /></bpmndi:BPMNShape>')


def test_elements_are_listed_as_the_diagram_reads_left_to_right_not_by_id() -> None:
    """bpmn-js writes a new element at the end of the file with a random id: the list follows the drawing, and
    an element the diagram does not draw comes last, in the file's order."""
    tasks = '<bpmn:task id="zeta" /><bpmn:task id="alpha" /><bpmn:task id="mid" /><bpmn:task id="undrawn" />'
    renamed = tasks.replace('" />', '" name="New" />')
    edge = ('<bpmndi:BPMNEdge id="f_di" bpmnElement="f"><di:waypoint x="150" y="300" />'
            '<di:waypoint x="400" y="300" /></bpmndi:BPMNEdge>')
    drawing = ('<bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="p">'
               + shape("alpha", 500, 80) + shape("zeta", 100, 80) + shape("mid", 300, 200) + shape("late", 100, 300)
               + edge + '</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
    flow = '<bpmn:sequenceFlow id="f" sourceRef="zeta" targetRef="alpha" /><bpmn:task id="late" />'
    found = compare(process(tasks, drawing), process(renamed + flow, drawing))
    assert found.changed == ["zeta", "mid", "alpha", "undrawn"]
    assert found.added == ["late", "f"]  # late is drawn left of where f starts
    assert compare(process(renamed + flow, drawing), process(tasks, drawing)).removed == ["late", "f"]
    broken = drawing.replace('x="300"', 'x="NaN"').replace('y="200"', 'y="lots"')
    assert compare(process(tasks, broken), process(renamed, broken)).changed == ["mid", "zeta", "alpha", "undrawn"]


LANES = ('<bpmn:laneSet id="ls"><bpmn:lane id="orders" name="Order agent">{}</bpmn:lane>'
         '<bpmn:lane id="field" name="Fulfillment agent">{}</bpmn:lane></bpmn:laneSet>'
         '<bpmn:userTask id="visit" name="Visit" /><bpmn:userTask id="check" name="Check" />')
REF = "<bpmn:flowNodeRef>{}</bpmn:flowNodeRef>"


def test_a_task_moved_to_another_lane_says_from_which_to_which() -> None:
    before = LANES.format(REF.format("visit") + REF.format("check"), "")
    after = LANES.format(REF.format("check"), REF.format("visit"))
    assert lines(before, after) == {"field": ["flow nodes: added Visit (visit)"],
                                    "orders": ["flow nodes: removed Visit (visit)"],
                                    "visit": ["lane: Order agent → Fulfillment agent"]}
    # a lane renamed changes the lane, not every task in it
    renamed = before.replace('name="Order agent"', 'name="Sales agent"')
    assert lines(before, renamed) == {"orders": ['name: "Order agent" → "Sales agent"']}
    # reordered references are the same set
    assert lines(before, LANES.format(REF.format("check") + REF.format("visit"), "")) == {}


def test_an_unfamiliar_namespaced_extension_is_named_by_its_tags() -> None:
    task = ('<bpmn:task id="t"><bpmn:extensionElements>{}</bpmn:extensionElements></bpmn:task>')
    before = task.format('<acme:meta key="colour" value="red" /><acme:style><acme:font size="12">Arial</acme:font>'
                         "</acme:style><acme:gone />")
    after = task.format('<acme:meta key="colour" value="blue" /><acme:style><acme:font size="14">Arial Bold'
                        '</acme:font></acme:style><acme:new x="1"><acme:y>2</acme:y></acme:new>')
    assert lines(before, after) == {"t": ['acme:gone removed',
                                          'acme:meta colour: "red" → "blue"',
                                          'acme:style › acme:font › size: "12" → "14"',
                                          'acme:style › acme:font: "Arial" → "Arial Bold"',
                                          'acme:new added: "x=1; acme:y: 2"']}
    # unknown attributes in a namespace without a prefix on the element itself, and odd content, do not break it
    odd = etree.fromstring(f'<bpmn:definitions {NAMESPACES}><bpmn:process id="p"><bpmn:task id="t" '
                           'xmlns:z="urn:z" z:weird="1"><?pi x?><!-- c --></bpmn:task></bpmn:process>'
                           "</bpmn:definitions>")[0]
    assert [c.text for c in compare(process('<bpmn:task id="t" />'), odd).details["t"]] == ['z:weird added: "1"']


def test_whitespace_and_comments_change_nothing() -> None:
    before = ('<bpmn:scriptTask id="s" name="Split"><bpmn:incoming>f1</bpmn:incoming><bpmn:script>a = 1'
              "</bpmn:script></bpmn:scriptTask>")
    after = ('<bpmn:scriptTask id="s" name="Split">\n  <!-- re-laid out -->\n  <bpmn:incoming> f1 </bpmn:incoming>\n'
             "  <bpmn:script>\n    a = 1\n  </bpmn:script>\n</bpmn:scriptTask>")
    found = diff(before, after)
    assert (found.changed, found.details) == ([], {})


def test_an_element_is_changed_exactly_when_it_has_a_line() -> None:
    """The counted children of a container are its own elements: a task added in a subprocess adds the task."""
    sub = '<bpmn:subProcess id="sub" name="Sub">{}</bpmn:subProcess>'
    found = diff(sub.format('<bpmn:task id="a" />'), sub.format('<bpmn:task id="a" /><bpmn:task id="b" />'))
    assert (found.added, found.changed, found.details) == (["b"], [], {})
    found = diff(sub.format('<bpmn:task id="a" />'), sub.format('<bpmn:task id="a" name="A" />'))
    assert found.changed == ["a"] and list(found.details) == ["a"]
    assert found.json()["details"] == {"a": [{"what": "name", "before": None, "after": "A",
                                              "text": 'name added: "A"'}]}
