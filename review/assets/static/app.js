// racex review page: mark details on click, and corrections of the hand
// annotation. Every text shown is set with textContent or cloned from the
// server's escaped HTML; nothing is parsed as HTML here.
"use strict";

(function () {
  const doc = document.getElementById("doc");
  if (!doc) return;
  const docID = doc.dataset.doc;
  const article = document.getElementById("article");
  const detail = document.getElementById("detail");

  // --- mark details -------------------------------------------------------
  function select(ids) {
    document.querySelectorAll(".mk.sel").forEach((el) => el.classList.remove("sel"));
    if (!ids.length) return;
    // The innermost mark is the one clicked; outline all of its runs.
    document.querySelectorAll('#article [data-m~="' + ids[0] + '"]').forEach((el) => el.classList.add("sel"));
    detail.replaceChildren();
    const shown = new Set();
    ids.forEach((id) => {
      const info = document.getElementById("md-" + id);
      if (!info) return;
      const copy = info.cloneNode(true);
      // A fact shown for an inner mark is not repeated for an outer one.
      copy.querySelectorAll("li.fact[data-pointer]").forEach((li) => {
        const key = li.dataset.pointer + " " + li.className;
        if (shown.has(key)) li.remove();
        shown.add(key);
      });
      detail.appendChild(copy);
    });
  }
  article.addEventListener("click", (ev) => {
    const el = ev.target.closest("[data-m]");
    if (!el) return;
    select(el.dataset.m.split(" "));
  });
  // "show in text" links select the mark they lead to.
  document.addEventListener("click", (ev) => {
    const a = ev.target.closest("a.goto");
    if (!a) return;
    const m = /^#m-(\d+)$/.exec(a.getAttribute("href") || "");
    if (m) {
      const run = document.querySelector('#article [data-m~="' + m[1] + '"]');
      if (run) select([m[1]]);
    }
  });

  const only = document.getElementById("only-problems");
  if (only) {
    only.addEventListener("change", () => article.classList.toggle("only-problems", only.checked));
  }

  // Step through the problems (missed or extra facts) in text order.
  const problems = Array.from(article.querySelectorAll(".st-missed, .st-spurious"))
    .filter((el, i, all) => i === 0 || all[i - 1].dataset.m !== el.dataset.m); // one stop per run
  let at = -1;
  function step(by) {
    if (!problems.length) return;
    at = (at + by + problems.length) % problems.length;
    const el = problems[at];
    el.scrollIntoView({ block: "center" });
    select(el.dataset.m.split(" "));
  }
  const next = document.getElementById("next-problem");
  const prev = document.getElementById("prev-problem");
  if (next) next.addEventListener("click", () => step(1));
  if (prev) prev.addEventListener("click", () => step(-1));
  document.addEventListener("keydown", (ev) => {
    if (ev.target.closest("input, select, textarea, dialog") || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "n") step(1);
    if (ev.key === "p") step(-1);
  });

  // --- corrections --------------------------------------------------------
  const status = document.getElementById("status");
  function flash(msg, problems, isError) {
    status.hidden = false;
    status.classList.toggle("error", !!isError);
    status.replaceChildren(document.createTextNode(msg));
    if (problems && problems.length) {
      const ul = document.createElement("ul");
      problems.forEach((p) => {
        const li = document.createElement("li");
        li.textContent = p;
        ul.appendChild(li);
      });
      status.appendChild(ul);
    }
  }
  const saved = sessionStorage.getItem("racex-flash");
  if (saved) {
    sessionStorage.removeItem("racex-flash");
    flash(saved);
  }

  async function send(edit) {
    const res = await fetch("/api/gold/" + docID.split("/").map(encodeURIComponent).join("/"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(edit),
    });
    let body = {};
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) {
      const err = new Error(body.error || res.status + " " + res.statusText);
      err.problems = body.problems || [];
      throw err;
    }
    return body;
  }

  const said = { init: "Annotation started from the extraction and saved.", accept: "Fact added to the annotation and saved.",
    reject: "Fact removed from the annotation and saved.", edit: "Annotation entry saved.", add: "Fact added to the annotation and saved." };

  async function commit(edit) {
    try {
      await send(edit);
      sessionStorage.setItem("racex-flash", said[edit.op] + (doc.dataset.goldfile ? " (" + doc.dataset.goldfile + ")" : ""));
      location.reload();
      return null;
    } catch (err) {
      return err;
    }
  }

  // Field kinds: s (string or null), int, num, list (comma separated),
  // bool, or an array of choices.
  const FIELDS = {
    people: [["name", "s"], ["aliases", "list"], ["age", "int"], ["nationality", "s", "ISO 3166 alpha-3: KEN, GBR, ETH"],
      ["hometown", "s"], ["titles", "list"], ["descriptors", "list"], ["clubs", "list"],
      ["roles", "list", "athlete, runner, celebrity, fundraiser, official, spectator, other"], ["optional", "bool"]],
    events: [["name", "s"], ["aliases", "list"], ["edition", "int"],
      ["kind", ["", "marathon", "half-marathon", "10k", "5k", "ultra", "triathlon", "track", "wheelchair", "other"]],
      ["date", "s", "YYYY-MM-DD"], ["location", "s"], ["distance_m", "num", "metres"], ["optional", "bool"]],
    charities: [["name", "s"], ["aliases", "list"], ["optional", "bool"]],
    organizations: [["name", "s"], ["aliases", "list"],
      ["kind", ["", "club", "sponsor", "media", "team", "military", "government", "company", "other"]], ["optional", "bool"]],
    places: [["name", "s"], ["aliases", "list"],
      ["kind", ["", "city", "district", "region", "country", "landmark", "constituency", "other"]],
      ["country", "s", "ISO 3166 alpha-3"], ["optional", "bool"]],
    results: [["person", "s"], ["position", "int"], ["time.text", "s", "as written: 2:18:36"],
      ["time.seconds", "num", "left empty: worked out from the time as written"], ["event", "s"],
      ["race.sex", ["", "F", "M"]], ["race.division", ["", "elite", "wheelchair", "mass", "age-group"]],
      ["notes", "list"], ["optional", "bool"]],
    fundraising: [["person", "s"], ["charity", "s"], ["cause", "s", "an unnamed cause, when no charity is named"],
      ["amount.value", "num"], ["amount.currency", "s", "ISO 4217: GBP, USD, EUR"], ["status", ["", "target", "raised"]],
      ["optional", "bool"]],
    quantities: [["kind", ["age", "duration", "distance", "money", "temperature", "count"]], ["text", "s", "as written: 26.2-mile"],
      ["value", "num"], ["unit", "s", "year, s, mi, km, m, GBP, C, athlete"], ["normalized.value", "num", "seconds, metres, the currency"],
      ["normalized.unit", "s"], ["qualifier", ["", "over", "under", "about", "up to", "at least"]], ["about", "s"],
      ["optional", "bool"]],
  };

  const dialog = document.getElementById("editor");
  let current = null; // {op, pointer, section, entry}

  function get(obj, path) {
    return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
  }

  function buildForm(section, entry) {
    const box = document.getElementById("edfields");
    box.replaceChildren();
    FIELDS[section].forEach(([key, kind, hint]) => {
      const label = document.createElement("label");
      label.appendChild(document.createTextNode(key.replace(".", " ").replace("_", " ")));
      let input;
      const v = get(entry, key);
      if (Array.isArray(kind)) {
        input = document.createElement("select");
        kind.forEach((c) => {
          const o = document.createElement("option");
          o.value = c;
          o.textContent = c === "" ? "(none)" : c;
          input.appendChild(o);
        });
        input.value = v == null ? "" : String(v);
      } else if (kind === "bool") {
        input = document.createElement("input");
        input.type = "checkbox";
        input.checked = !!v;
      } else {
        input = document.createElement("input");
        input.type = "text";
        input.value = v == null ? "" : Array.isArray(v) ? v.join(", ") : String(v);
      }
      input.name = key;
      input.dataset.kind = Array.isArray(kind) ? "choice" : kind;
      label.appendChild(input);
      box.appendChild(label);
      if (hint) {
        const h = document.createElement("span");
        h.className = "hint";
        h.textContent = hint;
        box.appendChild(h);
      }
    });
  }

  // clock reads "2:18:36", "49:10" or "1:49:10.5" as seconds.
  function clock(text) {
    const m = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(text.trim());
    if (!m) return null;
    return (m[1] ? +m[1] * 3600 : 0) + +m[2] * 60 + +m[3];
  }

  function readForm(section, base) {
    const entry = JSON.parse(JSON.stringify(base || {}));
    const errors = [];
    document.querySelectorAll("#edfields [name]").forEach((input) => {
      const key = input.name;
      const raw = input.type === "checkbox" ? input.checked : input.value.trim();
      let val;
      switch (input.dataset.kind) {
        case "bool": val = raw ? true : undefined; break;
        case "list": val = raw ? raw.split(",").map((s) => s.trim()).filter(Boolean) : []; break;
        case "int":
          val = raw === "" ? null : Number(raw);
          if (val !== null && !Number.isInteger(val)) errors.push(key + ": a whole number");
          break;
        case "num":
          val = raw === "" ? null : Number(raw.replace(/,/g, ""));
          if (val !== null && !Number.isFinite(val)) errors.push(key + ": a number");
          break;
        default: val = raw === "" ? null : raw;
      }
      const parts = key.split(".");
      if (parts.length === 2) {
        entry[parts[0]] = entry[parts[0]] || {};
        entry[parts[0]][parts[1]] = val;
      } else if (val === undefined) {
        delete entry[key];
      } else {
        entry[key] = val;
      }
    });
    // Nested objects: all empty means null (race is always an object).
    if (section === "results") {
      if (entry.time && entry.time.text && entry.time.seconds == null) entry.time.seconds = clock(entry.time.text);
      if (entry.time && entry.time.text == null && entry.time.seconds == null) entry.time = null;
      if (entry.time && (entry.time.text == null || entry.time.seconds == null)) errors.push("time: give the time as written and in seconds (h:mm:ss is worked out)");
    }
    if (section === "fundraising" && entry.amount) {
      if (entry.amount.value == null && entry.amount.currency == null) entry.amount = null;
      else if (entry.amount.value == null || entry.amount.currency == null) errors.push("amount: give both a value and a currency");
    }
    if (section === "quantities" && entry.normalized && entry.normalized.value == null && entry.normalized.unit == null) entry.normalized = null;
    return { entry, errors };
  }

  function showErrors(list) {
    const ul = document.getElementById("ederrors");
    ul.replaceChildren();
    list.forEach((p) => {
      const li = document.createElement("li");
      li.textContent = p;
      ul.appendChild(li);
    });
  }

  // Text selected in the article pre-fills a new fact's main field. It is
  // read when the button is pressed, before the press moves the selection.
  let selected = "";
  function readSelection() {
    const sel = window.getSelection();
    const text = sel && sel.rangeCount && article.contains(sel.anchorNode) ? sel.toString().trim() : "";
    return text.length <= 200 ? text : "";
  }
  document.addEventListener("mousedown", (ev) => {
    if (ev.target.closest('button[data-op="add"]')) selected = readSelection();
  }, true);
  document.addEventListener("keydown", (ev) => {
    if (ev.target.closest && ev.target.closest('button[data-op="add"]')) selected = readSelection();
  }, true);
  const MAIN = { quantities: "text", results: "person", fundraising: "person" };
  function prefill(section) {
    const e = {};
    if (selected) e[MAIN[section] || "name"] = selected;
    return e;
  }

  function openEditor(op, pointer, entry) {
    const sectionSel = document.getElementById("edsection");
    const section = op === "edit" ? pointer.split("/")[1] : sectionSel.value || "people";
    current = { op, pointer, section, entry };
    document.getElementById("edtitle").textContent = op === "edit" ? "Edit the annotation's " + section + " entry" : "Add a missed fact to the annotation";
    document.getElementById("edsection-l").hidden = op === "edit";
    sectionSel.value = section;
    buildForm(section, entry || prefill(section));
    showErrors([]);
    dialog.showModal();
  }

  if (dialog) {
    document.getElementById("edsection").addEventListener("change", (ev) => {
      current.section = ev.target.value;
      buildForm(current.section, prefill(current.section));
    });
    document.getElementById("edcancel").addEventListener("click", () => dialog.close());
    document.getElementById("editform").addEventListener("submit", async (ev) => {
      ev.preventDefault();
      const { entry, errors } = readForm(current.section, current.entry);
      if (errors.length) return showErrors(errors);
      const edit = current.op === "edit"
        ? { op: "edit", pointer: current.pointer.split("/").slice(0, 3).join("/"), entry }
        : { op: "add", section: current.section, entry };
      const err = await commit(edit);
      if (err) showErrors([err.message].concat(err.problems));
    });
  }

  document.addEventListener("click", async (ev) => {
    const b = ev.target.closest("button[data-op]");
    if (!b) return;
    const op = b.dataset.op;
    if (op === "edit" || op === "add") {
      let entry = null;
      if (b.dataset.entry) {
        try { entry = JSON.parse(b.dataset.entry); } catch (e) { entry = null; }
      }
      return openEditor(op, b.dataset.pointer || "", entry);
    }
    b.disabled = true;
    const err = await commit({ op, pointer: b.dataset.pointer });
    if (err) {
      b.disabled = false;
      flash("Not saved: " + err.message, err.problems, true);
    }
  });
})();
