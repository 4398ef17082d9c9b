"""Render the identity's bitmap files from the SVG drawings in static/img/.

    .venv/bin/python scripts/make_identity.py

Writes the favicon PNGs, favicon.ico and the Open Graph image (1200×630) into static/. The
results are committed; run this again only after changing a drawing. It uses the development
tools already installed (Playwright's Chromium draws, Pillow packs the .ico), so the identity
needs no extra dependency.
"""

import base64
import io
import os
import shutil
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"
SYMBOL = (STATIC / "img" / "symbol.svg").read_text()
WORDMARK = (STATIC / "img" / "wordmark.svg").read_text()
# The funnel's shapes are a fragment the site's template wraps; wrapped here the same way.
FUNNEL = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 340">{}</svg>'.format(
    (ROOT / "templates" / "includes" / "illustrations" / "funnel_shapes.svg").read_text()
)

PNG_SIZES = {"icons/favicon-32.png": 32, "icons/apple-touch-icon.png": 180}
PNG_SIZES |= {"icons/icon-192.png": 192, "icons/icon-512.png": 512}

OG_PAGE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><style>
body {{ margin: 0; width: 1200px; height: 630px; display: flex; font-family: system-ui, sans-serif;
  background: #f3f6f1; color: #143f26; }}
.text {{ flex: 1; padding: 72px 40px 60px 80px; display: flex; flex-direction: column; }}
.mark {{ width: 360px; }}
h1 {{ font-size: 58px; line-height: 1.12; margin: 56px 0 0; }}
p {{ font-size: 28px; margin: auto 0 0; color: #3b4a40; }}
.art {{ width: 430px; background: #1f5f3a; display: flex; align-items: center;
  justify-content: center; }}
.art svg {{ width: 330px; }}
</style></head><body>
<div class="text"><div class="mark">{wordmark}</div>
<h1>Alle børn og unge skal være en del af fællesskabet</h1>
<p>En alliance for børn og unges trivsel i Lejre Kommune</p></div>
<div class="art">{funnel}</div>
</body></html>"""


def chromium() -> str | None:
    return os.environ.get("DIG_CHROMIUM") or shutil.which("chromium")


def main() -> None:
    (STATIC / "icons").mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page(device_scale_factor=1)
        for name, size in PNG_SIZES.items():
            page.set_viewport_size({"width": size, "height": size})
            data = base64.b64encode(SYMBOL.encode()).decode()
            page.set_content(
                f'<body style="margin:0"><img src="data:image/svg+xml;base64,{data}" '
                f'width="{size}" height="{size}"></body>'
            )
            page.screenshot(path=str(STATIC / name), omit_background=True)
        page.set_viewport_size({"width": 1200, "height": 630})
        page.set_content(OG_PAGE.format(wordmark=WORDMARK, funnel=FUNNEL))
        page.screenshot(path=str(STATIC / "img" / "og-image.png"))
        browser.close()
    # The .ico holds 16, 32 and 48 pixel versions, scaled down from the largest drawing.
    big = Image.open(STATIC / "icons" / "icon-512.png")
    buffer = io.BytesIO()
    big.save(buffer, format="ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    (STATIC / "favicon.ico").write_bytes(buffer.getvalue())


if __name__ == "__main__":
    main()
