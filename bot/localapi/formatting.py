"""Telegram-like rendering of ``parse_mode`` text into plain text plus entities.

Telegram rejects malformed markup with ``400 Bad Request: can't parse entities: ...``; this
module reproduces the common failure modes (unknown or unbalanced HTML tags, a stray ``<``,
unescaped MarkdownV2 reserved characters, unclosed markers) so that a bot sending broken
markup fails in tests the way it would fail in production.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

JsonDict = dict[str, Any]

MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")

_HTML_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^<>]*?)?)\s*/?>")
_ATTR_RE = re.compile(r"""([A-Za-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_ENTITY_RE = re.compile(r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|lt|gt|amp|quot);")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")

_MDV2_NAMES = {
    "*": "Bold",
    "_": "Italic",
    "__": "Underline",
    "~": "Strikethrough",
    "||": "Spoiler",
    "[": "TextUrl",
}
_MDV2_TYPES = {
    "*": "bold",
    "_": "italic",
    "__": "underline",
    "~": "strikethrough",
    "||": "spoiler",
}


class ParseError(ValueError):
    """Markup that Telegram would refuse with "can't parse entities"."""


class UnsupportedParseModeError(ValueError):
    """A parse_mode value Telegram does not know."""


@dataclass(frozen=True)
class Rendered:
    """Plain text as displayed plus the Telegram entities describing its formatting."""

    text: str
    entities: list[JsonDict] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit Telegram uses for offsets."""
    return len(text.encode("utf-16-le")) // 2


def command_entities(text: str) -> list[JsonDict]:
    """The ``bot_command`` entity Telegram attaches to a leading ``/command``."""
    if not text.startswith("/"):
        return []
    word = text.split(maxsplit=1)[0]
    name = word[1:].split("@", 1)[0]
    if not name or len(name) > 32 or not all(c.isalnum() or c == "_" for c in name):
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(word)}]


def byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of character ``index`` (Telegram reports errors in bytes)."""
    return len(text[:index].encode("utf-8"))


@dataclass
class _Open:
    """A formatting span that has been opened but not closed yet."""

    marker: str
    start: int
    source_index: int
    extra: JsonDict = field(default_factory=dict)


class _Builder:
    """Accumulates output text and entities, tracking the UTF-16 position."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.entities: list[JsonDict] = []

    def add(self, text: str) -> None:
        """Append displayed text."""
        self.parts.append(text)
        self.pos += utf16_len(text)

    def entity(self, kind: str, start: int, extra: JsonDict | None = None) -> None:
        """Record an entity from ``start`` to the current position (empty ones are dropped)."""
        if self.pos > start:
            self.entities.append({"type": kind, "offset": start, "length": self.pos - start})
            self.entities[-1].update(extra or {})

    def result(self) -> Rendered:
        """Return the rendered text with entities sorted like Telegram sorts them."""
        ordered = sorted(self.entities, key=lambda e: (e["offset"], -e["length"]))
        return Rendered("".join(self.parts), ordered)


def render(text: str, parse_mode: str | None) -> Rendered:
    """Render ``text`` according to ``parse_mode`` or raise ParseError/UnsupportedParseMode."""
    mode = (parse_mode or "").strip().lower()
    if not mode:
        return Rendered(text)
    if mode == "html":
        return _render_html(text)
    if mode == "markdownv2":
        return _render_mdv2(text)
    if mode == "markdown":
        return _render_markdown(text)
    raise UnsupportedParseModeError(parse_mode)


def _attrs(raw: str) -> dict[str, str]:
    """Parse HTML attributes into a dict (values unescaped)."""
    found: dict[str, str] = {}
    for match in _ATTR_RE.finditer(raw):
        value = next(v for v in match.groups()[1:] if v is not None)
        found[match.group(1).lower()] = html.unescape(value)
    return found


def _render_html(text: str) -> Rendered:
    """Render Telegram's HTML flavour."""
    out = _Builder()
    stack: list[_Open] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            i = _html_tag(text, i, out, stack)
        elif char == "&" and (entity := _ENTITY_RE.match(text, i)):
            out.add(html.unescape(entity.group(0)))
            i = entity.end()
        else:
            out.add(char)
            i += 1
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].marker}"')
    return out.result()


