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

// Share: the link is a wa.me message with the title and the page's address (it works without JavaScript); where the
// browser has the Web Share API, its share sheet opens instead with the title, a short text and the address.
(function () {
  'use strict';
  var share = document.getElementById('share');
  if (!share || !navigator.share) {
    return;
  }
  share.addEventListener('click', function (event) {
    var data = {
      title: share.getAttribute('data-title'),
      text: share.getAttribute('data-text'),
      url: share.getAttribute('data-url')
    };
    if (navigator.canShare && !navigator.canShare(data)) {
      return; // the link does it
    }
    event.preventDefault();
    navigator.share(data).catch(function (error) {
      if (!error || error.name !== 'AbortError') {
        window.open(share.href, '_blank', 'noopener');
      }
    });
  });
}());

// The enquiry list: "Save" keeps dress IDs in this browser only (localStorage — no account, no cookie, nothing sent
// until the buyer opens the list); "My list (3)" opens /list?ids=… with them. The page is the same for every buyer
// (cached): the buttons come without JavaScript hidden and unpressed, and are shown and set from here.
(function () {
  'use strict';
  var KEY = 'rangoli-list';
  var MAX = 30;
  var ID = /^D-[1-9][0-9]{3,8}$/;
  var store;
  try {
    store = window.localStorage;
    store.getItem(KEY);
  } catch (blocked) {
    return; // storage off: the controls stay hidden
  }
  if (!store) {
    return;
  }
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button.save[data-save]'));
  var link = document.getElementById('mylist');
  var listPage = document.querySelector('.enquiry[data-list]');

  function read() {
    var ids;
    try {
      ids = JSON.parse(store.getItem(KEY) || '[]');
    } catch (broken) {
      ids = [];
    }
    return Array.isArray(ids) ? ids.filter(function (id, at) {
      return typeof id === 'string' && ID.test(id) && ids.indexOf(id) === at;
    }).slice(0, MAX) : [];
  }

  function write(ids) {
    try {
      store.setItem(KEY, JSON.stringify(ids));
      return true;
    } catch (full) {
      return false;
    }
  }

  function listUrl(ids) {
    return '/list' + (ids.length ? '?ids=' + ids.join(',') : '');
  }

  function note(button, text) {
    var at = button.parentNode.querySelector('.list-note');
    if (!at && text) {
      at = document.createElement('p');
      at.className = 'list-note';
      at.setAttribute('role', 'status');
      button.parentNode.insertBefore(at, button.nextSibling);
    }
    if (at) {
      at.textContent = text;
    }
  }

  function show() {
    var ids = read();
    buttons.forEach(function (button) {
      button.setAttribute('aria-pressed', ids.indexOf(button.getAttribute('data-save')) >= 0 ? 'true' : 'false');
      button.hidden = false;
    });
    if (link) {
      link.href = listUrl(ids);
      link.querySelector('.n').textContent = String(ids.length);
      link.hidden = ids.length === 0 && !listPage;
    }
  }

  function toggle(button) {
    var id = button.getAttribute('data-save');
    var ids = read();
    // the buyer's own list follows each change; a list opened from someone's link stays as it is
    var ownList = listPage && listPage.getAttribute('data-list') === ids.join(',');
    var at = ids.indexOf(id);
    if (at >= 0) {
      ids.splice(at, 1);
    } else if (ids.length >= MAX) {
      note(button, 'Your list is full (' + MAX + ' pieces) — remove one first.');
      return;
    } else {
      ids.push(id);
    }
    if (!write(ids)) {
      note(button, 'This browser could not keep your list.');
      return;
    }
    note(button, '');
    show();
    if (ownList) {
      window.location.replace(listUrl(ids)); // the list and its message follow
    }
  }

  buttons.forEach(function (button) {
    button.addEventListener('click', function () {
      toggle(button);
    });
  });
  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      show();
    }
  });
  window.addEventListener('pageshow', show); // back to a page kept in memory: another page may have changed the list
  show();
}());
