import time
import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_probe(client):
    from tests.factories import InitiativeFactory, NewsPostFactory, TrackFactory, EventFactory
    t = TrackFactory.create_batch(3)
    InitiativeFactory.create_batch(5, tracks=t[:1])
    NewsPostFactory.create_batch(12)
    EventFactory.create_batch(3)
    for url in ["/soeg/?q=initiativ", "/initiativer/?spor=x", "/nyheder/?side=2", "/arrangementer/?side=3", "/initiativer/abc/", "/konto/signup/"]:
        t0 = time.perf_counter()
        for i in range(50):
            r = client.get(url + ("&" if "?" in url else "?") + f"zz={i}")
        print(url, r.status_code, (time.perf_counter() - t0) / 50 * 1000, "ms")
    t0 = time.perf_counter()
    for i in range(50):
        r = Client().post("/konto/signup/", {"email": f"a{i}@example.org", "password1": "kdjfhskdjfh8787", "password2": "kdjfhskdjfh8787"})
    print("signup", r.status_code, (time.perf_counter() - t0) / 50 * 1000, "ms")
    for raw in ["q=%ff%fe", "q=\xff\xfe", "q=%00", "q=a%00b"]:
        r = client.generic("GET", "/soeg/", QUERY_STRING=raw)
        print(repr(raw), r.status_code, r.context and r.context["form"].errors)
    for p in ["/initiativer/\xff/", "/%ff/", "/initiativer/%00/", "/de/", "/xx/initiativer/", "/initiativer/../../etc/passwd"]:
        r = client.get(p)
        print(repr(p), r.status_code)
    r = client.request(PATH_INFO="/initiativer/\xff\xfe/", REQUEST_METHOD="GET")
    print("raw path", r.status_code)
    for p in ["//[/", "//[/initiativer/", "//x/", "//%5b/"]:
        r = client.request(PATH_INFO=p, REQUEST_METHOD="GET")
        print("raw", repr(p), r.status_code)
