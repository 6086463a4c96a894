// Small behaviours the pages declare with data attributes, so that no page needs inline script
// (the content security policy allows scripts from this site's files only).
document.addEventListener("change", function (event) {
  if (event.target.matches("select[data-submit-on-change]")) event.target.form.submit();
});
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) window.print();
});
// The error summary (templates/_error_summary.html): read first, and each link puts the cursor in its field.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
});
document.addEventListener("click", function (event) {
  var link = event.target.closest("[data-error-summary] a[href^='#']");
  var target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!target) return;
  event.preventDefault();
  var fields = "input, select, textarea, button";
  var input = target.matches(fields) ? target : target.querySelector(fields);
  (target.closest(".field") || target).scrollIntoView({ block: "start" });
  if (input && input.tomselect) input.tomselect.focus();  // a searchable list: its search box
  else (input || target).focus({ preventScroll: true });
});
// A group of checkboxes with a "chọn tất cả" box (collection/_units_by_kind.html): it checks or clears the group.
document.addEventListener("change", function (event) {
  if (!event.target.matches("[data-check-all]")) return;
  event.target.closest("fieldset").querySelectorAll("input[type=checkbox]:not([data-check-all])").forEach(function (box) {
    box.checked = event.target.checked;
  });
});
// Date boxes (core/date_fields.DateWidget, data-picker="date"): a calendar from flatpickr, dd/mm/yyyy and
// in the interface's language (Vietnamese unless the user chose English), whatever the browser's
// language. Typing still works and the text goes to the server
// as typed: a date the calendar cannot read (31/02/2021, 5-3-21…) is left in the box, never
// cleared or moved to another day, so that the form says what is wrong with it.
(function () {
  function readDay(text) {
    var match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
    if (!match) return undefined;
    var day = +match[1], month = +match[2] - 1, year = +match[3];
    var date = new Date(year, month, day);
    if (year < 1000 || date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return undefined;
    return date;
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (typeof window.flatpickr !== "function") return;  // node_modules absent: plain boxes
    var months = [];
    for (var i = 1; i <= 12; i++) months.push("Tháng " + i);
    var english = document.documentElement.lang === "en";  // the user chose English: the calendar follows
    var locale = english ? { firstDayOfWeek: 1 } : Object.assign({}, window.flatpickr.l10ns.vn || {}, {
      firstDayOfWeek: 1,
      months: { shorthand: months, longhand: months },
      // The locale file leaves these in English; a screen reader reads them.
      monthAriaLabel: "Tháng",
      yearAriaLabel: "Năm",
      hourAriaLabel: "Giờ",
      minuteAriaLabel: "Phút",
      toggleTitle: "Bấm để đổi",
      scrollTitle: "Cuộn để tăng, giảm",
    });
    document.querySelectorAll("input[data-picker=date]").forEach(function (input) {
      var picker = window.flatpickr(input, {
        locale: locale,
        dateFormat: "d/m/Y",
        ariaDateFormat: "d/m/Y",
        allowInput: true,
        disableMobile: true,  // a phone's own date box would show the phone's format
        parseDate: readDay,
        errorHandler: function () {},  // an unreadable date is the server's to explain
      });
      // flatpickr reads the typed text on Enter, on blur and on a click elsewhere, and empties
      // the box when it cannot read it: leave such text alone.
      var setDate = picker.setDate;
      picker.setDate = function (date) {
        if (typeof date === "string" && date.trim() && !readDay(date)) return;
        return setDate.apply(picker, arguments);
      };
      // One who types a date does not need the calendar: it closes, so that it never lies over the
      // next box or the Save button, where a click meant for them would pick another day.
      input.addEventListener("input", function () { picker.close(); });
      input.addEventListener("keydown", function (event) {
        if (event.key === "Escape" || event.key === "Tab") picker.close();
      });
      // flatpickr takes the focus away on Enter, so the browser would not send the form: send it
      // as Enter in a text box does, with the form's first submit button.
      input.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || event.isComposing || !input.form) return;
        event.preventDefault();
        var button = input.form.querySelector("button:not([type=button]):not([type=reset]), input[type=submit]");
        if (button) button.click();
        else input.form.requestSubmit();
      });
    });
  });
})();
// Lists of more than 15 choices (countries, units…): a search box from Tom Select that ignores
// accents ("ha noi" finds "Hà Nội", "dong" finds "Đồng"). The empty choice ("Tất cả", "Toàn tỉnh")
// stays a choice; the original select still holds the value, so the form posts as before and
// data-submit-on-change still works (Tom Select fires the select's change event).
// What an open list says when nothing matches (the page's own words, in its language).
function noResults() {
  var div = document.createElement("div");
  div.className = "no-results";
  div.textContent = document.body.getAttribute("data-no-match") || "";
  return div;
}
// Whether a search typed with accents («Hàn») is to be matched with them: then it finds «Hàn Quốc», not
// Ghana nor «Phần Lan»; typed without («han»), it matches ignoring them.
function hasMarks(query) {
  return query.normalize("NFD").replace(/[\u0300-\u036f]/g, "") !== query.normalize("NFD") || /[đĐ]/.test(query);
}
function folded(text) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}
function matches(query, text) {
  query = query.normalize("NFC").trim();
  if (hasMarks(query)) return text.normalize("NFC").toLowerCase().indexOf(query.toLowerCase()) >= 0;
  return folded(text).indexOf(folded(query)) >= 0;
}
// A long list of boxes (the countries of a delegation, register/forms.py): a box above it that shows only
// the boxes whose name matches what is typed; the boxes ticked stay ticked, shown or not.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("div.check-list").forEach(function (list) {
    var box = document.createElement("input");
    box.type = "search";
    box.className = "check-filter";
    box.placeholder = document.body.getAttribute("data-search") || "";
    box.setAttribute("aria-label", box.placeholder);
    box.setAttribute("aria-controls", list.id);
    list.parentNode.insertBefore(box, list);
    box.addEventListener("input", function () {
      list.querySelectorAll(":scope > div").forEach(function (row) {
        var ticked = row.querySelector("input:checked");
        row.hidden = !ticked && !matches(box.value, row.textContent);
      });
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();  // a filter, not the form's submit
    });
  });
});
document.addEventListener("DOMContentLoaded", function () {
  if (typeof window.TomSelect !== "function") return;  // node_modules absent: plain selects
  // A list marked data-no-search (the period picker's kinds, read at a glance) stays plain.
  document.querySelectorAll("select:not([multiple]):not([data-no-search]):not([data-unit-search])").forEach(function (select) {
    if (select.options.length <= 15 || select.tomselect) return;
    var tom = new window.TomSelect(select, {
      allowEmptyOption: true,
      maxOptions: null,  // every choice, in the list's own order
      diacritics: true,
      create: false,
      render: { no_results: noResults },
    });
    // Accents typed are accents meant (hasMarks): the search ignores them only when none is typed.
    var search = tom.search;
    tom.hook("instead", "search", function (query) {
      query = (query || "").normalize("NFC");
      tom.sifter.settings.diacritics = !hasMarks(query);
      return search.call(tom, query);
    });
  });
});
// Lists of units too long to send whole (core/unit_picker.UnitPicker, data-unit-search): the page holds the
// chosen unit only, and Tom Select asks the server for the units matching what is typed (the units
// the user may choose, accents or not). The text box the page has for browsers without script is
// removed, so that the form posts the list's value alone.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof window.TomSelect !== "function" || typeof window.fetch !== "function") return;  // the text box stays
  document.querySelectorAll("select[data-unit-search]").forEach(function (select) {
    if (select.tomselect) return;
    var url = select.getAttribute("data-unit-search");
    var box = select.id && document.getElementById(select.id + "_search");
    if (box) box.remove();
    var loaded = 1000;  // after the page's own choices, which Tom Select numbers from 1
    // A unit chosen, and the box not touched since: a search still under way (Tom Select searches
    // 300 ms after a key, and the server may answer later still) must not open the list again.
    var picked = false;
    var tom = new window.TomSelect(select, {
      allowEmptyOption: true,
      maxOptions: null,
      diacritics: true,
      create: false,
      valueField: "value",
      labelField: "text",
      searchField: ["text", "name", "short_name", "code"],
      sortField: "$order",  // the empty choice, the chosen unit, then the units as the server orders them (by name)
      preload: "focus",  // the first units at once, before anything is typed
      loadThrottle: 250,
      shouldLoad: function () { return true; },
      onItemAdd: function () { picked = true; },
      onBlur: function () { picked = false; },
      load: function (query, callback) {
        var address = url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query);
        fetch(address, { credentials: "same-origin", headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { results: [] }; })
          .then(function (data) {
            var units = (data.results || []).map(function (unit) { return Object.assign({ $order: ++loaded }, unit); });
            callback(units);
          })
          .catch(function () { callback(); });
      },
      render: { no_results: noResults },
    });
    var open = tom.open;
    tom.hook("instead", "open", function () { if (!picked) open.call(tom); });
    // the user's own click or key opens it as ever (caught before Tom Select's own, which may choose)
    ["mousedown", "keydown"].forEach(function (name) {
      tom.control.addEventListener(name, function () { picked = false; }, true);
    });
  });
});
// File boxes: the browser writes its own "Choose File" / "No file chosen" in its own language. A
// button and a line in the page's words stand in front of the box, which still holds the files and
// posts them as before (the label still opens it, and a file dropped on the picker goes into it).
document.addEventListener("DOMContentLoaded", function () {
  var choose = document.body.getAttribute("data-choose-file"), none = document.body.getAttribute("data-no-file");
  if (!choose) return;
  document.querySelectorAll("input[type=file]").forEach(function (input) {
    var picker = document.createElement("span"), button = document.createElement("button"), name = document.createElement("span");
    picker.className = "file-picker";
    button.type = "button";
    button.className = "button";
    button.textContent = choose;
    name.className = "file-name";
    name.id = (input.id || input.name) + "_chosen";
    button.setAttribute("aria-describedby", name.id);
    function show() {
      var names = Array.prototype.map.call(input.files || [], function (file) { return file.name; });
      name.textContent = names.length ? names.join(", ") : none;
    }
    input.parentNode.insertBefore(picker, input);
    picker.append(input, button, name);
    input.classList.add("file-box");
    input.tabIndex = -1;
    button.addEventListener("click", function () { input.click(); });
    input.addEventListener("change", show);
    // the box hides behind the button, so the picker takes a file dropped on it in the box's stead
    picker.addEventListener("dragover", function (event) {
      event.preventDefault();
      picker.classList.add("dropping");
    });
    picker.addEventListener("dragleave", function () { picker.classList.remove("dropping"); });
    picker.addEventListener("drop", function (event) {
      event.preventDefault();
      picker.classList.remove("dropping");
      var dropped = event.dataTransfer.files, kept = new DataTransfer();
      for (var i = 0; i < dropped.length && (input.multiple || i < 1); i++) kept.items.add(dropped[i]);
      if (!kept.files.length) return;
      input.files = kept.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    show();
  });
});
