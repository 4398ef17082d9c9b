from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("volunteers", "0004_email_lower_case"),
        ("volunteers", "0004_institutions_moved_out"),
    ]

    operations = []
