// Editors write site links as "/category/economy/"; under a sub-path deployment (BASE_PATH=/afaq)
// that must become "/afaq/category/economy/". This rehype plugin prefixes the base path to
// root-relative href/src in article bodies (never to "//host" URLs or links already under the base).

interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
}

const urlProperties: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
};

/** "/x/" → "/afaq/x/" for base "/afaq/"; unchanged for "/" bases, "//cdn", "https://…", "#a", "x/". */
export function withBasePath(url: string, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  if (base === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === base.slice(0, -1) || url.startsWith(base)) return url;
  return `${base}${url.slice(1)}`;
}

/** Rewrites the tree in place. */
export function prefixBasePath(tree: Element, basePath: string): void {
  const walk = (node: Element) => {
    if (node.type === 'element' && node.tagName && node.properties) {
      for (const name of urlProperties[node.tagName] ?? []) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = withBasePath(value, basePath);
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
}

/** The rehype plugin: `rehypePlugins: [[rehypeBaseLinks, { basePath }]]`. */
export default function rehypeBaseLinks(options: { basePath: string }) {
  return (tree: unknown) => prefixBasePath(tree as Element, options.basePath);
}
