// Draws /api/network with vis-network (vendored). Names are set as text, never as HTML.
(function () {
  "use strict";
  var box = document.getElementById("network");
  if (!box || typeof vis === "undefined") { return; }
  var colours = { PER: "#f4c27a", ORG: "#9cc3e6", LOC: "#b6dba4", MISC: "#d9c2e9" };
  fetch(box.getAttribute("data-api"), { headers: { Accept: "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(function (net) {
      var nodes = net.nodes.map(function (n) {
        return { id: n.id, label: String(n.name), title: n.type + " · weight " + n.weight,
                 value: n.weight, color: colours[n.type] || "#ddd", shape: "dot" };
      });
      var edges = net.edges.map(function (e) {
        return { from: e.source, to: e.target, value: e.shared_events * 3 + e.cooccurrence,
                 title: e.shared_events + " shared events, " + e.cooccurrence + " reports",
                 dashes: e.shared_events === 0 };
      });
      var network = new vis.Network(box, { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }, {
        nodes: { scaling: { min: 8, max: 40 }, font: { size: 14 } },
        edges: { scaling: { min: 1, max: 10 }, color: { color: "#888", highlight: "#c0392b" } },
        physics: { stabilization: { iterations: 200 } },
        interaction: { hover: true }
      });
      network.on("click", function (params) {
        if (params.nodes.length === 1) { window.location.href = "/entities/" + encodeURIComponent(params.nodes[0]); }
      });
      network.once("afterDrawing", function () { box.setAttribute("data-ready", String(nodes.length)); });
      if (nodes.length === 0) { box.setAttribute("data-ready", "0"); }
    })
    .catch(function (err) { box.textContent = "Could not load the network: " + err.message; });
})();
