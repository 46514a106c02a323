// A strategy's parameter fields, generated from the catalog's metadata ({name, type, default, min, max,
// description}), and their validation messages; shared by the deployment and the backtest forms.
import {api, el} from './app.js';

/** Loads the catalog into the select and keeps the fieldset in step with the chosen strategy. */
export async function strategyForm(select, fieldset, description, {ranges = false} = {}) {
  const result = await api('/api/v1/strategies');
  if (!result.ok) return result;
  const catalog = result.data;
  select.replaceChildren(...catalog.map(s => el('option', {value: s.type}, s.type)));
  const render = () => {
    const strategy = catalog.find(s => s.type === select.value);
    description.textContent = strategy?.description || '';
    const legend = fieldset.querySelector('legend');
    fieldset.replaceChildren(legend, ...(strategy?.parameters || []).map(p => field(p, ranges)));
  };
  select.addEventListener('change', render);
  render();
  return result;
}

function field(parameter, ranges) {
  const input = el('input', {name: 'param.' + parameter.name, value: parameter.default ?? '',
    title: parameter.description || ''});
  if (ranges) {
    input.inputMode = 'decimal';
  } else {
    input.type = 'number';
    input.step = parameter.type === 'integer' ? '1' : 'any';
    if (parameter.min !== null && parameter.min !== undefined) input.min = parameter.min;
    if (parameter.max !== null && parameter.max !== undefined) input.max = parameter.max;
  }
  input.dataset.kind = parameter.type;
  input.dataset.min = parameter.min ?? '';
  input.dataset.max = parameter.max ?? '';
  const bounds = [parameter.min, parameter.max].every(b => b !== null && b !== undefined)
    ? ` (${parameter.min}–${parameter.max})` : '';
  return el('label', {}, parameter.name + bounds, input, el('small', {}, parameter.description || ''),
    el('span', {className: 'field-error', dataset: {for: parameter.name}}));
}

/** Why a value is not allowed, or '' when it is. A range "5..30:5" is checked at its ends. */
function invalid(input) {
  const text = input.value.trim();
  if (text === '') return 'required';
  const values = text.includes('..') ? text.split(/\.\.|:/).slice(0, 2) : [text];
  for (const value of values) {
    const number = Number(value);
    if (value === '' || isNaN(number)) return `not a number: ${value}`;
    if (input.dataset.kind === 'integer' && !Number.isInteger(number)) return 'a whole number';
    if (input.dataset.min !== '' && number < Number(input.dataset.min)) return `at least ${input.dataset.min}`;
    if (input.dataset.max !== '' && number > Number(input.dataset.max)) return `at most ${input.dataset.max}`;
  }
  return '';
}

/**
 * The parameters as the API takes them, or null after marking each wrong field with its message. Single values are
 * numbers; ranges stay strings.
 */
export function parameterValues(fieldset) {
  const values = {};
  let ok = true;
  for (const input of fieldset.querySelectorAll('input[name^="param."]')) {
    const name = input.name.substring('param.'.length);
    const message = invalid(input);
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
    fieldset.querySelector(`[data-for="${name}"]`).textContent = message;
    ok = ok && !message;
    values[name] = input.value.includes('..') ? input.value.trim() : Number(input.value);
  }
  return ok ? values : null;
}

/** Shows a 400 from the API beside the field it names ("parameters: slow must be greater than fast"). */
export function fieldProblem(form, problem) {
  const detail = problem.detail || problem.title || '';
  const named = problem.field || (detail.match(/^([a-zA-Z.[\]0-9]+):/) || [])[1];
  const target = named && form.querySelector(`[name="${named.replace(/\[\d+]$/, '')}"]`);
  if (target) target.setAttribute('aria-invalid', 'true');
  return detail;
}
