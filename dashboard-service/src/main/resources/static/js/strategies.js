// Deployments: the list with each one's P&L and last bar, live; start, stop, delete; its round trips; and the
// form that creates one, generated from the strategy catalog.
import {api, button, canTrade, confirmAction, debounce, el, fill, formValues, live, loadTable, money, moneyCell, problemText, report, time} from './app.js';
import {fieldProblem, parameterValues, strategyForm} from './params.js';

const problem = document.getElementById('problem');

function load() {
  return loadTable('/api/v1/deployments', document.getElementById('deployments'), [
    ['Name', d => el('td', {}, button(d.name, () => trips(d), 'link'))],
    ['Strategy', d => d.strategy],
    ['Instruments', d => (d.instruments || []).join(', ')],
    ['Status', d => el('td', {className: d.status, title: d.statusReason || ''}, d.status + (d.statusReason ? ` (${d.statusReason})` : ''))],
    ['Bars', d => el('td', {className: 'num'}, String(d.barsSeen ?? 0))],
    ['Last bar', d => time(d.lastBarTime)],
    ['Realised', d => moneyCell(d.realisedPnl)],
    ['Unrealised', d => moneyCell(d.unrealisedPnl)],
    ['Charges', d => moneyCell(d.charges, false)],
    ['Open', d => el('td', {className: 'num'}, String(d.openPositions ?? 0))],
    ['', d => el('td', {className: 'actions', dataset: {deployment: d.name}}, ...(canTrade ? actions(d) : []))],
  ], 'No deployments yet.');
}

/**
 * A webhook deployment's secret, shown this once when it is created (only its hash is kept), with the URL and the
 * message to paste into the TradingView alert.
 */
function webhookNotice(id, secret) {
  const url = `${location.origin}/api/v1/webhooks/${encodeURIComponent(id)}`;
  const message = `{"secret": "${secret}", "action": "{{strategy.order.action}}", "quantity": {{strategy.order.contracts}}}`;
  return el('div', {className: 'notice', id: 'webhook-secret'},
    el('p', {}, 'The alerts\' secret, shown this once: keep it now. Start the deployment to act on its alerts.'),
    el('p', {}, 'Webhook URL: ', el('code', {}, url)),
    el('p', {}, 'Alert message: ', el('code', {id: 'webhook-message'}, message)));
}

function actions(deployment) {
  const path = `/api/v1/deployments/${encodeURIComponent(deployment.id)}`;
  const act = async (suffix, method) => {
    report(problem, await api(path + suffix, {method}));
    load();
  };
  return deployment.status === 'RUNNING'
    ? [button('Stop', () => act('/stop', 'POST'))]
    : [button('Start', () => act('/start', 'POST'), 'primary'),
      button('Delete', async () => {
        if (await confirmAction(`Delete deployment ${deployment.name}?`)) await act('', 'DELETE');
      }, 'danger')];
}

async function trips(deployment) {
  const result = await api(`/api/v1/deployments/${encodeURIComponent(deployment.id)}/trades`);
  if (!report(problem, result)) return;
  document.getElementById('trips').hidden = false;
  document.getElementById('trips-name').textContent = deployment.name;
  fill(document.getElementById('trips-rows'), result.data, [
    ['Symbol', t => t.symbol], ['Side', t => t.side], ['Qty', t => String(t.quantity)],
    ['Entry', t => time(t.entryTime)], ['Entry price', t => el('td', {className: 'num'}, money(t.entryPrice))],
    ['Exit', t => t.exitTime ? time(t.exitTime) : 'open'],
    ['Exit price', t => el('td', {className: 'num'}, t.exitPrice ? money(t.exitPrice) : '—')],
    ['Net P&L', t => moneyCell(t.netPnl)], ['Exit reason', t => t.exitReason || ''],
  ], 'No round trips yet.');
}

function deploymentBody(form, parameters) {
  const v = formValues(form);
  const body = {name: v.name || '', strategy: v.strategy, parameters,
    instruments: (v.instruments || '').split(',').map(s => s.trim()).filter(Boolean),
    interval: v.interval, sizing: {[v.sizingKind]: v.sizingKind === 'quantity' ? Number(v.sizingValue) : v.sizingValue},
    product: v.product, exits: {}};
  for (const exit of ['stopLossPercent', 'targetPercent', 'trailingPercent']) if (v[exit]) body.exits[exit] = Number(v[exit]);
  if (v.squareOffTime) body.exits.squareOffTime = v.squareOffTime;
  return body;
}

const form = document.getElementById('deployment-form');
if (form) {
  const out = document.getElementById('create-result');
  const catalog = await strategyForm(document.getElementById('strategy'), document.getElementById('parameters'),
    document.getElementById('strategy-description'));
  if (!catalog.ok) out.replaceChildren(el('p', {className: 'error'}, 'The strategy catalog is unavailable: ' + problemText(catalog.problem)));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const parameters = parameterValues(document.getElementById('parameters'));
    if (!parameters) {
      out.replaceChildren(el('p', {className: 'error'}, 'Some parameters are out of range (see the fields).'));
      return;
    }
    const result = await api('/api/v1/deployments', {method: 'POST', body: deploymentBody(form, parameters)});
    out.replaceChildren(result.ok ? el('p', {className: 'info'}, `Deployment ${result.data.name} created (${result.data.status}).`)
      : el('p', {className: 'error', id: 'create-problem'}, fieldProblem(form, result.problem)));
    if (result.ok && result.data.webhookSecret) out.append(webhookNotice(result.data.id, result.data.webhookSecret));
    load();
  });
}

live(debounce(load, 500), ['deployment', 'fill']);
load();
