"""The English-text detector: English interface words that must not show in the Vietnamese interface.

The interface language is Vietnamese unless the user chooses English, whatever the browser
asks for. A page that shows "Save", "Search" or "Page 1 of 3" to a Vietnamese officer has
an untranslated string (a template literal, a widget's default, a third-party script's own
text, an error message passed through). The suite reads what a person sees — the page's
document.body.innerText, plus the placeholder, title, aria-label and alt attributes and the
labels of input buttons — and looks for the words below, as whole words and case-sensitive
(so the Vietnamese "to", "in" or "May" can never match: they are not in the list, and a
capitalised English word is not a Vietnamese one).

Text inside an element whose lang attribute is not Vietnamese (the public pages' language
menu, "English", "Choose a language" beside "Chọn ngôn ngữ") is meant to be foreign and
is left out before the check.

Everything the check knows is in this file: ENGLISH_WORDS (what must not appear) and
ALLOWED (what legitimately appears in a Vietnamese page although it is English or looks
like it: acronyms of the trade, file formats, and names of foreign organisations and
places that the demo data holds). Add to ALLOWED only text that is data or a proper name,
never an interface word.
"""

import re

# Whole words or phrases of an English interface. Case-sensitive.
ENGLISH_WORDS = [
    # actions and buttons
    "Save",
    "Search",
    "Submit",
    "Delete",
    "Cancel",
    "Confirm",
    "Edit",
    "Add",
    "Remove",
    "Create",
    "Update",
    "Upload",
    "Download",
    "Import",
    "Export",
    "Print",
    "Preview",
    "Approve",
    "Reject",
    "Send",
    "Restore",
    "Clear",
    "Close",
    "Back",
    "Next",
    "Previous",
    "Continue",
    "Apply",
    "Reset",
    "Filter",
    "Show",
    "Hide",
    "Today",
    # navigation and account
    "Home",
    "Dashboard",
    "Reports",
    "Report",
    "Requests",
    "Statistics",
    "Settings",
    "Help",
    "Log out",
    "Log in",
    "Logout",
    "Login",
    "Sign in",
    "Sign out",
    "Username",
    "Password",
    "Welcome",
    # forms and messages
    "Required",
    "This field",
    "is required",
    "Choose",
    "Select",
    "Please",
    "Invalid",
    "Enter a",
    "Error",
    "Warning",
    "Success",
    "Loading",
    "No results",
    "Nothing found",
    "Not found",
    "Type to search",
    "Key figures",
    "None",
    "True",
    "False",
    "Yes",
    # lists, pages, periods
    "Page",
    "of",
    "and",
    "the",
    "Total",
    "Status",
    "Draft",
    "Submitted",
    "Approved",
    "Issued",
    "Year",
    "Month",
    "Quarter",
    "Week",
    "Date",
    "Period",
    "Unit",
    # calendar words a date picker shows when its Vietnamese locale did not load
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
    "Hour",
    "Minute",
    "Click to toggle",
    "Scroll to increment",
]

# Legitimate in a Vietnamese page: removed from the text before the check. Acronyms and
# formats are listed for the record (none is in ENGLISH_WORDS); proper names of the demo
# data that contain a listed word must be listed here, whole.
ALLOWED = [
    "ABTC",
    "APEC",
    "ASEAN",
    "PDF",
    "DOCX",
    "XLSX",
    "CSV",
    "Excel",
    "Word",
    "USD",
    "QR",
    "ODA",
    "NGO",
    "VSIP",
    "CHDCND",
    "English",
    "East Meets West",
    "Thrive Networks",
    "Madison Quakers, Inc.",
    "Save the Children",
    "Svalbard và Jan Mayen",
]

_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ENGLISH_WORDS) + r")(?![\w-])"
)

# What a person reads on the page, without the parts marked as another language.
VISIBLE_TEXT_JS = """() => {
    let text = document.body.innerText;
    for (const el of document.body.querySelectorAll('[lang]')) {
        const lang = (el.getAttribute('lang') || '').toLowerCase();
        if (lang && !lang.startsWith('vi') && el.innerText) text = text.split(el.innerText).join(' ');
    }
    const extra = [];
    for (const el of document.body.querySelectorAll('[placeholder], [title], [aria-label], img[alt]')) {
        const foreign = el.closest('[lang]:not([lang^=vi])');
        if (foreign && foreign !== document.documentElement) continue;
        for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
            if (el.hasAttribute(name)) extra.push('[' + name + '] ' + el.getAttribute(name));
        }
    }
    for (const el of document.body.querySelectorAll('input[type=submit], input[type=button]')) extra.push('[value] ' + el.value);
    return text + '\\n' + extra.join(' ;\\n');
}"""


def english_words(text):
    """The English interface words in text, in order of appearance, each with a little context."""
    for allowed in sorted(ALLOWED, key=len, reverse=True):
        text = text.replace(allowed, " ")
    found, seen = [], set()
    for match in _PATTERN.finditer(text):
        word = " ".join(match.group(1).split())
        if word in seen:  # each word once per page, with the context of its first use
            continue
        seen.add(word)
        start, end = max(0, match.start() - 30), min(len(text), match.end() + 30)
        found.append(f"{word!r} in «{' '.join(text[start:end].split())}»")
    return found
