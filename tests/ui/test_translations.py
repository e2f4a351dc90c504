"""The shipped translations: complete, placeholder-safe, compilable, and in step with the code."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from deskclient.paths import resource_path
from deskclient.ui import i18n_build
from deskclient.ui.i18n import LANGUAGES

TS_DIR = resource_path("i18n")
TRANSLATED = ("bn", "hi", "sw")
TS_LANGUAGE = {"en": "en", "bn": "bn_IN", "hi": "hi_IN", "sw": "sw_KE"}
MAX_UNFINISHED = 0.05
#: Qt's placeholders (%1..%99, the plural count %n, and %L1/%Ln in the locale's digits) and {name} ones.
PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)|\{\w*\}")
#: Plural forms Qt's rules have for each language (lrelease refuses other counts only at run time).
PLURAL_FORMS = {"en": 2, "bn": 2, "hi": 2, "sw": 2}
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift)\+\w+")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # one text, or every plural form
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def describe(self) -> str:
        return f"[{self.context}] {self.source!r}"


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``; ``%Ln`` counts as ``%n`` (the same number, in the locale's digits)."""
    return [found.replace("%L", "%") for found in PLACEHOLDER.findall(text)]


def ts_path(language: str) -> Path:
    return TS_DIR / f"deskclient_{language}.ts"


def read_ts(path: Path) -> tuple[ET.Element, list[Message]]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: no <translation> for {message.findtext('source')!r}"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                 numerus, forms, translation.get("type") == "unfinished"))
    return root, found


def finished(messages: list[Message]) -> list[Message]:
    return [m for m in messages if not m.unfinished and all(form.strip() for form in m.forms)]


