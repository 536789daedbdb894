// The house rule that modules depend on each other in one direction: no import cycle among the
// project's own files (src/, server/, scripts/), type-only imports included (a type belongs to its
// domain module, and the modules using it import it from there).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/paths';

const roots = ['src', 'server', 'scripts'];
const sourceFile = /\.(ts|mjs|astro)$/;
const specifiers =
  /(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : sourceFile.test(name) ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  const target = path.resolve(path.dirname(from), specifier);
  for (const candidate of [
    target,
    `${target}.ts`,
    `${target}.mjs`,
    path.join(target, 'index.ts'),
  ]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of roots.flatMap((root) => files(path.join(projectRoot, root)))) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(specifiers)]
      .map((match) => resolve(file, (match[1] ?? match[2])!))
      .filter((target): target is string => target !== undefined && sourceFile.test(target));
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, as the files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found.map((cycle) => cycle.map((file) => path.relative(projectRoot, file)));
}

describe('imports', () => {
  it('reads the import graph of the project’s own modules', () => {
    const graph = importGraph();
    const siteConfig = graph.get(path.join(projectRoot, 'src/site.config.ts'));
    expect(siteConfig?.map((file) => path.relative(projectRoot, file))).toContain(
      'src/lib/comments/provider.ts',
    );
  });

  it('has no import cycle', () => {
    expect(cycles(importGraph())).toEqual([]);
  });
});
