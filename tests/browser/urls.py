"""Test-only URLconf: the portal's URLs plus one page with planted accessibility defects.

Used by `test_planted_violation.py` to prove that the axe checks catch real defects.
"""

from django.http import HttpResponse
from django.template import Context, Template
from django.urls import path

from dig_portal.urls import handler404, handler500
from dig_portal.urls import urlpatterns as portal_urlpatterns

# An <input> without a label and an <img> without alt text; otherwise a sound page.
BAD_PAGE = Template(
    """<!DOCTYPE html>
<html lang="da">
<head><meta charset="utf-8"><title>Planted defects</title></head>
<body>
<main>
  <h1>Planted defects</h1>
  <form action="/soeg/" method="get"><input type="text" name="q" id="unlabelled"></form>
  <img src="/static/does-not-matter.png" id="no-alt" width="10" height="10">
</main>
</body>
</html>"""
)


def bad_page(request):
    return HttpResponse(BAD_PAGE.render(Context()))


urlpatterns = [
    path("test-only/bad-page/", bad_page),
    *portal_urlpatterns,
]

__all__ = ["handler404", "handler500", "urlpatterns"]
