"""Form ``pattern``s from models: checked at upload for catastrophic backtracking, matched with a timeout.

``^(a+)+$`` takes exponential time in a backtracking engine on ``"aaaa…!"``; a form that uses it lets whoever
fills it in block a worker. So a pattern is refused at upload when a repeated part itself contains a
repeat (nested quantifiers, the classic shape of ReDoS) or when it runs over ``PROBE_SECONDS`` on probe
texts built from its own characters; and every match runs in the ``regex`` engine with a timeout.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import regex

# The regex engine's timeout is wall-clock time, and on a busy server a request's thread waits its turn for the
# interpreter: at 0.1 s a plain serial-number pattern was refused "in time" under load. Patterns that backtrack
# badly are refused at upload (:func:`pattern_problem`), so this is the last guard, not the first.
MATCH_SECONDS = 1.0
PROBE_SECONDS = 0.05
MAX_PATTERN_CHARS = 1000
_PROBE_LENGTH = 5000

try:  # the parser of the standard library's re; its parse tree shows where quantifiers nest
    from re import _parser as _re_parser
except ImportError:  # pragma: no cover - Python before 3.11
    import sre_parse as _re_parser


class PatternTimeout(Exception):
    """A match ran over its time budget."""


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> Any:
    return regex.compile(pattern, regex.VERSION0)


def search(pattern: str, text: str) -> bool:
    """Whether ``pattern`` is found anywhere in ``text`` (JSON Schema semantics).

    :raises PatternTimeout: the match took longer than ``MATCH_SECONDS``.
    """
    try:
        return _compiled(pattern).search(text, timeout=MATCH_SECONDS) is not None
    except TimeoutError:
        raise PatternTimeout(f"the pattern took over {MATCH_SECONDS:g} s") from None


@lru_cache(maxsize=1024)
def pattern_problem(pattern: str) -> str | None:
    """What makes ``pattern`` unfit for a form, or None."""
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"pattern is over {MAX_PATTERN_CHARS} characters long"
    try:
        re.compile(pattern)
        _compiled(pattern)
        tree = _re_parser.parse(pattern)
    except (re.error, regex.error, RecursionError, OverflowError) as error:
        return f"pattern {pattern!r} is not a valid regular expression ({error})"
    if _nested_repeat(tree, inside_repeat=False):
        return (f"pattern {pattern!r} repeats a part that itself repeats (like '(a+)+'), which can take "
                "exponential time on some inputs; rewrite it without nested quantifiers")
    for probe in _probes(pattern):
        try:
            _compiled(pattern).search(probe, timeout=PROBE_SECONDS)
        except TimeoutError:
            return f"pattern {pattern!r} takes too long on some inputs (catastrophic backtracking)"
    return None


_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def _nested_repeat(items: Any, *, inside_repeat: bool) -> bool:
    """Whether a repeat (more than once) sits inside another one whose every round does not have to
    consume a separator character: ``(a+)+`` and ``(\\w+\\s?)*`` do, ``(\\.[a-z]+)*`` does not."""
    for op, argument in items:
        name = str(op)
        if name in _REPEATS:
            _low, high, sub = argument
            repeats = high is _re_parser.MAXREPEAT or high > 1
            if repeats and inside_repeat and name != "POSSESSIVE_REPEAT":
                return True
            if _nested_repeat(sub, inside_repeat=(inside_repeat or repeats) and not _has_separator(sub)):
                return True
        elif name == "SUBPATTERN":
            if _nested_repeat(argument[-1], inside_repeat=inside_repeat):
                return True
        elif name == "BRANCH":
            if any(_nested_repeat(branch, inside_repeat=inside_repeat) for branch in argument[1]):
                return True
        elif name in ("ASSERT", "ASSERT_NOT") and _nested_repeat(argument[1], inside_repeat=inside_repeat):
            return True
    return False


def _has_separator(items: Any) -> bool:
    """Whether every match of ``items`` consumes a literal or a character class outside any repeat."""
    for op, argument in items:
        name = str(op)
        if name in ("LITERAL", "IN", "NOT_LITERAL"):
            return True
        if name == "SUBPATTERN" and _has_separator(argument[-1]):
            return True
    return False


def _probes(pattern: str) -> list[str]:
    """Texts that make backtracking patterns work hard: long runs of the pattern's own characters, then a
    character that fails the match."""
    characters = {c for c in pattern if c.isalnum() or c in " -_.@"} | {"a", "0", " "}
    return [c * _PROBE_LENGTH + "\x00" for c in sorted(characters)[:20]]
