// ECharts (the WebJar) for the chart and backtest pages only: the overview does without it. Follows the system's
// light or dark scheme; amounts on the axes and tooltips in Indian grouping, times in IST.
import * as echarts from '/webjars/echarts/echarts.esm.min.js';
import {money, time} from './app.js';

const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
const compact = new Intl.NumberFormat('en-IN', {maximumFractionDigits: 0});

/** The chart in a node, created once and resized with the window. */
export function chartIn(node) {
  let chart = echarts.getInstanceByDom(node);
  if (!chart) {
    chart = echarts.init(node, dark ? 'dark' : null);
    window.addEventListener('resize', () => chart.resize());
  }
  return chart;
}

export const rupeeAxis = {type: 'value', scale: true, axisLabel: {formatter: value => '₹' + compact.format(value)}};

/** IST hh:mm for an intraday axis, the date for a longer one. */
export function axisTime(iso, intraday) {
  const text = time(iso);
  return intraday ? text.substring(13, 18) : text.substring(0, 11);
}

/** Lines of [isoTime, value] points on one time axis, e.g. equity curves compared. */
export function lines(node, series, {percent = false} = {}) {
  const chart = chartIn(node);
  chart.setOption({
    backgroundColor: 'transparent',
    animation: false,
    tooltip: {trigger: 'axis', valueFormatter: value => percent ? value.toFixed(2) + ' %' : money(value)},
    legend: {show: series.length > 1},
    grid: {left: 70, right: 20, top: series.length > 1 ? 30 : 15, bottom: 30},
    xAxis: {type: 'time', axisLabel: {formatter: value => axisTime(new Date(value).toISOString(), false)}},
    yAxis: percent ? {type: 'value', axisLabel: {formatter: value => value + ' %'}} : rupeeAxis,
    series: series.map(s => ({name: s.name, type: 'line', showSymbol: false, areaStyle: percent ? {} : undefined,
      data: s.points})),
  }, true);
  return chart;
}

/** A grid of values (a sweep's two parameters by its ranking metric) as a heatmap. */
export function heatmap(node, xs, ys, cells, label) {
  const values = cells.map(c => c[2]).filter(v => v !== null);
  chartIn(node).setOption({
    backgroundColor: 'transparent',
    tooltip: {formatter: p => `${label}: ${p.value[2] === null ? '—' : p.value[2].toFixed(3)}`},
    grid: {left: 70, right: 20, top: 20, bottom: 70},
    xAxis: {type: 'category', data: xs.map(String)},
    yAxis: {type: 'category', data: ys.map(String)},
    visualMap: {min: Math.min(...values), max: Math.max(...values), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      inRange: {color: ['#c62828', '#f2e8c9', '#1b873f']}},
    series: [{type: 'heatmap', data: cells, label: {show: true, color: '#14213d', formatter: p => p.value[2] === null ? '' : p.value[2].toFixed(2)}}],
  }, true);
}
