from django.conf import settings
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from alliance.selectors import secretariat_contacts
from core.cache import do_not_store, public_page
from core.paging import paginate

from . import search as search_content
from . import search_popularity, selectors
from .forms import SearchForm
from .models import Page


@require_safe
@public_page
def home(request):
    return render(request, "pages/home.html", selectors.front_page())


@require_safe
@public_page
def simple_page(request, key):
    page = selectors.page_by_key(key=key, user=request.user)
    # A page with figures of its own (about) has its own template; the rest share one.
    return render(request, [f"pages/{key}.html", "pages/simple_page.html"], {"page": page})


@require_safe
@public_page
def contact(request):
    page = selectors.page_by_key(key=Page.Key.CONTACT, user=request.user)
    return render(
        request, "pages/contact.html", {"page": page, "secretariat": secretariat_contacts()}
    )


@require_safe
@public_page(query=("q", "side"))
def search(request):
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid() and form.cleaned_data["q"]:
        query = form.cleaned_data["q"]
        language = get_language()
        rows = search_content.rank(query)
        page = paginate(request, rows, per_page=search_content.PER_PAGE)
        results = search_content.SearchResults(
            count=len(rows),
            page=page,
            hits=search_content.hits(page.object_list, query, language=language),
            suggestion=(
                search_content.suggestion(query)
                if len(rows) < search_content.SUGGEST_BELOW
                else None
            ),
        )
        if request.GET["q"] != query or not search_popularity.is_popular(query, language):
            # The space of queries is unbounded: only a query asked again within a few
            # minutes, written as searched, gets a copy in the page cache.
            do_not_store(request)
    elif request.GET:
        do_not_store(request)
    return render(request, "pages/search.html", {"form": form, "results": results})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /konto/",
        "Disallow: /en/konto/",
        # The configured address, whatever Host the request came with.
        f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}",
    ]
    if settings.DEBUG:
        lines.insert(1, "# development server")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def accessibility_statement(request):
    """`/was`: the statement made in the national WAS tool, as Danish public bodies link it.

    A temporary redirect: the statement's address is a setting and changes when it is renewed.
    Until there is one, the portal's own page says where it stands.
    """
    if settings.ACCESSIBILITY_STATEMENT_URL:
        return redirect(settings.ACCESSIBILITY_STATEMENT_URL)
    return redirect("pages:accessibility")


# Browsers ask for /favicon.ico whatever the page says; the file is the one the identity made.
FAVICON = settings.BASE_DIR / "static" / "favicon.ico"


@require_safe
def favicon(request):
    response = FileResponse(FAVICON.open("rb"), content_type="image/vnd.microsoft.icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response
