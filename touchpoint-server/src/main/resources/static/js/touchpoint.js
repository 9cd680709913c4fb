// CSRF header on every htmx request and fetch helper for chart data.
(function () {
  const body = document.body;
  const token = body.dataset.csrfToken;
  const header = body.dataset.csrfHeader;
  document.addEventListener('htmx:configRequest', function (evt) {
    if (token && header) {
      evt.detail.headers[header] = token;
    }
  });
  // pager links keep the current filters and only change the page
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('a.tp-page[data-page]').forEach(function (a) {
      const params = new URLSearchParams(window.location.search);
      params.set('page', a.dataset.page);
      a.href = window.location.pathname + '?' + params.toString();
    });
  });
  window.touchpoint = {
    csrfHeaders: function () {
      const h = {};
      if (token && header) { h[header] = token; }
      return h;
    },
    chart: function (elementId, url, build) {
      const el = document.getElementById(elementId);
      if (!el) { return; }
      const chart = echarts.init(el);
      fetch(url, {headers: {'Accept': 'application/json'}})
        .then(r => r.json())
        .then(data => chart.setOption(build(data)));
      window.addEventListener('resize', () => chart.resize());
      return chart;
    }
  };
})();
