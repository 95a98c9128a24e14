// newsgraph pages: hover cards on every linked name, charts on entity pages, residue toggle and
// evidence highlighting on article pages. No build step; ECharts comes from its WebJar.
(function () {
  "use strict";
  var card = document.getElementById("card");
  var cache = {};
  var hideTimer = null;

  function text(tag, value) {
    var el = document.createElement(tag);
    el.textContent = value;
    return el;
  }

  function renderCard(c) {
    card.replaceChildren();
    card.appendChild(text("h3", c.name));
    if (c.fullName) card.appendChild(text("div", c.fullName));
    var offices = (c.offices || []).slice(0, 3).map(function (o) {
      return o.office + (o.state ? ", " + o.state : "") + (o.party ? " (" + o.party + ")" : "") +
        " " + (o.start || "?") + "–" + (o.end || "");
    });
    var headlines = (c.headlines || []).slice(0, 3).map(function (h) { return h.title; });
    [offices, headlines].forEach(function (items) {
      if (!items.length) return;
      var ul = document.createElement("ul");
      items.forEach(function (i) { ul.appendChild(text("li", i)); });
      card.appendChild(ul);
    });
    card.appendChild(text("div", c.articles + " articles · " + c.quotes + " quotes"));
  }

  function show(link) {
    var id = link.getAttribute("data-entity");
    var place = function (c) {
      renderCard(c);
      var r = link.getBoundingClientRect();
      card.style.left = (window.scrollX + r.left) + "px";
      card.style.top = (window.scrollY + r.bottom + 6) + "px";
      card.hidden = false;
    };
    if (cache[id]) return place(cache[id]);
    fetch("/api/v1/entities/" + encodeURIComponent(id)).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (c) {
      if (c) { cache[id] = c; place(c); }
    });
  }

  function hideSoon() { hideTimer = setTimeout(function () { card.hidden = true; }, 300); }

  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (e) {
      var link = e.target.closest && e.target.closest("[data-entity]");
      if (link) { clearTimeout(hideTimer); show(link); }
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (e) {
      if (e.target.closest && e.target.closest("[data-entity]")) hideSoon();
    });
  });

  var toggle = document.getElementById("show-removed");
  if (toggle) toggle.addEventListener("change", function () {
    document.getElementById("text").classList.toggle("show-removed", toggle.checked);
  });

  document.querySelectorAll("[data-start]").forEach(function (a) {
    a.addEventListener("click", function () {
      var start = +a.getAttribute("data-start"), end = +a.getAttribute("data-end"), pos = 0;
      document.querySelectorAll("#text > *, #text").forEach(function (n) { n.classList && n.classList.remove("flash"); });
      Array.prototype.forEach.call(document.getElementById("text").childNodes, function (n) {
        var len = n.textContent.length;
        if (n.classList && pos < end && pos + len > start) n.classList.add("flash");
        pos += len;
      });
    });
  });

  if (window.echarts) {
    var graphEl = document.getElementById("graph");
    if (graphEl) {
      var g = JSON.parse(graphEl.getAttribute("data-graph"));
      echarts.init(graphEl).setOption({
        tooltip: {},
        series: [{ type: "graph", layout: "force", roam: true, label: { show: true },
          force: { repulsion: 180, edgeLength: 90 },
          data: g.nodes.map(function (n) { return { id: n.id, name: n.name, symbolSize: n.centre ? 30 : 14 }; }),
          links: g.links.map(function (l) { return { source: l.source, target: l.target, value: l.label }; }),
          edgeLabel: { show: false } }]
      });
      graphEl.addEventListener("dblclick", function () {});
    }
    var tl = document.getElementById("timeline");
    if (tl) {
      var rows = JSON.parse(tl.getAttribute("data-timeline")).filter(function (r) { return r.start; });
      var year = function (s) { return s ? +s.substring(0, 4) : new Date().getFullYear(); };
      echarts.init(tl).setOption({
        tooltip: {}, grid: { left: 220 },
        xAxis: { type: "value", min: "dataMin", max: "dataMax" },
        yAxis: { type: "category", data: rows.map(function (r) { return r.label; }) },
        series: [{ type: "custom", renderItem: function (params, api) {
          var s = api.coord([api.value(0), params.dataIndex]), e = api.coord([api.value(1) + 1, params.dataIndex]);
          return { type: "rect", shape: { x: s[0], y: s[1] - 8, width: Math.max(e[0] - s[0], 3), height: 16 },
            style: { fill: "#5470c6" } };
        }, data: rows.map(function (r) { return [year(r.start), year(r.end)]; }) }]
      });
    }
  }
})();
