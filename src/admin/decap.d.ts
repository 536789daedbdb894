// Types for the Decap CMS packages the admin bundle imports that ship none (decap-cms-core does).
declare module 'decap-cms-backend-github' {
  export const GitHubBackend: unknown;
}
declare module 'decap-cms-backend-gitlab' {
  export const GitLabBackend: unknown;
}
declare module 'decap-cms-backend-proxy' {
  export const ProxyBackend: unknown;
}
declare module 'decap-cms-widget-*' {
  const widget: { Widget(): unknown };
  export default widget;
}
declare module 'decap-cms-widget-markdown/dist/esm/serializers/index.js' {
  /** The rich-text widget's Markdown → editor tree and back (its own round trip). */
  export function markdownToSlate(markdown: string, options: object): unknown;
  export function slateToMarkdown(tree: unknown, options: object): string;
}
declare module 'decap-cms-locales/dist/esm/en/index.js' {
  const en: Record<string, unknown>;
  export default en;
}
