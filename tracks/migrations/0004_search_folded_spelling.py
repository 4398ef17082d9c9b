from django.db import migrations

from core.search_index import fill_search_column


class Migration(migrations.Migration):
    dependencies = [
        ("tracks", "0003_search_gin_index"),
    ]

    operations = [
        # The document now also holds the Danish text with æ/ø/å written as ae/oe/aa.
        fill_search_column("tracks", "Track", "title", "short_description", "description"),
    ]
