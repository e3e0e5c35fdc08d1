"""'My diary': a short symptom check-in that knows liver cancer, says when to call, and shows trends.

Qt-free, except :mod:`liverbook.diary.chart`, which draws with QtGui (QPainter) only and is imported
by name where a chart is drawn. The layout, for the GUI built on it:

* :mod:`.service`: :class:`~.service.Diary` (check in, edit, judge, trends, warning signs, CSV) over
  one :class:`~liverbook.store.Store` and the handbook;
* :mod:`.items`: the items catalog (:class:`~.items.ItemView`), answers in words and units, parsing
  what was typed;
* :mod:`.triage`: the triage engine over the handbook's rules; :mod:`.advice`: the message to show;
* :mod:`.trends`: one value a day, the table, the text summary, :class:`~.trends.ChartData`;
* :mod:`.units`: °C/°F and kg/lb, exact; :mod:`.messages`: every word, marked for translation;
* :mod:`.csv_export`: the spreadsheet; :mod:`.example`: the made-up example person.

This package imports nothing at import time, so importing one module stays cheap.
"""
