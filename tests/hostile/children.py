"""Work run in the sandbox's child by the tests: module-level, importable without Django."""

import time


def grab(megabytes):
    """Hold `megabytes` MB at once, as a parser inflating a bomb does."""
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def spin(seconds):
    """Stay busy inside one call, as a parser stuck on one page is."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "done"


def refuse(message):
    from ngoaivu.reading.errors import ReadError

    raise ReadError(message)


def open_pdf_unchecked(data):
    """PDFium's text of the first page, without the stream check that protects the real reader."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    text = document[0].get_textpage().get_text_range()
    return len(text)


def crash():
    import os
    import signal

    os.kill(os.getpid(), signal.SIGSEGV)
