// Lets editors write <Figure src="./images/photo.jpg" …/> in MDX without an import line: a relative
// image path on one of our components becomes an ESM import, so Vite resolves the file next to the
// article and Astro's image service optimises it (the same thing Astro does for ![alt](./photo.jpg)).
// Works on the mdast tree MDX builds; plain .md files have no JSX and are left alone.

/** Which attributes of which components hold a local image path. */
export const imageAttributes: Readonly<Record<string, readonly string[]>> = {
  Figure: ['src'],
  Video: ['poster'],
};

const imageFile = /\.(avif|gif|jpe?g|png|svg|tiff?|webp)$/i;

/** "./a.jpg", "../images/a.png", "images/a.webp": yes. "https://…", "/a.jpg", "data:…": no. */
export function isLocalImagePath(value: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value) && imageFile.test(value.split(/[?#]/)[0]!);
}

export interface TreeNode {
  type: string;
  children?: TreeNode[];
  [key: string]: unknown;
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const program = (body: unknown[]) => ({
  type: 'Program',
  sourceType: 'module',
  comments: [],
  body,
});

function importNode(name: string, source: string): TreeNode {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)};`,
    data: {
      estree: program([
        {
          type: 'ImportDeclaration',
          attributes: [],
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
          source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
        },
      ]),
    },
  };
}

function expressionValue(name: string) {
  return {
    type: 'mdxJsxAttributeValueExpression',
    value: name,
    data: {
      estree: program([{ type: 'ExpressionStatement', expression: { type: 'Identifier', name } }]),
    },
  };
}

/** Rewrites the tree in place; returns the import paths it added (for tests). */
export function rewriteLocalImages(tree: TreeNode): string[] {
  const imports = new Map<string, string>();
  const walk = (node: TreeNode) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      typeof node.name === 'string'
    ) {
      const names = imageAttributes[node.name];
      for (const attribute of names
        ? ((node.attributes as JsxAttribute[] | undefined) ?? [])
        : []) {
        if (attribute.type !== 'mdxJsxAttribute' || !names!.includes(attribute.name ?? ''))
          continue;
        if (typeof attribute.value !== 'string' || !isLocalImagePath(attribute.value)) continue;
        const source = /^\.{1,2}\//.test(attribute.value)
          ? attribute.value
          : `./${attribute.value}`;
        let identifier = imports.get(source);
        if (!identifier) {
          identifier = `__afaqImage${imports.size}`;
          imports.set(source, identifier);
        }
        attribute.value = expressionValue(identifier);
      }
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  tree.children = [
    ...[...imports].map(([source, name]) => importNode(name, source)),
    ...(tree.children ?? []),
  ];
  return [...imports.keys()];
}

/** The remark plugin (add it to `unified({ remarkPlugins })` in astro.config.mjs). */
export default function remarkLocalImages() {
  return (tree: unknown) => {
    rewriteLocalImages(tree as TreeNode);
  };
}
