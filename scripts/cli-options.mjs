// Command-line options for the project's scripts, on Node's own util.parseArgs: unknown options and
// missing values are errors; numbers and comma-separated number lists are converted and checked.
import { parseArgs } from 'node:util';

/**
 * @param {string[]} argv
 * @param {{ numbers?: string[], numberLists?: string[], strings?: string[], flags?: string[] }} spec
 * @returns {Record<string, string | number | number[] | boolean | undefined>}
 */
export function parseOptions(argv, { numbers = [], numberLists = [], strings = [], flags = [] } = {}) {
  /** @type {import('node:util').ParseArgsConfig['options']} */
  const options = { help: { type: 'boolean', short: 'h' } };
  for (const name of [...numbers, ...numberLists, ...strings]) options[name] = { type: 'string' };
  for (const name of flags) options[name] = { type: 'boolean' };
  const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  /** @type {Record<string, any>} */
  const result = { ...values };
  for (const name of numbers) if (values[name] !== undefined) result[name] = toNumber(name, String(values[name]));
  for (const name of numberLists) {
    if (values[name] !== undefined) result[name] = String(values[name]).split(',').map((raw) => toNumber(name, raw));
  }
  return result;
}

/** @param {string} name @param {string} raw */
function toNumber(name, raw) {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw new Error(`--${name} expects a number, got "${raw}"`);
  return value;
}
