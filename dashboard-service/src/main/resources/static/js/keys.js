// The user's API keys: create (the key shown this once), list, revoke.
import {api, button, confirmAction, formValues, loadTable, problemText, report, time} from './app.js';

const problem = document.getElementById('problem');

function load() {
  return loadTable('/api/v1/api-keys', document.getElementById('keys'), [
    ['Name', k => k.name],
    ['Scope', k => k.scope],
    ['Created', k => time(k.createdAt)],
    ['Last used', k => k.lastUsedAt ? time(k.lastUsedAt) : 'never'],
    ['', k => button('Revoke', async () => {
      if (!await confirmAction(`Revoke key ${k.name}? Programs using it are refused at once.`)) return;
      report(problem, await api(`/api/v1/api-keys/${k.id}`, {method: 'DELETE'}));
      load();
    }, 'danger')],
  ], 'No keys.');
}

const form = document.getElementById('key-form');
form.addEventListener('submit', async event => {
  event.preventDefault();
  const result = await api('/api/v1/api-keys', {method: 'POST', body: formValues(form)});
  problem.textContent = result.ok ? '' : problemText(result.problem);
  const shown = document.getElementById('new-key');
  shown.hidden = !result.ok;
  document.getElementById('key-value').textContent = result.ok ? result.data.key : '';
  if (result.ok) form.reset();
  load();
});

load();
