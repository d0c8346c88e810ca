"""The weekly mood chart as a PNG, drawn on matplotlib's Agg canvas without pyplot.

No pyplot means no global figure state, so charts may be drawn from several threads at once
(the bot calls `render_mood_chart` through `asyncio.to_thread`). matplotlib is imported inside
the functions, so importing this module stays cheap.

For speed (the goal is under 50 ms a chart):
- everything is drawn straight onto the figure in figure fractions: no Axes, ticks or Legend
  objects, which cost more than the drawing itself;
- the parts that never change (mood words, faint lines, day labels, legend) are drawn once per
  set of day labels and cached as read-only pixels; each chart starts from a copy of them and
  draws only its title and two lines, which gives the same pixels as drawing everything;
- the pixels are written as a PNG here: zlib without row filters suits a flat background, is
  fast, and adds no metadata at all.
"""

from __future__ import annotations

import functools
import math
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from bot.core.week import WeekFigures

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from numpy.typing import NDArray

WIDTH_PX: Final = 900
HEIGHT_PX: Final = 560
DPI: Final = 100

BACKGROUND: Final = "#fbfaf7"
INK: Final = "#4a4a48"
GRID: Final = "#e7e4de"
MORNING_COLOUR: Final = "#d9a05b"
EVENING_COLOUR: Final = "#5d7fa8"

TITLE_SIZE: Final = 22
LABEL_SIZE: Final = 16
LEGEND_SIZE: Final = 15
LINE_WIDTH: Final = 3.0
MARKER_SIZE: Final = 11.0

# The plotting area in figure fractions, and the mood range it shows (a little past 1 and 5).
PLOT_LEFT: Final = 0.17
PLOT_RIGHT: Final = 0.97
PLOT_BOTTOM: Final = 0.13
PLOT_TOP: Final = 0.80
MOOD_LOW: Final = 0.6
MOOD_HIGH: Final = 5.4
# Morning sits a touch left of its day and evening a touch right (in figure fractions, about
# 7 px), so equal moods both show.
NUDGE: Final = 0.008

# The legend sits above the plot on the right: where each entry starts, and its height.
MORNING_KEY_LEFT: Final = 0.60
EVENING_KEY_LEFT: Final = 0.79
KEY_HEIGHT: Final = 0.87

PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
# zlib level 3 rather than the default 6: a fifth less time per chart (about 5 ms) for a PNG
# of 33 KiB instead of 27 KiB, which is nothing to send.
PNG_COMPRESSION: Final = 3


@dataclass(frozen=True)
class ChartWords:
    """Every word on a chart, in the person's language (bot/texts/weekly.chart_words)."""

    title: str
    morning: str
    evening: str
    moods: tuple[str, ...]  # the mood scale's words, from 1 (heaviest) to 5


@dataclass(frozen=True)
class ChartDay:
    """One day on the chart: its x label and the morning and evening moods (None: no point)."""

    label: str
    morning: int | None
    evening: int | None


@dataclass(frozen=True)
class _Frame:
    """Where days and moods land on the figure, in figure fractions."""

    day_count: int

    def x(self, index: int) -> float:
        """The middle of a day's column."""
        width = (PLOT_RIGHT - PLOT_LEFT) / max(self.day_count, 1)
        return PLOT_LEFT + (index + 0.5) * width

    def y(self, mood: float) -> float:
        """The height of a mood; NaN stays NaN, so lines break at gaps."""
        share = (mood - MOOD_LOW) / (MOOD_HIGH - MOOD_LOW)
        return PLOT_BOTTOM + share * (PLOT_TOP - PLOT_BOTTOM)


def _series(moods: Sequence[int | None]) -> list[float]:
    """Moods as floats, with NaN for a gap so the line breaks there instead of dropping to 0."""
    return [math.nan if mood is None else float(mood) for mood in moods]


def _line(
    figure: Figure,
    xs: Sequence[float],
    ys: Sequence[float],
    colour: str,
    markevery: list[int] | None = None,
) -> None:
    """A thick line with round markers, in figure fractions."""
    from matplotlib.lines import Line2D

    line = Line2D(
        xs,
        ys,
        color=colour,
        linewidth=LINE_WIDTH,
        marker="o",
        markersize=MARKER_SIZE,
        markeredgecolor=BACKGROUND,
        markeredgewidth=2,
        markevery=markevery,
        solid_capstyle="round",
    )
    figure.add_artist(line)


def _rule(figure: Figure, height: float) -> None:
    """A faint horizontal line across the plotting area."""
    from matplotlib.lines import Line2D

    figure.add_artist(Line2D([PLOT_LEFT, PLOT_RIGHT], [height, height], color=GRID, linewidth=1))


