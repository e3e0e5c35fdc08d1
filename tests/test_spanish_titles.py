"""The app's name in Spanish where a Spanish reader meets it: every window's title (Qt ends each with
the app's display name), the printed report's header, and the message after choosing a language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication

from liverbook.i18n import app_name
from liverbook.ui.language import Language, changed_message, in_language


@pytest.fixture
def in_spanish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    chosen = Language("es")
    chosen.install(qapp)
    try:
        yield
    finally:
        chosen.remove(qapp)


def test_window_titles_end_in_the_apps_name_in_spanish(qapp, in_spanish) -> None:  # type: ignore[no-untyped-def]
    assert app_name() == "Manual del cáncer de hígado"
    assert QGuiApplication.applicationDisplayName() == "Manual del cáncer de hígado"


def test_back_in_english_the_titles_are_english_again(qapp) -> None:  # type: ignore[no-untyped-def]
    chosen = Language("es")
    chosen.install(qapp)
    chosen.remove(qapp)
    assert QGuiApplication.applicationDisplayName() == "Liver Cancer Handbook" == app_name()


def test_the_printed_reports_header_names_the_app_in_spanish(qapp, in_spanish, handbook) -> None:  # type: ignore[no-untyped-def]
    from liverbook.store.model import Situation
    from liverbook.summary.report import report_header
    from liverbook.summary.report_data import Period, ReportData

    day = dt.date(2026, 12, 3)
    data = ReportData(Period("weeks-4", day - dt.timedelta(days=27), day), Situation(name="Ana"))
    header = report_header(data, day)
    assert header.startswith("Manual del cáncer de hígado · ") and "Liver Cancer" not in header


def test_the_message_after_choosing_a_language_is_in_that_language_first(qapp) -> None:  # type: ignore[no-untyped-def]
    spanish_first = changed_message("es")
    assert spanish_first.startswith("El manual estará en Español")
    assert spanish_first.endswith("The handbook will be in Español the next time it starts.")
    assert in_language("en", "Language", "Same as this &computer") == "Same as this &computer"


def test_from_spanish_to_english_the_message_is_english_first(qapp, in_spanish) -> None:  # type: ignore[no-untyped-def]
    english_first = changed_message("en")
    assert english_first.startswith("The handbook will be in English the next time it starts.")
    assert english_first.endswith("El manual estará en English la próxima vez que se abra.")
