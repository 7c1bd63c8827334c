"""What differs in one BPMN element between two versions, in words a process admin reads.

The comparison is structural, so a model from any modeler gets an answer and unfamiliar XML is only named by
its tags: the element's kind, its attributes, its text, and its children that are not counted elements of their
own. A child is matched to its counterpart by tag and, for an extension, by its ``name`` (or ``id``, ``key``);
references such as ``incoming`` or a lane's ``flowNodeRef`` compare as sets. Known kinds get plain names (a
``conditionExpression`` is the *condition*, a ``camunda:property`` is *property customerMilestone*). Whitespace
around a value never counts, comments neither; a script's inner indentation does (Python reads it).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
CONTAINERS = {"process", "subProcess", "transaction", "adHocSubProcess", "laneSet", "lane", "childLaneSet"}
NOT_DRAWN = {"laneSet", "childLaneSet"}  # grouping only: compared through their lanes
LONG = 80  # characters: a longer or multi-line value is shown in a box of its own, not on the line

# plain names of known tags (any namespace): Camunda, SpiffWorkflow, bpmn.io and the BPMN standard
WORDS = {"conditionExpression": "condition", "timeDuration": "timer duration", "timeDate": "timer date",
         "timeCycle": "timer cycle", "inputParameter": "input", "outputParameter": "output", "property": "property",
         "preScript": "pre-script", "postScript": "post-script", "flowNodeRef": "flow nodes",
         "incoming": "incoming flows", "outgoing": "outgoing flows", "serviceTaskOperator": "service operator",
         "parameter": "parameter", "instructionsForEndUser": "instructions", "formField": "form field",
         "loopCardinality": "loop cardinality", "completionCondition": "completion condition"}
# wrappers that say nothing of their own: left out of the names of what they hold
WRAPPERS = {"extensionElements", "properties", "inputOutput", "parameters", "timerEventDefinition", "formData"}
IDENTITIES = ("name", "id", "key", "metaKey")  # what tells an extension apart from its siblings of the same tag
SCRIPTS = {"script", "pre-script", "post-script"}
# values that are code or names of things: shown as they are, not in quotes
UNQUOTED = {"condition", "script", "pre-script", "post-script", "timer duration", "timer date", "timer cycle",
            "completion condition", "loop cardinality", "input", "output", "lane", "kind"}

Label = Callable[[str], str]  # an element id → how the page names it ("Split total (split_total)")


@dataclass(frozen=True)
class Change:
    """One difference: ``what`` differs (``name``, ``condition``, ``property customerMilestone``), its value
    ``before`` and ``after`` (None: absent on that side), and ``text``, the line a person reads."""

    what: str
    before: str | None
    after: str | None
    text: str

    @property
    def long(self) -> bool:
        """A script or a value too long for one line: the page shows both in boxes of their own."""
        return _boxed(self.what, self.before, self.after)

    def json(self) -> dict[str, str | None]:
        return {"what": self.what, "before": self.before, "after": self.after, "text": self.text}


def worded(what: str, before: str | None, after: str | None, text: str | None = None) -> Change:
    """A change with its line: ``name: "A" → "B"``, ``condition added: x > 1``, ``script changed`` (long)."""
    if text is None:
        text = _line(what, before, after)
    return Change(what, before, after, text)


def _boxed(what: str, *values: str | None) -> bool:
    """A script, or a value too long for a line: shown whole in a box of its own, not in the line."""
    return what.split(" › ")[-1] in SCRIPTS or any(v is not None and ("\n" in v or len(v) > LONG) for v in values)


def _line(what: str, before: str | None, after: str | None) -> str:
    """Names and other text in quotes (a blank shows), expressions and lanes as they are."""
    if _boxed(what, before, after):
        return f"{what} {'added' if before is None else 'removed' if after is None else 'changed'}"
    last = what.split(" › ")[-1]
    bare = last in UNQUOTED or last.split(" ")[0] in UNQUOTED

    def shown(value: str) -> str:
        return value if bare else f'"{value}"'
    if before is None or after is None:
        value = after if before is None else before
        return f"{what} {'added' if before is None else 'removed'}" + (f": {shown(value)}" if value else "")
    return f"{what}: {shown(before)} → {shown(after)}"


def changes(before: etree._Element, after: etree._Element, *, label: Label) -> list[Change]:
    """What differs between two versions of one element, its counted children (compared on their own) left
    out; empty when only whitespace, comments or those children differ."""
    found = []
    if before.tag != after.tag:
        found.append(worded("kind", words(etree.QName(before).localname), words(etree.QName(after).localname)))
    found += _route(before, after, label)
    found += _compare(before, after, "", label, top=True)
    return found


def _route(before: etree._Element, after: etree._Element, label: Label) -> list[Change]:
    """A flow's two ends in one line: "now goes from X to Y", which is how one reads a rewired arrow."""
    if not _has_ends(before) or not _has_ends(after):
        return []  # not a flow, or an end missing: the attributes' own lines say it
    source, target, new_source, new_target = (e.get(k, "") for e in (before, after) for k in ("sourceRef", "targetRef"))
    if (source, target) == (new_source, new_target):
        return []
    was = " ".join(([f"from {label(source)}"] if source != new_source else [])
                   + ([f"to {label(target)}"] if target != new_target else []))
    return [worded("route", f"{source} → {target}", f"{new_source} → {new_target}",
                   f"now goes from {label(new_source)} to {label(new_target)} (was {was})")]


