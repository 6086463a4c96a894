"""Signed PDFs (PAdES, with pyHanko), without Django: signing with a key from a PKCS#12 file or a
PKCS#11 token, the visible stamps of Nghị định 30/2020/NĐ-CP, and checking every signature of a
PDF that arrives. Messages are pure.messages templates, shown through core.errors.error_text.
"""
