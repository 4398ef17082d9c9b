from django.db import migrations

from core.search_index import fill_search_column


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0005_event_registration"),
    ]

    operations = [
        # The document now also holds the Danish text with æ/ø/å written as ae/oe/aa.
        fill_search_column("initiatives", "Initiative", "title", "summary", "body"),
        fill_search_column("initiatives", "NewsPost", "title", "summary", "body"),
        fill_search_column("initiatives", "Event", "title", "summary", "description"),
    ]
