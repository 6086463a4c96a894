# The English interface keeps the office's date order, so that a date reads the same in both languages.
DATE_FORMAT = "d/m/Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
# Figures on the pages follow the language chosen, as core/screen_figures.py writes them with Babel:
# "4,600,000,000", "3.5". The figure boxes of the forms keep reading and showing the official writing
# (core/forms.py), which their help and messages describe; documents are always Vietnamese.
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
