"""The members' area's meetings, agendas, minutes and documents, moved here from the alliance
app: their tables stay as they are (state only; Meta.db_table keeps the names)."""

import core.storage
import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("alliance", "0006_roles_for_members_area"),
        ("signups", "0002_signup_declined"),
    ]
    # The alliance app forgets the models only once they are known here.
    run_before = [("alliance", "0007_members_area_moved_out")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Meeting",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "title",
                            models.CharField(
                                default="Møde i alliancegruppen",
                                max_length=200,
                                verbose_name="titel",
                            ),
                        ),
                        ("starts_at", models.DateTimeField(verbose_name="starter")),
                        ("ends_at", models.DateTimeField(verbose_name="slutter")),
                        (
                            "place",
                            models.CharField(blank=True, max_length=200, verbose_name="sted"),
                        ),
                        ("video_url", models.URLField(blank=True, verbose_name="videolink")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "Kladde"),
                                    ("published", "Udsendt til medlemmerne"),
                                ],
                                default="draft",
                                help_text="Når mødet udsendes, får medlemmerne invitationen med dagsordenen.",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "published_at",
                            models.DateTimeField(
                                blank=True, editable=False, null=True, verbose_name="udsendt"
                            ),
                        ),
                        (
                            "attendees",
                            models.ManyToManyField(
                                blank=True,
                                help_text="Sekretariatet registrerer, hvem der faktisk deltog.",
                                related_name="meetings_attended",
                                to="alliance.alliancemember",
                                verbose_name="mødte op",
                            ),
                        ),
                        (
                            "occasion",
                            models.OneToOneField(
                                blank=True,
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="meeting",
                                to="signups.occasion",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "møde",
                        "verbose_name_plural": "møder",
                        "db_table": "alliance_meeting",
                        "ordering": ["-starts_at"],
                        "permissions": [("member_area", "Kan se medlemsområdet")],
                    },
                ),
                migrations.CreateModel(
                    name="Document",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="titel")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("agenda", "Dagsorden"),
                                    ("minutes", "Referat"),
                                    ("attachment", "Bilag"),
                                    ("knowledge", "Vidensgrundlag"),
                                ],
                                default="attachment",
                                max_length=12,
                                verbose_name="slags",
                            ),
                        ),
                        (
                            "file",
                            models.FileField(
                                help_text="PDF, Word, Excel, PowerPoint, OpenDocument eller billede, højst 20 MB.",
                                max_length=200,
                                storage=core.storage.private_storage_callable,
                                upload_to=core.storage.document_path,
                                verbose_name="fil",
                            ),
                        ),
                        (
                            "filename",
                            models.CharField(
                                editable=False, max_length=200, verbose_name="filnavn"
                            ),
                        ),
                        ("content_type", models.CharField(editable=False, max_length=100)),
                        (
                            "size",
                            models.PositiveIntegerField(
                                default=0, editable=False, verbose_name="størrelse"
                            ),
                        ),
                        ("text", models.TextField(blank=True, editable=False)),
                        (
                            "search_vector",
                            django.contrib.postgres.search.SearchVectorField(
                                editable=False, null=True
                            ),
                        ),
                        (
                            "uploaded_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="uploadet"),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="documents",
                                to="members.meeting",
                                verbose_name="møde",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "dokument til medlemmer",
                        "verbose_name_plural": "dokumenter til medlemmer",
                        "db_table": "alliance_document",
                        "ordering": ["-uploaded_at", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="AgendaItem",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("number", models.PositiveSmallIntegerField(verbose_name="nummer")),
                        ("title", models.CharField(max_length=250, verbose_name="punkt")),
                        ("description", models.TextField(blank=True, verbose_name="beskrivelse")),
                        (
                            "document",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="agenda_items",
                                to="members.document",
                                verbose_name="dokument",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="agenda_items",
                                to="members.meeting",
                                verbose_name="møde",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "dagsordenspunkt",
                        "verbose_name_plural": "dagsorden",
                        "db_table": "alliance_agendaitem",
                        "ordering": ["meeting", "number"],
                    },
                ),
                migrations.CreateModel(
                    name="Minutes",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "Kladde (kun sekretariatet)"),
                                    ("comments", "Udkast til kommentering"),
                                    ("approved", "Godkendt"),
                                ],
                                default="draft",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        ("text", models.TextField(blank=True, verbose_name="referat")),
                        (
                            "approved_on",
                            models.DateField(blank=True, null=True, verbose_name="godkendt den"),
                        ),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="ændret")),
                        (
                            "approved_at",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="approved_minutes",
                                to="members.meeting",
                                verbose_name="godkendt på mødet",
                            ),
                        ),
                        (
                            "document",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="members.document",
                                verbose_name="referat som fil",
                            ),
                        ),
                        (
                            "meeting",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="minutes",
                                to="members.meeting",
                                verbose_name="møde",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "referat",
                        "verbose_name_plural": "referater",
                        "db_table": "alliance_minutes",
                    },
                ),
                migrations.AddConstraint(
                    model_name="meeting",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("ends_at__gte", models.F("starts_at"))),
                        name="meeting_ends_after_start",
                    ),
                ),
                migrations.AddIndex(
                    model_name="document",
                    index=django.contrib.postgres.indexes.GinIndex(
                        fields=["search_vector"], name="alliance_document_search"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="agendaitem",
                    constraint=models.UniqueConstraint(
                        fields=("meeting", "number"), name="one_agenda_number"
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