@pytest.fixture(scope="module")
def fresh_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every .qm, compiled by the build module into a temporary folder (the checkout is left alone)."""
    out = tmp_path_factory.mktemp("qm")
    assert i18n_build.main(["--output-dir", str(out)]) == 0
    return out


def test_every_shipped_language_has_a_ts_file():
    assert sorted(p.stem.removeprefix("deskclient_") for p in i18n_build.ts_files()) == sorted(LANGUAGES)
    assert sorted(i18n_build.TS_LANGUAGES) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", sorted(TS_LANGUAGE))
def test_ts_parses_and_names_its_language(language):
    root, messages = read_ts(ts_path(language))
    assert root.tag == "TS"
    assert root.get("language") == TS_LANGUAGE[language]
    assert messages


@pytest.mark.parametrize("language", TRANSLATED)
def test_nearly_every_message_is_translated(language):
    _, messages = read_ts(ts_path(language))
    missing = [m.describe() for m in messages if m not in finished(messages)]
    assert len(missing) <= MAX_UNFINISHED * len(messages), (
        f"{len(missing)} of {len(messages)} messages in deskclient_{language}.ts are unfinished or empty:\n  "
        + "\n  ".join(missing))


@pytest.mark.parametrize("language", sorted(TS_LANGUAGE))
def test_translations_keep_the_placeholders_shortcuts_and_ellipses(language):
    _, messages = read_ts(ts_path(language))
    wrong = []
    for message in finished(messages):
        for form in message.forms:
            if Counter(placeholders(form)) != Counter(placeholders(message.source)):
                wrong.append(f"{message.describe()} -> {form!r}: placeholders differ")
            if Counter(SHORTCUT.findall(form)) != Counter(SHORTCUT.findall(message.source)):
                wrong.append(f"{message.describe()} -> {form!r}: keyboard shortcut changed")
            if message.source.endswith("…") and not form.endswith("…"):
                wrong.append(f"{message.describe()} -> {form!r}: lost the closing …")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", sorted(TS_LANGUAGE))
def test_plural_messages_have_every_form(language):
    _, messages = read_ts(ts_path(language))
    plurals = [m for m in messages if m.numerus]
    assert plurals, "the code has plural (%n) messages; lupdate should have found them"
    incomplete = [m.describe() for m in plurals
                  if m.unfinished or len(m.forms) != PLURAL_FORMS[language]
                  or not all(form.strip() for form in m.forms)]
    assert not incomplete, f"deskclient_{language}.ts: plural forms missing for\n  " + "\n  ".join(incomplete)


@pytest.mark.parametrize("language", sorted(TS_LANGUAGE))
def test_plural_counts_are_written_in_the_locales_digits(language):
    """``%Ln``, not ``%n``: Bengali shows ১২, English 1,234 (``%n`` would always be ASCII digits, ungrouped)."""
    _, messages = read_ts(ts_path(language))
    ascii_counts = [f"{m.describe()} -> {form!r}" for m in messages if m.numerus for form in m.forms
                    if re.search(r"%n", form)]
    assert not ascii_counts, f"deskclient_{language}.ts: use %Ln for the count in\n  " + "\n  ".join(ascii_counts)


def test_every_plural_message_in_the_code_says_n():
    """A count shown with tr(text, "", n) must have %n in its source, or the number never appears."""
    _, messages = read_ts(ts_path("en"))
    missing = [m.describe() for m in messages if m.numerus and "%n" not in m.source and "%Ln" not in m.source]
    assert not missing, "plural messages without %n:\n  " + "\n  ".join(missing)


def test_english_plurals_say_one_item_and_two_items(qapp, fresh_qm):
    translator = QTranslator()
    assert translator.load(str(fresh_qm / "deskclient_en.qm"))
    qapp.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        text = "%n item(s) waiting to be sent"
        assert QCoreApplication.translate("SyncStatusBar", text, None, 1) == "1 item waiting to be sent"
        assert QCoreApplication.translate("SyncStatusBar", text, None, 3) == "3 items waiting to be sent"
        assert QCoreApplication.translate("SyncStatusBar", text, None, 1234) == "1,234 items waiting to be sent"
    finally:
        QLocale.setDefault(previous)
        qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_translation_loads_and_translates(qapp, fresh_qm, language):
    qm = fresh_qm / f"deskclient_{language}.qm"
    assert qm.is_file(), f"{qm.name} was not built by python -m deskclient.ui.i18n_build"
    _, messages = read_ts(ts_path(language))
    expected = next(m.forms[0] for m in messages if m.key == ("LoginPage", "Who is working?", ""))
    translator = QTranslator()
    assert translator.load(str(qm)), f"QTranslator could not load {qm}"
    qapp.installTranslator(translator)
    try:
        translated = QCoreApplication.translate("LoginPage", "Who is working?")
        assert translated == expected
        assert translated != "Who is working?"
    finally:
        qapp.removeTranslator(translator)


def test_build_skips_up_to_date_files_and_rebuilds_stale_ones(tmp_path):
    ts = tmp_path / "deskclient_bn.ts"
    ts.write_bytes(ts_path("bn").read_bytes())
    assert i18n_build.compile_translations(tmp_path) == [tmp_path / "deskclient_bn.qm"]
    assert i18n_build.compile_translations(tmp_path) == []
    qm = tmp_path / "deskclient_bn.qm"
    stamp = qm.stat().st_mtime
    os.utime(ts, (stamp + 10, stamp + 10))
    assert i18n_build.compile_translations(tmp_path) == [qm]


def test_every_string_in_the_code_is_in_every_ts_file(tmp_path):
    extracted = tmp_path / "deskclient_extracted.ts"
    i18n_build.run_lupdate([extracted], locations="none")
    _, in_code = read_ts(extracted)
    assert in_code, "lupdate found no translatable strings in deskclient/"
    problems = []
    for language in sorted(TS_LANGUAGE):
        _, shipped = read_ts(ts_path(language))
        have = {m.key for m in shipped}
        missing = [m.describe() for m in in_code if m.key not in have]
        if missing:
            problems.append(f"deskclient_{language}.ts lacks {len(missing)} string(s):\n    " + "\n    ".join(missing))
    assert not problems, (
        "Strings marked for translation in the code are missing from the translation files.\n"
        f"Run `{i18n_build.UPDATE_COMMAND}`, translate the new (unfinished) messages in "
        "resources/i18n/deskclient_*.ts, then `make translations`.\n  " + "\n  ".join(problems))
