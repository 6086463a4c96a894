// Small behaviours the pages declare with data attributes, so that no page needs inline script
// (the content security policy allows scripts from this site's files only).
document.addEventListener("change", function (event) {
  if (event.target.matches("select[data-submit-on-change]")) event.target.form.submit();
});
document.addEventListener("click", function (event) {
  if (event.target.closest("[data-print]")) window.print();
});
