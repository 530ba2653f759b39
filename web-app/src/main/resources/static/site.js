// The product page: picking a variant rewrites the WhatsApp link at once (without JavaScript the
// form beside it re-renders the page with the same link). The message pieces come from the page; the encoding is
// the same as the server's: everything but A-Z a-z 0-9 - _ . ~ percent-encoded as UTF-8.
(function () {
  'use strict';
  // catalog: the filter panel starts folded so a phone shows the results first; beside the grid it is unfolded.
  // Empty fields are left out of the URL, so shared links stay short.
  var panel = document.querySelector('details.filter-panel');
  if (panel && window.matchMedia && window.matchMedia('(min-width: 62rem)').matches) {
    panel.open = true;
  }
  var filters = document.querySelector('form.filters');
  if (filters) {
    filters.addEventListener('submit', function () {
      Array.prototype.forEach.call(filters.elements, function (field) {
        if (field.name && (field.value === '' || (field.name === 'sort' && field.value === 'newest'))) {
          field.disabled = true;
        }
      });
    });
  }
}());

(function () {
  'use strict';
  var order = document.getElementById('order');
  var form = document.querySelector('form.variants');
  if (!order || !form) {
    return;
  }
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-variant-type]'));

  function encode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  function variantText() {
    var parts = [];
    selects.forEach(function (select) {
      if (select.value) {
        parts.push(selects.length === 1 ? select.value : select.getAttribute('data-variant-type') + ': ' + select.value);
      }
    });
    return parts.length ? parts.join(', ') : order.getAttribute('data-not-selected');
  }

  function update() {
    order.href = order.getAttribute('data-prefix')
      + encode(order.getAttribute('data-before') + variantText() + order.getAttribute('data-after'));
  }

  selects.forEach(function (select) {
    select.addEventListener('change', update);
  });
  form.classList.add('js');
  update();
}());

// The WhatsApp button reports a tap to the shop (counted, nothing about the buyer kept): the anchor's ping attribute
// does it by itself, with or without JavaScript; where a browser has no ping, a beacon from here does. The link itself
// stays the wa.me link.
(function () {
  'use strict';
  var order = document.getElementById('order');
  if (!order || 'ping' in HTMLAnchorElement.prototype || !navigator.sendBeacon) {
    return;
  }
  var tap = order.getAttribute('ping');
  if (tap) {
    order.addEventListener('click', function () {
      navigator.sendBeacon(tap);
    });
  }
}());
