from django.core.management.base import BaseCommand

from pages.search import KINDS, update_search_vectors


class Command(BaseCommand):
    help = "Rebuild the stored search documents (needed after bulk changes that bypass save())."

    def handle(self, *args, **options):
        for kind in KINDS:
            update_search_vectors(kind.model)
        self.stdout.write(self.style.SUCCESS("Search index updated."))
