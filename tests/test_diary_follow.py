"""My diary, after the first trial: what a reader noticed and what they now see instead.

* At the largest text size a "get help now" message is taller than the page: it opens at its first
  lines (what to do now), with the keyboard there, not scrolled to its middle.
* Changing an older check-in judges it again: its warning signs replace the old ones, and its advice
  is shown, saying which check-in it is about.
* The diary settings never act on an own item that a backup put back took away (it raised KeyError).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea

from liverbook.store import Store
from liverbook.store.diary_model import Answer, NewEntry
from liverbook.ui.appearance.zoom import STEPS


def _check_in(window, qtbot, entry_id=None, **answers: int):  # type: ignore[no-untyped-def]
    dialog = window.diary_actions.check_in(entry_id)
    qtbot.waitUntil(dialog.isVisible)
    for item, button in answers.items():
        dialog.inputs[item.replace("_", "-")].choices.buttons[button].click()
    dialog.done_button.click()
    return dialog


def _area_of(widget) -> QScrollArea:  # type: ignore[no-untyped-def]
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def test_a_long_go_now_message_opens_at_what_to_do_now_at_the_largest_text(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.zoom.set_percent(STEPS[-1])
    QApplication.processEvents()
    _check_in(window, qtbot, black_stools=1, confusion=1, thinking_changes=1)
    panel = window.tab_views.view("diary").overview.advice
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(400)  # the words wrap again as the page settles
    area = _area_of(panel)
    viewport = area.viewport()
    assert panel.height() > viewport.height()  # taller than the page: where it opens matters
    top = panel.title.mapTo(viewport, QPoint(0, 0)).y()
    action_bottom = panel.action.mapTo(viewport, QPoint(0, panel.action.height())).y()
    assert top >= 0 and action_bottom <= viewport.height(), (top, action_bottom, viewport.height())
    assert panel.title.text() == "Get help now"
    assert window.focusWidget() is panel


def _older_check_in(data_dir: Path, days_ago: int) -> int:
    when = (dt.datetime.now() - dt.timedelta(days=days_ago)).replace(second=0, microsecond=0)
    aware = when.astimezone()
    with Store.open(data_dir) as store:
        older = store.add_entry(
            NewEntry(when, aware.astimezone(dt.timezone.utc), "patient", (Answer("pain", 0.0),))
        )
        latest = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=1)
        store.add_entry(
            NewEntry(
                latest, latest.astimezone().astimezone(dt.timezone.utc), "patient", (Answer("pain", 0.0),)
            )
        )
    return older.id


def test_changing_an_older_check_in_judges_it_again_and_shows_its_advice(launch, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    older = _older_check_in(data_dir, days_ago=6)
    window = launch()
    view = window.tab_views.view("diary")
    window.show_tab(window.tabs.indexOf(view))
    view.show_key(view.keys()[1])  # Past check-ins
    _check_in(window, qtbot, older, black_stools=1)
    panel = view.overview.advice
    qtbot.waitUntil(panel.isVisible)
    assert window.current_view() is view and view.current_key() == view.keys()[0]
    assert panel.title.text() == "Get help now" and "bleeding inside the gut" in panel.accessibleDescription()
    assert panel.when.text().startswith("About your check-in of ")
    assert "which you changed. Do this if things are still like this." in panel.when.text()
    assert window.focusWidget() is panel
    store = window.core.store
    assert [a.rule_id for a in store.get_entry(older).alerts] == ["gut-bleeding"]  # kept with that entry
    assert store.latest_entries(1)[0].alerts == ()  # and not with the latest one

    # Changed again, the sign taken back: its rules are judged again and replace the old ones.
    _check_in(window, qtbot, older, black_stools=0)
    qtbot.waitUntil(lambda: store.get_entry(older).alerts == ())
    qtbot.waitUntil(lambda: not panel.isVisible())


def test_advice_of_a_changed_check_in_stays_until_read_then_the_latest_comes_back(
    launch, qtbot, data_dir
) -> None:  # type: ignore[no-untyped-def]
    older = _older_check_in(data_dir, days_ago=3)
    window = launch()
    _check_in(window, qtbot, thinking_changes=1)  # today: a call-today sign, not read yet
    view = window.tab_views.view("diary")
    panel = view.overview.advice
    qtbot.waitUntil(panel.isVisible)
    latest_title = panel.title.text()
    _check_in(window, qtbot, older, confusion=1)
    qtbot.waitUntil(lambda: panel.title.text() == "Get help now")
    assert "which you changed" in panel.when.text()
    panel.read_button.click()
    # The latest check-in's advice, still unread, is shown again: reading one does not hide the other.
    assert panel.isVisible() and panel.title.text() == latest_title
    assert panel.when.text().startswith("About your check-in of") and "changed" not in panel.when.text()
    panel.read_button.click()
    assert not panel.isVisible()
    window.close()
    again = launch()  # both remembered as read
    view = again.tab_views.view("diary")
    again.show_tab(again.tabs.indexOf(view))
    qtbot.waitUntil(lambda: "Last check-in" in view.overview.last_line.text())
    assert not view.overview.advice.isVisible()


def test_an_own_item_taken_away_by_a_backup_put_back_is_never_toggled(
    launch, qtbot, data_dir, prompts
) -> None:  # type: ignore[no-untyped-def]
    yesterday = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    with Store.open(data_dir, clock=lambda: yesterday) as store:
        store.add_note("an old note")
        backup = store.maybe_backup()
        assert backup is not None
    window = launch()
    settings = window.show_dialog("diary_settings")
    qtbot.waitUntil(settings.isVisible)
    settings.own_name.setText("Leg cramps")
    settings.add_button.click()
    own_id = next(i for i in settings.item_boxes if i.startswith("own-"))
    stale_box = settings.item_boxes[own_id]
    assert window.data_actions.restore.restore_file(backup)  # yesterday's copy: no own item in it
    assert own_id not in settings.item_boxes  # the list shows the items there are now
    stale_box.setChecked(not stale_box.isChecked())  # a click that was on its way: no KeyError
    assert "no longer one of your items" in settings.message.text()
    assert window.core.store.list_own_items() == []
    # An own item added now may get the same id again: the tick still acts on the item shown.
    settings.own_name.setText("Hiccups")
    settings.add_button.click()
    box = next(b for i, b in settings.item_boxes.items() if i.startswith("own-"))
    box.setChecked(False)
    assert [(o.name, o.active) for o in window.core.store.list_own_items()] == [("Hiccups", False)]


def test_reading_one_check_ins_advice_keeps_the_others_read() -> None:
    from liverbook.diary.after_check_in import KEEP_READ, acknowledged_with, acknowledgement

    def entry(entry_id: int, minute: int = 0):  # type: ignore[no-untyped-def]
        from liverbook.store.diary_model import Entry

        when = dt.datetime(2026, 12, 1, 9, minute)
        return Entry(entry_id, when, when, "patient", (), (), when, when)

    read = acknowledged_with(None, entry(1))
    read = acknowledged_with(read, entry(7))
    assert read.split() == [acknowledgement(entry(1)), acknowledgement(entry(7))]
    read = acknowledged_with(read, entry(1, minute=5))  # entry 1 changed since: read again as it is now
    assert acknowledgement(entry(1)) in read.split() and acknowledgement(entry(1, 5)) in read.split()
    for n in range(100):
        read = acknowledged_with(read, entry(100 + n))
    assert len(read.split()) == KEEP_READ and acknowledgement(entry(199)) in read.split()


def test_a_treatment_known_only_to_the_month_is_a_line_and_a_thin_bracket(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from liverbook.diary.chart import draw_chart
    from liverbook.diary.items import by_id, catalog
    from liverbook.diary.messages import span_text
    from liverbook.diary.trends import Marker, chart_data
    from liverbook.fonts import register_fonts
    from liverbook.store.diary_model import DiaryPrefs, Point

    assert span_text(dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == "Nov 2026"
    assert span_text(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == "2026"
    start, end = dt.date(2026, 11, 20), dt.date(2026, 12, 3)
    from liverbook import paths
    from liverbook.content import load_handbook

    item = by_id(catalog(load_handbook(paths.content_dir()), [], {}, frozenset()))["pain"]
    when = dt.datetime(2026, 12, 3, 9)
    points = [Point(1, when.replace(tzinfo=dt.timezone.utc), when, 6.0)]
    month = Marker(dt.date(2026, 11, 1), dt.date(2026, 11, 30), "Started Atezo + Bev")
    data = chart_data(item, points, DiaryPrefs(), start, end, "Last 2 weeks", [month])
    assert [m.label for m in data.markers] == ["Started Atezo + Bev (Nov 2026, day not known)"]

    def ink(markers: tuple[Marker, ...]) -> float:
        """The share of the middle of the plot (away from lines and labels) that is not paper."""
        register_fonts()
        image = QImage(900, 360, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        draw_chart(painter, QRectF(0, 0, 900, 360), dataclasses.replace(data, markers=markers))
        painter.end()
        box = [(x, y) for x in range(420, 560) for y in range(150, 230)]
        return sum(1 for x, y in box if image.pixelColor(x, y).lightness() < 250) / len(box)

    # The month is drawn calmly: no block laid over the days (it looked like a treatment every day).
    assert ink(data.markers) - ink(()) < 0.01, (ink(data.markers), ink(()))


def test_a_refused_answer_is_shown_with_its_message_and_a_temperature_in_f_is_named(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    window.zoom.set_percent(STEPS[-1])
    dialog = window.diary_actions.check_in()
    qtbot.waitUntil(dialog.isVisible)
    field = dialog.inputs["temperature"].number
    field.setText("101")
    field.textEdited.emit("101")
    dialog.inputs["pain"].focus_target().setFocus()  # the reader is back at the top when pressing Done
    area = _area_of(field)
    area.verticalScrollBar().setValue(0)
    dialog.done_button.click()
    qtbot.wait(100)
    problem = dialog.inputs["temperature"].problem
    assert dialog.isVisible() and dialog.focusWidget() is field
    assert problem.text().startswith("101 looks like °F, but this diary asks for °C.")
    viewport = area.viewport()
    top = problem.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + problem.height() <= viewport.height(), (
        top,
        problem.height(),
        viewport.height(),
    )
    assert field.mapTo(viewport, QPoint(0, 0)).y() >= 0


def test_shift_tab_into_a_question_shows_the_whole_question(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window = launch()
    dialog = window.diary_actions.check_in()
    qtbot.waitUntil(dialog.isVisible)
    rows = list(dialog.inputs.values())
    here = rows[5]
    here.focus_target().setFocus()
    area = _area_of(here)
    area.verticalScrollBar().setValue(here.mapTo(area.widget(), QPoint(0, 0)).y())  # this question at the top
    QApplication.processEvents()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    before = rows[4]
    assert before.isAncestorOf(dialog.focusWidget())
    assert before.mapTo(area.viewport(), QPoint(0, 0)).y() >= 0  # the question, not only its last row


def test_tab_goes_from_the_list_to_item_period_and_show_as_in_trends(launch, qtbot, data_dir) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window = launch()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view = window.tab_views.view("diary")
    window.show_tab(window.tabs.indexOf(view))
    view.show_key(view.keys()[2])  # Trends, made now
    trends = view.trends
    view.page_list.setFocus()
    reached = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[0] is trends.item_box
    periods = set(trends.periods.buttons())
    shows = set(trends.views.buttons())
    assert any(w in periods for w in reached[1:3]) and any(w in shows for w in reached[1:4])


def test_an_unread_go_now_message_is_not_replaced_by_the_next_check_in(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = launch()
    _check_in(window, qtbot, black_stools=1)  # get help now: not read
    panel = window.tab_views.view("diary").overview.advice
    qtbot.waitUntil(panel.isVisible)
    _check_in(window, qtbot, thinking_changes=1)  # a later check-in with a call-today sign
    qtbot.wait(300)
    assert panel.isVisible() and panel.title.text() == "Get help now"  # still there until read
    panel.read_button.click()
    assert panel.isVisible() and panel.title.text() == "Call your care team today"  # then the latest's
    panel.read_button.click()
    assert not panel.isVisible()


def test_a_single_answer_is_said_plainly_and_who_answers_says_where_it_came_from(launch, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    window = launch()
    dialog = window.diary_actions.check_in()
    qtbot.waitUntil(dialog.isVisible)
    dialog.who.set_value(1.0)  # a carer
    dialog.who.chosen.emit(1.0)
    dialog.inputs["pain"].choices.buttons[6].click()
    dialog.done_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.core.diary.summary("pain", "2w").startswith("Pain: 6 on ")
    assert "the only day answered" in window.core.diary.summary("pain", "2w")
    again = window.diary_actions.check_in()
    qtbot.waitUntil(again.isVisible)
    assert again.who.value() == 1.0  # a carer again, as last time, and the form says so
    words = [label.text() for label in again.findChildren(QLabel)]
    assert "Chosen as in your last check-in. Change it if someone else is answering now." in words


def test_a_chart_of_years_names_months_and_years_and_keeps_labels_off_the_plot(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from liverbook import paths
    from liverbook.content import load_handbook
    from liverbook.diary.chart import draw_chart
    from liverbook.diary.items import by_id, catalog
    from liverbook.diary.trends import chart_data
    from liverbook.fonts import register_fonts
    from liverbook.store.diary_model import DiaryPrefs, Point

    if shutil.which("pdftotext") is None:
        import pytest

        pytest.skip("pdftotext (poppler-utils) is not installed")
    item = by_id(catalog(load_handbook(paths.content_dir()), [], {}, frozenset()))["pain"]
    start, end = dt.date(2021, 12, 3), dt.date(2026, 12, 3)
    points = []
    for n in range(0, (end - start).days, 30):
        when = dt.datetime.combine(start + dt.timedelta(days=n), dt.time(9))
        points.append(Point(n, when.replace(tzinfo=dt.timezone.utc), when, float(n % 7)))
    data = chart_data(item, points, DiaryPrefs(), start, end, "All time")
    register_fonts()
    target = tmp_path / "years.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    draw_chart(painter, QRectF(writer.width() / 3, 0, writer.width() * 2 / 3, writer.height() / 3), data)
    painter.end()
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    assert "Jan 2022" in text or "Dec 2021" in text, text
    assert "2026" in text and "3 Dec" not in text  # months and years, not days without a year
