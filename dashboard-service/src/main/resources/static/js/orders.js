// Orders: filters, cancel one or all, and the manual order form, whose risk denial shows its rule and reason.
import {api, button, canTrade, confirmAction, dayRange, debounce, el, formValues, live, loadTable, money, problemText, report, time} from './app.js';

const problem = document.getElementById('problem');
const filters = document.getElementById('filters');
const terminal = new Set(['FILLED', 'CANCELLED', 'REJECTED']);

function load() {
  const chosen = formValues(filters);
  const query = dayRange(filters);
  for (const name of ['status', 'symbol', 'deploymentId']) if (chosen[name]) query.set(name, chosen[name]);
  query.set('size', '200');
  return loadTable('/api/v1/orders?' + query, document.getElementById('orders'), [
    ['Created', o => time(o.createdAt)],
    ['Symbol', o => o.symbol],
    ['Side', o => o.side],
    ['Qty', o => el('td', {className: 'num'}, String(o.quantity))],
    ['Filled', o => el('td', {className: 'num'}, String(o.filledQuantity))],
    ['Type', o => o.type],
    ['Price', o => el('td', {className: 'num'}, o.price ? money(o.price) : '—')],
    ['Avg', o => el('td', {className: 'num'}, o.averagePrice ? money(o.averagePrice) : '—')],
    ['Status', o => el('td', {className: o.status}, o.status)],
    ['Reason', o => o.reason || ''],
    ['', o => el('td', {}, canTrade && !terminal.has(o.status) ? button('Cancel', () => cancel(o)) : '')],
  ], 'No orders.');
}

async function cancel(order) {
  if (!await confirmAction(`Cancel ${order.side} ${order.quantity} ${order.symbol}?`)) return;
  report(problem, await api(`/api/v1/orders/${encodeURIComponent(order.id)}`, {method: 'DELETE'}));
  load();
}

document.getElementById('cancel-all')?.addEventListener('click', async () => {
  if (!await confirmAction('Cancel every open order?')) return;
  const result = await api('/api/v1/orders/cancel-all', {method: 'POST'});
  problem.textContent = result.ok ? `${result.data.cancelled} orders cancelled.` : problemText(result.problem);
  load();
});

const form = document.getElementById('order-form');
form?.addEventListener('submit', async event => {
  event.preventDefault();
  const values = formValues(form);
  const order = {symbol: values.symbol, side: values.side, quantity: Number(values.quantity), type: values.type,
    product: values.product};
  if (values.price) order.price = values.price;
  if (values.triggerPrice) order.triggerPrice = values.triggerPrice;
  const out = document.getElementById('order-result');
  // one key per submit: a double click or a retried request places one order, never two
  const result = await api('/api/v1/orders', {method: 'POST', body: order, headers: {'Idempotency-Key': crypto.randomUUID()}});
  if (result.ok) {
    out.replaceChildren(el('p', {className: 'info'}, `Order ${result.data.id} ${result.data.status}.`));
  } else if (result.problem.type === '/problems/risk-denied') {
    out.replaceChildren(el('div', {className: 'denial', id: 'denial'}, el('strong', {}, 'Refused by risk: '),
      el('code', {id: 'denial-rule'}, result.problem.rule || '?'), ' ', el('span', {id: 'denial-detail'}, result.problem.detail || '')));
  } else {
    out.replaceChildren(el('p', {className: 'error'}, problemText(result.problem)));
  }
  load();
});

filters.addEventListener('submit', event => {
  event.preventDefault();
  load();
});
live(debounce(load), ['order']);
load();
