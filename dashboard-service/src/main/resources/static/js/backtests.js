// Backtests: the form (parameters from the catalog; a range sweeps), progress, the result's metrics, equity and
// drawdown curves and trades, a sweep's heatmap, and runs compared side by side.
import {api, button, el, fill, formValues, money, moneyCell, percent, problemText, time} from './app.js';
import {heatmap, lines} from './charts.js';
import {fieldProblem, parameterValues, strategyForm} from './params.js';

const problem = document.getElementById('problem');
const METRICS = [
  ['Net P&L', m => money(m.netPnl)], ['Total return', m => percent(m.totalReturn)], ['CAGR', m => percent(m.cagr)],
  ['Sharpe', m => fixed(m.sharpe)], ['Sortino', m => fixed(m.sortino)], ['Calmar', m => fixed(m.calmar)],
  ['Max drawdown', m => `${money(m.maxDrawdown?.amount)} (${percent(m.maxDrawdown?.fraction)})`],
  ['Trades', m => String(m.trades ?? '—')], ['Win rate', m => percent(m.winRate)], ['Profit factor', m => fixed(m.profitFactor)],
  ['Expectancy', m => money(m.expectancy)], ['Exposure', m => percent(m.exposure)], ['Charges paid', m => money(m.chargesPaid)],
  ['Trading days', m => String(m.tradingDays ?? '—')],
];

