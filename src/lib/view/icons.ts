// The site's icons as SVG path data, self-hosted: brand marks from the simple-icons package (CC0,
// read at build time, nothing loaded from elsewhere) and a few plain line icons of our own.
import x from 'simple-icons/icons/x.svg?raw';
import whatsapp from 'simple-icons/icons/whatsapp.svg?raw';
import telegram from 'simple-icons/icons/telegram.svg?raw';
import facebook from 'simple-icons/icons/facebook.svg?raw';
import instagram from 'simple-icons/icons/instagram.svg?raw';
import youtube from 'simple-icons/icons/youtube.svg?raw';

export type IconName =
  | 'x'
  | 'whatsapp'
  | 'telegram'
  | 'facebook'
  | 'instagram'
  | 'youtube'
  | 'email'
  | 'link'
  | 'share'
  | 'website'
  | 'linkedin';

export interface IconShape {
  /** Filled brand marks or stroked line icons. */
  style: 'fill' | 'stroke';
  paths: string[];
}

/** The `d` of the single path of a simple-icons SVG file. */
export function brandPath(svg: string): string {
  const match = /<path\s+d="([^"]+)"/.exec(svg);
  if (!match) throw new Error('simple-icons: no path in the icon file');
  return match[1]!;
}

const brand = (svg: string): IconShape => ({ style: 'fill', paths: [brandPath(svg)] });

export const icons: Record<IconName, IconShape> = {
  x: brand(x),
  whatsapp: brand(whatsapp),
  telegram: brand(telegram),
  facebook: brand(facebook),
  instagram: brand(instagram),
  youtube: brand(youtube),
  email: { style: 'stroke', paths: ['M3 6h18v12H3z', 'm3 7 9 6 9-6'] },
  link: {
    style: 'stroke',
    paths: [
      'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1',
      'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
    ],
  },
  share: {
    style: 'stroke',
    paths: [
      'M18 8a3 3 0 1 0 0-.01',
      'M6 15a3 3 0 1 0 0-.01',
      'M18 22a3 3 0 1 0 0-.01',
      'm8.6 13.5 6.8-4',
      'm8.6 16.5 6.8 4',
    ],
  },
  website: {
    style: 'stroke',
    paths: [
      'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18',
      'M3 12h18',
      'M12 3c3 3.5 3 14.5 0 18',
      'M12 3c-3 3.5-3 14.5 0 18',
    ],
  },
  // LinkedIn's mark is not in simple-icons (the company asked for its removal): a plain "in" box.
  linkedin: {
    style: 'stroke',
    paths: ['M4 4h16v16H4z', 'M8 10v6', 'M8 7.5v.01', 'M12 16v-6', 'M12 12.5a2.5 2.5 0 0 1 5 0V16'],
  },
};
