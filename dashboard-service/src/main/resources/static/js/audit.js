// The trading-service's audit log: who did what, when.
import {api, fill, formValues, istDay, report, time, todayIst} from './app.js';

const filters = document.getElementById('filters');

async function load() {
  const chosen = formValues(filters);
  const query = new URLSearchParams();
  if (chosen.from) query.set('from', istDay(chosen.from, false));
  if (chosen.to) query.set('to', istDay(chosen.to, true));
  const result = await api('/api/v1/audit?' + query);
  if (!report(document.getElementById('problem'), result)) return;
  fill(document.getElementById('audit'), result.data, [
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
