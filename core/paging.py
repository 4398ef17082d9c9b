from django.core.paginator import Page, Paginator


def paginate(request, queryset, *, per_page: int, param: str = "side") -> Page:
    """The requested page of `queryset`; a missing, malformed or too large number gives a
    valid page (the first or the last) rather than an error."""
    return Paginator(queryset, per_page).get_page(request.GET.get(param))
