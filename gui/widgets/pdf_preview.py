"""Preview a generated PDF, print it, or save it.

PySide6-Essentials has no Qt PDF module, so pages are rendered to images by pdfium (the ``pypdfium2`` wheel,
which bundles its own library): the same images are shown on screen and painted onto the printer at its
resolution. The bytes shown are exactly the bytes saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.storage.atomic import write_atomic
from gui import sizing
from gui.messages import show_error

SCREEN_SCALE = 1.3  # 72 dpi × 1.3 ≈ 94 dpi on screen
PRINT_DPI = 200


def render_pages(data: bytes, scale: float) -> list[QImage]:
    """Each page of the PDF as an image (RGB), ``scale`` × 72 dpi."""
    document = pdfium.PdfDocument(data)
    images: list[QImage] = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=scale, rev_byteorder=True)
            raw = bytes(bitmap.buffer)
            image = QImage(raw, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888)
            images.append(image.copy())  # detach from the temporary buffer
            page.close()
    finally:
        document.close()
    return images


class PdfPreviewDialog(QDialog):
    """``pages``: the images of ``data`` already rendered (``render_pages``, on the worker: see ``gui.ops``);
    rendered here when not given. ``ctx``: when given, printing renders on its worker."""

    def __init__(
        self,
        data: bytes,
        suggested_name: str,
        title: str,
        parent: QWidget | None = None,
        pages: list[QImage] | None = None,
        ctx: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWindowTitle(title)
        sizing.fit(self, 900, 1000)
        self.data = data
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.ctx = ctx
        self.pages = pages if pages is not None else render_pages(data, SCREEN_SCALE)
        column = QWidget(self)
        column_layout = QVBoxLayout(column)
        column_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for image in self.pages:
            label = QLabel(column)
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #c8d3df; background: white;")
            column_layout.addWidget(label)
        scroll = QScrollArea(self)
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: palette(mid); }")  # light or dark, pages stay white
        scroll.setAccessibleName(self.tr("Pages du document"))
        self.print_button = QPushButton(self.tr("&Imprimer…"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Enregistrer sous…"), self)
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("&Fermer"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("%n page(s)", "", len(self.pages)), self))
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.ctx is None:
            self.print_to(printer)
            return
        from gui.ops import op

        data = self.data
        self.print_button.setEnabled(False)

        def printed(images: list[QImage]) -> None:
            self.print_button.setEnabled(True)
            self.print_to(printer, images)

        def failed(exc: BaseException) -> None:
            self.print_button.setEnabled(True)
            show_error(self, exc)

        op(self, lambda _s: render_pages(data, PRINT_DPI / 72), printed, failed)  # 200 dpi: on the worker

    def print_to(self, printer: QPrinter, images: list[QImage] | None = None) -> None:
        """Paint every page, fitted to the printable area, one sheet per page."""
        if images is None:
            images = render_pages(self.data, PRINT_DPI / 72)
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            for i, image in enumerate(images):
                if i:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(area.x(), area.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
        finally:
            painter.end()

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le PDF"), self.suggested_name, self.tr("Documents PDF (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_atomic(path, self.data, mode=0o600)
        except OSError as exc:
            show_error(self, exc)
            return
        self.saved_to = path
