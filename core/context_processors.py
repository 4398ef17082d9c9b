from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info


def site(request):
    """The site name and the language switch: plain links to this page in each language."""
    return {
        "site_name": settings.SITE_NAME,
        "accessibility_statement_url": settings.ACCESSIBILITY_STATEMENT_URL,
        "language_links": [
            {
                "code": code,
                # Each language by its own name, so a reader finds theirs whatever page they are on.
                "name": get_language_info(code)["name_local"].capitalize(),
                "url": translate_url(request.get_full_path(), code),
            }
            for code, _name in settings.LANGUAGES
        ],
    }
