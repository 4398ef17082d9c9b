"""Browser tests (a package, so the Playwright browser can be package-scoped)."""
