// The site's Content-Security-Policy. Astro (security.csp) writes a <meta> policy into every page with
// hashes of the scripts and styles it emits; the security-headers integration checks each built page
// against its own policy and sends the union as an HTTP header in dist/_headers.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

export interface CspSources {
  /** Extra origins the comment form posts to / fetches (form-action, connect-src). */
  comments: readonly string[];
  /** Origins of players loaded after a reader's click (frame-src). */
  frames: readonly string[];
}

/**
 * Directives for Astro's `security.csp.directives` (script-src and style-src are Astro's). Only
 * directives that work in a <meta> policy: frame-ancestors is added to the header (see headerOnlyDirectives).
 */
type DirectiveName =
  | 'default-src'
  | 'img-src'
  | 'font-src'
  | 'connect-src'
  | 'form-action'
  | 'frame-src'
  | 'media-src'
  | 'object-src'
  | 'base-uri'
  | 'manifest-src'
  | 'worker-src';
/** A directive with its sources, typed so Astro's `security.csp.directives` accepts it. */
export type Directive = `${DirectiveName} ${string}`;

export function siteCspDirectives({ comments, frames }: CspSources): Directive[] {
  const list = (...sources: readonly string[]) => [...new Set(sources)].join(' ');
  return [
    "default-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${list("'self'", ...comments)}`,
    `form-action ${list("'self'", ...comments)}`,
    `frame-src ${frames.length ? list(...frames) : "'none'"}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ];
}

/**
 * script-src sources besides Astro's hashes: 'self' for bundled files, and 'wasm-unsafe-eval' so the
 * search (Pagefind) can compile its WebAssembly; it does not allow eval() of JavaScript.
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];

/** Directives a <meta> policy ignores, so they go in the HTTP header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

export type Policy = Map<string, string[]>;

export function parseCsp(policy: string): Policy {
  const map: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), sources);
  }
  return map;
}

export function serializeCsp(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy allowing what any of `policies` allows (sources and hashes united per directive). */
export function mergeCsp(policies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
    }
  }
  // 'none' means nothing only when alone.
  for (const [name, sources] of merged) {
    if (sources.length > 1 && sources.includes("'none'"))
      merged.set(
        name,
        sources.filter((s) => s !== "'none'"),
      );
  }
  return merged;
}

/** `'sha256-…'` etc. of an inline script or style, as a CSP source. */
export function cspHashes(content: string): string[] {
  return (['sha256', 'sha384', 'sha512'] as const).map(
    (algorithm) =>
      `'${algorithm}-${createHash(algorithm).update(content, 'utf8').digest('base64')}'`,
  );
}

/** The sources that govern an element kind, following CSP's fallback order. */
function effectiveSources(policy: Policy, chain: readonly string[]): string[] | undefined {
  for (const name of chain) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}

export interface InlineProblem {
  kind: 'script' | 'style' | 'style attribute' | 'event handler' | 'javascript: URL';
  /** The first characters of the code, to find it. */
  snippet: string;
}

/** Script types the browser executes (others, like application/ld+json, are data blocks). */
const executableScript =
  /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

const shorten = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);

/** What a page carries inline, read in one streaming pass (thousands of pages per build). */
export interface InlineCode {
  /** The policy of the page's <meta http-equiv="content-security-policy">, if any. */
  policy?: string;
  /** Inline scripts the browser executes (not data blocks such as JSON-LD), in document order. */
  scripts: string[];
  styles: string[];
  /** The attributes that concern the policy, in document order: style="", on*= and javascript: URLs. */
  attributes: Array<{ name: string; value: string }>;
}

const urlAttributes = new Set(['href', 'src', 'action']);

const scriptOrStyle = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const tagAttribute = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Where an attribute the policy cares about could be (checked properly when found). */
const policyAttribute = /\sstyle\s*=|\son[a-z]+\s*=|javascript:/i;
const policyMeta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * Reads a page's inline code. Pages are read by the thousand, so the common case goes by regular
 * expressions (8× faster than the tokenizer on our pages): script and style elements, and the
 * policy <meta> as Astro writes it. Where a page might have a style="", on*= or javascript: attribute
 * (or an unusual <meta>), the tokenizer reads it all (scanInlineCodeParsed). The two agree on every
 * page of the test sites (tests/unit/csp.test.ts and the build tests).
 */
export function scanInlineCode(html: string): InlineCode {
  const policy = policyMeta.exec(html);
  // Entities (in the policy, in a script's attributes) are left to the tokenizer to decode.
  if (!policy || policy[1]!.includes('&')) return scanInlineCodeParsed(html);
  const found: InlineCode = { policy: policy[1]!, scripts: [], styles: [], attributes: [] };
  let rest = '';
  let last = 0;
  for (const match of html.matchAll(scriptOrStyle)) {
    rest += html.slice(last, match.index);
    last = match.index + match[0].length;
    const kind = match[1]!.toLowerCase();
    if (match[2]!.includes('&')) return scanInlineCodeParsed(html);
    const attributes = new Map<string, string>();
    for (const attribute of match[2]!.matchAll(tagAttribute)) {
      const name = attribute[1]!.toLowerCase();
      if (!attributes.has(name))
        attributes.set(name, attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    if (kind === 'style') found.styles.push(match[3]!);
    else if (!attributes.has('src') && executableScript.test((attributes.get('type') ?? '').trim()))
      found.scripts.push(match[3]!);
  }
  rest += html.slice(last);
  return policyAttribute.test(rest) ? scanInlineCodeParsed(html) : found;
}

/** Reads a page's inline code with htmlparser2's tokenizer (no document tree is built). */
export function scanInlineCodeParsed(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], attributes: [] };
  let open: { kind: 'script' | 'style'; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (
          name === 'meta' &&
          found.policy === undefined &&
          attribs['http-equiv']?.toLowerCase() === 'content-security-policy'
        ) {
          found.policy = attribs.content;
        }
        if (
          name === 'script' &&
          attribs.src === undefined &&
          executableScript.test((attribs.type ?? '').trim())
        )
          open = { kind: 'script', text: '' };
        else if (name === 'style') open = { kind: 'style', text: '' };
        for (const attribute in attribs) {
          const value = attribs[attribute]!;
          if (
            attribute === 'style' ||
            (attribute.startsWith('on') && /^on[a-z]+$/.test(attribute)) ||
            (urlAttributes.has(attribute) && /^\s*javascript:/i.test(value))
          ) {
            found.attributes.push({ name: attribute, value });
          }
        }
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (open && name === open.kind) {
          (open.kind === 'script' ? found.scripts : found.styles).push(open.text);
          open = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** Hashes per inline code: the same few scripts and styles recur on every page. */
const hashCache = new Map<string, string[]>();
const cachedHashes = (content: string) => {
  let hashes = hashCache.get(content);
  if (!hashes) {
    hashes = cspHashes(content);
    if (hashCache.size < 10_000) hashCache.set(content, hashes);
  }
  return hashes;
};

/** Inline code in `html` that `policy` would block: unhashed scripts and styles, style attributes, handlers. */
export function findInlineViolations(html: string | InlineCode, policy: Policy): InlineProblem[] {
  const code = typeof html === 'string' ? scanInlineCode(html) : html;
  const problems: InlineProblem[] = [];
  const allows = (sources: string[] | undefined, content: string) => {
    if (sources === undefined) return true;
    // Browsers ignore 'unsafe-inline' once a hash or nonce is present.
    if (sources.includes("'unsafe-inline'") && !sources.some((s) => /^'(sha\d+|nonce)-/.test(s)))
      return true;
    return cachedHashes(content).some((hash) => sources.includes(hash));
  };
  const scriptSources = effectiveSources(policy, ['script-src-elem', 'script-src', 'default-src']);
  const styleSources = effectiveSources(policy, ['style-src-elem', 'style-src', 'default-src']);
  const styleAttrSources = effectiveSources(policy, ['style-src-attr', 'style-src', 'default-src']);
  const scriptAttrSources = effectiveSources(policy, [
    'script-src-attr',
    'script-src',
    'default-src',
  ]);

  for (const content of code.scripts) {
    if (!allows(scriptSources, content))
      problems.push({ kind: 'script', snippet: shorten(content) });
  }
  for (const content of code.styles) {
    if (!allows(styleSources, content)) problems.push({ kind: 'style', snippet: shorten(content) });
  }
  const attributeAllowed = (sources: string[] | undefined) =>
    sources === undefined || sources.includes("'unsafe-inline'");
  if (!attributeAllowed(styleAttrSources)) {
    for (const { name, value } of code.attributes) {
      if (name === 'style')
        problems.push({ kind: 'style attribute', snippet: shorten(`style="${value}"`) });
    }
  }
  for (const { name, value } of code.attributes) {
    if (/^on[a-z]+$/i.test(name) && !attributeAllowed(scriptAttrSources)) {
      problems.push({ kind: 'event handler', snippet: shorten(`${name}="${value}"`) });
    }
    if (
      (name === 'href' || name === 'src' || name === 'action') &&
      /^\s*javascript:/i.test(value)
    ) {
      problems.push({ kind: 'javascript: URL', snippet: shorten(value) });
    }
  }
  return problems;
}

/** The policy in a page's <meta http-equiv="content-security-policy">, if any. */
export function metaPolicy(html: string): string | undefined {
  return scanInlineCode(html).policy;
}
