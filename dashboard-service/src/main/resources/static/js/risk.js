// Risk: the state, each limit beside its usage, and the limits' form (saved by admins; the API refuses others).
import {api, el, fill, formValues, isAdmin, money, problemText, report} from './app.js';

const form = document.getElementById('limits');
const problem = document.getElementById('problem');
const COUNTS = ['maxDailyTrades', 'maxOpenPositions', 'maxOrdersPerSecond'];

async function load() {
  const [risk, positions] = await Promise.all([api('/api/v1/risk'), api('/api/v1/positions')]);
  if (!report(problem, risk)) return;
  const state = document.getElementById('state');
  state.textContent = risk.data.state;
  state.className = 'state ' + risk.data.state;
  document.getElementById('reason').textContent = risk.data.reason || '';
  document.getElementById('daily-pnl').replaceChildren(money(risk.data.dailyPnl));
  const limits = risk.data.limits || {};
  for (const [name, value] of Object.entries(limits)) {
    if (form.elements[name]) {
      form.elements[name].value = value;
      form.elements[name].readOnly = !isAdmin;
    }
  }
  const open = positions.ok ? positions.data.filter(p => p.quantity !== 0) : [];
  const largest = open.reduce((most, p) => Math.max(most, Math.abs(p.quantity * Number(p.lastPrice))), 0);
  const loss = Math.min(0, Number(risk.data.dailyPnl));
  fill(document.getElementById('usage'), [
    ['Trades today', String(risk.data.tradesToday), String(limits.maxDailyTrades)],
    ['Daily loss', money(-loss), money(limits.maxDailyLoss)],
    ['Open positions', positions.ok ? String(open.length) : '—', String(limits.maxOpenPositions)],
    ['Largest position value', positions.ok ? money(largest) : '—', money(limits.maxPositionValue)],
    ['Order value', '(checked per order)', money(limits.maxOrderValue)],
    ['Orders a second', '(checked per order)', String(limits.maxOrdersPerSecond)],
  ], [['Limit', r => r[0]], ['Used', r => el('td', {className: 'num'}, r[1])], ['Limit', r => el('td', {className: 'num'}, r[2])]]);
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const values = formValues(form);
  const body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, COUNTS.includes(k) ? Number(v) : v]));
  const result = await api('/api/v1/risk/limits', {method: 'PUT', body});
  document.getElementById('saved').textContent = result.ok ? 'Limits saved.' : '';
  problem.textContent = result.ok ? '' : problemText(result.problem);
  if (result.ok) load();
});

load();
