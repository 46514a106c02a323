// The trading-service's audit log: who did what, when.
import {dayRange, loadTable, time, todayIst} from './app.js';

const filters = document.getElementById('filters');

function load() {
  return loadTable('/api/v1/audit?' + dayRange(filters), document.getElementById('audit'), [
    ['Time', a => time(a.time)],
    ['Actor', a => a.actor],
    ['Action', a => a.action],
    ['Details', a => typeof a.details === 'string' ? a.details : JSON.stringify(a.details)],
  ], 'Nothing audited in this range.');
}

filters.addEventListener('submit', event => {
  event.preventDefault();
  load();
});
filters.elements.from.value = todayIst();
load();
