"""WCAG 2.x contrast of the default theme, computed on the colours the app ships (deskclient/ui/style.py).

Text needs 4.5:1 (AA, 1.4.3) — we ask it of all text, large or not; large text (the avatars'
initials) 3:1; a control's edge and the focus ring 3:1 against what is around them (1.4.11).
Disabled controls are exempt (WCAG 1.4.3: "text that is part of an inactive user interface
component"): their colours are reported, not required.
"""

from __future__ import annotations

import re
from dataclasses import fields

import pytest
from PySide6.QtGui import QPalette

from deskclient.ui.style import (
    AVATAR_COLOURS,
    AVATAR_TEXT,
    COLOURS,
    PALETTE_PAIRS,
    apply_theme,
    palette,
    stylesheet,
)

TEXT, LARGE, COMPONENT = 4.5, 3.0, 3.0
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
PAGE_BACKGROUNDS = (COLOURS.surface, COLOURS.card)  # what a rule without its own background sits on


def luminance(colour: str) -> float:
    """Relative luminance, WCAG 2.x: sRGB channels linearised, weighted 0.2126, 0.7152, 0.0722."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    parsed = []
    for selector, body in RULE.findall(sheet):
        declarations = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip()] = value.strip()
        parsed.append((" ".join(selector.split()), declarations))
    return parsed


def colour_of(value: str) -> str | None:
    found = HEX.search(value)
    return found.group(0).lower() if found else None


def test_the_formula_matches_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic AA grey


def test_every_colour_in_the_stylesheet_comes_from_the_theme():
    """One place for colours: the test below reads exactly what the app paints."""
    theme = {getattr(COLOURS, f.name).lower() for f in fields(COLOURS)}
    stray = {colour.lower() for colour in HEX.findall(stylesheet())} - theme
    assert stray == set()


def test_text_in_the_stylesheet_meets_aa():
    failures = []
    for selector, declarations in rules(stylesheet()):
        if ":disabled" in selector:
            continue  # exempt, see the module docstring
        foreground = colour_of(declarations.get("color", "")) or COLOURS.ink
        own = colour_of(declarations.get("background", ""))
        for background in ([own] if own else PAGE_BACKGROUNDS):
            ratio = contrast(foreground, background)
            if ratio < TEXT:
                failures.append(f"{selector}: {foreground} on {background} is {ratio:.2f}:1")
    assert failures == []


def test_control_edges_and_focus_rings_can_be_seen():
    failures = []
    checked = 0
    for selector, declarations in rules(stylesheet()):
        border = declarations.get("border", "") + " " + declarations.get("border-color", "")
        edge = colour_of(border)
        if edge is None or ":disabled" in selector or selector.startswith("QFrame"):
            continue  # a card's edge is decoration, not a control
        own = colour_of(declarations.get("background", ""))
        around = PAGE_BACKGROUNDS
        for background in around:
            checked += 1
            ratio = contrast(edge, background)
            if ratio < COMPONENT:
                failures.append(f"{selector}: edge {edge} next to {background} is {ratio:.2f}:1")
        # the ring must also stand out from the control's own fill (a blue ring on a blue button is invisible)
        if ":focus" in selector and own and edge == own:
            failures.append(f"{selector}: focus ring {edge} is the button's own colour")
    assert checked >= 10
    assert failures == []


def test_focus_ring_differs_from_the_unfocused_edge_in_width_too():
    """Not by colour alone (1.4.1): every focus rule draws a thicker border than the plain rule."""
    parsed = rules(stylesheet())
    focus = [(s, d) for s, d in parsed if s.endswith(":focus") and "border" in d]
    assert {s.split(":")[0] for s, _ in focus} >= {"QPushButton", 'QPushButton[role="primary"]', "QLineEdit"}
    for selector, declarations in focus:
        assert declarations["border"].startswith("3px"), selector


def test_palette_roles_meet_aa(qapp):
    apply_theme(qapp)
    for source in (palette(), qapp.palette()):  # what the module builds, and what the app really has
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for foreground, background, needed in PALETTE_PAIRS:
                first, second = source.color(group, foreground).name(), source.color(group, background).name()
                ratio = contrast(first, second)
                assert ratio >= needed, f"{group.name} {foreground.name} {first} on {background.name} {second}"


def test_avatar_initials_are_readable():
    for colour in AVATAR_COLOURS:
        assert contrast(AVATAR_TEXT, colour) >= LARGE, colour  # bold initials a third of 72 px high


def test_status_and_error_colours():
    assert contrast(COLOURS.danger, COLOURS.surface) >= TEXT
    assert contrast(COLOURS.danger, COLOURS.card) >= TEXT
    assert contrast(COLOURS.ink, COLOURS.warning_bg) >= TEXT
    assert contrast(COLOURS.on_accent, COLOURS.accent_dark) >= TEXT  # primary button, hovered
    assert contrast(COLOURS.tooltip_text, COLOURS.tooltip_bg) >= TEXT


def test_disabled_colours_are_reported_not_required():
    """WCAG exempts them; ours still reach 3:1 so a greyed button can be read on a sunny screen."""
    assert contrast(COLOURS.disabled_text, COLOURS.surface) >= 3.0
    assert contrast(COLOURS.disabled_text, COLOURS.disabled_bg) >= 2.5
