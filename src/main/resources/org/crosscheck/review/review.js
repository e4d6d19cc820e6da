// crosscheck review: the editors' page. Every piece of data goes into the page as text
// (textContent, never markup), and every call to the API carries the token as a bearer.
'use strict';
(function () {
  var TOKEN_KEY = 'crosscheck.token';
  var REVIEWER_KEY = 'crosscheck.reviewer';
  var FILTERS = ['status', 'severity', 'rule', 'story', 'source', 'document', 'assignee', 'q'];
  var KEY_STATUS = { c: 'confirmed', f: 'false-positive', w: 'wont-fix', n: 'needs-info', o: 'open' };
  var LABELS = { open: 'open', confirmed: 'confirmed', 'false-positive': 'false positive', 'wont-fix': "won't fix",
    'needs-info': 'needs info' };

  var token = tokenFromPage();
  var state = {
    filters: {}, list: [], current: -1, selected: {}, undo: [], options: null, detailSeq: 0, loadSeq: 0,
    statuses: ['open', 'confirmed', 'false-positive', 'wont-fix', 'needs-info'], reasons: []
  };
  FILTERS.forEach(function (k) { state.filters[k] = ''; });

  function $(id) { return document.getElementById(id); }

  /** The token: from the address into this tab's session storage, or from there. */
  function tokenFromPage() {
    var t = new URLSearchParams(window.location.search).get('token');
    try {
      if (t) { window.sessionStorage.setItem(TOKEN_KEY, t); } else { t = window.sessionStorage.getItem(TOKEN_KEY); }
    } catch (e) { /* storage may be off; the address still has it */ }
    return t || '';
  }

  /** An element with text and attributes; children are elements or strings (added as text). */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) { return; }
        if (k === 'text') { e.textContent = String(v); } else if (k === 'className') { e.className = v; } else {
          e.setAttribute(k, v === true ? '' : String(v));
        }
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function api(method, path, body) {
    var init = { method: method, headers: { Authorization: 'Bearer ' + token }, cache: 'no-store', credentials: 'omit' };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (!res.ok) {
          throw new Error((data && data.error) ? data.error : 'the server answered ' + res.status);
        }
        return data;
      });
    });
  }

  var toastTimer = null;
  function toast(message, bad) {
    var t = $('toast');
    t.textContent = message;
    t.className = 'toast shown' + (bad ? ' bad' : '');
    if (toastTimer) { window.clearTimeout(toastTimer); }
    toastTimer = window.setTimeout(function () { t.className = 'toast'; }, bad ? 6000 : 2500);
  }
  function fail(err) { toast(err && err.message ? err.message : String(err), true); }

  function reviewer() {
    var name = $('reviewer').value.trim();
    if (!name) {
      toast('Enter your name as reviewer first.', true);
      $('reviewer').focus();
    }
    return name;
  }

  // ---- the queue ---------------------------------------------------------------------------

  function query() {
    var q = new URLSearchParams();
    FILTERS.forEach(function (k) { if (state.filters[k]) { q.set(k, state.filters[k]); } });
    return q.toString();
  }

  /** Loads the queue; then shows the finding {@code keep} if it is still there, else the one at the same place. */
  function load(keep) {
    var seq = ++state.loadSeq;
    return api('GET', '/api/findings' + (query() ? '?' + query() : '')).then(function (data) {
      if (seq !== state.loadSeq) { return; }
      state.list = data.findings;
      state.statuses = data.options.statuses;
      state.reasons = data.options.reasons;
      var present = {};
      state.list.forEach(function (f) { present[f.fingerprint] = true; });
      Object.keys(state.selected).forEach(function (fp) { if (!present[fp]) { delete state.selected[fp]; } });
      renderTotals(data);
      renderTabs(data.counts);
      renderOptions(data.options);
      renderQueue();
      var at = -1;
      if (keep) { at = indexOf(keep); }
      if (at < 0) { at = Math.min(Math.max(state.current, 0), state.list.length - 1); }
      show(at);
      document.body.setAttribute('data-ready', 'true');
    });
  }

  function indexOf(fp) {
    for (var i = 0; i < state.list.length; i++) { if (state.list[i].fingerprint === fp) { return i; } }
    return -1;
  }

  function renderTotals(data) {
    $('totals').textContent = data.total + ' standing findings';
    $('matched').textContent = data.matched + ' shown';
    $('bulk-filtered').textContent = 'apply to all ' + data.matched + ' filtered';
  }

  function renderTabs(counts) {
    var tabs = $('tabs');
    var all = 0;
    Object.keys(counts).forEach(function (k) { all += counts[k]; });
    var buttons = [tab('', 'all', all)];
    state.statuses.forEach(function (s) { buttons.push(tab(s, LABELS[s] || s, counts[s] || 0)); });
    tabs.replaceChildren.apply(tabs, buttons);
  }

  function tab(status, label, count) {
    var b = el('button', { type: 'button', 'data-status': status, 'aria-pressed': String(state.filters.status === status),
      text: label + ' (' + count + ')' });
    b.addEventListener('click', function () {
      state.filters.status = status;
      load(currentFingerprint()).catch(fail);
    });
    return b;
  }

  function renderOptions(o) {
    fill($('f-severity'), o.severities.map(function (s) { return [s, s]; }));
    fill($('f-rule'), o.rules.map(function (s) { return [s, s]; }));
    fill($('f-story'), o.stories.map(function (s) { return [s.id, s.label ? s.id + ': ' + s.label : s.id]; }));
    fill($('f-source'), o.sources.map(function (s) { return [s, s]; }));
    fill($('f-document'), o.documents.map(function (s) { return [s, s]; }));
    fill($('f-assignee'), o.assignees.map(function (s) { return [s, s]; }));
    if (!state.options) {
      fillStatuses($('bulk-status'), o.statuses, 'false-positive');
      fillReasons($('bulk-reason'), o.reasons);
    }
    state.options = o;
  }

  function fill(select, pairs) {
    var name = select.getAttribute('data-filter');
    var value = state.filters[name];
    var options = [el('option', { value: '', text: 'any' })];
    var found = false;
    pairs.forEach(function (p) {
      if (p[0] === value) { found = true; }
      options.push(el('option', { value: p[0], text: p[1] }));
    });
    if (value && !found) { options.push(el('option', { value: value, text: value })); }
    select.replaceChildren.apply(select, options);
    select.value = value;
  }

  function fillStatuses(select, statuses, chosen) {
    select.replaceChildren.apply(select, statuses.map(function (s) { return el('option', { value: s, text: LABELS[s] || s }); }));
    select.value = chosen;
  }

  function fillReasons(select, reasons) {
    var options = [el('option', { value: '', text: '(no reason)' })];
    reasons.forEach(function (r) { options.push(el('option', { value: r, text: r })); });
    select.replaceChildren.apply(select, options);
  }

  function renderQueue() {
    var queue = $('queue');
    if (state.list.length === 0) {
      queue.replaceChildren(el('li', { className: 'empty', text: 'No finding matches these filters.' }));
      $('detail').replaceChildren(el('p', { className: 'empty', text: 'Nothing to show.' }));
      updateSelectedCount();
      return;
    }
    var items = state.list.map(function (f, i) {
      var box = el('input', { type: 'checkbox', 'aria-label': 'select for a bulk decision', 'data-fingerprint': f.fingerprint });
      box.checked = !!state.selected[f.fingerprint];
      box.addEventListener('click', function (ev) {
        ev.stopPropagation();
        toggleSelected(f.fingerprint, box.checked);
      });
      var head = el('div', { className: 'head' }, [
        el('span', { className: 'badge ' + f.severity, text: f.severity }),
        el('span', { className: 'rule', text: f.rule }),
        el('span', { className: 'chip ' + f.status, text: LABELS[f.status] || f.status }),
        f.reopened ? el('span', { className: 'chip reopened', text: 'evidence changed' }) : null
      ]);
      var meta = f.documents.join(', ') + (f.sources.length ? ' \u00b7 ' + f.sources.join(', ') : '')
        + (f.assignee ? ' \u00b7 assigned to ' + f.assignee : '');
      var li = el('li', { className: f.severity, 'data-fingerprint': f.fingerprint, 'data-status': f.status,
        'data-rule': f.rule }, [box, head, el('div', { className: 'msg', text: f.message }), el('div', { className: 'meta', text: meta })]);
      li.addEventListener('click', function () { show(i); });
      return li;
    });
    queue.replaceChildren.apply(queue, items);
    updateSelectedCount();
  }

  function currentFingerprint() {
    var f = state.list[state.current];
    return f ? f.fingerprint : null;
  }

  /** Makes the finding at {@code i} the current one and shows it in full. */
  function show(i) {
    if (i < 0 || i >= state.list.length) {
      state.current = state.list.length ? 0 : -1;
      if (state.list.length === 0) { return Promise.resolve(); }
      i = state.current;
    }
    state.current = i;
    var items = $('queue').children;
    for (var k = 0; k < items.length; k++) { items[k].classList.toggle('current', k === i); }
    if (items[i] && items[i].scrollIntoView) { items[i].scrollIntoView({ block: 'nearest' }); }
    var fp = state.list[i].fingerprint;
    var seq = ++state.detailSeq;
    return api('GET', '/api/findings/' + encodeURIComponent(fp)).then(function (d) {
      if (seq === state.detailSeq) { renderDetail(d); }
    }).catch(fail);
  }

  function move(by) {
    if (state.list.length === 0) { return; }
    show(Math.min(Math.max(state.current + by, 0), state.list.length - 1));
  }

  // ---- one finding -------------------------------------------------------------------------

  function renderDetail(d) {
    var parts = [];
    parts.push(el('h2', null, [
      el('span', { className: 'badge ' + d.severity, text: d.severity }),
      el('span', { className: 'rule', text: d.rule }),
      el('span', { className: 'chip ' + d.status, id: 'detail-status', text: LABELS[d.status] || d.status }),
      d.reopened ? el('span', { className: 'chip reopened', text: 'open again: the evidence changed' }) : null
    ]));
    parts.push(el('div', { className: 'fingerprint', text: d.fingerprint }));
    parts.push(el('p', { className: 'message', text: d.message }));
    parts.push(el('p', { className: 'why', text: 'Why ' + d.severity + ': ' + (d.severityReason || '') }));
    if (d.ci === 'suppressed' || d.ciReason) {
      parts.push(el('p', { className: 'ci', text: 'In CI: ' + d.ci + (d.ciReason ? ' (' + d.ciReason + ')' : '') }));
    }
    if (d.table.length) { parts.push(valueTable(d.table)); }
    parts.push(sources(d));
    d.diffs.forEach(function (pieces) { parts.push(diff(pieces)); });
    if (d.about && d.about.explanation) {
      parts.push(el('details', null, [el('summary', { text: 'About ' + d.about.id }), el('pre', { text: d.about.explanation })]));
    }
    parts.push(decisionForm(d));
    parts.push(history(d.history));
    var detail = $('detail');
    detail.setAttribute('data-fingerprint', d.fingerprint);
    detail.replaceChildren.apply(detail, parts);
  }

  function valueTable(rows) {
    var head = el('thead', null, [el('tr', null, [el('th', { text: 'Source' }), el('th', { text: 'Value' }), el('th', { text: 'As written' })])]);
    var body = el('tbody', null, rows.map(function (r) {
      return el('tr', null, [
        el('td', null, [el('strong', { text: r.document }), r.outlet ? ' ' + r.outlet : null, ' ',
          el('span', { className: 'where', text: r.at })]),
        el('td', { text: r.value }),
        el('td', { text: '\u201c' + r.written + '\u201d' })
      ]);
    }));
    return el('table', { className: 'values' }, [head, body]);
  }

  function docHead(id, outlet, published) {
    return el('div', { className: 'doc' }, [el('strong', { text: id }), outlet ? ' ' + outlet : null,
      published ? ' \u00b7 ' + published : null]);
  }

  function sources(d) {
    var boxes;
    if (d.evidence.length) {
      boxes = d.evidence.map(function (e) {
        return el('div', { className: 'source' }, [
          docHead(e.document, e.outlet, e.published),
          el('div', { className: 'where', text: 'line ' + e.line + ', column ' + e.column }),
          el('div', { className: 'context' }, [e.before || '', el('mark', { text: e.text }), e.after || ''])
        ]);
      });
    } else {
      boxes = d.documentsInfo.map(function (doc) {
        return el('div', { className: 'source' }, [docHead(doc.id, doc.outlet, doc.published),
          doc.title ? el('div', { text: doc.title }) : null]);
      });
    }
    return el('div', { className: 'sources' }, boxes);
  }

  function diff(pieces) {
    var children = [];
    pieces.forEach(function (p, i) {
      var joined = p.kind === 'added' && i > 0 && pieces[i - 1].kind === 'removed';
      if (i > 0 && !joined) { children.push(' '); }
      children.push(p.kind === 'removed' ? el('del', { text: p.text }) : p.kind === 'added' ? el('ins', { text: p.text }) : p.text);
    });
    return el('div', { className: 'diff', 'aria-label': 'word diff of the two wordings' }, children);
  }

  function decisionForm(d) {
    var reason = el('select', { id: 'decide-reason', 'aria-label': 'reason' });
    fillReasons(reason, state.reasons);
    var comment = el('textarea', { id: 'decide-comment', placeholder: 'comment (optional)', maxlength: '4000', 'aria-label': 'comment' });
    var assignee = el('input', { id: 'decide-assignee', type: 'text', maxlength: '200', placeholder: 'assignee', 'aria-label': 'assignee' });
    assignee.value = d.assignee || '';
    var buttons = [['confirmed', 'confirm', 'c'], ['false-positive', 'false positive', 'f'], ['wont-fix', "won't fix", 'w'],
      ['needs-info', 'needs info', 'n'], ['open', 'open again', 'o']].map(function (b) {
      var button = el('button', { type: 'button', 'data-status': b[0], title: 'key ' + b[2], text: b[1] });
      button.addEventListener('click', function () { decideCurrent(b[0]).catch(fail); });
      return button;
    });
    return el('form', { className: 'decide', 'aria-label': 'decide', novalidate: true }, [
      el('label', null, ['reason ', reason]), el('label', null, ['assignee ', assignee]), comment
    ].concat(buttons));
  }

  function history(entries) {
    if (!entries.length) { return el('section', { id: 'history' }, [el('h3', { text: 'History' }), el('p', { className: 'empty', text: 'No decisions yet.' })]); }
    return el('section', { id: 'history' }, [el('h3', { text: 'History' }), el('ol', { className: 'history' }, entries.map(function (h) {
      var line = h.at + ' \u00b7 ' + (h.reviewer || 'unknown') + ': ' + (LABELS[h.from] || h.from) + ' \u2192 ' + (LABELS[h.to] || h.to)
        + (h.reason ? ' \u00b7 ' + h.reason : '') + (h.assignee ? ' \u00b7 assigned to ' + h.assignee : '');
      return el('li', { 'data-to': h.to }, [line, h.comment ? el('div', { className: 'comment', text: h.comment }) : null]);
    }))]);
  }

  // ---- deciding ----------------------------------------------------------------------------

  function field(id) {
    var e = $(id);
    return e ? e.value : '';
  }

  /** Decides the current finding, remembers how to undo it, and moves on to the next one. */
  function decideCurrent(status) {
    var f = state.list[state.current];
    if (!f) { return Promise.resolve(); }
    var who = reviewer();
    if (!who) { return Promise.resolve(); }
    var body = { status: status, reviewer: who, reason: field('decide-reason') || null, comment: field('decide-comment') || null,
      assignee: field('decide-assignee') };
    var next = state.list[state.current + 1];
    return api('POST', '/api/findings/' + encodeURIComponent(f.fingerprint) + '/decision', body).then(function (r) {
      state.undo.push([{ fingerprint: f.fingerprint, from: r.decision.from }]);
      toast((LABELS[r.decision.from] || r.decision.from) + ' \u2192 ' + (LABELS[r.decision.to] || r.decision.to) + ': ' + f.rule);
      return load(next ? next.fingerprint : f.fingerprint);
    });
  }

  /** Decides many at once: the selected findings, or every one the filters match. */
  function decideMany(which) {
    var who = reviewer();
    if (!who) { return Promise.resolve(); }
    var body = { status: $('bulk-status').value, reviewer: who, reason: $('bulk-reason').value || null,
      comment: $('bulk-comment').value || null };
    if (which === 'selected') {
      body.fingerprints = Object.keys(state.selected);
      if (!body.fingerprints.length) { toast('Select findings first (x, or their boxes).', true); return Promise.resolve(); }
    } else {
      body.filter = {};
      FILTERS.forEach(function (k) { if (state.filters[k]) { body.filter[k] = state.filters[k]; } });
    }
    var keep = currentFingerprint();
    return api('POST', '/api/decisions', body).then(function (r) {
      if (r.decisions.length) {
        state.undo.push(r.decisions.map(function (d) { return { fingerprint: d.fingerprint, from: d.from }; }));
      }
      state.selected = {};
      $('select-all').checked = false;
      toast(r.decided + ' findings set to ' + (LABELS[body.status] || body.status));
      return load(keep);
    });
  }

  /** Undoes the last decision (or bulk decision): logs a decision back to each finding's status before it. */
  function undo() {
    var last = state.undo.pop();
    if (!last) { toast('Nothing to undo.'); return Promise.resolve(); }
    var who = reviewer();
    if (!who) { state.undo.push(last); return Promise.resolve(); }
    var byStatus = {};
    last.forEach(function (x) { (byStatus[x.from] = byStatus[x.from] || []).push(x.fingerprint); });
    var calls = Object.keys(byStatus).map(function (status) {
      return api('POST', '/api/decisions', { fingerprints: byStatus[status], status: status, reviewer: who, comment: 'undo' });
    });
    return Promise.all(calls).then(function () {
      toast('Undone: ' + last.length + (last.length === 1 ? ' finding' : ' findings') + ' back to where they were.');
      return load(last[0].fingerprint);
    }, function (err) {
      state.undo.push(last);
      throw err;
    });
  }

  function toggleSelected(fp, on) {
    if (on) { state.selected[fp] = true; } else { delete state.selected[fp]; }
    var box = document.querySelector('#queue input[type=checkbox][data-fingerprint="' + cssEscape(fp) + '"]');
    if (box) { box.checked = on; }
    updateSelectedCount();
  }

  function cssEscape(s) { return window.CSS && window.CSS.escape ? window.CSS.escape(s) : s.replace(/[^a-zA-Z0-9_-]/g, ''); }

  function updateSelectedCount() {
    $('selected-count').textContent = Object.keys(state.selected).length + ' selected';
  }

  // ---- keys --------------------------------------------------------------------------------

  function helpOpen() { return !$('help').hidden; }
  function toggleHelp(open) { $('help').hidden = !open; if (open) { $('help-close').focus(); } }

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');
    if (e.key === 'Escape') {
      if (helpOpen()) { toggleHelp(false); } else if (typing) { t.blur(); }
      return;
    }
    if (typing && !(t.type === 'checkbox')) { return; }
    if (e.key === '?') { toggleHelp(!helpOpen()); e.preventDefault(); return; }
    if (helpOpen()) { return; }
    var work = null;
    if (KEY_STATUS[e.key]) {
      work = decideCurrent(KEY_STATUS[e.key]);
    } else if (e.key === 's' || e.key === 'j' || e.key === 'ArrowDown') {
      move(1);
    } else if (e.key === 'k' || e.key === 'ArrowUp') {
      move(-1);
    } else if (e.key === 'u') {
      work = undo();
    } else if (e.key === 'x') {
      var fp = currentFingerprint();
      if (fp) { toggleSelected(fp, !state.selected[fp]); }
    } else if (e.key === '/') {
      $('f-q').focus();
    } else {
      return;
    }
    e.preventDefault();
    if (work) { work.catch(fail); }
  }

  // ---- start -------------------------------------------------------------------------------

  function start() {
    try { $('reviewer').value = window.localStorage.getItem(REVIEWER_KEY) || ''; } catch (e) { /* storage off */ }
    $('reviewer').addEventListener('input', function () {
      try { window.localStorage.setItem(REVIEWER_KEY, $('reviewer').value.trim()); } catch (e) { /* storage off */ }
    });
    document.querySelectorAll('select[data-filter]').forEach(function (s) {
      s.addEventListener('change', function () {
        state.filters[s.getAttribute('data-filter')] = s.value;
        load(currentFingerprint()).catch(fail);
      });
    });
    var searchTimer = null;
    $('f-q').addEventListener('input', function () {
      if (searchTimer) { window.clearTimeout(searchTimer); }
      searchTimer = window.setTimeout(function () {
        state.filters.q = $('f-q').value.trim();
        load(currentFingerprint()).catch(fail);
      }, 200);
    });
    $('f-clear').addEventListener('click', function () {
      FILTERS.forEach(function (k) { state.filters[k] = ''; });
      $('f-q').value = '';
      load(currentFingerprint()).catch(fail);
    });
    $('select-all').addEventListener('change', function () {
      var on = $('select-all').checked;
      state.list.forEach(function (f) { toggleSelected(f.fingerprint, on); });
    });
    $('bulk-selected').addEventListener('click', function () { decideMany('selected').catch(fail); });
    $('bulk-filtered').addEventListener('click', function () { decideMany('filtered').catch(fail); });
    $('help-button').addEventListener('click', function () { toggleHelp(!helpOpen()); });
    $('help-close').addEventListener('click', function () { toggleHelp(false); });
    document.addEventListener('keydown', onKey);
    if (!token) {
      toast('This page needs its token: open the address that crosscheck review printed.', true);
      return;
    }
    load(null).catch(fail);
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