def _html_tag(text: str, i: int, out: _Builder, stack: list[_Open]) -> int:
    """Handle the tag starting at ``text[i] == '<'`` and return the index after it."""
    match = _TAG_RE.match(text, i)
    offset = byte_offset(text, i)
    if match is None:
        partial = re.match(r"</?([A-Za-z0-9-]*)", text[i:])
        tag = partial.group(1) if partial else ""
        raise ParseError(f'Unsupported start tag "{tag}" at byte offset {offset}')
    closing, name, raw_attrs = match.group(1) == "/", match.group(2).lower(), match.group(3)
    if closing:
        _html_close(name, offset, out, stack)
    else:
        _html_open(name, _attrs(raw_attrs), offset, out, stack)
    return match.end()


def _html_open(
    name: str, attrs: dict[str, str], offset: int, out: _Builder, stack: list[_Open]
) -> None:
    """Open an HTML formatting tag after validating it."""
    if name not in _HTML_TAGS or (name == "span" and attrs.get("class") != "tg-spoiler"):
        raise ParseError(f'Unsupported start tag "{name}" at byte offset {offset}')
    extra: JsonDict = {}
    if name == "a":
        extra["url"] = attrs.get("href", "")
    elif name == "tg-emoji":
        extra["custom_emoji_id"] = attrs.get("emoji-id", "")
    elif name == "code" and stack and stack[-1].marker == "pre":
        language = attrs.get("class", "")
        if language.startswith("language-"):
            stack[-1].extra["language"] = language.removeprefix("language-")
        extra["inside_pre"] = True
    elif name == "blockquote" and "expandable" in attrs:
        extra["expandable"] = True
    stack.append(_Open(name, out.pos, offset, extra))


def _html_close(name: str, offset: int, out: _Builder, stack: list[_Open]) -> None:
    """Close the innermost HTML tag, which must be ``name``."""
    if not stack:
        raise ParseError(f"Unexpected end tag at byte offset {offset}")
    top = stack[-1]
    if top.marker != name:
        raise ParseError(
            f'Unmatched end tag at byte offset {offset}, expected "</{top.marker}>", '
            f'found "</{name}>"'
        )
    stack.pop()
    extra = dict(top.extra)
    if extra.pop("inside_pre", False):
        return
    kind = _HTML_TAGS[name]
    if kind == "text_link" and not extra.get("url"):
        return
    if kind == "blockquote" and extra.pop("expandable", False):
        kind = "expandable_blockquote"
    out.entity(kind, top.start, extra)


