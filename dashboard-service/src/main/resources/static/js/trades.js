// The trade book (fills), with a CSV export of what is shown.
import {dayRange, el, loadTable, money, moneyCell, time, todayIst} from './app.js';

const filters = document.getElementById('filters');
let shown = [];

async function load() {
  shown = await loadTable('/api/v1/trades?' + dayRange(filters), document.getElementById('trades'), [
    ['Time', t => time(t.time)],
    ['Symbol', t => t.symbol],
    ['Side', t => t.side],
    ['Qty', t => el('td', {className: 'num'}, String(t.quantity))],
    ['Price', t => el('td', {className: 'num'}, money(t.price))],
    ['Charges', t => moneyCell(t.charges, false)],
    ['Order', t => t.orderId],
  ], 'No trades in this range.') ?? shown;
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
