"""Draw crmdesk's app icon once and write it for every OS into resources/icons/.

    uv run --group build python scripts/make_icons.py

One source image (1024x1024, drawn with Pillow at 2x and scaled down for smooth edges): a
rounded square in the brand blue holding a white contact card (a person and three lines) with
an orange "due" dot. Written from it:

    crmdesk.ico            Windows, 16-256 px in one file (exe and installer icon)
    crmdesk.icns           macOS, 16-1024 px in one file (the .app icon)
    crmdesk-<N>.png        N = 16 24 32 48 64 128 256 512 (Linux hicolor theme, window icon)

The outputs are committed; rerun the script only when the drawing changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE_SIZE = 1024
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

BRAND = (21, 101, 192, 255)  # #1565c0, the app's accent blue
BRAND_DARK = (13, 71, 161, 255)  # #0d47a1
CARD = (255, 255, 255, 255)
INK = (21, 101, 192, 255)
LINE = (144, 164, 190, 255)
DUE = (239, 108, 0, 255)  # #ef6c00, the "due" orange used in the app


def draw_source(size: int = SOURCE_SIZE) -> Image.Image:
    """The one source image, *size* x *size* RGBA (drawn at 2x, then scaled down)."""
    big = size * 2
    u = big / 1024  # drawing unit: coordinates below are on a 1024 grid
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[int, int, int, int]:
        return (round(x0 * u), round(y0 * u), round(x1 * u), round(y1 * u))

    # the tile: a rounded square with a darker lower band for depth
    d.rounded_rectangle(box(64, 64, 960, 960), radius=round(200 * u), fill=BRAND_DARK)
    d.rounded_rectangle(box(64, 64, 960, 920), radius=round(200 * u), fill=BRAND)
    # the contact card
    d.rounded_rectangle(box(176, 272, 848, 752), radius=round(64 * u), fill=CARD)
    # the person: head and shoulders
    d.ellipse(box(250, 340, 410, 500), fill=INK)
    d.pieslice(box(212, 520, 448, 760), start=180, end=360, fill=INK)
    d.rectangle(box(212, 640, 448, 680), fill=CARD)  # flat base of the shoulders
    # three text lines
    d.rounded_rectangle(box(496, 370, 776, 418), radius=round(24 * u), fill=INK)
    d.rounded_rectangle(box(496, 476, 740, 516), radius=round(20 * u), fill=LINE)
    d.rounded_rectangle(box(496, 566, 700, 606), radius=round(20 * u), fill=LINE)
    # the follow-up that is due: an orange dot with a white ring, top right of the card
    d.ellipse(box(716, 168, 904, 356), fill=CARD)
    d.ellipse(box(740, 192, 880, 332), fill=DUE)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def write_all(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    source = draw_source()
    written: list[Path] = []
    for size in PNG_SIZES:
        path = out / f"crmdesk-{size}.png"
        source.resize((size, size), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    ico = out / "crmdesk.ico"
    source.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    written.append(ico)
    icns = out / "crmdesk.icns"
    source.save(icns)  # Pillow writes every icns size (16-1024) from the 1024 source
    written.append(icns)
    return written


def main() -> int:
    for path in write_all():
        print(f"{path.relative_to(OUT.parent.parent)}  {path.stat().st_size:>8} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
