"""Assertions shared by the property-based and the crafted fuzz tests."""

import re

from django.utils.html import escape

# Lower-cased tag openings that no page of the site ever renders itself (the base template has no
# inline script and the fuzz content no images), so finding one means a visitor's input came
# back raw.
INJECTED_TAGS = ("<script", "<img", "<svg", "<iframe")
# The site's own drawings are inline SVG, each opening with a class or role attribute; they are
# taken out before looking for an <svg> that came from a visitor.
OWN_SVG = re.compile(r'<svg (class|role)="')
# Likewise the site's own scripts: files from /static/ (the application form's guardian field),
# never inline code.
OWN_SCRIPT = re.compile(r'<script src="/static/[-\w./]+"( defer)?></script>')

NULL_MESSAGE = {"": "Null-tegn er ikke tilladte.", "/en": "Null characters are not allowed."}
INVALID_EMAIL_MESSAGE = {
    "": "Indtast en gyldig e-mail-adresse.",
    "/en": "Enter a valid email address.",
}
SEARCH_TOO_LONG_MESSAGE = {
    "": "Skriv højst 200 tegn i søgefeltet.",
    "/en": "Enter no more than 200 characters in the search field.",
}
HTML_LANG = {"": '<html lang="da">', "/en": '<html lang="en">'}
# What allauth's pages say to a password-reset or confirmation link with a made-up key.
INVALID_LINK_TEXT = {
    "reset": {
        "": "Linket til nulstilling af password var ugyldigt",
        "/en": "The password reset link was invalid",
    },
    "confirm": {
        "": "Dette link til bekræftelse af email er udløbet eller ugyldigt",
        "/en": "This email confirmation link expired or is invalid",
    },
}


def body(response) -> str:
    content = response.content if not getattr(response, "streaming", False) else b""
    return content.decode("utf-8", "replace")


def check_answer(response, allowed):
    """Never a server error, only the `allowed` status(es), and nothing injected into a page."""
    assert response.status_code != 500
    assert response.status_code in allowed, response.status_code
    if "html" in response.get("Content-Type", ""):
        html = OWN_SVG.sub("<own-drawing ", OWN_SCRIPT.sub("", body(response)).lower())
        for tag in INJECTED_TAGS:
            assert tag not in html, f"raw {tag} in the page"
    return body(response)


def check_form_errors(response, lang: str):
    """A rejected form comes back in the page's language with every error message shown."""
    html = body(response)
    assert HTML_LANG[lang] in html
    form = response.context["form"]
    assert form.errors, "a 200 answer to a POST must carry form errors"
    for messages in form.errors.values():
        for message in messages:
            assert escape(message) in html, message
    return form, html