def _render_mdv2(text: str) -> Rendered:
    """Render MarkdownV2, enforcing escaping of reserved characters."""
    out = _Builder()
    stack: list[_Open] = []
    i = 0
    at_line_start = True
    while i < len(text):
        char = text[i]
        if char == "\\":
            i = _mdv2_escape(text, i, out)
        elif char == "`":
            i = _md_code(text, i, out, escapes=True)
        elif char == ">" and at_line_start:
            i += 1
        elif char == "[":
            stack.append(_Open("[", out.pos, i))
            i += 1
        elif char == "]":
            i = _mdv2_link_end(text, i, out, stack)
        elif char in "*_~|":
            i = _mdv2_marker(text, i, out, stack)
        elif char in MDV2_RESERVED:
            raise ParseError(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        else:
            out.add(char)
            i += 1
        at_line_start = char == "\n"
    if stack:
        top = stack[-1]
        name = _MDV2_NAMES[top.marker]
        raise ParseError(
            f"Can't find end of {name} entity at byte offset {byte_offset(text, top.source_index)}"
        )
    return out.result()


def _mdv2_escape(text: str, i: int, out: _Builder) -> int:
    """Handle a backslash escape."""
    if i + 1 >= len(text):
        raise ParseError("Character '\\' is reserved and must be escaped with the preceding '\\'")
    out.add(text[i + 1])
    return i + 2


def _mdv2_marker(text: str, i: int, out: _Builder, stack: list[_Open]) -> int:
    """Open or close a MarkdownV2 formatting marker."""
    char = text[i]
    if char == "_" and stack and stack[-1].marker == "_":
        marker = "_"
    elif char in "_|" and text.startswith(char * 2, i):
        marker = char * 2
    elif char == "|":
        raise ParseError("Character '|' is reserved and must be escaped with the preceding '\\'")
    else:
        marker = char
    open_markers = [entry.marker for entry in stack]
    if marker in open_markers and stack[-1].marker != marker:
        top = stack[-1]
        raise ParseError(
            f"Can't find end of {_MDV2_NAMES[top.marker]} entity at byte offset "
            f"{byte_offset(text, top.source_index)}"
        )
    if stack and stack[-1].marker == marker:
        top = stack.pop()
        out.entity(_MDV2_TYPES[marker], top.start)
    else:
        stack.append(_Open(marker, out.pos, i))
    return i + len(marker)


def _mdv2_link_end(text: str, i: int, out: _Builder, stack: list[_Open]) -> int:
    """Close ``[text](url)``: ``text[i]`` is the closing bracket."""
    if not stack or stack[-1].marker != "[" or not text.startswith("(", i + 1):
        raise ParseError("Character ']' is reserved and must be escaped with the preceding '\\'")
    top = stack.pop()
    url_chars: list[str] = []
    j = i + 2
    while j < len(text) and text[j] != ")":
        if text[j] == "\\" and j + 1 < len(text):
            j += 1
        url_chars.append(text[j])
        j += 1
    if j >= len(text):
        raise ParseError(f"Can't find end of a URL at byte offset {byte_offset(text, i + 1)}")
    out.entity("text_link", top.start, {"url": "".join(url_chars)})
    return j + 1


def _md_code(text: str, i: int, out: _Builder, *, escapes: bool) -> int:
    """Render an inline code span or a ``` pre block starting at ``text[i]``."""
    fence = "```" if text.startswith("```", i) else "`"
    j = i + len(fence)
    chars: list[str] = []
    while j < len(text) and not text.startswith(fence, j):
        if escapes and text[j] == "\\" and j + 1 < len(text):
            j += 1
        chars.append(text[j])
        j += 1
    if j >= len(text):
        name = "Pre" if fence == "```" else "Code"
        raise ParseError(f"Can't find end of {name} entity at byte offset {byte_offset(text, i)}")
    content = "".join(chars)
    extra: JsonDict = {}
    if fence == "```":
        first, newline, rest = content.partition("\n")
        if newline and first and not any(c.isspace() for c in first):
            extra["language"], content = first, rest
    start = out.pos
    out.add(content)
    out.entity("pre" if fence == "```" else "code", start, extra)
    return j + len(fence)


def _render_markdown(text: str) -> Rendered:
    """Render legacy Markdown (``*bold*``, ``_italic_``, code, links)."""
    out = _Builder()
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text) and text[i + 1] in "_*`[":
            out.add(text[i + 1])
            i += 2
        elif char == "`":
            i = _md_code(text, i, out, escapes=False)
        elif char in "*_":
            i = _markdown_span(text, i, out)
        elif char == "[" and (link := _MD_LINK_RE.match(text, i)):
            start = out.pos
            out.add(link.group(1))
            out.entity("text_link", start, {"url": link.group(2)})
            i = link.end()
        else:
            out.add(char)
            i += 1
    return out.result()


def _markdown_span(text: str, i: int, out: _Builder) -> int:
    """Render a legacy Markdown bold/italic span starting at ``text[i]``."""
    end = text.find(text[i], i + 1)
    if end < 0:
        raise ParseError(
            f"Can't find end of the entity starting at byte offset {byte_offset(text, i)}"
        )
    start = out.pos
    out.add(text[i + 1 : end])
    out.entity("bold" if text[i] == "*" else "italic", start)
    return end + 1
