// The chair board is live: each tile is replaced when infusion-service reports a change. This file
// says whether the board is live, keeps what a clinician is typing when someone else's change
// redraws her tile, and reloads the page after a step if live updates are down.
(function () {
  var justSubmitted = {};
  var kept = {};

  function say(text) {
    var el = document.getElementById("live-state");
    if (el) { el.textContent = text; }
  }

  function slotOf(elt) {
    return elt && elt.closest ? elt.closest(".tile-slot") : null;
  }

  document.addEventListener("htmx:sseOpen", function () { say("Live."); document.body.dataset.boardLive = "1"; });
  document.addEventListener("htmx:sseError", function () {
    say("Live updates interrupted; reconnecting…");
    document.body.dataset.boardLive = "0";
  });

  // a step was sent from this tile: its own update must show the form empty again
  document.addEventListener("htmx:beforeRequest", function (e) {
    var slot = slotOf(e.detail.elt);
    if (slot) { justSubmitted[slot.id] = true; }
  });

  // the step succeeded (204): the tile comes back through the live stream; without it, reload
  document.addEventListener("htmx:afterRequest", function (e) {
    var slot = slotOf(e.detail.elt);
    if (slot && (!e.detail.xhr || e.detail.xhr.status !== 204)) { delete justSubmitted[slot.id]; }
    if (e.detail.xhr && e.detail.xhr.status === 204 && document.body.dataset.boardLive !== "1") {
      window.location.reload();
    }
  });

  document.addEventListener("htmx:sseBeforeMessage", function (e) {
    var slot = e.target;
    if (!slot.classList || !slot.classList.contains("tile-slot")) { return; }
    if (justSubmitted[slot.id]) { delete justSubmitted[slot.id]; kept[slot.id] = null; return; }
    var values = {};
    slot.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (input) {
      if (!input.id) { return; }
      if (input.type === "checkbox") { if (input.checked) { values[input.id] = true; } }
      else if (input.value) { values[input.id] = input.value; }
    });
    var focused = document.activeElement && slot.contains(document.activeElement) ? document.activeElement.id : null;
    kept[slot.id] = { values: values, focused: focused };
  });

  document.addEventListener("htmx:sseMessage", function (e) {
    var slot = e.target;
    var keep = slot && kept[slot.id];
    if (!keep) { return; }
    Object.keys(keep.values).forEach(function (id) {
      var input = document.getElementById(id);
      if (!input || !slot.contains(input)) { return; }
      if (input.type === "checkbox") { input.checked = true; } else if (!input.value) { input.value = keep.values[id]; }
    });
    if (keep.focused) {
      var again = document.getElementById(keep.focused);
      if (again) { again.focus(); }
    }
    kept[slot.id] = null;
  });
})();
