// Module resolve hook (see register-ts.mjs): a relative import with no extension ("./urls") is tried
// as "./urls.ts" and "./urls/index.ts" before giving up, the way Vite resolves it for Astro.

const candidates = (specifier, error) => {
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  if (!relative || /\.[cm]?[jt]s$/.test(specifier) || error?.code !== 'ERR_MODULE_NOT_FOUND')
    return [];
  return [`${specifier}.ts`, `${specifier}/index.ts`];
};

/** For module.registerHooks(): runs in the importing thread, synchronously. */
export function resolveSync(specifier, context, nextResolve) {
  try {
    return nextResolve(specifier, context);
  } catch (error) {
    for (const candidate of candidates(specifier, error)) {
      try {
        return nextResolve(candidate, context);
      } catch {
        // try the next form
      }
    }
    throw error;
  }
}

/** For module.register() (Node without registerHooks): runs in a hooks thread. */
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    for (const candidate of candidates(specifier, error)) {
      try {
        return await nextResolve(candidate, context);
      } catch {
        // try the next form
      }
    }
    throw error;
  }
}
