from django.conf import settings
from django.urls import translate_url


def site(request):
    """The site name and the language switch: plain links to this page in each language."""
    return {
        "site_name": settings.SITE_NAME,
        "accessibility_statement_url": settings.ACCESSIBILITY_STATEMENT_URL,
        "language_links": [
            {"code": code, "name": name, "url": translate_url(request.get_full_path(), code)}
            for code, name in settings.LANGUAGES
        ],
    }
