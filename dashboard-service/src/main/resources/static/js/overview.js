// The overview: the figures the server rendered, kept live from the event stream; the kill switch; the checks and
// the services' health.
import {api, confirmAction, debounce, el, live, money, problemText, time} from './app.js';

const FORMATS = {money};

/** Writes one section's JSON into the elements that name its fields (data-field="pnl.realised"). */
function show(section, data) {
  for (const node of document.querySelectorAll(`[data-field^="${section}."]`)) {
    const value = data?.[node.dataset.field.substring(section.length + 1)];
    const format = FORMATS[node.dataset.format];
    node.textContent = value === undefined || value === null ? (format ? '—' : '') : format ? format(value) : String(value);
    if (node.dataset.sign) {
      node.classList.toggle('gain', Number(value) > 0);
      node.classList.toggle('loss', Number(value) < 0);
    }
  }
  const failure = document.querySelector(`[data-failure="${section}"]`);
  if (failure) failure.textContent = '';
}

function failed(section, result) {
  const failure = document.querySelector(`[data-failure="${section}"]`);
  if (failure) failure.textContent = problemText(result.problem);
}

async function refresh(section, path, after) {
  const result = await api(path);
  if (result.ok) {
    show(section, result.data);
    after?.(result.data);
  } else {
    failed(section, result);
  }
}

function showRisk(risk) {
  const state = document.getElementById('risk-state');
  state.className = 'state ' + (risk.state || '');
  const release = document.getElementById('kill-release');
  if (release) release.hidden = risk.state !== 'HALTED';
}

function showPnl(pnl) {
  drawCurve(pnl.equityCurve || []);
}

/** The day's equity as a small SVG line: no chart library on the page a trader opens first. */
function drawCurve(points) {
  const box = document.getElementById('equity-curve');
  const values = points.map(p => Number(p.equity)).filter(v => !isNaN(v));
  if (values.length < 2) {
    box.replaceChildren(el('p', {className: 'muted'}, 'No equity points yet today.'));
    return;
  }
  const width = 600;
  const height = 150;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const line = values.map((v, i) => `${(i / (values.length - 1) * width).toFixed(1)},${(height - 8 - (v - low) / span * (height - 16)).toFixed(1)}`).join(' ');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('width', '100%');
  svg.setAttribute('height', '100%');
  const polyline = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
  polyline.setAttribute('points', line);
  polyline.setAttribute('fill', 'none');
  polyline.setAttribute('stroke', values.at(-1) >= values[0] ? '#1b873f' : '#c62828');
  polyline.setAttribute('stroke-width', '2');
  svg.append(polyline);
  const label = el('small', {}, `${money(low)} – ${money(high)} · last ${time(points.at(-1).time)}`);
  box.replaceChildren(svg, label);
}

function showReadiness(readiness) {
  document.getElementById('ready').textContent = readiness.ready ? 'ready' : 'not ready';
  const rows = (readiness.checks || []).map(check => el('tr', {dataset: {check: check.name}},
    el('td', {}, check.name), el('td', {className: check.ok ? 'UP' : 'DOWN'}, check.ok ? 'yes' : 'no'),
    el('td', {}, check.detail || '')));
  document.getElementById('checks').replaceChildren(...rows);
  // live mode has a broker login check; paper mode's broker is the simulator, always there
  const login = (readiness.checks || []).find(check => check.name === 'login');
  if (login) {
    const broker = document.getElementById('broker');
    broker.textContent = 'Angel One: ' + (login.ok ? login.detail : 'DOWN: ' + login.detail);
    broker.className = login.ok ? 'UP' : 'DOWN';
  }
  const feed = (readiness.checks || []).find(check => check.name === 'market-feed');
  const node = document.getElementById('feed');
  node.textContent = feed ? (feed.ok ? 'connected' : 'DOWN: ' + feed.detail) : '—';
  node.className = feed ? (feed.ok ? 'UP' : 'DOWN') : '';
}

async function platformStatus() {
  const result = await api('/api/v1/platform/status');
  if (!result.ok) {
    document.getElementById('error').textContent = 'The dashboard could not read the platform status (' + problemText(result.problem) + ').';
    return;
  }
  const rows = result.data.services.map(service => el('tr', {dataset: {service: service.name}},
    el('td', {}, service.name), el('td', {}, service.url || 'this page'), el('td', {className: service.status}, service.status)));
  document.getElementById('services').replaceChildren(...rows);
  document.getElementById('error').textContent = '';
  document.getElementById('checked').textContent = time(new Date().toISOString());
}

const risk = () => refresh('risk', '/api/v1/risk', showRisk);
const pnl = () => refresh('pnl', '/api/v1/pnl', showPnl);
const funds = () => refresh('funds', '/api/v1/funds');
const readiness = () => refresh('readiness', '/api/v1/readiness', showReadiness);
const afterTrade = debounce(() => Promise.all([pnl(), funds(), risk()]));

function wireKillSwitch() {
  const problem = document.getElementById('kill-problem');
  document.getElementById('kill-engage')?.addEventListener('click', async () => {
    const reason = el('input', {name: 'reason', value: 'manual kill switch', required: true});
    const flatten = el('input', {type: 'checkbox', name: 'flatten', checked: true});
    const extra = el('div', {}, el('label', {}, 'Reason', reason), el('label', {}, el('span', {}, 'Close every position too'), flatten));
    if (!await confirmAction('Engage the kill switch? Every open order is cancelled and every deployment halted; '
      + 'no order is accepted until an admin releases it.', extra)) return;
    const result = await api('/api/v1/risk/kill-switch', {method: 'POST', body: {reason: reason.value, flatten: flatten.checked}});
    problem.textContent = result.ok ? '' : problemText(result.problem);
    if (result.ok) {
      show('risk', result.data);
      showRisk(result.data);
    }
  });
  document.getElementById('kill-release')?.addEventListener('click', async () => {
    if (!await confirmAction('Release the kill switch? Orders are accepted again (deployments stay halted until started).')) return;
    const result = await api('/api/v1/risk/kill-switch', {method: 'DELETE'});
    problem.textContent = result.ok ? '' : problemText(result.problem);
    if (result.ok) {
      show('risk', result.data);
      showRisk(result.data);
    }
  });
}

wireKillSwitch();
showRisk({state: document.getElementById('risk-state').textContent});
live((type, data) => {
  if (type === 'pnl' && data) {
    show('pnl', data);
    showPnl(data);
    funds();
  } else if (type === 'risk') {
    risk();
  } else {
    afterTrade();
  }
});
pnl();
readiness();
platformStatus();
setInterval(platformStatus, 5000);
setInterval(readiness, 30000);
