// Positions of the day, live; close one or all, each after a confirm.
import {api, button, canTrade, confirmAction, debounce, el, live, loadTable, money, moneyCell, problemText} from './app.js';

const problem = document.getElementById('problem');

function load() {
  return loadTable('/api/v1/positions', document.getElementById('positions'), [
    ['Symbol', p => p.symbol],
    ['Product', p => p.product],
    ['Qty', p => el('td', {className: 'num'}, String(p.quantity))],
    ['Avg price', p => el('td', {className: 'num'}, money(p.averagePrice))],
    ['Last', p => el('td', {className: 'num'}, money(p.lastPrice))],
    ['Realised', p => moneyCell(p.realisedPnl)],
    ['Unrealised', p => moneyCell(p.unrealisedPnl)],
    ['Deployment', p => p.deploymentId || 'manual'],
    ['', p => el('td', {}, canTrade && p.quantity !== 0 ? button('Close', () => close(p), 'danger') : '')],
  ], 'No positions today.');
}

async function close(position) {
  if (!await confirmAction(`Close ${position.symbol} (${position.quantity})? A market order for the whole quantity is sent.`)) return;
  const result = await api(`/api/v1/positions/${encodeURIComponent(position.symbol)}/close`, {method: 'POST'});
  problem.textContent = result.ok ? '' : problemText(result.problem);
  load();
}

document.getElementById('close-all')?.addEventListener('click', async () => {
  if (!await confirmAction('Close every open position? A market order is sent for each.')) return;
  const result = await api('/api/v1/positions/close-all', {method: 'POST'});
  problem.textContent = result.ok ? `${result.data.orders} closing orders sent.` : problemText(result.problem);
  load();
});

live(debounce(load), ['position', 'fill']);
load();
