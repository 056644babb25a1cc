// Progressive enhancement only: every page works without this script.
// - Escape hides an open citation tooltip (WCAG 1.4.13); tooltips that would leave the window flip.
// - "Copy answer as text" and "Print" buttons, which need a script, are shown and wired here.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    document.querySelectorAll("sup.cite:hover, sup.cite:focus-within").forEach(function (c) {
      c.classList.add("dismissed");
    });
  });
  function reset(e) {
    var c = e.target.closest && e.target.closest("sup.cite");
    if (!c) return;
    c.classList.remove("dismissed");
    var tip = c.querySelector(".tip");
    if (!tip) return;
    tip.classList.remove("flip");
    var r = c.getBoundingClientRect();
    if (r.left + Math.min(416, window.innerWidth * 0.86) > window.innerWidth - 8) tip.classList.add("flip");
  }
  document.addEventListener("focusin", reset);
  document.addEventListener("mouseover", reset);

  document.querySelectorAll("button.copy").forEach(function (b) {
    if (!navigator.clipboard || !window.fetch) return;
    b.hidden = false;
    var status = document.querySelector(".copy-status");
    b.addEventListener("click", function () {
      fetch(b.getAttribute("data-text"))
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
        .then(function (t) { return navigator.clipboard.writeText(t); })
        .then(function () { if (status) status.textContent = "Answer copied as text, with its references."; })
        .catch(function () { if (status) status.textContent = "Could not copy; use the Plain text link instead."; });
    });
  });
  document.querySelectorAll("button.print").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { window.print(); });
  });
})();
