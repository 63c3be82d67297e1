""""My month" as a chart: cumulative credited sales per working day against the pace line.

The two lines differ by pattern as well as colour (solid with points vs dashed) and the
legend names the pattern, so the chart reads in black and white and for colour-blind
eyes. It renders without a screen (``grab()`` in the offscreen tests).
"""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from counterapp.ui.common import palette
from counterapp.ui.dashboard.controller import ChartData

LABEL_EVERY = 5  # a label on every fifth working day: 21 labels do not fit 600 px


class MonthChart(QChartView):
    """The chart view; ``show_data`` replaces what it draws."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(QChart(), parent)
        self.setObjectName("monthChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 200)
        chart = self.chart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.data: ChartData | None = None

    def show_data(self, data: ChartData | None) -> None:
        """Draw ``data`` (nothing while ``None``)."""
        self.data = data
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if data is None:
            return
        chart.setTitle(data.title)
        actual = _series(data.actual_name, data.cumulative, QColor(palette.BADGE),
                         Qt.PenStyle.SolidLine, width=3)
        actual.setPointsVisible(True)
        series = [actual]
        if data.pace:
            series.append(_series(data.pace_name, data.pace, QColor(palette.SECONDARY),
                                  Qt.PenStyle.DashLine, width=2))
        for line in series:
            chart.addSeries(line)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        last = len(data.labels) - 1
        for index, label in enumerate(data.labels):
            # Every fifth day, and the last one unless it would sit on the fifth's label.
            if index % LABEL_EVERY == 0 or (index == last and index % LABEL_EVERY > 2):
                x_axis.append(label, index)
        # Half a day of room each side: the first and last labels are not cut in half.
        x_axis.setRange(-0.5, max(1, last) + 0.5)
        top = max([float(v) for v in (*data.cumulative, *data.pace)] or [0.0])
        y_axis = QValueAxis()
        y_axis.setRange(min(0.0, *[float(v) for v in data.cumulative] or [0.0]),
                        max(top * 1.1, 1.0))
        y_axis.applyNiceNumbers()  # 0, 10000, 20000 rather than 0, 9940, 19880
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText("€")  # the shop's one currency (domain.formatting.CURRENCY)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for line in series:
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)


def _series(name: str, values, colour: QColor, style: Qt.PenStyle, *, width: int) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    pen = QPen(colour)
    pen.setWidth(width)
    pen.setStyle(style)
    line.setPen(pen)
    for index, value in enumerate(values):
        line.append(QPointF(index, float(value)))
    return line
