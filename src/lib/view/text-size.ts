// The reader's text size for article bodies: stored under one key, applied to <html data-text-size>
// before the first paint by a one-line script in <head> (hashed in the CSP), changed by the
// «حجم الخط» buttons. The sizes themselves are CSS (global.css).
export const textSizeStorageKey = 'afaq-text-size';

export const textSizes = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof textSizes)[number];

export const isTextSize = (value: unknown): value is TextSize =>
  textSizes.includes(value as TextSize);

/** The inline boot script (its CSP hash is added by SeoHead.astro). "normal" is the absence of the attribute. */
export const textSizeBootScript = `try{var s=localStorage.getItem(${JSON.stringify(textSizeStorageKey)});if(s==="large"||s==="larger")document.documentElement.dataset.textSize=s}catch(e){}`;

export function readTextSize(root: HTMLElement): TextSize {
  const value = root.dataset.textSize;
  return isTextSize(value) ? value : 'normal';
}

export function applyTextSize(root: HTMLElement, size: TextSize): void {
  if (size === 'normal') delete root.dataset.textSize;
  else root.dataset.textSize = size;
}

export function storeTextSize(size: TextSize): void {
  try {
    localStorage.setItem(textSizeStorageKey, size);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
