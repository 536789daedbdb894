// Command-line options for the project's scripts, on Node's own util.parseArgs: unknown options and
// missing values are errors (util.parseArgs' own, with their `code`); numbers and comma-separated
// number lists are converted and checked. With `positionals: true` the other words are kept in
// `positionals` (a title, file names); otherwise they are errors.
import { parseArgs } from 'node:util';

/**
 * @param {readonly string[]} argv
 * @param {{ numbers?: string[], numberLists?: string[], strings?: string[], flags?: string[], positionals?: boolean }} spec
 * @returns {Record<string, any>}
 */
export function parseOptions(
  argv,
  { numbers = [], numberLists = [], strings = [], flags = [], positionals = false } = {},
) {
  /** @type {import('node:util').ParseArgsConfig['options']} */
  const options = { help: { type: 'boolean', short: 'h' } };
  for (const name of [...numbers, ...numberLists, ...strings]) options[name] = { type: 'string' };
  for (const name of flags) options[name] = { type: 'boolean' };
  const parsed = parseArgs({
    args: [...argv],
    options,
    strict: true,
    allowPositionals: positionals,
  });
  const { values } = parsed;
  /** @type {Record<string, any>} */
  const result = positionals ? { ...values, positionals: parsed.positionals } : { ...values };
  for (const name of numbers)
    if (values[name] !== undefined) result[name] = toNumber(name, String(values[name]));
  for (const name of numberLists) {
    if (values[name] !== undefined)
      result[name] = String(values[name])
        .split(',')
        .map((raw) => toNumber(name, raw));
  }
  return result;
}

/** @param {string} name @param {string} raw */
function toNumber(name, raw) {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value))
    throw new Error(`--${name} expects a number, got "${raw}"`);
  return value;
}
