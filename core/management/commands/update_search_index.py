from django.core.management.base import BaseCommand

from core.registry import content
from core.search_index import update_search_vectors


class Command(BaseCommand):
    help = (
        "Rebuild the stored search documents of every searchable model. A repair tool for bulk "
        "changes that bypass save(); deploys do not need it (migrations fill new columns)."
    )

    def handle(self, *args, **options):
        for model, fields in content.searchable().items():
            count = update_search_vectors(model, fields)
            self.stdout.write(f"{model._meta.label}: {count}")
        self.stdout.write(self.style.SUCCESS("Search index updated."))
