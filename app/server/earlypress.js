
// -----------------------------------------------------------------------------
// News Explorer: a highlight toggle pressed before the program is ready
// -----------------------------------------------------------------------------
//
// The legend's toggles are the submit buttons of a form, which without
// JavaScript reload the page with the choice in its address. While the
// program loads, a press is shown on the page as it is instead (the
// article's hide-<type> classes, each toggle's state, the summary and the
// address) with no reload, and kept in newsExplorerEarlyShow, spelled as
// the address spells it, for the program to start from and save. The
// program replaces the page's legend when it starts, and its own
// handlers take the presses from then on.
(function () {
  const form = document.querySelector("form.legend");
  const article = document.getElementById("article");
  if (!form || !article) {
    return;
  }
  const toggles = Array.from(form.querySelectorAll("button.toggle[data-toggle]"));
  const types = toggles.map((b) => b.dataset.toggle);

  // spell writes a set of types as the address does.
  const spell = (on) => {
    if (on.size === types.length) {
      return "all";
    }
    if (on.size === 0) {
      return "none";
    }
    return types.filter((t) => on.has(t)).join(",");
  };

  // read is the set of types a spelling switches on.
  const read = (value) => {
    if (value === "all") {
      return new Set(types);
    }
    return new Set(value.split(",").filter((t) => types.includes(t)));
  };

  form.addEventListener("submit", (event) => {
    const button = event.submitter;
    if (!button || !button.dataset.toggle) {
      return;
    }
    event.preventDefault();
    const on = read(button.value);
    for (const t of types) {
      article.classList.toggle("hide-" + t, !on.has(t));
    }
    for (const b of toggles) {
      const t = b.dataset.toggle;
      const next = new Set(on);
      if (on.has(t)) {
        next.delete(t);
      } else {
        next.add(t);
      }
      b.value = spell(next);
      b.setAttribute("aria-pressed", String(on.has(t)));
      const state = b.querySelector(".toggle-state");
      if (state) {
        state.textContent = on.has(t) ? "on" : "off";
      }
    }
    for (const b of form.querySelectorAll("button.bulk[data-toggle]")) {
      const pressed = b.dataset.toggle === "all" ? on.size === types.length : on.size === 0;
      b.setAttribute("aria-pressed", String(pressed));
    }
    const summary = form.querySelector("#legend-summary");
    if (summary) {
      summary.textContent = on.size === types.length ? "All " + types.length + " kinds on"
        : on.size === 0 ? "All kinds off"
        : on.size + " of " + types.length + " kinds on";
    }
    const value = spell(on);
    const url = new URL(form.action);
    if (value === "all") {
      url.searchParams.delete(button.name);
    } else {
      url.searchParams.set(button.name, value);
    }
    history.replaceState(history.state, "", url.pathname + url.search.replace(/%2C/g, ","));
    window.newsExplorerEarlyShow = value;
  });
})();
