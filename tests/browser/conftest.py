"""Browser tests: Playwright drives the machine's Chromium against pytest-django's live server.

The suite drives $DIG_CHROMIUM, else the system browser (Debian's `chromium` package), else
Playwright's own Chromium; `make test` makes sure one of them exists (scripts/chromium.sh).
Without any, selecting a browser test fails the run: browser tests are never skipped.
"""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
SCREENSHOT_DIR = REPO_ROOT / "test-artifacts" / "screenshots"

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


def find_chromium() -> str | None:
    """The Chromium to drive: $DIG_CHROMIUM if set, else Debian's, else `chromium` on PATH,
    else Playwright's own build if it was installed (`playwright install chromium`)."""
    chosen = os.environ.get("DIG_CHROMIUM")
    if chosen:
        return chosen if os.access(chosen, os.X_OK) else None
    if Path("/usr/bin/chromium").is_file():
        return "/usr/bin/chromium"
    system = shutil.which("chromium") or shutil.which("chromium-browser")
    if system:
        return system
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        bundled = playwright.chromium.executable_path
    return bundled if os.access(bundled, os.X_OK) else None


MISSING_CHROMIUM = (
    "the browser tests need Chromium: `make test` installs one (scripts/chromium.sh), or set "
    "DIG_CHROMIUM=/path/to/chromium"
)
CHROMIUM: str | None = None


def _in_this_folder(item) -> bool:
    return HERE in Path(str(item.path)).resolve().parents


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark every test in this folder `browser` (before `-m` selects on it)."""
    for item in items:
        if _in_this_folder(item):
            item.add_marker(pytest.mark.browser)


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session):
    """Browser tests selected but no Chromium: fail the run at once, never skip."""
    global CHROMIUM
    if not any(_in_this_folder(item) for item in session.items):
        return
    CHROMIUM = find_chromium()
    if not CHROMIUM:
        pytest.exit(MISSING_CHROMIUM, returncode=1)


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium for all browser tests; each test opens its own context.

    Package-scoped (this folder is a package), so Playwright stops once the browser tests are
    done and the rest of the suite runs without its event loop and without the variable below.
    """
    from playwright.sync_api import sync_playwright

    if not CHROMIUM:  # collection has already stopped the run; this is a safety net
        pytest.fail(MISSING_CHROMIUM)
    # Playwright's sync API keeps an asyncio event loop running in the test thread, and Django
    # refuses ORM calls from a thread with a running loop. The tests call the ORM (fixtures,
    # load_demo) between browser steps, never concurrently with them, so this is safe. Set only
    # while Playwright runs: subprocesses started by other tests inherit the environment, and
    # `manage.py check --deploy` rightly fails when it sees this variable (async.E001).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_context(browser):
    """Factory for browser contexts, closed at the end of the test.

    `viewport` is "phone" or "desktop"; `language` sets the browser locale ("da" or "en"). The
    site picks its language from the URL, so the locale only makes the browser realistic.
    """
    contexts = []

    def make(viewport: str = "desktop", language: str = "da", **options):
        context = browser.new_context(
            viewport=VIEWPORTS[viewport],
            locale="da-DK" if language == "da" else "en-GB",
            **options,
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def demo_site(live_server, transactional_db):
    """The live server's base URL, with the demo content loaded (`manage.py load_demo`)."""
    call_command("load_demo", stdout=StringIO(), stderr=StringIO())
    return live_server.url.rstrip("/")


@pytest.fixture(scope="session")
def screenshot_dir():
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    return SCREENSHOT_DIR
