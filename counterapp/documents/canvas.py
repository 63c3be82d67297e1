"""The canvas that numbers pages "Pagina X di Y" once the page count is known."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from counterapp.documents.styles import (
    FOOTER_GREY,
)


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it writes "Pagina X di Y".

    Pages are kept in memory until ``save()``, when the total is known; each page
    then gets its number drawn by ``draw_page_number`` and, last of all, the
    ``overlay`` (the COPIA stamp), so that it lies on top of table backgrounds.
    """

    def __init__(
        self,
        *args,
        page_label: Callable[[int, int], str],
        font_name: str,
        right_margin: float,
        overlay: Callable[[Canvas], None] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._overlay = overlay
        self._font_name = font_name
        self._right_margin = right_margin
        self._saved_page_states: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self.draw_page_number(pages)
            if self._overlay is not None:
                self._overlay(self)
            Canvas.showPage(self)
        Canvas.save(self)

    def draw_page_number(self, pages: int) -> None:
        """Write "Pagina X di Y" at the bottom right of the current page."""
        self.saveState()
        self.setFont(self._font_name, 7.5)
        self.setFillColor(FOOTER_GREY)
        width = self._pagesize[0]
        self.drawRightString(
            width - self._right_margin, 8 * mm, self._page_label(self._pageNumber, pages)
        )
        self.restoreState()
