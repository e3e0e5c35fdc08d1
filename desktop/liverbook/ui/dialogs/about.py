"""Help > About: the version, the content's review dates, the licences and the not-medical-advice notice."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from liverbook import __version__
from liverbook.content import Handbook
from liverbook.i18n import QT_TRANSLATE_NOOP, app_name, translate
from liverbook.render import format_date, not_advice
from liverbook.ui.dialogs.registry import DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen

LICENCES = (
    QT_TRANSLATE_NOOP(
        "About",
        "The program is free software under the GNU General Public License, version 3 or later "
        "(GPL-3.0-or-later).",
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "The handbook's text is shared under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0).",
    ),
    QT_TRANSLATE_NOOP(
        "About",
        "The DejaVu Sans font is under its own free licence (the Bitstream Vera licence and DejaVu "
        "changes in the public domain).",
    ),
    QT_TRANSLATE_NOOP("About", "Qt for Python (PySide6) is used under the GNU LGPL version 3."),
)


NOT_ADVICE_ANCHOR = "not-medical-advice"


def about_html(book: Handbook) -> str:
    """Help > About as rich text, in the reader's language (every piece escaped)."""
    e = html.escape
    oldest, newest = book.reviewed_range()
    if oldest == newest:
        reviewed = format_date(newest)
    else:
        reviewed = translate("About", "{first} to {last}").format(
            first=format_date(oldest), last=format_date(newest)
        )
    version = translate("About", "Version {version}").format(version=__version__)
    what = translate(
        "About",
        "A plain-language handbook for people with liver cancer and those who care for them. "
        "It works fully offline, and your notes stay on this computer.",
    )
    not_advice_title = translate("About", "Not medical advice.")
    unwell = translate(
        "About", "If you feel very unwell, call your care team or your local emergency number."
    )
    dates = translate("About", "Pages reviewed: {dates}.").format(dates=reviewed)
    counts = translate("About", "{pages} pages, {sources} sources, {terms} glossary terms.").format(
        pages=len(book.pages), sources=len(book.sources), terms=len(book.terms)
    )
    licences = "".join("<li>" + e(translate("About", text)) + "</li>" for text in LICENCES)
    heading = translate("About", "Licences")
    return (
        f"<h2>{e(app_name())}</h2><p>{e(version)}</p><p>{e(what)}</p>"
        f'<p><a name="{NOT_ADVICE_ANCHOR}"></a><b>{e(not_advice_title)}</b> {e(not_advice())} {e(unwell)}</p>'
        f"<p>{e(dates)} {e(counts)}</p>"
        f"<h3>{e(heading)}</h3><ul>{licences}</ul>"
    )


class AboutDialog(QDialog):
    """Version, content review dates, licences and the not-medical-advice notice."""

    def __init__(self, book: Handbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("About", "About {app}").format(app=app_name()))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(about_html(book))
        self.text.setAccessibleName(translate("About", "About this handbook"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        # 560 x 520 at normal size, and as many words a line at larger sizes (at 300% it was a narrow
        # column with the title on three lines); fit_to_screen keeps it on the screen.
        metrics = self.fontMetrics()
        self.resize(max(560, metrics.averageCharWidth() * 70), max(520, metrics.lineSpacing() * 24))
        fit_to_screen(self)

    def show_not_advice(self) -> None:
        """Help > Not medical advice: the notice at the top of the text, not two pages down."""
        self.text.scrollToAnchor(NOT_ADVICE_ANCHOR)
        QTimer.singleShot(0, lambda: self.text.scrollToAnchor(NOT_ADVICE_ANCHOR))  # once laid out

    def show_from_the_top(self) -> None:
        """Help > About: from the top (the dialog is kept, and may have been scrolled)."""
        self.text.verticalScrollBar().setValue(0)


DIALOG = DialogSpec("about", lambda host, parent: AboutDialog(host.core.book, parent))
