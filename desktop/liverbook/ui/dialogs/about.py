"""Help > About: the version, the content's review dates, the licences and the not-medical-advice notice."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from liverbook import APP_NAME, __version__
from liverbook.content import Handbook
from liverbook.render import NOT_ADVICE, format_date
from liverbook.ui.dialogs.registry import DialogSpec
from liverbook.ui.widgets.fit import fit_to_screen


def about_html(book: Handbook) -> str:
    oldest, newest = book.reviewed_range()
    reviewed = format_date(newest) if oldest == newest else f"{format_date(oldest)} to {format_date(newest)}"
    return f"""
<h2>{html.escape(APP_NAME)}</h2>
<p>Version {html.escape(__version__)}</p>
<p>A plain-language handbook for people with liver cancer and those who care for them.
It works fully offline, and your notes stay on this computer.</p>
<p><b>Not medical advice.</b> {html.escape(NOT_ADVICE)} If you feel very unwell, call your care team
or your local emergency number.</p>
<p>Pages reviewed: {html.escape(reviewed)}. {len(book.pages)} pages, {len(book.sources)} sources,
{len(book.terms)} glossary terms.</p>
<h3>Licences</h3>
<ul>
<li>The program is free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</li>
<li>The handbook's text is shared under Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0).</li>
<li>The DejaVu Sans font is under its own free licence (the Bitstream Vera licence and DejaVu changes in the public domain).</li>
<li>Qt for Python (PySide6) is used under the GNU LGPL version 3.</li>
</ul>
"""


class AboutDialog(QDialog):
    """Version, content review dates, licences and the not-medical-advice notice."""

    def __init__(self, book: Handbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setHtml(about_html(book))
        self.text.setAccessibleName("About this handbook")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 520)
        fit_to_screen(self)


DIALOG = DialogSpec("about", lambda host, parent: AboutDialog(host.core.book, parent))
