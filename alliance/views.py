from django.shortcuts import render

from core.cache import public_page

from . import selectors


@public_page
def alliance_page(request):
    return render(request, "alliance/alliance.html", selectors.alliance_overview())
