"""Headless Chromium for the tests that open a page as a person would: Playwright driving the system's Chromium.

Nothing is downloaded: Playwright (the Python package) launches the browser installed on
the machine through its executable path (``playwright install`` is never needed). A page
opened with :func:`open_page` records what it did — console errors, uncaught exceptions,
failed loads and every request — so a test can assert that it loaded cleanly and fetched
nothing from outside.

Where no Chromium exists the browser tests are skipped, with the reason; CI sets
``NERPIPE_REQUIRE_BROWSER=1`` (``.ci/run``), which turns that skip into a failure.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field

import pytest

REQUIRE = "NERPIPE_REQUIRE_BROWSER"
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
ARGS = ("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run")


def find_chromium() -> str | None:
    """The system's Chromium (``NERPIPE_CHROMIUM`` names another executable)."""
    named = os.environ.get("NERPIPE_CHROMIUM")
    if named:
        return shutil.which(named)
    for name in NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def require_chromium() -> str:
    """The browser's path; a skip with the reason where there is none (a failure where it is required)."""
    path = find_chromium()
    if path:
        return path
    reason = (f"no Chromium on this machine ({', '.join(NAMES)} not on PATH): the browser test cannot run; "
              "install it with `apt-get install chromium` (CI does, and requires the test)")
    if os.environ.get(REQUIRE):
        pytest.fail(f"{reason}; {REQUIRE} is set")
    pytest.skip(reason)


@dataclass
class PageLog:
    """What a page did since it was opened."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def watch(self, page) -> None:
        page.on("console", lambda message: self.errors.append(f"console.{message.type}: {message.text}")
                if message.type in ("error", "assert") else None)
        page.on("pageerror", lambda error: self.errors.append(f"exception: {error}"))
        page.on("requestfailed", lambda request: self.errors.append(f"failed to load {request.url}: "
                                                                    f"{request.failure}"))
        page.on("request", lambda request: self.requests.append(request.url))


@contextmanager
def open_page(executable: str, width: int = 1280, height: int = 900):
    """One headless Chromium with one page: yields ``(page, log)``; Playwright's sync API drives the page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=list(ARGS))
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            log = PageLog()
            log.watch(page)
            yield page, log
        finally:
            browser.close()
