"""The app's widget style: Fusion, with tick boxes and radio buttons that grow with the text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

BASE_POINT_SIZE = 11.0  # the app's text size at 100% (liverbook.ui.appearance.zoom)


class TextSizedStyle(QProxyStyle):
    """Fusion, with tick boxes and radio buttons that grow with the text (Qt's stay 13 pixels,
    hard to see and to hit beside 33-point words)."""

    SCALED = (
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    )

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def name(self) -> str:  # what Python callers (the tests, themes.apply) ask of the app's style
        return "fusion"

    def pixelMetric(self, metric: QStyle.PixelMetric, option: object = None, widget: object = None) -> int:  # noqa: N802
        value = super().pixelMetric(metric, option, widget)  # type: ignore[arg-type]
        if metric in self.SCALED:
            factor = QApplication.font().pointSizeF() / BASE_POINT_SIZE
            return round(value * max(1.0, factor))
        return value
