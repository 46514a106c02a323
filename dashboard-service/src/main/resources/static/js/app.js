// What every page shares: calls of the public API with the session's CSRF token, Indian money, IST times, tables,
// the confirm dialog and the event stream. Pages import what they use; nothing here is page specific.

const rupees = new Intl.NumberFormat('en-IN', {style: 'currency', currency: 'INR'});
const istParts = new Intl.DateTimeFormat('en-GB', {timeZone: 'Asia/Kolkata', day: '2-digit', month: 'short',
  year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'});

/** "123456.5" → "₹1,23,456.50"; what is not a number is a dash. Same as the server's IndianFormat. */
export function money(value) {
  if (value === null || value === undefined || value === '' || isNaN(Number(value))) return '—';
  return rupees.format(Number(value));
}

/** An ISO time → "02 Dec 2026, 09:15:00 IST". */
export function time(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  if (isNaN(date)) return '—';
  const part = Object.fromEntries(istParts.formatToParts(date).map(p => [p.type, p.value]));
  return `${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute}:${part.second} IST`;
}

export function percent(fraction) {
  return fraction === null || fraction === undefined ? '—' : (fraction * 100).toFixed(2) + ' %';
}

/** A day picked in a date input, as the start or the end of that IST day. */
function istDay(date, end) {
  return date ? `${date}T${end ? '23:59:59' : '00:00:00'}+05:30` : '';
}

export function todayIst() {
  return new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Kolkata'}).format(new Date());
}

export const role = document.body.dataset.role;
export const canTrade = role === 'TRADER' || role === 'ADMIN';
export const isAdmin = role === 'ADMIN';

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/**
 * One call of the public API. Never throws: {ok, status, data} or {ok: false, status, problem}, where a dashboard
 * or service that is down is a problem too, so a page can always say what happened.
 */
export async function api(path, {method = 'GET', body, headers = {}} = {}) {
  const init = {method, headers: {Accept: 'application/json', ...headers}};
  if (method !== 'GET') init.headers['X-XSRF-TOKEN'] = csrfToken();
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    return {ok: false, status: 0, problem: {title: 'The dashboard is unreachable', detail: e.message}};
  }
  if (response.status === 401) {
    window.location.assign('/login');
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = null;
  }
  if (response.ok) return {ok: true, status: response.status, data};
  return {ok: false, status: response.status,
    problem: data && typeof data === 'object' ? data : {title: `HTTP ${response.status}`, detail: text.slice(0, 200)}};
}

/** A problem in words: a risk denial names its rule; an unavailable service says so. */
export function problemText(problem) {
  if (!problem) return '';
  const rule = problem.rule ? `[${problem.rule}] ` : '';
  return rule + (problem.detail || problem.title || 'failed');
}

/** Writes the failure of a call into a node (clears it on success); answers whether it succeeded. */
export function report(node, result) {
  if (node) node.textContent = result.ok ? '' : problemText(result.problem);
  return result.ok;
}

/** Builds an element: el('td', {className: 'num'}, 'text', childNode). */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  node.append(...children.filter(c => c !== null && c !== undefined));
  return node;
}

/** A money cell, green or red by its sign when signed. */
export function moneyCell(value, signed = true) {
  const sign = Number(value);
  return el('td', {className: 'num' + (signed && sign > 0 ? ' gain' : signed && sign < 0 ? ' loss' : '')}, money(value));
}

/**
 * Fills a table body: columns are [label, row => text | Node(td)]; the label also goes on each cell for the phone
 * layout. An empty list shows the empty text in one row.
 */
export function fill(tbody, rows, columns, empty = 'Nothing yet.') {
  if (!rows.length) {
    tbody.replaceChildren(el('tr', {}, el('td', {colSpan: columns.length}, empty)));
    return;
  }
  tbody.replaceChildren(...rows.map(row => el('tr', {}, ...columns.map(([label, cell]) => {
    const value = cell(row);
    const td = value instanceof HTMLTableCellElement ? value : el('td', {}, value ?? '—');
    td.dataset.label = label;
    return td;
  }))));
}

/**
 * Reads a list of the API into a table body; a failure goes into the page's problem line instead. Answers the list,
 * or null when it did not come.
 */
export async function loadTable(path, tbody, columns, empty) {
  const result = await api(path);
  if (!report(document.getElementById('problem'), result)) return null;
  fill(tbody, result.data, columns, empty);
  return result.data;
}

/** The from and to IST days a filter form names, as query parameters (start and end of each day). */
export function dayRange(form) {
  const chosen = formValues(form);
  const query = new URLSearchParams();
  if (chosen.from) query.set('from', istDay(chosen.from, false));
  if (chosen.to) query.set('to', istDay(chosen.to, true));
  return query;
}

/** Asks before an action; resolves true when confirmed. `extra` (a node) goes in the dialog, e.g. a reason field. */
export function confirmAction(text, extra) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-text').textContent = text;
  document.getElementById('confirm-extra').replaceChildren(...(extra ? [extra] : []));
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise(resolve => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), {once: true}));
}

/** A button that runs an action once at a time. */
export function button(label, action, className = '') {
  const node = el('button', {type: 'button', className}, label);
  node.addEventListener('click', async () => {
    node.disabled = true;
    try {
      await action();
    } finally {
      node.disabled = false;
    }
  });
  return node;
}

/**
 * The trading event stream (/api/v1/events through this dashboard): calls onEvent(type, data) for each event; the
 * header says whether it is connected. The browser reconnects by itself, resuming with Last-Event-ID.
 */
export function live(onEvent, types = ['order', 'fill', 'position', 'pnl', 'risk', 'deployment']) {
  const indicator = document.getElementById('stream');
  indicator.hidden = false;
  indicator.textContent = 'live: connecting…';
  const source = new EventSource('/api/v1/events');
  source.addEventListener('open', () => {
    indicator.textContent = 'live';
    indicator.classList.remove('down');
  });
  source.addEventListener('error', () => {
    indicator.textContent = 'live: disconnected, retrying';
    indicator.classList.add('down');
  });
  for (const type of types) {
    source.addEventListener(type, event => {
      let data = null;
      try {
        data = JSON.parse(event.data);
      } catch (e) {
        data = null;
      }
      onEvent(type, data);
    });
  }
  return source;
}

/** Runs fn at most once per `ms`, the last call winning: many events, one refresh. */
export function debounce(fn, ms = 300) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** The form's fields as an object of trimmed strings, the empty ones left out. */
export function formValues(form) {
  return Object.fromEntries([...new FormData(form).entries()]
    .map(([key, value]) => [key, String(value).trim()]).filter(([, value]) => value !== ''));
}

document.getElementById('logout').addEventListener('click', async () => {
  await fetch('/logout', {method: 'POST', headers: {'X-XSRF-TOKEN': csrfToken()}});
  window.location.assign('/login?logout');
});
