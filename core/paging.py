from django.core.paginator import Page, Paginator

from .cache import do_not_store


def paginate(request, queryset, *, per_page: int, param: str = "side") -> Page:
    """The requested page of `queryset`; a missing, malformed or too large number gives a
    valid page (the first or the last) rather than an error.

    Only a page that exists other than the first, written plainly (`?side=2`), may be cached
    under its URL: `?side=987654`, `?side=abc`, `?side=01` or `?side=1` are answered with the page
    they fall back to, but not stored, so made-up numbers cannot fill the page cache.
    """
    values = request.GET.getlist(param)
    page = Paginator(queryset, per_page).get_page(values[-1] if values else None)
    if values and (len(values) > 1 or values[0] != str(page.number) or page.number == 1):
        do_not_store(request)
    return page
