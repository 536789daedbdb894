// The JavaScript an editor may write inside `{…}` in an article: plain values only (text, numbers,
// true/false, lists and objects of them), evaluated at content sync without running any code.
// `{/* … */}` (a comment) is nothing. Anything else (a variable, a call) needs the MDX module path.
import { parseExpressionAt, type Node } from 'acorn';

export type StaticValue = string | number | boolean | null | StaticValue[] | { [key: string]: StaticValue };

export class NotStaticError extends Error {
  /** Offset in the expression source where the problem is. */
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const noValue = Symbol('no value');

/**
 * The value of the expression source `code` (what is between the braces), or `undefined` for an
 * expression that is only a comment. Throws NotStaticError naming what is not a plain value.
 */
export function evaluateStatic(code: string): StaticValue | undefined {
  if (isOnlyComments(code)) return undefined;
  let node: Node;
  try {
    node = parseExpressionAt(code, 0, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch (error) {
    throw new NotStaticError(`not a valid expression (${(error as Error).message.replace(/ \(\d+:\d+\)$/, '')})`, (error as { pos?: number }).pos ?? 0);
  }
  if (!isOnlyComments(code.slice(node.end))) throw new NotStaticError('only one value is allowed', node.end);
  const value = valueOf(node);
  if (value === noValue) throw new NotStaticError('not a plain value', node.start);
  return value;
}

function isOnlyComments(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() === '';
}

interface AnyNode extends Node {
  [key: string]: unknown;
}

function valueOf(node: Node): StaticValue | typeof noValue {
  const n = node as AnyNode;
  switch (node.type) {
    case 'Literal': {
      const value = n.value;
      if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
      return noValue; // RegExp, BigInt
    }
    case 'TemplateLiteral': {
      const quasis = n.quasis as Array<{ value: { cooked: string | null } }>;
      if ((n.expressions as Node[]).length > 0 || quasis.some((quasi) => quasi.value.cooked === null)) return noValue;
      return quasis.map((quasi) => quasi.value.cooked).join('');
    }
    case 'UnaryExpression': {
      const argument = valueOf(n.argument as Node);
      if (typeof argument !== 'number') return noValue;
      if (n.operator === '-') return -argument;
      if (n.operator === '+') return argument;
      return noValue;
    }
    case 'ArrayExpression': {
      const items: StaticValue[] = [];
      for (const element of n.elements as Array<Node | null>) {
        if (!element) return noValue;
        const value = valueOf(element);
        if (value === noValue) return noValue;
        items.push(value);
      }
      return items;
    }
    case 'ObjectExpression': {
      const result: Record<string, StaticValue> = {};
      for (const property of n.properties as AnyNode[]) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) return noValue;
        const key = property.key as AnyNode;
        const name = key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : undefined;
        if (name === undefined || name === '__proto__') return noValue;
        const value = valueOf(property.value as Node);
        if (value === noValue) return noValue;
        result[name] = value;
      }
      return result;
    }
    default:
      return noValue;
  }
}
