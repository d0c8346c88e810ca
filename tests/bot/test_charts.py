from __future__ import annotations

import struct
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from bot import charts
from bot.charts import (
    EVENING_COLOUR,
    HEIGHT_PX,
    MORNING_COLOUR,
    WIDTH_PX,
    ChartDay,
    render_mood_chart,
)
from bot.texts.weekly import chart_words, day_labels
from testkit.words import EN

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

CHART_WORDS = chart_words(EN)
WEEKDAY_LABELS = day_labels(EN)


def week(mornings: list[int | None], evenings: list[int | None]) -> list[ChartDay]:
    return [
        ChartDay(label, morning, evening)
        for label, morning, evening in zip(WEEKDAY_LABELS, mornings, evenings, strict=True)
    ]


FULL_WEEK = week([2, 3, 3, 4, 4, 5, 3], [3, 3, 4, 4, 5, 4, 2])
WITH_GAPS = week([2, None, 3, None, None, 5, 1], [None, 3, None, None, 4, None, None])
ONE_DAY = week([None, None, 3, None, None, None, None], [None] * 7)


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which always comes first."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    assert length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def chunk_kinds(data: bytes) -> list[bytes]:
    kinds: list[bytes] = []
    offset = 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind = data[offset + 4 : offset + 8]
        body = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + body) == crc
        kinds.append(kind)
        offset += 12 + length
    return kinds


def pixels(data: bytes) -> np.ndarray:
    """The RGB pixels of one of our PNGs (8-bit RGB, every row with filter 0)."""
    width, height = png_size(data)
    assert data[24:26] == bytes([8, 2])  # bit depth 8, colour type RGB
    idat = b""
    offset = 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        if data[offset + 4 : offset + 8] == b"IDAT":
            idat += data[offset + 8 : offset + 8 + length]
        offset += 12 + length
    rows = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, 1 + width * 3)
    assert not rows[:, 0].any()
    return rows[:, 1:].reshape(height, width, 3)


def colour_count(data: bytes, colour: str) -> int:
    """How many pixels below the legend are exactly this colour."""
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.uint8)
    plot = pixels(data)[HEIGHT_PX // 5 :]
    return int((plot == rgb).all(axis=2).sum())


@pytest.mark.parametrize(
    "days", [FULL_WEEK, WITH_GAPS, ONE_DAY], ids=["full-week", "with-gaps", "one-day"]
)
def test_renders_a_png_of_the_expected_size(days: list[ChartDay]) -> None:
    data = render_mood_chart(days, CHART_WORDS)
    assert data.startswith(PNG_SIGNATURE)
    assert png_size(data) == (WIDTH_PX, HEIGHT_PX) == (900, 560)
    kinds = chunk_kinds(data)
    assert kinds[0] == b"IHDR"
    assert kinds[-1] == b"IEND"


def test_no_software_metadata() -> None:
    data = render_mood_chart(FULL_WEEK, CHART_WORDS)
    assert b"matplotlib" not in data.lower()


def test_a_single_day_on_its_own() -> None:
    data = render_mood_chart([ChartDay("Wed", 2, 4)], CHART_WORDS)
    assert png_size(data) == (WIDTH_PX, HEIGHT_PX)


def test_a_week_without_any_mood() -> None:
    data = render_mood_chart(week([None] * 7, [None] * 7), CHART_WORDS)
    assert png_size(data) == (WIDTH_PX, HEIGHT_PX)


def test_same_input_same_picture() -> None:
    assert render_mood_chart(WITH_GAPS, CHART_WORDS) == render_mood_chart(WITH_GAPS, CHART_WORDS)


def test_cached_background_draws_the_same_picture() -> None:
    charts._background.cache_clear()
    first = render_mood_chart(WITH_GAPS, CHART_WORDS)  # draws the background
    assert render_mood_chart(WITH_GAPS, CHART_WORDS) == first  # reuses it


def test_a_week_with_no_moods_draws_no_points_at_all() -> None:
    data = render_mood_chart(week([None] * 7, [None] * 7), CHART_WORDS)
    assert colour_count(data, MORNING_COLOUR) == 0
    assert colour_count(data, EVENING_COLOUR) == 0


def test_each_series_is_drawn() -> None:
    data = render_mood_chart(ONE_DAY, CHART_WORDS)
    assert colour_count(data, MORNING_COLOUR) > 50
    assert colour_count(data, EVENING_COLOUR) == 0


def test_gaps_are_left_as_gaps() -> None:
    apart = render_mood_chart(week([3, None, 3] + [None] * 4, [None] * 7), CHART_WORDS)
    joined = render_mood_chart(week([3, 3, 3] + [None] * 4, [None] * 7), CHART_WORDS)
    # the joined line covers the middle column; with a gap only two round points are drawn
    assert colour_count(joined, MORNING_COLOUR) > colour_count(apart, MORNING_COLOUR) + 100


def test_gaps_change_the_picture() -> None:
    assert render_mood_chart(FULL_WEEK, CHART_WORDS) != render_mood_chart(WITH_GAPS, CHART_WORDS)


def test_four_threads_at_once() -> None:
    inputs = [FULL_WEEK, WITH_GAPS, ONE_DAY, FULL_WEEK] * 3
    expected = [render_mood_chart(days, CHART_WORDS) for days in inputs]
    charts._background.cache_clear()  # the threads race to draw the background too
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda days: render_mood_chart(days, CHART_WORDS), inputs))
    assert results == expected
    for data in results:
        assert png_size(data) == (WIDTH_PX, HEIGHT_PX)


def test_importing_the_module_does_not_import_matplotlib_or_pyplot() -> None:
    code = (
        "import sys, bot.charts, bot.core.week\n"
        "assert 'matplotlib' not in sys.modules\n"
        "words = bot.charts.ChartWords('x', 'am', 'pm', ('1', '2', '3', '4', '5'))\n"
        "bot.charts.render_mood_chart([bot.charts.ChartDay('Mon', 3, None)], words)\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
