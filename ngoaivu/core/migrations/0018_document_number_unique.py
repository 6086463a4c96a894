# The unique rule on the keys core 0017 filled, in a migration of its own: on PostgreSQL an index cannot be
# made in the transaction that updated the table's rows twice (their foreign keys' checks still pending).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0017_document_number_key'),
    ]

    operations = [
        migrations.AddConstraint(
            model_name='legaldocument',
            constraint=models.UniqueConstraint(condition=models.Q(('number', ''), _negated=True), fields=('doc_type', 'number_key', 'issued_year'), name='legal_document_unique_number_year', violation_error_message='Đã có văn bản cùng loại, cùng số, ký hiệu trong năm ban hành này; vui lòng kiểm tra lại số, ký hiệu hoặc ngày ban hành.'),
        ),
    ]