def _text(
    figure: Figure, x: float, y: float, words: str, size: float, ha: str, va: str = "center"
) -> None:
    """Words in the chart's ink, placed in figure fractions."""
    figure.text(x, y, words, color=INK, fontsize=size, ha=ha, va=va)


def _draw_scale(figure: Figure, frame: _Frame, moods: Sequence[str], labels: Sequence[str]) -> None:
    """Faint lines at each mood with its word on the left, and the day labels below."""
    for value, word in enumerate(moods, start=1):
        height = frame.y(value)
        _rule(figure, height)
        _text(figure, PLOT_LEFT - 0.015, height, word, LABEL_SIZE, ha="right")
    for index, label in enumerate(labels):
        x = frame.x(index)
        _text(figure, x, PLOT_BOTTOM - 0.035, label, LABEL_SIZE, ha="center", va="top")


def _draw_series(
    figure: Figure, frame: _Frame, moods: Sequence[int | None], colour: str, nudge: float
) -> None:
    """One series of moods across the days, broken wherever a mood is missing."""
    xs = [frame.x(index) + nudge for index in range(len(moods))]
    _line(figure, xs, [frame.y(mood) for mood in _series(moods)], colour)


def _draw_key(figure: Figure, name: str, left: float, colour: str) -> None:
    """One legend entry from `left`: a short stroke with a marker, then the series' name."""
    xs = [left, left + 0.02, left + 0.04]
    _line(figure, xs, [KEY_HEIGHT] * 3, colour, markevery=[1])
    _text(figure, left + 0.055, KEY_HEIGHT, name, LEGEND_SIZE, ha="left")


def _png(rgba: NDArray[np.uint8]) -> bytes:
    """Encode RGBA pixels as an RGB PNG with no row filters and no metadata."""
    import numpy as np

    height, width, _ = rgba.shape
    rows = np.empty((height, 1 + width * 3), dtype=np.uint8)
    rows[:, 0] = 0  # each row opens with filter 0 (none)
    # Copied in place: reshaping the RGB view first would copy the pixels twice.
    rows[:, 1:].reshape(height, width, 3)[...] = rgba[:, :, :3]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    pixels = zlib.compress(rows.tobytes(), PNG_COMPRESSION)
    return PNG_SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND")


def _chunk(kind: bytes, body: bytes = b"") -> bytes:
    """One PNG chunk: length, kind, body and checksum."""
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _blank_canvas() -> FigureCanvasAgg:
    """An Agg canvas holding an empty figure of the chart's size."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, facecolor=BACKGROUND)
    return FigureCanvasAgg(figure)


@functools.lru_cache(maxsize=16)
def _background(labels: tuple[str, ...], words: ChartWords) -> NDArray[np.uint8]:
    """The unchanging parts of a chart with these day labels and words, as read-only pixels."""
    import numpy as np

    canvas = _blank_canvas()
    _draw_scale(canvas.figure, _Frame(len(labels)), words.moods, labels)
    _draw_key(canvas.figure, words.morning, MORNING_KEY_LEFT, MORNING_COLOUR)
    _draw_key(canvas.figure, words.evening, EVENING_KEY_LEFT, EVENING_COLOUR)
    # backend_agg has no type annotations, hence the ignores on its calls.
    canvas.draw()  # type: ignore[no-untyped-call]
    pixels = np.array(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    pixels.flags.writeable = False
    return pixels


def render_mood_chart(days: Sequence[ChartDay], words: ChartWords) -> bytes:
    """Draw morning and evening moods per day as a 900x560 PNG; safe to call from any thread."""
    import numpy as np

    canvas = _blank_canvas()
    figure = canvas.figure
    pixels = np.asarray(canvas.get_renderer().buffer_rgba())  # type: ignore[no-untyped-call]
    pixels[...] = _background(tuple(day.label for day in days), words)
    frame = _Frame(len(days))
    _draw_series(figure, frame, [day.morning for day in days], MORNING_COLOUR, -NUDGE)
    _draw_series(figure, frame, [day.evening for day in days], EVENING_COLOUR, NUDGE)
    _text(figure, 0.03, 0.93, words.title, TITLE_SIZE, ha="left")
    for artist in [*figure.artists, *figure.texts]:
        figure.draw_artist(artist)
    return _png(pixels)


def chart_days(figures: WeekFigures, day_labels: Sequence[str]) -> list[ChartDay]:
    """The seven days of the mood chart, Monday to Sunday, under these labels."""
    return [
        ChartDay(label, morning, evening)
        for label, morning, evening in zip(
            day_labels, figures.morning_moods, figures.evening_moods, strict=True
        )
    ]
