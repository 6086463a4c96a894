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
  (input || target).focus({ preventScroll: true });
});
// A group of checkboxes with a "chọn tất cả" box (collection/_units_by_kind.html): it checks or clears the group.
document.addEventListener("change", function (event) {
  if (!event.target.matches("[data-check-all]")) return;
  event.target.closest("fieldset").querySelectorAll("input[type=checkbox]:not([data-check-all])").forEach(function (box) {
    box.checked = event.target.checked;
  });
});
