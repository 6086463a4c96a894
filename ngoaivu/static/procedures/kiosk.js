// The kiosk: rotates the procedures by itself, refreshes the list from the feed, and keeps
// showing the last good list through a network loss.
(function () {
  var params = new URLSearchParams(location.search);
  var FEED = document.currentScript.dataset.feed, RELOAD_MS = 6 * 3600 * 1000;
  var SLIDE_MS = duration("slide", 12000), FETCH_MS = duration("fetch", 60000);
  var slides = JSON.parse(document.getElementById("kiosk-initial").textContent) || [];
  var index = -1, started = Date.now(), slide = document.getElementById("slide");
  var status = document.getElementById("status"), counter = document.getElementById("counter");

  // A delay from the address, kept within bounds: ?fetch=1 would poll the server every millisecond,
  // and a delay past 2^31 - 1 ms fires at once. The shortest slide outlasts its 600 ms fade.
  function duration(name, fallback) {
    var value = +params.get(name);
    return value > 0 ? Math.min(Math.max(value, 1000), 3600 * 1000) : fallback;
  }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (text) node.textContent = text;
    return node;
  }
  function render(p) {
    slide.textContent = "";
    slide.appendChild(el("h1", {lang: "vi"}, p.name));
    slide.appendChild(el("div", {"class": "meta", lang: "vi"}, p.code + " · " + p.field + " · " + p.agency + " · " + p.time));
    var codes = el("div", {"class": "codes"});
    p.languages.forEach(function (l) {
      var fig = el("figure", {lang: l.lang});
      fig.appendChild(el("img", {src: l.qr, alt: "QR " + l.language}));
      var cap = el("figcaption", {});
      cap.appendChild(el("b", {}, l.language));
      // a name not yet translated is the Vietnamese, marked in the language of the code (l.mark)
      cap.appendChild(el("span", l.mark ? {"class": "name", lang: "vi"} : {"class": "name"}, l.name));
      if (l.mark) cap.appendChild(el("span", {"class": "vi-mark"}, l.mark));
      fig.appendChild(cap);
      codes.appendChild(fig);
    });
    slide.appendChild(codes);
    counter.textContent = (index + 1) + " / " + slides.length;
  }
  function next() {
    try {
      if (slides.length) {
        slide.classList.add("fade");
        setTimeout(show, 600);
      } else {
        clear();
      }
    } finally {
      setTimeout(next, SLIDE_MS);
    }
  }
  // After the fade, from the list as it is then: a refresh during the fade may have shortened it.
  function show() {
    if (!slides.length) return clear();
    index = (index + 1) % slides.length;
    render(slides[index]);
    slide.classList.remove("fade");
  }
  function clear() {  // nothing published any more: show nothing rather than what was withdrawn
    slide.textContent = "";
    counter.textContent = "";
    slide.classList.remove("fade");
  }
  function refresh() {
    var request = new XMLHttpRequest();
    request.open("GET", FEED + "?t=" + Date.now());
    request.timeout = 15000;
    request.onload = function () {
      if (request.status !== 200) return failed();
      try {
        var data = JSON.parse(request.responseText);
        // An answer replaces the list, even an empty one (all withdrawn); a failure keeps the last good list.
        if (Array.isArray(data.procedures)) slides = data.procedures;
        status.classList.remove("offline");
        // Online again after a long run: reload to pick up a new version of this page.
        if (Date.now() - started > RELOAD_MS) location.reload();
      } catch (e) { failed(); }
    };
    request.onerror = request.ontimeout = failed;
    request.send();
  }
  function failed() { status.classList.add("offline"); }
  next();
  setInterval(refresh, FETCH_MS);
})();
