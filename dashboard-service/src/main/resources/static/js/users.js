// Users (admins): add, change role, enable or disable, unlock, delete.
import {api, button, confirmAction, el, formValues, loadTable, problemText, time} from './app.js';

const problem = document.getElementById('problem');

async function change(path, method, body) {
  const result = await api(path, {method, body});
  problem.textContent = result.ok ? '' : problemText(result.problem);
  load();
}

function roleSelect(user) {
  const select = el('select', {}, ...['VIEWER', 'TRADER', 'ADMIN'].map(r => el('option', {selected: r === user.role}, r)));
  select.addEventListener('change', () => change(`/api/v1/users/${encodeURIComponent(user.username)}`, 'PATCH', {role: select.value}));
  return el('td', {}, select);
}

function load() {
  return loadTable('/api/v1/users', document.getElementById('users'), [
    ['User', u => u.username],
    ['Role', roleSelect],
    ['Enabled', u => u.enabled ? 'yes' : 'no'],
    ['Second factor', u => u.totpEnabled ? 'TOTP' : 'none'],
    ['Locked until', u => u.lockedUntil ? time(u.lockedUntil) : ''],
    ['', u => el('td', {className: 'actions'},
      button(u.enabled ? 'Disable' : 'Enable', () => change(`/api/v1/users/${encodeURIComponent(u.username)}`, 'PATCH', {enabled: !u.enabled})),
      u.lockedUntil ? button('Unlock', () => change(`/api/v1/users/${encodeURIComponent(u.username)}/unlock`, 'POST')) : null,
      button('Delete', async () => {
        if (await confirmAction(`Delete user ${u.username}? Their sessions end.`)) {
          await change(`/api/v1/users/${encodeURIComponent(u.username)}`, 'DELETE');
        }
      }, 'danger'))],
  ]);
}

const form = document.getElementById('user-form');
form.addEventListener('submit', async event => {
  event.preventDefault();
  const result = await api('/api/v1/users', {method: 'POST', body: formValues(form)});
  problem.textContent = result.ok ? '' : problemText(result.problem);
  if (result.ok) form.reset();
  load();
});

load();
