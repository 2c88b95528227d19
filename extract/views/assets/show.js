"use strict";
(function () {
  var records = JSON.parse(document.getElementById("records").textContent);
  var fields = document.getElementById("fields");

  function cell(tag, text) {
    var el = document.createElement(tag);
    el.textContent = text;
    return el;
  }

  function show(rid) {
    var rec = records[rid];
    if (!rec) { return; }
    var table = document.createElement("table");
    var head = document.createElement("tr");
    var th = cell("th", rec.table + " " + rid);
    th.colSpan = 2;
    head.appendChild(th);
    table.appendChild(head);
    Object.keys(rec).forEach(function (key) {
      if (key === "table") { return; }
      var value = rec[key];
      var tr = document.createElement("tr");
      tr.appendChild(cell("td", key));
      tr.appendChild(cell("td", value === null ? "—" : (typeof value === "object" ? JSON.stringify(value) : String(value))));
      table.appendChild(tr);
    });
    fields.appendChild(table);
  }

  document.getElementById("doc").addEventListener("click", function (event) {
    var mark = event.target.closest("mark.rec");
    if (!mark) { return; }
    document.querySelectorAll("mark.selected").forEach(function (m) { m.classList.remove("selected"); });
    fields.textContent = "";
    var seen = {};
    for (var m = mark; m; m = m.parentElement ? m.parentElement.closest("mark.rec") : null) {
      var rid = m.getAttribute("data-rec");
      if (seen[rid]) { continue; }
      seen[rid] = true;
      document.querySelectorAll('mark[data-rec="' + rid + '"]').forEach(function (p) { p.classList.add("selected"); });
      show(rid);
    }
  });

  document.querySelectorAll("#legend input").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-table"), !box.checked);
    });
  });
})();
