"""Server-side SVG charts with matplotlib: the same figures give the same bytes.

Determinism: the Agg-free SVG backend, a fixed hash salt for element ids, no date in the
metadata, text kept as text (`svg.fonttype = none`). The SVG is served as its own response
(an `<img>`), so its inline styles do not need the page's CSP to allow inline styles.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

__all__ = ["backlog_chart", "per_day_chart", "warm_up"]

_COLOURS = ("#1f5f8b", "#d17a22", "#3a8f5c", "#8e44ad", "#b03a2e", "#5d6d7e")


def warm_up() -> None:
    """Import matplotlib ahead of the first chart (it takes a second or two)."""
    _figure()


def _figure(width: float = 7.5, height: float = 2.8):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # pyparsing names, inside matplotlib
        import matplotlib
        from matplotlib.figure import Figure

    matplotlib.rcParams.update(
        {
            "svg.hashsalt": "adminduk",
            "svg.fonttype": "none",
            "font.size": 9,
            "font.family": "DejaVu Sans",
        }
    )
    figure = Figure(figsize=(width, height), dpi=100)
    return figure, figure.add_subplot(1, 1, 1)


def _integers() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _svg(figure) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return buffer.getvalue()


def per_day_chart(days: Sequence[date], series: Mapping[str, Sequence[int]], title: str) -> bytes:
    """Stacked bars: one per day, one colour per service."""
    figure, ax = _figure()
    positions = list(range(len(days)))
    bottom = [0] * len(days)
    for i, (name, values) in enumerate(series.items()):
        ax.bar(
            positions,
            values,
            bottom=bottom,
            label=name,
            color=_COLOURS[i % len(_COLOURS)],
            width=0.8,
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(days) // 10)
    ax.set_xticks(positions[::step])
    ax.set_xticklabels([f"{d.day}/{d.month}" for d in days][::step])
    ax.set_title(title, loc="left")
    ax.set_ylabel("tiket")
    ax.spines[["top", "right"]].set_visible(False)
    if series:
        ax.legend(loc="upper left", ncol=min(6, len(series)), frameon=False, fontsize=8)
    ax.set_ylim(0, max([*bottom, 1]) * 1.25)
    ax.yaxis.set_major_locator(_integers())
    return _svg(figure)


def backlog_chart(buckets: Sequence[tuple[str, int]]) -> bytes:
    """Horizontal bars: open tickets by age in working days."""
    figure, ax = _figure(height=2.2)
    labels = [label for label, _ in buckets]
    values = [n for _, n in buckets]
    ax.barh(range(len(values)), values, color=_COLOURS[0])
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels(labels)
    ax.invert_yaxis()
    ax.set_title("Tiket terbuka menurut umur (jam kerja)", loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    for i, n in enumerate(values):
        ax.text(n, i, f" {n}", va="center")
    ax.set_xlim(0, max([*values, 1]) * 1.2)
    ax.xaxis.set_major_locator(_integers())
    return _svg(figure)
