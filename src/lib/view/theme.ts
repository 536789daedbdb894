// The light/dark theme: the reader's choice is stored under one key and applied to <html data-theme>
// by a one-line script in <head> before the first paint (no flash of the wrong theme).
export const themeStorageKey = 'afaq-theme';

export type ThemeChoice = 'light' | 'dark';

/** The inline boot script (its CSP hash is added by SeoHead.astro). */
export const themeBootScript = `try{var t=localStorage.getItem(${JSON.stringify(themeStorageKey)});if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}`;

/** The theme after a click on the toggle, given what is shown now. */
export function nextTheme(shownIsDark: boolean): ThemeChoice {
  return shownIsDark ? 'light' : 'dark';
}
