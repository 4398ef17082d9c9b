"""Institutions and their bookings, moved here from the volunteers app: their tables stay as they
are (state only; Meta.db_table keeps the names), so no row is copied."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("signups", "0002_signup_declined"),
        ("volunteers", "0003_merge_0002_booking_proposal_0002_consent_text_v1"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]
    # The volunteers app forgets the models only once they are known here.
    run_before = [("volunteers", "0004_institutions_moved_out")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Institution",
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
                            "name",
                            models.CharField(max_length=200, unique=True, verbose_name="navn"),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("daycare", "Dagtilbud"),
                                    ("dagpleje", "Dagpleje"),
                                    ("library", "Bibliotek"),
                                    ("health", "Sundhedspleje"),
                                    ("other", "Andet"),
                                ],
                                max_length=10,
                                verbose_name="type",
                            ),
                        ),
                        ("area", models.CharField(max_length=100, verbose_name="område")),
                        (
                            "address",
                            models.CharField(blank=True, max_length=250, verbose_name="adresse"),
                        ),
                        (
                            "contacts",
                            models.ManyToManyField(
                                blank=True,
                                related_name="institutions",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="kontaktpersoner",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "institution",
                        "verbose_name_plural": "institutioner",
                        "db_table": "volunteers_institution",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="BookingRequest",
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
                        ("date", models.DateField(verbose_name="dato")),
                        ("time_from", models.TimeField(verbose_name="fra kl.")),
                        ("time_to", models.TimeField(verbose_name="til kl.")),
                        ("place", models.CharField(max_length=250, verbose_name="sted")),
                        ("children", models.PositiveSmallIntegerField(verbose_name="antal børn")),
                        (
                            "note",
                            models.CharField(blank=True, max_length=500, verbose_name="bemærkning"),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("requested", "Ønsket"),
                                    ("proposed", "Foreslået til en frivillig"),
                                    ("confirmed", "Bekræftet"),
                                    ("cancelled", "Aflyst"),
                                ],
                                default="requested",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "proposed_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="foreslået"),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="modtaget"),
                        ),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="ændret")),
                        (
                            "occasion",
                            models.OneToOneField(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="booking",
                                to="signups.occasion",
                                verbose_name="aftale",
                            ),
                        ),
                        (
                            "proposed_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="foreslået af",
                            ),
                        ),
                        (
                            "requested_by",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="bestilt af",
                            ),
                        ),
                        (
                            "role",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="booking_requests",
                                to="volunteers.volunteerrole",
                                verbose_name="rolle",
                            ),
                        ),
                        (
                            "volunteer",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="bookings",
                                to="volunteers.volunteer",
                                verbose_name="frivillig",
                            ),
                        ),
                        (
                            "institution",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="booking_requests",
                                to="institutions.institution",
                                verbose_name="institution",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "booking af læsehest",
                        "verbose_name_plural": "bookinger af læseheste",
                        "db_table": "volunteers_bookingrequest",
                        "ordering": ["date", "time_from"],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(("time_to__gt", models.F("time_from"))),
                                name="booking_ends_after_start",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(("children__gte", 1), ("children__lte", 60)),
                                name="booking_children_sane",
                            ),
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
