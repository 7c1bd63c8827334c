"""XML Schema / XPath regular expressions (FEEL's ``matches``, ``replace``, ``split``) rewritten
for the ``regex`` module: ``.`` matches neither newline nor carriage return, the ``x`` flag removes
whitespace outside character classes (even after a backslash), ``\\p{IsBlock}`` names a Unicode
block, ``[a-z-[aeiou]]`` subtracts a class, and a back-reference inside a class is an error.
"""
from __future__ import annotations

from app.rules.feel.types import FeelError


def translate(pattern: str, flags: str) -> tuple[str, bool]:
    """The pattern in the ``regex`` module's syntax, and whether it needs its VERSION1 (set operations).

    :raises FeelError: for what XPath forbids (a back-reference inside a character class).
    """
    out: list[str] = []
    depth, position, subtracts = 0, 0, False
    strip_blanks, dot_all = "x" in flags, "s" in flags
    while position < len(pattern):
        char = pattern[position]
        if strip_blanks and depth == 0 and char in " \t\n\r":
            position += 1
            continue
        if char == "\\" and position + 1 < len(pattern):
            escaped, position = _escape(pattern, position + 1, depth, strip_blanks)
            out.append(escaped)
            continue
        if char == "[":
            if depth and out and out[-1] == "-":
                out[-1], subtracts = "--", True
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        elif char == "." and depth == 0 and not dot_all:
            char = "[^\\n\\r]"
        out.append(char)
        position += 1
    return "".join(out), subtracts


def _escape(pattern: str, position: int, depth: int, strip_blanks: bool) -> tuple[str, int]:
    """The escape starting after a backslash at ``position``: its text and where it ends."""
    while strip_blanks and depth == 0 and position < len(pattern) and pattern[position] in " \t\n\r":
        position += 1
    if position >= len(pattern):
        raise FeelError("the pattern ends with a backslash")
    char = pattern[position]
    if depth and char.isdigit():
        raise FeelError("a back-reference cannot stand inside a character class")
    if char in "pP" and pattern[position + 1:position + 2] == "{":
        end = pattern.find("}", position)
        if end < 0:
            raise FeelError("an unfinished \\p{...}")
        name = "".join(pattern[position + 2:end].split()) if strip_blanks else pattern[position + 2:end]
        if name.startswith("Is"):
            name = "In" + name[2:]  # XML Schema's block names: IsBasicLatin is the regex module's InBasicLatin
        return f"\\{char}{{{name}}}", end + 1
    return "\\" + char, position + 1
