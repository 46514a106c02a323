// Candlesticks of an instrument from the data-service (through this dashboard), SMA and EMA overlays, and a
// deployment's entries and exits as markers; drawn again when the instrument's next 1-minute bar closes (the
// data-service's bar stream, through this dashboard) and on each fill.
import {api, debounce, el, formValues, live, money, problemText, time} from './app.js';
import {axisTime, chartIn, rupeeAxis} from './charts.js';

const form = document.getElementById('chart-form');
const problem = document.getElementById('problem');

function sma(closes, period) {
  let sum = 0;
  return closes.map((close, i) => {
    sum += close - (i >= period ? closes[i - period] : 0);
    return i >= period - 1 ? +(sum / period).toFixed(2) : null;
  });
}

function ema(closes, period) {
  const k = 2 / (period + 1);
  let value = null;
  return closes.map((close, i) => {
    value = value === null ? close : close * k + value * (1 - k);
    return i >= period - 1 ? +value.toFixed(2) : null;
  });
}

/** The bar a time falls in: the last one that starts at or before it. */
function barIndex(starts, when) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (starts[middle] <= when) low = middle; else high = middle - 1;
  }
  return low;
}

async function markers(deploymentId, symbol, candles, labels) {
  if (!deploymentId) return [];
  const result = await api(`/api/v1/deployments/${encodeURIComponent(deploymentId)}/trades`);
  if (!result.ok) return [];
  const starts = candles.map(c => Date.parse(c.time));
  const point = (when, price, name, color) => ({name, coord: [labels[barIndex(starts, Date.parse(when))], Number(price)],
    value: name, itemStyle: {color}, symbolSize: 30});
  return result.data.filter(t => t.symbol === symbol).flatMap(t => [
    point(t.entryTime, t.entryPrice, t.side === 'BUY' || t.side === 'long' ? 'B' : 'S', '#1f4fd1'),
    ...(t.exitTime ? [point(t.exitTime, t.exitPrice, 'X', '#b26a00')] : [])]);
}

async function draw() {
  const v = formValues(form);
  const [exchange, tradingSymbol] = (v.symbol || '').split(':');
  const to = new Date();
  const from = new Date(to.getTime() - Number(v.days || 1) * 86400000);
  const query = new URLSearchParams({exchange, symbol: tradingSymbol || '', interval: v.interval,
    from: from.toISOString(), to: to.toISOString()});
  const result = await api('/api/v1/candles?' + query);
  if (!result.ok) {
    problem.textContent = problemText(result.problem);
    return;
  }
  problem.textContent = '';
  const candles = result.data;
  const intraday = v.interval !== '1d';
  const labels = candles.map(c => axisTime(c.time, intraday));
  const closes = candles.map(c => Number(c.close));
  // green up, red down, as Indian charts have them (ECharts' default is the other way round)
  const series = [{name: v.symbol, type: 'candlestick',
    itemStyle: {color: '#1b873f', color0: '#c62828', borderColor: '#1b873f', borderColor0: '#c62828'}, data: candles.map(c => [c.open, c.close, c.low, c.high].map(Number)),
    markPoint: {data: await markers(v.deployment, v.symbol, candles, labels), label: {formatter: p => p.value}}}];
  for (const [name, fn] of [['sma', sma], ['ema', ema]]) {
    const period = Number(v[name] || 0);
    if (period > 0) series.push({name: `${name.toUpperCase()} ${period}`, type: 'line', showSymbol: false, data: fn(closes, period)});
  }
  chartIn(document.getElementById('chart')).setOption({
    backgroundColor: 'transparent', animation: false,
    tooltip: {trigger: 'axis', valueFormatter: value => money(value)},
    legend: {top: 0}, grid: {left: 70, right: 20, top: 30, bottom: 60},
    xAxis: {type: 'category', data: labels}, yAxis: rupeeAxis,
    dataZoom: [{type: 'inside'}, {type: 'slider'}], series,
  }, true);
  document.getElementById('chart-status').textContent = candles.length
    ? `${candles.length} bars, the last at ${time(candles.at(-1).time)}; refreshed ${time(new Date().toISOString())}`
    : 'No bars in this range.';
}

async function deployments() {
  const result = await api('/api/v1/deployments');
  if (!result.ok) return;
  const select = document.getElementById('deployment');
  select.append(...result.data.map(d => el('option', {value: d.id}, `${d.name} (${(d.instruments || []).join(', ')})`)));
  const wanted = new URLSearchParams(window.location.search).get('deployment');
  if (wanted) select.value = wanted;
}

const redraw = debounce(draw, 1000);
let bars = null;

/** Follows the bar stream of the instrument on the chart: every closed minute redraws it, whatever its interval. */
function follow() {
  const symbol = formValues(form).symbol || '';
  if (bars && bars.symbol === symbol) return;
  if (bars) bars.source.close();
  const source = new EventSource('/api/v1/stream/bars?' + new URLSearchParams({symbols: symbol}));
  source.addEventListener('bar', redraw);
  bars = {symbol, source};
}

form.addEventListener('submit', event => {
  event.preventDefault();
  draw();
  follow();
});
await deployments();
draw();
follow();
live(redraw, ['fill']);