def _has_ends(element: etree._Element) -> bool:
    return element.get("sourceRef") is not None and element.get("targetRef") is not None


def _compare(before: etree._Element, after: etree._Element, path: str, label: Label, *,
             top: bool = False) -> list[Change]:
    """Attributes, text and children of two matched elements; ``path`` names where they are ("" on top)."""
    found = _attributes(before, after, path, label, top=top)
    text, new_text = _own_text(before), _own_text(after)
    if text != new_text:
        found.append(worded(path or "text", text or None, new_text or None))
    old_children, new_children = _children(before, top=top), _children(after, top=top)
    found += _references(old_children, new_children, path, label)
    old_keyed, new_keyed = _keyed(old_children), _keyed(new_children)
    for key, child in old_keyed.items():
        if key not in new_keyed:
            found += _one_side(child, path, label, added=False)
    for key, child in new_keyed.items():
        if key not in old_keyed:
            found += _one_side(child, path, label, added=True)
        else:
            found += _compare(old_keyed[key], child, _inner(path, child), label)
    return found


def _inner(path: str, child: etree._Element) -> str:
    return path if etree.QName(child).localname in WRAPPERS else _join(path, _segment(child))


def _one_side(child: etree._Element, path: str, label: Label, *, added: bool) -> list[Change]:
    """A child only one version has: in one line, or a wrapper's content line by line (its properties, its
    timer), as though the other version had the wrapper empty."""
    if etree.QName(child).localname not in WRAPPERS:
        summary = _summary(child)
        return [worded(_join(path, _segment(child)), None if added else summary, summary if added else None)]
    empty = etree.Element(child.tag)
    before, after = (empty, child) if added else (child, empty)
    return _compare(before, after, _inner(path, child), label)


def _attributes(before: etree._Element, after: etree._Element, path: str, label: Label, *,
                top: bool) -> list[Change]:
    found = []
    skip = {"sourceRef", "targetRef"} if top and _has_ends(before) and _has_ends(after) else set()
    for key in list(after.attrib) + [k for k in before.attrib if k not in after.attrib]:
        old, new = before.get(key), after.get(key)
        if old == new or key in skip or (not top and key in _unnamed(after)):
            continue
        name = _attribute_name(after if new is not None else before, key)
        what = path if path and name == "value" else _join(path, name)
        if name.endswith("Ref") or name == "default":  # another element, by its id: the line says which
            found.append(worded(what, old, new, _line(what, *(label(v) if v else v for v in (old, new)))))
        else:
            found.append(worded(what, old, new))
    return found


def _unnamed(element: etree._Element) -> set[str]:
    """Attributes of a child that are not its content: what matched it to its counterpart, or the id a modeler
    gives a BPMN child afresh (``TimerEventDefinition_0x1``), which nothing refers to."""
    return {"id"} if etree.QName(element).namespace == BPMN else {_identity_of(element)}


def _identity_of(element: etree._Element) -> str:
    """The attribute that tells an extension apart from its siblings ("" for BPMN's own children, matched by
    their place: their ids are often made afresh by a modeler)."""
    if etree.QName(element).namespace == BPMN:
        return ""
    return next((key for key in IDENTITIES if element.get(key)), "")


def _identity(element: etree._Element) -> str | None:
    key = _identity_of(element)
    return element.get(key) if key else None


