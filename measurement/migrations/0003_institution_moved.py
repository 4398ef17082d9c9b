"""The institution a barometer belongs to is the institutions app's now (same table, so the
foreign keys in the database stay as they are: state only)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("institutions", "0001_initial"),
        ("measurement", "0002_roles_for_measurement"),
    ]
    # Before the volunteers app forgets its Institution model.
    run_before = [("volunteers", "0004_institutions_moved_out")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="barometergoal",
                    name="institution",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="barometer_goals",
                        to="institutions.institution",
                        verbose_name="institution",
                    ),
                ),
                migrations.AlterField(
                    model_name="barometersettings",
                    name="institution",
                    field=models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="barometer",
                        to="institutions.institution",
                        verbose_name="institution",
                    ),
                ),
                migrations.AlterField(
                    model_name="readingentry",
                    name="institution",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reading_entries",
                        to="institutions.institution",
                        verbose_name="institution",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
