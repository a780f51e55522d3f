/* Site search (docs/search.md): the dialog behind the button of partials/search.html, over the
 * digest's Pagefind bundle, through Pagefind's own JavaScript API (pagefind/pagefind.js). The
 * dialog is made here, so that no page carries its markup.
 *
 * What a reader downloads is what the scale targets count, so: Pagefind loads when the dialog
 * first opens (a page costs nothing until then); a query fetches only the index chunks of its
 * words and the fragments of the results shown, ten at a time; the filters' values (a file per
 * filter, growing with the digest) load only when a reader opens the filters. Pagefind's
 * ready-made UI fetches every filter file on its first search, 250 KB at 10,000 entries.
 * Keys as in Material: "/", "s" or "f" open search; Esc closes it. */
(function () {
  "use strict";
  var opener = document.querySelector("[data-digest-search-open]");
  if (!opener || typeof HTMLDialogElement !== "function") return;

  // The dialog's styles, next to this script (../stylesheets/search.css): fetched now, after
  // the page is parsed, so that they never hold up its first paint.
  var sheet = document.createElement("link");
  sheet.rel = "stylesheet";
  sheet.href = new URL("../stylesheets/search.css", document.currentScript.src).href;
  document.head.appendChild(sheet);

  var PAGE = 10; // results shown at a time
  // Records searched at once: the newest parts of the index until they hold this many (parts
  // hold at most 5,000 by default, so 5,000 to 10,000 records); older parts when the reader
  // asks, picks a filter or the oldest first. What a first query downloads and how long it
  // takes grow with the records searched: Pagefind ranks every record that holds a word
  // (docs/search.md).
  var AT_ONCE = 5000;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var DEBOUNCE = 120; // ms after a key: a search for every prefix typed would cost more
  var FILTERS = [
    ["topic", "Topic"],
    ["organization", "Organization"],
    ["speaker", "Speaker"],
    ["publisher", "Publisher"],
    ["year", "Year"],
  ];
  var CLOSE_ICON =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"><path ' +
    'd="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 ' +
    '19 17.59 13.41 12z"/></svg>';

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    (children || []).forEach(function (child) {
      node.append(child);
    });
    return node;
  }

  // The dialog, made once (the pages carry only the button).
  function makeDialog() {
    var close = element("button", {
      type: "button",
      class: "md-icon digest-search__close",
      "data-digest-search-close": "",
      "aria-label": "Close search",
      title: "Close (Esc)",
    });
    close.innerHTML = CLOSE_ICON; // a constant of this file
    var order = element("select", { "data-digest-search-sort": "" }, [
      element("option", { value: "" }, ["Best match"]),
      element("option", { value: "desc" }, ["Newest first"]),
      element("option", { value: "asc" }, ["Oldest first"]),
    ]);
    var grid = element("div", { class: "digest-search__filter-grid" });
    FILTERS.forEach(function (filter) {
      var id = "digest-search-" + filter[0];
      grid.append(
        element("label", { class: "digest-search__filter" }, [
          filter[1],
          element("input", {
            type: "search",
            list: id,
            autocomplete: "off",
            spellcheck: "false",
            placeholder: "Any",
            "data-digest-search-filter": filter[0],
          }),
        ]),
        element("datalist", { id: id })
      );
    });
    var made = element("dialog", {
      id: "digest-search",
      class: "digest-search",
      "aria-labelledby": "digest-search-title",
    }, [
      element("div", { class: "digest-search__bar" }, [
        element("h2", { id: "digest-search-title", class: "digest-search__title" }, [
          "Search the digest",
        ]),
        close,
      ]),
      element("form", { class: "digest-search__form", role: "search", "data-digest-search-form": "" }, [
        element("input", {
          type: "search",
          class: "digest-search__input",
          "aria-labelledby": "digest-search-title",
          placeholder: "Quotes, people, articles",
          autocomplete: "off",
          autocapitalize: "off",
          spellcheck: "false",
          enterkeyhint: "search",
          "data-digest-search-input": "",
        }),
        element("label", { class: "digest-search__order" }, ["Order", order]),
      ]),
      element("details", { class: "digest-search__filters", "data-digest-search-filters": "" }, [
        element("summary", {}, ["Filters"]),
        grid,
      ]),
      element("p", {
        class: "digest-search__status",
        role: "status",
        "aria-live": "polite",
        "data-digest-search-status": "",
      }),
      element("ol", {
        class: "digest-search__results",
        "aria-labelledby": "digest-search-title",
        "data-digest-search-results": "",
      }),
      element("button", {
        type: "button",
        class: "digest-search__more",
        "data-digest-search-more": "",
        hidden: "",
      }, ["More results"]),
      element("button", {
        type: "button",
        class: "digest-search__more",
        "data-digest-search-earlier": "",
        hidden: "",
      }, ["Search earlier entries"]),
    ]);
    document.body.append(made);
    opener.setAttribute("aria-controls", "digest-search");
    return made;
  }

  var dialog = makeDialog();
  var input = dialog.querySelector("[data-digest-search-input]");
  var sort = dialog.querySelector("[data-digest-search-sort]");
  var status = dialog.querySelector("[data-digest-search-status]");
  var list = dialog.querySelector("[data-digest-search-results]");
  var more = dialog.querySelector("[data-digest-search-more]");
  var earlier = dialog.querySelector("[data-digest-search-earlier]");
  var filters = dialog.querySelector("[data-digest-search-filters]");
  var fields = dialog.querySelectorAll("[data-digest-search-filter]");

  // The site's root path from the page's relative `base` (Material's), so the site works at
  // any address: the bundle and the result links are resolved against it.
  var config = {};
  try {
    config = JSON.parse(document.getElementById("__config").textContent);
  } catch (error) {
    config = {};
  }
  var root = new URL((config.base || ".") + "/", window.location.href).pathname;

  var engine = null; // a promise of Pagefind's module, once asked for
  // What is searched when the digest has no entries yet (parts.json lists no part: Pagefind
  // makes no index of nothing): every search finds nothing, and says why.
  var NOTHING = {
    search: function () {
      return Promise.resolve({ results: [] });
    },
    filters: function () {
      return Promise.resolve({});
    },
  };
  var parts = []; // the parts searched, newest first: {path, label, first, last, records}
  var waiting = []; // the older parts, not searched until asked for
  var merging = null; // a promise of the older parts merged in
  var bundle = root + "pagefind/";
  var common = { baseUrl: root, excerptLength: 24 };
  var known = null; // filter name -> {lowercased value -> value}, once the filters are open
  var current = { results: [], shown: 0, query: 0 };
  var timer = 0;

  // The index comes in parts of whole days (docs/search.md). The newest part brings
  // Pagefind's program; the others are merged into it, each marked with its own "part"
  // filter, so that one search covers them all and a sorted one can take them in order.
  // The newest parts are merged at once, until they hold AT_ONCE records; the older ones by
  // `everything`.
  function pagefind() {
    if (!engine) {
      var listed = fetch(bundle + "parts.json").then(function (response) {
        if (!response.ok) throw new Error("parts.json: " + response.status);
        return response.json();
      });
      // The program once the manifest lists a part (a digest with no entries yet has none);
      // both load when the dialog opens, while the reader types.
      engine = listed.then(function (manifest) {
        var all = manifest.parts || [];
        if (!all.length) return NOTHING;
        return import(bundle + "pagefind.js").then(function (module) {
          return loaded(module, all);
        });
      });
      engine.catch(function () {
        engine = null;
        say("Search could not be loaded. Check your connection and try again.");
      });
    }
    return engine;
  }

  // Pagefind set up with the newest parts merged in.
  function loaded(module, all) {
    var first = atOnce(all);
    parts = all.slice(0, first);
    waiting = all.slice(first);
    return module.options(common).then(function () {
      module.init();
      if (all.length < 2) return module;
      return module
        .options({ mergeFilter: { part: all[0].label } })
        .then(function () {
          return merge(module, parts.slice(1));
        })
        .then(function () {
          return module;
        });
    });
  }

  // How many of the parts (newest first) are searched at once.
  function atOnce(all) {
    var count = 0;
    var total = 0;
    while (count < all.length && total < AT_ONCE) {
      total += all[count].records || 0;
      count += 1;
    }
    return Math.max(count, 1);
  }

  function merge(module, list) {
    return Promise.all(
      list.map(function (part) {
        return module.mergeIndex(
          bundle + part.path,
          Object.assign({ mergeFilter: { part: part.label } }, common)
        );
      })
    );
  }

  // Pagefind with every part of the index merged in.
  function everything() {
    return pagefind().then(function (module) {
      if (!waiting.length) return module;
      if (!merging) {
        var rest = waiting.slice();
        merging = merge(module, rest).then(
          function () {
            parts = parts.concat(rest);
            waiting = [];
            merging = null;
            return module;
          },
          function (error) {
            merging = null;
            throw error;
          }
        );
      }
      return merging;
    });
  }

  // The first day of a run of parts (newest first), as the site writes days: "10 January 2025".
  function since(list) {
    var day = String(list[list.length - 1].first || "").split("-");
    var month = MONTHS[Number(day[1]) - 1];
    return month ? Number(day[2]) + " " + month + " " + day[0] : "";
  }

  function say(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  // How a typed filter value and a listed one are compared: without regard to case or to the
  // kind of double quote (the index holds “ ” where a name has "), with character references
  // read as text (Pagefind reads them so). Parsed in an inert document: never run, never shown.
  function lookupKey(value) {
    var text = value;
    if (value.indexOf("&") !== -1) {
      text = new DOMParser().parseFromString("<body>" + value, "text/html").body.textContent;
    }
    return text.toLowerCase().replace(/[“”„‟″]/g, '"');
  }

  // The filters the reader chose, as Pagefind takes them; unknown values are reported.
  function chosen() {
    var picked = {};
    var unknown = [];
    fields.forEach(function (field) {
      var value = field.value.trim();
      if (!value) return;
      var name = field.getAttribute("data-digest-search-filter");
      var values = known && known[name];
      var exact = values ? values[lookupKey(value)] : value;
      if (exact) picked[name] = exact;
      else unknown.push(name + " “" + value + "”");
    });
    return { picked: picked, unknown: unknown };
  }

  // An excerpt as text with Pagefind's <mark> highlights, and nothing else: parsed in an inert
  // document, only text and <mark> are copied.
  function excerpt(html) {
    var paragraph = document.createElement("p");
    paragraph.className = "digest-search__excerpt";
    var parsed = new DOMParser().parseFromString("<body>" + html, "text/html").body;
    parsed.childNodes.forEach(function (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        paragraph.appendChild(document.createTextNode(node.textContent));
      } else if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent || ""));
      }
    });
    return paragraph;
  }

  function item(data) {
    var li = document.createElement("li");
    li.className = "digest-search__result";
    var link = document.createElement("a");
    link.href = data.meta && data.meta.url ? data.meta.url : data.url;
    link.className = "digest-search__result-title";
    link.textContent = (data.meta && data.meta.title) || data.url;
    li.appendChild(link);
    var facts = [data.meta && data.meta.date, data.meta && data.meta.publisher].filter(Boolean);
    if (facts.length) {
      var meta = document.createElement("p");
      meta.className = "digest-search__meta";
      meta.textContent = facts.join(" · ");
      li.appendChild(meta);
    }
    li.appendChild(excerpt(data.excerpt || ""));
    return li;
  }

  function showMore(query) {
    var slice = current.results.slice(current.shown, current.shown + PAGE);
    return Promise.all(
      slice.map(function (result) {
        return result.data();
      })
    ).then(function (data) {
      if (query !== current.query) return;
      data.forEach(function (entry) {
        list.appendChild(item(entry));
      });
      current.shown += slice.length;
      more.hidden = current.shown >= current.results.length;
    });
  }

  function describe(count, term, picked) {
    var what = term ? " for “" + term + "”" : "";
    var within = Object.keys(picked)
      .map(function (name) {
        return name + ": " + picked[name];
      })
      .join(", ");
    if (within) what += " with " + within;
    if (!count) return "No results" + what + ".";
    return count.toLocaleString("en") + (count === 1 ? " result" : " results") + what + ".";
  }

  // Pagefind orders the results of merged parts by score, which a date order does not give
  // across parts: each part is searched on its own then, and the parts (whole years, newest
  // first) are taken in the order asked for.
  function ordered(module, term, picked, direction) {
    if (!direction) return module.search(term, { filters: picked });
    var order = direction === "asc" ? parts.slice().reverse() : parts;
    if (order.length < 2) {
      return module.search(term, { filters: picked, sort: { date: direction } });
    }
    return Promise.all(
      order.map(function (part) {
        var within = Object.assign({}, picked, { part: part.label });
        return module.search(term, { filters: within, sort: { date: direction } });
      })
    ).then(function (founds) {
      if (founds.some(function (found) {
        return !found;
      })) {
        return null;
      }
      return {
        results: founds.reduce(function (all, found) {
          return all.concat(found.results);
        }, []),
      };
    });
  }

  function search() {
    var query = ++current.query;
    var term = input.value.trim();
    var choice = chosen();
    var picked = choice.picked;
    if (choice.unknown.length) {
      list.replaceChildren();
      more.hidden = true;
      earlier.hidden = true;
      say("No " + choice.unknown.join(", ") + " in the digest.");
      return Promise.resolve();
    }
    if (!term && !Object.keys(picked).length) {
      list.replaceChildren();
      more.hidden = true;
      earlier.hidden = true;
      say("");
      return Promise.resolve();
    }
    // A filter's values, and the oldest entries, may be in any part: every part is searched.
    var whole = Object.keys(picked).length > 0 || sort.value === "asc";
    return (whole ? everything() : pagefind())
      .then(function (module) {
        if (module === NOTHING) {
          if (query === current.query) {
            list.replaceChildren();
            say("Nothing to search yet: the digest has no entries.");
          }
          return null;
        }
        return ordered(module, term || null, picked, sort.value);
      })
      .then(function (found) {
        if (query !== current.query || !found) return;
        current.results = found.results;
        current.shown = 0;
        list.replaceChildren();
        return showMore(query).then(function () {
          if (query !== current.query) return;
          var said = describe(found.results.length, term, picked);
          var from = waiting.length ? since(parts) : "";
          if (from) said = said.replace(/\.$/, " since " + from + ".");
          say(said);
          earlier.hidden = !waiting.length;
          if (waiting.length) {
            earlier.textContent = from ? "Search before " + from + " too" : "Search earlier entries";
          }
        });
      });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, DEBOUNCE);
  }

  function loadFilters() {
    if (known) return;
    known = {};
    everything()
      .then(function (module) {
        return module.filters();
      })
      .then(function (all) {
        fields.forEach(function (field) {
          var name = field.getAttribute("data-digest-search-filter");
          var values = Object.keys(all[name] || {}).sort(function (a, b) {
            return a.localeCompare(b, "en");
          });
          var lookup = {};
          var options = document.createDocumentFragment();
          values.forEach(function (value) {
            lookup[lookupKey(value)] = value;
            var option = document.createElement("option");
            option.value = value;
            options.appendChild(option);
          });
          known[name] = lookup;
          document.getElementById(field.getAttribute("list")).replaceChildren(options);
        });
        later();
      });
  }

  function open() {
    if (dialog.open) return;
    dialog.showModal();
    input.focus();
    pagefind(); // Pagefind loads while the reader types
  }

  opener.addEventListener("click", open);
  dialog.querySelector("[data-digest-search-close]").addEventListener("click", function () {
    dialog.close();
  });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  dialog.querySelector("[data-digest-search-form]").addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    search();
  });
  input.addEventListener("input", later);
  sort.addEventListener("change", later);
  fields.forEach(function (field) {
    field.addEventListener("input", later);
  });
  filters.addEventListener("toggle", function () {
    if (filters.open) loadFilters();
  });
  earlier.addEventListener("click", function () {
    earlier.hidden = true;
    input.focus();
    say("Searching earlier entries…");
    everything().then(search, function () {
      earlier.hidden = false;
      say("The earlier entries could not be loaded. Check your connection and try again.");
    });
  });
  more.addEventListener("click", function () {
    var next = list.children.length;
    showMore(current.query).then(function () {
      var link = list.children[next] && list.children[next].querySelector("a");
      if (link) link.focus(); // the first of the new results
    });
  });
  // Arrow keys move between the field and the results, as in Material's search.
  dialog.addEventListener("keydown", function (event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.target !== input && at < 0) return;
    event.preventDefault();
    var next = event.key === "ArrowDown" ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else if (next < links.length) links[next].focus();
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