def _attribute_name(element: etree._Element, key: str) -> str:
    """``name``, ``calledElement``, or an extension's with its prefix (``camunda:formKey``)."""
    qname = etree.QName(key)
    local: str = qname.localname
    if qname.namespace in (None, BPMN):
        return local
    prefix = next((p for p, uri in element.nsmap.items() if uri == qname.namespace and p), None)
    return f"{prefix}:{local}" if prefix else local


def _own_text(element: etree._Element) -> str:
    """The element's text and its children's tails, each without the whitespace around it."""
    parts = [(element.text or "").strip()] + [(c.tail or "").strip() for c in element]
    return "\n".join(p for p in parts if p)


def _children(element: etree._Element, *, top: bool) -> list[etree._Element]:
    """The children compared as part of the element: not comments, not counted elements of a container."""
    container = top and etree.QName(element).localname in CONTAINERS
    return [c for c in element if isinstance(c.tag, str)
            and not (container and (c.get("id") or etree.QName(c).localname in NOT_DRAWN))]


def _is_reference(element: etree._Element) -> bool:
    local = etree.QName(element).localname
    return (local in ("incoming", "outgoing") or local.endswith(("Ref", "Refs"))) and not element.attrib \
        and len(element) == 0


def _references(before: list[etree._Element], after: list[etree._Element], path: str,
                label: Label) -> list[Change]:
    """References held as repeated child elements (``incoming``, ``flowNodeRef``): which were added, removed."""
    def sets(children: list[etree._Element]) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for child in children:
            if _is_reference(child):
                found.setdefault(child.tag, set()).add((child.text or "").strip())
        return found
    old, new = sets(before), sets(after)
    found = []
    for tag in list(new) + [t for t in old if t not in new]:
        gone, came = old.get(tag, set()) - new.get(tag, set()), new.get(tag, set()) - old.get(tag, set())
        if gone or came:
            what = _join(path, WORDS.get(etree.QName(tag).localname, words(etree.QName(tag).localname)))
            said = [f"added {', '.join(label(i) for i in sorted(came))}"] if came else []
            said += [f"removed {', '.join(label(i) for i in sorted(gone))}"] if gone else []
            found.append(worded(what, ", ".join(sorted(old.get(tag, ()))) or None,
                                ", ".join(sorted(new.get(tag, ()))) or None, f"{what}: {'; '.join(said)}"))
    return found


def _keyed(children: list[etree._Element]) -> dict[tuple[str, str, int], etree._Element]:
    """Children other than references by (tag, identity, how many came before with both)."""
    keyed: dict[tuple[str, str, int], etree._Element] = {}
    seen: dict[tuple[str, str], int] = {}
    for child in children:
        if _is_reference(child):
            continue
        identity = _identity(child) or ""
        count = seen[(child.tag, identity)] = seen.get((child.tag, identity), -1) + 1
        keyed[(child.tag, identity, count)] = child
    return keyed


def _segment(element: etree._Element) -> str:
    """How a child is named in a path: ``condition``, ``property customerMilestone``, ``signavio:meta``."""
    qname = etree.QName(element)
    word = WORDS.get(qname.localname) or (words(qname.localname) if qname.namespace == BPMN
                                          else _attribute_name(element, element.tag))
    identity = _identity(element)
    return f"{word} {identity}" if identity else word


def words(local: str) -> str:
    """A tag's local name in words: ``scriptTask`` → ``script task``."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", local).lower()


def _join(path: str, name: str) -> str:
    return f"{path} › {name}" if path else name


def _summary(element: etree._Element) -> str:
    """An added or removed child in one value: its value or text alone, else its attributes and children."""
    described = [k for k in _shown(element) if k != "value"]
    if not described and not _children(element, top=False):
        return element.get("value") or _own_text(element)
    return "; ".join(_described(element))


def _shown(element: etree._Element) -> list[str]:
    """The attributes an added or removed child is described by: not its identity, not its schema type."""
    return [k for k in element.attrib if k not in _unnamed(element) and etree.QName(k).namespace != XSI]


def _described(element: etree._Element) -> Iterator[str]:
    for key in _shown(element):
        yield f"{_attribute_name(element, key)}={element.get(key)}"
    if _own_text(element):
        yield _own_text(element)
    for child in _children(element, top=False):
        summary = _summary(child)
        yield f"{_segment(child)}: {summary}" if summary else _segment(child)
