"""Screenshot a page of the report with the system's headless Chromium (make report-screenshot).

usage: report_screenshot.py PAGE.html OUT.png [--height N]
Fails (exit 1) when the page logs a console error or requests anything from the network."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--height", type=int, default=1700, help="pixels of the page kept (from the top)")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("no chromium: run `make report-deps`", file=sys.stderr)
        return 1
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": args.height}, device_scale_factor=1)
        page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        page.route("http*://**", lambda route: (problems.append(f"network: {route.request.url}"), route.abort()))
        page.goto(args.page.resolve().as_uri())
        page.wait_for_selector(".js-plotly-plot .main-svg")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out), clip={"x": 0, "y": 0, "width": 1280, "height": args.height})
        browser.close()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(args.out)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
