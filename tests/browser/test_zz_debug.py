def test_debug(demo_site, new_context):
    page = new_context("desktop","da").new_page()
    bad=[]
    page.on("response", lambda r: bad.append((r.status, r.url)) if r.status >= 400 else None)
    page.on("console", lambda m: bad.append(m.text))
    for p in ["/", "/initiativer/lejre-laeser/", "/en/alliancen/", "/soeg/?q=l%C3%A6sehest"]:
        page.goto(demo_site + p)
    print(bad)
    print(page.locator("ol.results li").count())
