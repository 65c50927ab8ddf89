"""Headless Chromium driven over the DevTools protocol, for tests that open a page as a person would.

The browser records what a page did: console errors, uncaught exceptions, log
entries and every network request, so a test can assert that a page loaded
cleanly and fetched nothing from outside.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--remote-debugging-port=0",
)
START_TIMEOUT = 60.0
CALL_TIMEOUT = 60.0


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def require_chromium() -> str:
    """The browser's path; a failure where it can be installed (CI installs it), a skip where it cannot."""
    path = find_chromium()
    if path:
        return path
    if os.environ.get("CI") or shutil.which("apt-get"):
        pytest.fail("Chromium is not installed: run `apt-get install -y --no-install-recommends chromium` "
                    "(.ci/run does so before `make test`)")
    pytest.skip("no Chromium and no apt-get to install it: the browser test cannot run on this machine")


class Browser:
    """One headless Chromium with one page, spoken to over a DevTools websocket."""

    def __init__(self, executable: str, profile: Path, width: int = 1280, height: int = 900):
        self.profile = profile
        self.log = profile.parent / f"{profile.name}.log"
        self.events: list[dict] = []
        self._next_id = 0
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [executable, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}", "about:blank"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
            )
        try:
            self.socket = self._connect(self._wait_for_port())
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.call(f"{domain}.enable")
            self.call("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        except BaseException:
            self.close()
            raise

    def _wait_for_port(self) -> int:
        marker = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Chromium exited with {self.process.returncode}: {self.log.read_text()[-2000:]}")
            if marker.exists():
                lines = marker.read_text().split()
                if lines:
                    return int(lines[0])
            time.sleep(0.1)
        raise TimeoutError(f"Chromium did not open its DevTools port in {START_TIMEOUT:.0f} s")

    def _connect(self, port: int):
        import websocket

        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=CALL_TIMEOUT) as response:
            targets = json.load(response)
        page = next(t for t in targets if t.get("type") == "page")
        return websocket.create_connection(page["webSocketDebuggerUrl"], timeout=CALL_TIMEOUT, suppress_origin=True)

    def call(self, method: str, params: dict | None = None) -> dict:
        """Send one command and return its result; events that arrive meanwhile are kept in ``events``."""
        self._next_id += 1
        ident = self._next_id
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params or {}}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_for(self, event: str, timeout: float = CALL_TIMEOUT) -> dict:
        import websocket

        deadline = time.monotonic() + timeout
        try:
            while True:
                for message in self.events:
                    if message["method"] == event:
                        return message
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no {event} in {timeout:.0f} s")
                self.socket.settimeout(remaining)
                try:
                    message = json.loads(self.socket.recv())
                except websocket.WebSocketTimeoutException:
                    raise TimeoutError(f"no {event} in {timeout:.0f} s") from None
                if "method" in message:
                    self.events.append(message)
        finally:
            self.socket.settimeout(CALL_TIMEOUT)

    def open(self, url: str) -> None:
        """Load ``url`` and wait until its load event has fired."""
        self.events.clear()
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r} failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions, error log entries and failed loads since the page was opened."""
        found = []
        for message in self.events:
            method, params = message["method"], message.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(f"exception: {params['exceptionDetails'].get('text')} "
                             f"{params['exceptionDetails'].get('exception', {}).get('description', '')}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(f"console.{params['type']}: {[a.get('value') for a in params.get('args', [])]}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(f"log: {params['entry'].get('text')} {params['entry'].get('url', '')}")
            elif method == "Network.loadingFailed":
                found.append(f"failed to load: {params.get('errorText')}")
        return found

    def requested_urls(self) -> list[str]:
        return [m["params"]["request"]["url"] for m in self.events if m["method"] == "Network.requestWillBeSent"]

    def screenshot(self, path: Path, max_height: int = 6000) -> bytes:
        """A PNG of the whole page (down to ``max_height`` pixels), written to ``path``."""
        size = self.call("Page.getLayoutMetrics")["cssContentSize"]
        clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], max_height), "scale": 1}
        shot = self.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        data = base64.b64decode(shot["data"])
        path.write_bytes(data)
        return data

    def close(self) -> None:
        socket = getattr(self, "socket", None)
        if socket is not None:
            socket.close()
        # the browser and every process it started share its process group
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                break
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
