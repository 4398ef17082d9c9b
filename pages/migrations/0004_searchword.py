import django.contrib.postgres.indexes
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

from core.search_index import fill_search_column


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0003_search_gin_index"),
    ]

    operations = [
        # pg_trgm ships with PostgreSQL (contrib); creating it needs a superuser or, from
        # PostgreSQL 13 on, the database owner (it is a trusted extension).
        TrigramExtension(),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("word", models.TextField(primary_key=True, serialize=False)),
                ("documents", models.PositiveIntegerField()),
            ],
            options={
                "indexes": [
                    django.contrib.postgres.indexes.GinIndex(
                        fields=["word"], name="pages_word_trgm", opclasses=["gin_trgm_ops"]
                    )
                ],
            },
        ),
        # The document now also holds the Danish text with æ/ø/å written as ae/oe/aa.
        fill_search_column("pages", "Page", "title", "intro", "body"),
    ]
