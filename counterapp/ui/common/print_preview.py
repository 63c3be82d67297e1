"""Show a rendered PDF before it is printed, and paint PDF pages onto any QPrinter.

``PrintPreviewDialog`` is a plain viewer (zoom, pages, Print / Save / Close); what
happens after the clerk's choice lives in ``counterapp.ui.common.printing``.
``paint_pdf`` draws each page with ``QPdfDocument.render`` into a ``QPainter`` on the
printer, page size taken from the document (A4 sheets or an 80 mm roll as long as its
content), so any system printer the OS knows can print our documents.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QShortcut,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# Pages are rasterised at most at this resolution: enough for 0.25 mm barcode bars and
# small print, and a page stays a few tens of MB even for a 1200 dpi printer.
MAX_RENDER_DPI = 300
# Pages narrower than this (in points) are till rolls, shown at a fixed zoom.
ROLL_MAX_POINTS = 400
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)


class PrintFailed(Exception):
    """A printer refused the job: ``printer`` names it, ``reason`` says why."""

    def __init__(self, printer: str, reason: str):
        super().__init__(f"{printer}: {reason}")
        self.printer = printer
        self.reason = reason


def load_pdf(pdf: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """A ``QPdfDocument`` over ``pdf``; keep the returned buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def printer_label(printer: QPrinter) -> str:
    """The name a clerk recognises: the queue name, or the output file."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return "file:" + printer.outputFileName()
    return (printer.printerName() or getattr(printer, "requested_name", "")
            or QCoreApplication.translate("Printing", "default printer"))


def _page_size(document: QPdfDocument, page: int) -> QPageSize:
    points = document.pagePointSize(page)
    return QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)


def _text_layer(painter: QPainter, document: QPdfDocument, page: int, scale: float) -> None:
    """The page's words at their places, painted first and covered by the page image.

    Only for PDF-file output: the printed file stays searchable and its text can be
    copied (as an OCR layer would), while the visible page is exactly the rendered one.
    """
    text = document.getAllText(page).text()
    if not text:
        return
    painter.save()
    painter.setPen(QColor("black"))
    index = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            selection = document.getSelectionAtIndex(page, index, len(stripped))
            box = selection.boundingRectangle()
            if box.height() > 0:
                font = QFont("DejaVu Sans")
                font.setPixelSize(max(1, int(box.height() * scale * 0.8)))
                painter.setFont(font)
                painter.drawText(QPointF(box.left() * scale, box.bottom() * scale), stripped)
        index += len(line)
    painter.restore()


def paint_pdf(document: QPdfDocument, printer: QPrinter, progress=None) -> int:
    """Print every page of ``document`` on ``printer``; returns the number of pages.

    Raises ``PrintFailed`` naming the printer when it is not valid, cannot start the
    job or the document has no pages. ``progress(page, pages)`` is called after each page.
    """
    name = printer_label(printer)
    pages = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or pages <= 0:
        raise PrintFailed(name, "the document could not be read")
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat \
            and not printer.outputFileName():
        # Qt falls back to PDF output when the system has no such printer (or none at all).
        raise PrintFailed(name, "no such printer is installed on this computer")
    if not printer.isValid():
        raise PrintFailed(name, "the printer is not available")
    printer.setFullPage(True)
    printer.setPageMargins(QPageLayout().margins(), QPageLayout.Unit.Point)
    printer.setPageSize(_page_size(document, 0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(name, "the printer did not accept the job (offline, out of paper "
                          "or no permission)")
    to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
    try:
        for page in range(pages):
            if page:
                printer.setPageSize(_page_size(document, page))
                if not printer.newPage():
                    raise PrintFailed(name, f"the printer stopped at page {page + 1}")
            points = document.pagePointSize(page)
            device_dpi = printer.resolution()
            target = QRect(0, 0, round(points.width() / 72 * device_dpi),
                           round(points.height() / 72 * device_dpi))
            render_dpi = min(device_dpi, MAX_RENDER_DPI)
            image = document.render(page, QSize(round(points.width() / 72 * render_dpi),
                                                round(points.height() / 72 * render_dpi)))
            if image.isNull():
                raise PrintFailed(name, f"page {page + 1} could not be drawn")
            if to_file:
                _text_layer(painter, document, page, device_dpi / 72)
            opaque = QImage(image.size(), QImage.Format.Format_RGB32)
            opaque.fill(QColor("white"))
            with_background = QPainter(opaque)
            with_background.drawImage(0, 0, image)
            with_background.end()
            painter.drawImage(target, opaque)
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


class PrintPreviewDialog(QDialog):
    """A rendered document on screen: zoom, page through, then Print, Save or Close.

    After ``exec()``, ``choice`` is ``"print"``, ``"save"`` or ``""`` (closed).
    """

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(title)
        self.choice = ""
        self.document, self._buffer = load_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setObjectName("printPreviewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        if self.document.pageCount() and self.document.pagePointSize(0).width() < ROLL_MAX_POINTS:
            # An 80 mm till roll fitted to the width would show a few giant lines.
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(1.5)

        self.zoom_out_button = QToolButton(self)
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(-1))
        self.zoom_in_button = QToolButton(self)
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(+1))
        self.fit_button = QToolButton(self)
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("printPreviewPages")

        self.print_button = QPushButton(self.tr("Print… (Ctrl+P)"), self)
        self.print_button.setObjectName("printPreviewPrint")
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self._choose("print"))
        self.save_button = QPushButton(self.tr("Save as PDF… (Ctrl+S)"), self)
        self.save_button.setObjectName("printPreviewSave")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.clicked.connect(lambda: self._choose("save"))
        self.close_button = QPushButton(self.tr("Close (Esc)"), self)
        self.close_button.setObjectName("printPreviewClose")
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(+1))
        QShortcut(QKeySequence("Ctrl+="), self, lambda: self._zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(-1))

        tools = QHBoxLayout()
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_button)
        tools.addStretch(1)
        tools.addWidget(self.page_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        navigator = self.view.pageNavigator()
        navigator.currentPageChanged.connect(self._show_page)
        self._show_page(0)
        self.resize(820, 960)

    def page_count(self) -> int:
        """Pages of the document shown."""
        return self.document.pageCount()

    def _show_page(self, page: int) -> None:
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(page + 1))
                                .replace("%2", str(self.page_count())))

    def _zoom(self, direction: int) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = 1.0
        steps = [z for z in ZOOM_STEPS if (z > current + 1e-6 if direction > 0
                                           else z < current - 1e-6)]
        target = (steps[0] if direction > 0 else steps[-1]) if steps else current
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(target)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """Page Up/Down move through the pages even when the view has no focus."""
        navigator = self.view.pageNavigator()
        if event.key() == Qt.Key.Key_PageDown and navigator.currentPage() + 1 < self.page_count():
            navigator.jump(navigator.currentPage() + 1, QPointF(), navigator.currentZoom())
            return
        if event.key() == Qt.Key.Key_PageUp and navigator.currentPage() > 0:
            navigator.jump(navigator.currentPage() - 1, QPointF(), navigator.currentZoom())
            return
        super().keyPressEvent(event)


class ReprintDialog(QDialog):
    """Ask which document of which order to print again (File ▸ Print ▸ Print a document).

    ``doc_types`` maps each type code to its translated title, in menu order. After an
    accepted ``exec()``, ``doc_type()`` and ``order_number()`` say what was asked.
    """

    def __init__(self, doc_types: dict[str, str], parent: QWidget | None = None,
                 doc_type: str = "slip"):
        super().__init__(parent)
        self.setObjectName("reprintDialog")
        self.setWindowTitle(self.tr("Print a document"))
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("reprintDocType")
        for code, title in doc_types.items():
            self.type_combo.addItem(title, code)
        index = self.type_combo.findData(doc_type)
        self.type_combo.setCurrentIndex(max(index, 0))
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("reprintOrderNumber")
        self.number_edit.setPlaceholderText(self.tr("e.g. V2026-000123 (scan the slip)"))
        self.number_edit.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("&Document"), self.type_combo)
        form.addRow(self.tr("&Order number"), self.number_edit)
        self.ok_button = QPushButton(self.tr("Preview (Enter)"), self)
        self.ok_button.setObjectName("reprintPreview")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel (Esc)"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.number_edit.setFocus()
        self._update()

    def doc_type(self) -> str:
        """The chosen document type code."""
        return self.type_combo.currentData()

    def order_number(self) -> str:
        """The order number typed or scanned, trimmed."""
        return self.number_edit.text().strip()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.order_number()))