function fixed(value) {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

function isSweep(run) {
  return Object.values(run.request?.parameters || {}).some(value => String(value).includes('..'));
}

function describe(run) {
  const r = run.request || {};
  return `${r.strategy} ${Object.entries(r.parameters || {}).map(([k, v]) => `${k}=${v}`).join(' ')} on ${r.symbol} ${r.interval}`;
}

function metricsTable(table, names, metrics) {
  table.replaceChildren(el('thead', {}, el('tr', {}, el('th', {}, 'Metric'), ...names.map(n => el('th', {className: 'num'}, n)))),
    el('tbody', {}, ...METRICS.map(([label, value]) => el('tr', {}, el('th', {}, label),
      ...metrics.map(m => el('td', {className: 'num'}, m ? value(m) : '—'))))));
}

function drawdown(curve) {
  let peak = -Infinity;
  return curve.map(p => {
    peak = Math.max(peak, Number(p.equity));
    return [p.time, +((Number(p.equity) / peak - 1) * 100).toFixed(3)];
  });
}

function showSingle(run, result) {
  metricsTable(document.getElementById('metrics'), ['this run'], [result.metrics]);
  lines(document.getElementById('equity'), [{name: 'equity', points: result.equityCurve.map(p => [p.time, Number(p.equity)])}]);
  lines(document.getElementById('drawdown'), [{name: 'drawdown', points: drawdown(result.equityCurve)}], {percent: true});
  document.getElementById('trades-title').textContent = `Trades (${result.trades.length})`;
  document.getElementById('trades-head').replaceChildren(el('tr', {}, ...['Entry', 'Exit', 'Side', 'Qty', 'Entry price',
    'Exit price', 'Net P&L', 'Exit reason'].map(h => el('th', {}, h))));
  fill(document.getElementById('trades'), result.trades, [
    ['Entry', t => time(t.entryTime)], ['Exit', t => time(t.exitTime)], ['Side', t => t.side], ['Qty', t => String(t.quantity)],
    ['Entry price', t => el('td', {className: 'num'}, money(t.entryPrice))],
    ['Exit price', t => el('td', {className: 'num'}, money(t.exitPrice))],
    ['Net P&L', t => moneyCell(t.netPnl)], ['Exit reason', t => t.exitReason],
  ], 'No trades.');
}

/** A sweep: the ranked points, and a heatmap of the first two swept parameters by the ranking metric. */
function showSweep(run, result) {
  const swept = Object.entries(run.request.parameters || {}).filter(([, v]) => String(v).includes('..')).map(([k]) => k);
  const metric = {'net-pnl': 'netPnl', 'total-return': 'totalReturn', 'max-drawdown': 'maxDrawdown', 'win-rate': 'winRate',
    'profit-factor': 'profitFactor'}[result.rankedBy] || result.rankedBy;
  const score = point => {
    const value = point.metrics[metric];
    return value === null || value === undefined ? null : typeof value === 'object' ? Number(value.fraction) : Number(value);
  };
  const best = result.points.slice(0, 5);
  metricsTable(document.getElementById('metrics'), best.map(p => Object.entries(p.parameters).map(([k, v]) => `${k}=${v}`).join(' ')),
    best.map(p => p.metrics));
  const map = document.getElementById('heatmap');
  map.hidden = swept.length < 1;
  if (swept.length >= 1) {
    const [xName, yName] = [swept[0], swept[1]];
    const xs = [...new Set(result.points.map(p => Number(p.parameters[xName])))].sort((a, b) => a - b);
    const ys = yName ? [...new Set(result.points.map(p => Number(p.parameters[yName])))].sort((a, b) => a - b) : [''];
    const cells = result.points.map(p => [xs.indexOf(Number(p.parameters[xName])), yName ? ys.indexOf(Number(p.parameters[yName])) : 0, score(p)]);
    heatmap(map, xs.map(x => `${xName}=${x}`), ys.map(y => yName ? `${yName}=${y}` : ''), cells, result.rankedBy);
  }
  document.getElementById('equity').hidden = true;
  document.getElementById('drawdown').hidden = true;
  document.getElementById('trades-title').textContent = `Every point, ranked by ${result.rankedBy}` + (result.skipped.length ? ` (${result.skipped.length} skipped)` : '');
  document.getElementById('trades-head').replaceChildren(el('tr', {}, ...['Rank', 'Parameters', 'Net P&L', 'Sharpe', 'Trades', 'Max drawdown'].map(h => el('th', {}, h))));
  fill(document.getElementById('trades'), result.points, [
    ['Rank', p => String(result.points.indexOf(p) + 1)],
    ['Parameters', p => Object.entries(p.parameters).map(([k, v]) => `${k}=${v}`).join(' ')],
    ['Net P&L', p => moneyCell(p.metrics.netPnl)], ['Sharpe', p => fixed(p.metrics.sharpe)],
    ['Trades', p => String(p.metrics.trades)], ['Max drawdown', p => percent(p.metrics.maxDrawdown?.fraction)],
  ]);
}

function show(run) {
  const result = typeof run.result === 'string' ? JSON.parse(run.result) : run.result;
  document.getElementById('result').hidden = false;
  document.getElementById('result-title').textContent = describe(run);
  for (const id of ['equity', 'drawdown']) document.getElementById(id).hidden = false;
  document.getElementById('heatmap').hidden = true;
  if (result.points) showSweep(run, result); else showSingle(run, result);
}

async function open(id) {
  const result = await api(`/api/v1/backtests/${encodeURIComponent(id)}`);
  if (!result.ok) {
    problem.textContent = problemText(result.problem);
    return null;
  }
  return result.data;
}

async function follow(id) {
  const status = document.getElementById('run-status');
  const bar = document.getElementById('progress');
  bar.hidden = false;
  for (;;) {
    const run = await open(id);
    if (!run) return;
    bar.value = Number(run.progress || 0);
    status.textContent = `${run.status} ${Math.round(Number(run.progress || 0) * 100)} %`;
    if (run.status === 'DONE') {
      show(run);
      break;
    }
    if (run.status === 'FAILED') {
      status.replaceChildren(el('span', {className: 'error'}, 'FAILED: ' + (run.error || '')));
      break;
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  bar.hidden = true;
  recent();
}

async function recent() {
  const result = await api('/api/v1/backtests?limit=20');
  if (!result.ok) {
    problem.textContent = problemText(result.problem);
    return;
  }
  fill(document.getElementById('runs'), result.data, [
    // a sweep has no one equity curve to set beside another's
    ['', r => el('td', {}, el('input', {type: 'checkbox', value: r.id, disabled: r.status !== 'DONE' || isSweep(r),
      ariaLabel: 'compare ' + r.id}))],
    ['Created', r => time(r.createdAt)], ['Strategy', r => r.request?.strategy],
    ['Instrument', r => `${r.request?.symbol} ${r.request?.interval}`],
    ['Parameters', r => Object.entries(r.request?.parameters || {}).map(([k, v]) => `${k}=${v}`).join(' ')],
    ['Status', r => el('td', {className: r.status}, r.status)],
    ['', r => r.status === 'DONE' ? button('Show', async () => {
      const run = await open(r.id);
      if (run) show(run);
    }) : ''],
  ], 'No runs yet.');
}

document.getElementById('compare').addEventListener('click', async () => {
  const ids = [...document.querySelectorAll('#runs input:checked')].map(box => box.value);
  const runs = (await Promise.all(ids.map(open))).filter(Boolean)
    .map(run => ({run, result: typeof run.result === 'string' ? JSON.parse(run.result) : run.result}))
    .filter(({result}) => result && !result.points);
  document.getElementById('comparison').hidden = runs.length === 0;
  if (!runs.length) return;
  metricsTable(document.getElementById('compare-table'), runs.map(({run}) => describe(run)), runs.map(({result}) => result.metrics));
  lines(document.getElementById('compare-chart'), runs.map(({run, result}) => ({name: describe(run),
    points: result.equityCurve.map(p => [p.time, Number(p.equity)])})));
});

const form = document.getElementById('backtest-form');
if (form) {
  await strategyForm(document.getElementById('strategy'), document.getElementById('parameters'),
    document.getElementById('strategy-description'), {ranges: true});
  const today = new Date();
  form.elements.to.value = today.toISOString().substring(0, 10);
  form.elements.from.value = new Date(today.getTime() - 30 * 86400000).toISOString().substring(0, 10);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const parameters = parameterValues(document.getElementById('parameters'));
    const status = document.getElementById('run-status');
    if (!parameters) {
      status.replaceChildren(el('span', {className: 'error'}, 'Some parameters are out of range (see the fields).'));
      return;
    }
    const v = formValues(form);
    const body = {strategy: v.strategy, parameters, symbol: v.symbol, interval: v.interval, from: v.from, to: v.to,
      slippageBps: Number(v.slippageBps || 0), product: v.product};
    const result = await api('/api/v1/backtests', {method: 'POST', body});
    if (!result.ok) {
      status.replaceChildren(el('span', {className: 'error'}, fieldProblem(form, result.problem)));
      return;
    }
    status.textContent = 'QUEUED';
    follow(result.data.id);
  });
}
recent();
