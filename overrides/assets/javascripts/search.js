/* Site search: Pagefind's own UI in a dialog opened from the header (see docs/search.md).
 * The bundle (pagefind/) is built by the digest from its model; this file only opens it.
 * Pagefind's script and stylesheet load when a reader first opens the dialog, so a page
 * costs nothing more until then. Keys as in Material: "/", "s" or "f" open search. */
(function () {
  "use strict";
  var dialog = document.getElementById("digest-search");
  var opener = document.querySelector("[data-digest-search-open]");
  if (!dialog || !opener || typeof dialog.showModal !== "function") return;
  var config = {};
  try {
    config = JSON.parse(document.getElementById("__config").textContent);
  } catch (error) {
    config = {};
  }
  // The site's root path from the page's relative `base` (Material's), so the site works
  // at any address: result links and the bundle are resolved against it.
  var root = new URL((config.base || ".") + "/", window.location.href).pathname;
  var bundle = root + "pagefind/";
  var sort = dialog.querySelector("[data-digest-search-sort]");
  var status = dialog.querySelector("[data-digest-search-status]");
  var ui = null;
  var loading = null;

  function load() {
    if (loading) return loading;
    loading = new Promise(function (resolve, reject) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = bundle + "pagefind-ui.css";
      document.head.appendChild(css);
      var script = document.createElement("script");
      script.src = bundle + "pagefind-ui.js";
      script.onload = resolve;
      script.onerror = function () {
        loading = null;
        reject(new Error("search could not be loaded"));
      };
      document.head.appendChild(script);
    });
    return loading;
  }

  function selectedFilters() {
    var filters = {};
    dialog.querySelectorAll(".pagefind-ui__filter-checkbox:checked").forEach(function (box) {
      (filters[box.name] = filters[box.name] || []).push(box.value);
    });
    return filters;
  }

  function mount() {
    var input = dialog.querySelector(".pagefind-ui__search-input");
    var term = input ? input.value : "";
    var filters = selectedFilters();
    if (ui) ui.destroy();
    var options = {
      element: "#digest-search-ui",
      bundlePath: bundle,
      baseUrl: root,
      showImages: false,
      showSubResults: false,
      autofocus: true,
      resetStyles: false,
      debounceTimeoutMs: 150,
      translations: { placeholder: "Search quotes, people, articles" },
    };
    if (sort.value) options.sort = { date: sort.value };
    ui = new window.PagefindUI(options);
    // Pagefind's input has a placeholder only: the dialog's visible title labels it.
    var field = dialog.querySelector(".pagefind-ui__search-input");
    if (field) field.setAttribute("aria-labelledby", "digest-search-title");
    if (Object.keys(filters).length) ui.triggerFilters(filters);
    if (term) ui.triggerSearch(term);
  }

  // Screen readers hear the result count, as Material's search says it.
  new MutationObserver(function () {
    var message = dialog.querySelector(".pagefind-ui__message");
    var text = message ? message.textContent.trim() : "";
    if (text && status.textContent !== text) status.textContent = text;
  }).observe(dialog, { childList: true, subtree: true, characterData: true });

  function open() {
    if (dialog.open) return;
    dialog.showModal();
    load().then(
      function () {
        if (!ui) mount();
        var input = dialog.querySelector(".pagefind-ui__search-input");
        if (input) input.focus();
      },
      function (error) {
        status.textContent = error.message;
      }
    );
  }

  opener.addEventListener("click", open);
  dialog.querySelector("[data-digest-search-close]").addEventListener("click", function () {
    dialog.close();
  });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  sort.addEventListener("change", function () {
    if (ui) mount();
  });
  document.addEventListener("keydown", function (event) {
    if (dialog.open || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    var typing =
      target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (!typing && (event.key === "/" || event.key === "s" || event.key === "f")) {
      event.preventDefault();
      open();
    }
  });
})();
