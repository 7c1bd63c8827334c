"""Build small DMN files for tests: one decision table from rows of cell texts."""
from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape
from xml.sax.saxutils import quoteattr

from tests.helpers import CORPUS

DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/"
DATA = Path(__file__).resolve().parents[1] / "data" / "dmn"
SPIFF_EXAMPLES = CORPUS / "spiff-example-cli"

Row = tuple[Sequence[str], Sequence[str]]


def table_dmn(rules: Sequence[Row], *, inputs: Sequence[str] = ("x",), outputs: Sequence[str] = ("result",),
              hit_policy: str = "UNIQUE", aggregation: str | None = None,
              input_values: Mapping[int, str] | None = None, output_values: Mapping[str, str] | None = None,
              defaults: Mapping[str, str] | None = None, decision_id: str = "d", namespace: str = DMN13,
              language: str | None = None) -> bytes:
    """A DMN file with one decision ``decision_id`` whose table has the given columns and rules;
    ``language`` sets the table's ``expressionLanguage``."""
    attributes = (f' aggregation="{aggregation}"' if aggregation else "") + \
        (f' expressionLanguage="{language}"' if language else "")
    lines = [f'<definitions xmlns="{namespace}" id="defs" name="test" namespace="http://ordra.test">',
             f'<decision id="{decision_id}" name="{decision_id}">',
             f'<decisionTable id="t" hitPolicy="{hit_policy}"{attributes}>']
    for number, expression in enumerate(inputs, 1):
        allowed = (input_values or {}).get(number)
        lines.append(f'<input id="i{number}" label={quoteattr(expression)}><inputExpression>'
                     f'<text>{escape(expression)}</text></inputExpression>'
                     + (f"<inputValues><text>{escape(allowed)}</text></inputValues>" if allowed else "")
                     + "</input>")
    for name in outputs:
        allowed = (output_values or {}).get(name)
        default = (defaults or {}).get(name)
        lines.append(f'<output id="o_{name}" name={quoteattr(name)}>'
                     + (f"<outputValues><text>{escape(allowed)}</text></outputValues>" if allowed else "")
                     + (f"<defaultOutputEntry><text>{escape(default)}</text></defaultOutputEntry>" if default else "")
                     + "</output>")
    for number, (entries, results) in enumerate(rules, 1):
        cells = "".join(f"<inputEntry><text>{escape(cell)}</text></inputEntry>" for cell in entries) + \
            "".join(f"<outputEntry><text>{escape(cell)}</text></outputEntry>" for cell in results)
        lines.append(f'<rule id="r{number}">{cells}</rule>')
    lines += ["</decisionTable>", "</decision>", "</definitions>"]
    return "\n".join(lines).encode()
