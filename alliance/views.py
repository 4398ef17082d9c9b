from django.shortcuts import render
from django.views.decorators.http import require_safe

from core.cache import public_page

from . import selectors


@require_safe
@public_page
def alliance_page(request):
    return render(request, "alliance/alliance.html", selectors.alliance_overview())
