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
  // behaviour declared in markup, so that no page needs an inline event handler (the
  // Content-Security-Policy allows no inline script): data-autosubmit on a field submits its form
  // when it changes; data-confirm-submit asks the form's data-confirm question first;
  // data-no-submit marks forms that a page script handles
  document.addEventListener('change', function (evt) {
    const field = evt.target;
    if (field.matches && field.matches('[data-autosubmit]') && field.form) {
      field.form.submit();
    }
  });
  document.addEventListener('submit', function (evt) {
    const form = evt.target;
    if (form.matches('[data-no-submit]')) {
      evt.preventDefault();
    } else if (form.matches('[data-confirm-submit]') && !window.confirm(form.dataset.confirm)) {
      evt.preventDefault();
      evt.stopImmediatePropagation();
    }
  }, true);
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
