// Module resolve hook (see register-ts.mjs): a relative import with no extension ("./urls") is tried
// as "./urls.ts" and "./urls/index.ts" before giving up, the way Vite resolves it for Astro.
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (!relative || /\.[cm]?[jt]s$/.test(specifier) || error?.code !== 'ERR_MODULE_NOT_FOUND')
      throw error;
    for (const suffix of ['.ts', '/index.ts']) {
      try {
        return await nextResolve(`${specifier}${suffix}`, context);
      } catch {
        // try the next form
      }
    }
    throw error;
  }
}
