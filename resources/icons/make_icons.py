"""Draw RecruitDesk's application icon and write it in every format the installers need.

    python resources/icons/make_icons.py

Writes next to this script:

* ``recruitdesk.png``   1024x1024, drawn with QPainter (PySide6, offscreen; no display needed)
* ``recruitdesk.ico``   Windows: 16, 24, 32, 48, 64, 128 and 256 px in one file (Pillow)
* ``recruitdesk.icns``  macOS: 16 to 1024 px (Pillow)

The icon is deliberately simple: a dark-blue rounded square with a white vault door and a
green countdown arc. The outputs are committed; run this again only to change the drawing.
Pillow is needed for .ico and .icns (``pip install pillow``); it is not a RecruitDesk
dependency.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = 1024


def draw_png(path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, pens)
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)

    # Background: rounded square, the macOS grid leaves a margin of about 10%.
    margin = SIZE * 0.08
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#1f3a5f")))
    painter.drawRoundedRect(QRectF(margin, margin, SIZE - 2 * margin, SIZE - 2 * margin), SIZE * 0.18, SIZE * 0.18)

    centre = SIZE / 2
    # Countdown arc (green, three quarters) around the door.
    radius = SIZE * 0.30
    pen = QPen(QColor("#4cc38a"), SIZE * 0.055)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(centre - radius, centre - radius, 2 * radius, 2 * radius), 90 * 16, -270 * 16)

    # Vault door: white disc with a dark hub and three spokes.
    door = SIZE * 0.20
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#ffffff")))
    painter.drawEllipse(QRectF(centre - door, centre - door, 2 * door, 2 * door))
    spoke = QPen(QColor("#1f3a5f"), SIZE * 0.03)
    spoke.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(spoke)
    for angle in (90, 210, 330):
        import math

        radians = math.radians(angle)
        painter.drawLine(centre, centre, centre + math.cos(radians) * door * 0.75, centre - math.sin(radians) * door * 0.75)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor("#1f3a5f")))
    hub = SIZE * 0.05
    painter.drawEllipse(QRectF(centre - hub, centre - hub, 2 * hub, 2 * hub))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")


def convert(png: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        print("Pillow is not installed: wrote only the PNG. `pip install pillow` and run again "
              "for recruitdesk.ico and recruitdesk.icns.", file=sys.stderr)
        return
    with Image.open(png) as image:
        image = image.convert("RGBA")
        image.save(HERE / "recruitdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        image.save(HERE / "recruitdesk.icns")


def main() -> int:
    png = HERE / "recruitdesk.png"
    draw_png(png)
    convert(png)
    for name in ("recruitdesk.png", "recruitdesk.ico", "recruitdesk.icns"):
        path = HERE / name
        if path.exists():
            print(f"{path.relative_to(HERE.parents[1])}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
