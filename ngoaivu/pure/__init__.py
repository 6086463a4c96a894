"""The pure core: periods, Vietnamese wording and number formats, spreadsheet cells.

Plain Python with no Django import, tested without a database (tests/test_layers.py holds
every module here, and the reader in ngoaivu/reading, to that). Errors carry gettext-marked
templates and their data; the layers above translate them.
"""
