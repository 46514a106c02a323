// The trade book (fills), with a CSV export of what is shown.
import {api, el, fill, formValues, istDay, money, moneyCell, report, time, todayIst} from './app.js';

const problem = document.getElementById('problem');
const filters = document.getElementById('filters');
let shown = [];

async function load() {
  const chosen = formValues(filters);
  const query = new URLSearchParams();
  if (chosen.from) query.set('from', istDay(chosen.from, false));
  if (chosen.to) query.set('to', istDay(chosen.to, true));
  const result = await api('/api/v1/trades?' + query);
  if (!report(problem, result)) return;
  shown = result.data;
  fill(document.getElementById('trades'), shown, [
    ['Time', t => time(t.time)],
    ['Symbol', t => t.symbol],
    ['Side', t => t.side],
    ['Qty', t => el('td', {className: 'num'}, String(t.quantity))],
    ['Price', t => el('td', {className: 'num'}, money(t.price))],
    ['Charges', t => moneyCell(t.charges, false)],
    ['Order', t => t.orderId],
  ], 'No trades in this range.');
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? '"' + text.replaceAll('"', '""') + '"' : text;
}

document.getElementById('export').addEventListener('click', () => {
  const columns = ['time', 'symbol', 'side', 'quantity', 'price', 'charges', 'orderId'];
  const lines = [columns.join(','), ...shown.map(t => columns.map(c => csvField(t[c])).join(','))];
  const link = el('a', {href: URL.createObjectURL(new Blob([lines.join('\r\n') + '\r\n'], {type: 'text/csv'})),
    download: `trades-${todayIst()}.csv`});
  document.body.append(link);
  link.click();
  link.remove();
});

filters.addEventListener('submit', event => {
  event.preventDefault();
  load();
});
filters.elements.from.value = todayIst();
load();
