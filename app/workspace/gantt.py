"""Geometry for the order page's SVG views: the Gantt of an order timeline and the decomposition graph.

Pure functions over the timeline document (``app.orchestration.timeline``); the templates only draw.
"""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timedelta
from typing import Any

ZOOMS = {"hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(weeks=1)}
UNIT_WIDTH = 64  # px per zoom unit
LABEL_WIDTH = 250
ROW_HEIGHT = 28
AXIS_HEIGHT = 30
MAX_AUTO_WIDTH = 900  # "auto" picks the finest zoom that keeps the chart about this wide


@dataclass
class Bar:
    item: dict[str, Any]
    row: int
    y: float
    planned: tuple[float, float] | None
    actual: tuple[float, float] | None
    forecast: tuple[float, float] | None


@dataclass
class Gantt:
    zoom: str
    width: float
    height: float
    bars: list[Bar]
    ticks: list[tuple[float, str]]
    now_x: float
    promised_x: float | None
    arrows: list[tuple[str, str]] = field(default_factory=list)  # (svg path, kind: depends|data)


def _at(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def gantt(timeline: dict[str, Any], zoom: str = "auto") -> Gantt:
    """Rows in dependency order (each work order under its domain order), x in px from the earliest date."""
    items = _rows(timeline["items"])
    now = _at(timeline["order"]["now"]) or datetime.now()
    promised = _at(timeline["order"].get("promised"))
    dates = [now] + ([promised] if promised else []) + [
        d for i in items for key in ("planned_start", "planned_end", "start", "end", "forecast_end")
        if (d := _at(i[key])) is not None]
    start, end = min(dates), max(dates)
    zoom = zoom if zoom in ZOOMS else _auto_zoom(end - start)
    unit = ZOOMS[zoom]
    origin = _floor(start, zoom)
    scale = UNIT_WIDTH / unit.total_seconds()

    def x(moment: datetime) -> float:
        return LABEL_WIDTH + (moment - origin).total_seconds() * scale

    bars = [_bar(item, row, x, now) for row, item in enumerate(items)]
    width = x(end + unit) + 20
    chart = Gantt(zoom=zoom, width=round(width), height=AXIS_HEIGHT + ROW_HEIGHT * max(len(bars), 1) + 10,
                  bars=bars, ticks=_ticks(origin, end + unit, unit, zoom, x), now_x=x(now),
                  promised_x=x(promised) if promised else None)
    chart.arrows = _arrows(bars, x)
    return chart


def _rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    domains = [i for i in items if i["type"] != "work_order"]
    work = [i for i in items if i["type"] == "work_order"]
    domains.sort(key=lambda i: (i["planned_start"] or i["start"] or "", i["id"]))
    rows: list[dict[str, Any]] = []
    for domain in domains:
        rows.append(domain)
        rows.extend(w for w in work if w["domain_order_id"] == domain["id"])
    placed = {d["id"] for d in domains}
    rows.extend(w for w in work if w["domain_order_id"] not in placed)  # the team timeline: work alone
    return rows


def _auto_zoom(span: timedelta) -> str:
    for zoom, unit in ZOOMS.items():
        if span / unit * UNIT_WIDTH <= MAX_AUTO_WIDTH:
            return zoom
    return "week"


def _floor(moment: datetime, zoom: str) -> datetime:
    floored = moment.replace(minute=0, second=0, microsecond=0)
    if zoom in ("day", "week"):
        floored = floored.replace(hour=0)
    if zoom == "week":
        floored -= timedelta(days=floored.weekday())
    return floored


def _ticks(origin: datetime, end: datetime, unit: timedelta, zoom: str, x: Any) -> list[tuple[float, str]]:
    ticks: list[tuple[float, str]] = []
    moment = origin
    fmt = {"hour": "%H:%M", "day": "%a %d", "week": "wk %d %b"}[zoom]  # fits the 64 px of a unit
    while moment <= end and len(ticks) < 400:
        label = moment.strftime("%d %b" if zoom == "hour" and moment.hour == 0 else fmt)
        ticks.append((x(moment), label))
        moment += unit
    return ticks


def _bar(item: dict[str, Any], row: int, x: Any, now: datetime) -> Bar:
    def span(a: datetime | None, b: datetime | None) -> tuple[float, float] | None:
        if a is None or b is None:
            return None
        return x(a), max(x(b), x(a) + 3)  # an instant still shows

    start, end, forecast = _at(item["start"]), _at(item["end"]), _at(item["forecast_end"])
    actual = span(start, end or (now if start else None))
    forecast_from = end or (max(now, start) if start else _at(item.get("forecast_start")) or now)
    return Bar(item=item, row=row, y=AXIS_HEIGHT + row * ROW_HEIGHT,
               planned=span(_at(item["planned_start"]), _at(item["planned_end"])), actual=actual,
               forecast=span(forecast_from, forecast) if forecast and not end else None)


def _arrows(bars: list[Bar], x: Any) -> list[tuple[str, str]]:
    """SVG paths from the end of each dependency's bar to the start of the bar that waits for it; from a provider of
    data, from the moment in its bar it hands the data over instead (the survey result leaves the field visit after
    the survey, long before the visit ends), unless the bar also waits for the provider to end."""
    by_id = {b.item["id"]: b for b in bars if b.item["type"] != "work_order"}
    paths = []
    for bar in bars:
        handovers = _handover_moments(bar.item)
        for dep in bar.item["depends_on"]:
            source = by_id.get(dep)
            if source is None:
                continue
            if dep in handovers and dep not in bar.item.get("waits_for_end", ()):
                paths.append((_data_arrow(x(handovers[dep]), source, bar), "data"))
                continue
            x1, y1 = _right(source), source.y + ROW_HEIGHT / 2
            x2, y2 = _left(bar), bar.y + ROW_HEIGHT / 2
            bend = max(x1 + 6, min(x2 - 6, x1 + 12))
            paths.append((f"M{x1:.0f},{y1:.0f} H{bend:.0f} V{y2:.0f} H{x2:.0f}", "depends"))
    return paths


def _handover_moments(item: dict[str, Any]) -> dict[int, datetime]:
    """Provider id → when it hands its (last) key to ``item``: when it did, else its forecast, else its plan."""
    moments: dict[int, datetime] = {}
    for handover in item.get("handovers", []):  # the team timeline's work items have none
        moment = _at(handover["at"] or handover["forecast"] or handover["planned"])
        if moment is not None:
            moments[handover["from"]] = max(moment, moments.get(handover["from"], moment))
    return moments


def _data_arrow(x1: float, source: Bar, target: Bar) -> str:
    """Down from the hand-over point under the provider's bar to the waiting bar's row, then to its start (straight
    down onto its row when it is drawn starting before the hand-over, e.g. its plan when the forecast is later)."""
    y1, y2 = source.y + ROW_HEIGHT - 4, target.y + ROW_HEIGHT / 2
    x2 = max(_left(target), x1)
    return f"M{x1:.0f},{y1:.0f} V{y2:.0f} H{x2:.0f}" if x2 > x1 + 1 else f"M{x1:.0f},{y1:.0f} V{target.y + 6:.0f}"


def _right(bar: Bar) -> float:
    spans = [s for s in (bar.actual, bar.forecast, bar.planned) if s is not None]
    return max(s[1] for s in spans) if spans else LABEL_WIDTH


def _left(bar: Bar) -> float:
    spans = [s for s in (bar.actual, bar.planned, bar.forecast) if s is not None]
    return min(s[0] for s in spans) if spans else LABEL_WIDTH


@dataclass
class Node:
    id: str
    label: str
    kind: str
    state: str
    x: float
    y: float
    href: str | None = None
    detail: str = ""
    ponr: bool = False


@dataclass
class Graph:
    width: float
    height: float
    nodes: list[Node]
    edges: list[tuple[str, str, str]]  # (svg path, kind: depends|requires|realises, label)


NODE_W, NODE_H, COL_W, ROW_H = 150, 44, 172, 56


def decomposition_graph(order: Any, timeline: dict[str, Any], instance_url: Any) -> Graph:
    """Domain orders in columns by dependency depth (what runs first on the left: the resources of a line that builds
    up, the billing of one torn down), then the order's lines, then the order."""
    bars = [i for i in timeline["items"] if i["type"] != "work_order"]
    depth: dict[int, int] = {}

    def level(bar_id: int, seen: frozenset[int] = frozenset()) -> int:
        if bar_id not in depth:
            bar = by_id[bar_id]
            deps = [d for d in bar["depends_on"] if d in by_id and d not in seen]
            depth[bar_id] = 1 + max((level(d, seen | {bar_id}) for d in deps), default=-1)
        return depth[bar_id]

    by_id = {b["id"]: b for b in bars}
    for bar in bars:
        level(bar["id"])
    columns: dict[int, list[dict[str, Any]]] = {}
    for bar in sorted(bars, key=lambda b: (min(b.get("items") or [0]), b["id"])):
        columns.setdefault(depth[bar["id"]], []).append(bar)
    nodes: dict[str, Node] = {}
    for col, members in sorted(columns.items()):
        for row, bar in enumerate(members):
            nodes[f"d{bar['id']}"] = Node(
                id=f"d{bar['id']}", label=bar["spec"], kind=bar["type"], state=bar["state"],
                x=10 + col * COL_W, y=10 + row * ROW_H,
                href=instance_url(bar["instance_id"]) if bar["instance_id"] else None,
                detail=_node_detail(bar), ponr=bool(bar.get("point_of_no_return")))
    line_col = (max(columns) + 1) if columns else 0
    for row, item in enumerate(order.items):
        nodes[f"l{item.seq}"] = Node(id=f"l{item.seq}", label=f"{item.seq}. {item.offering_name}", kind="line",
                                     state=item.state or "", x=10 + line_col * COL_W, y=10 + row * ROW_H)
    nodes["order"] = Node(id="order", label=f"Order {order.id}", kind="order", state=order.state,
                          x=10 + (line_col + 1) * COL_W, y=10)
    edges = _graph_edges(bars, nodes)
    height = max(n.y for n in nodes.values()) + NODE_H + 14
    return Graph(width=10 + (line_col + 2) * COL_W, height=height, nodes=list(nodes.values()), edges=edges)


def _node_detail(bar: dict[str, Any]) -> str:
    parts = [f"{bar['name']}: {bar['type']} order #{bar['id']}", bar["state"]]
    if bar["requires"]:
        parts.append("requires " + ", ".join(bar["requires"]))
    if bar["rule"]:
        parts.append(f"{bar['rule']['decision']} row {bar['rule']['row']}")
    return " · ".join(parts)


def _graph_edges(bars: list[dict[str, Any]], nodes: dict[str, Node]) -> list[tuple[str, str, str]]:
    edges = []
    dependents = {d for b in bars for d in b["depends_on"]}
    for bar in bars:
        target = nodes[f"d{bar['id']}"]
        for dep in bar["depends_on"]:
            source = nodes.get(f"d{dep}")
            if source is not None:
                data = dep in bar.get("data_from", [])
                edges.append((_link(source, target), "requires" if data else "depends",
                               ", ".join(bar["requires"]) if data else ""))
        # What a line ends with completes it: the top of its tree (billing) as it builds up, the resources released
        # last as it is torn down (decomposition.TEAR_DOWN).
        if bar["id"] not in dependents:
            for seq in bar.get("items") or []:
                line = nodes.get(f"l{seq}")
                if line is not None:
                    edges.append((_link(target, line), "realises", ""))
    for node in nodes.values():
        if node.kind == "line":
            edges.append((_link(node, nodes["order"]), "realises", ""))
    return edges


def _link(source: Node, target: Node) -> str:
    x1, y1 = source.x + NODE_W, source.y + NODE_H / 2
    x2, y2 = target.x, target.y + NODE_H / 2
    mid = (x1 + x2) / 2
    return f"M{x1:.0f},{y1:.0f} C{mid:.0f},{y1:.0f} {mid:.0f},{y2:.0f} {x2:.0f},{y2:.0f}"
