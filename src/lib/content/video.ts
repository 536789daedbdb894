// Video links an editor pastes (YouTube, Vimeo) turned into what the privacy-friendly <Video>
// component needs: the page to link to, and the player URL loaded only after the reader clicks.

export type VideoProvider = 'youtube' | 'vimeo';

export interface VideoSource {
  provider: VideoProvider;
  /** The host's name for display: "YouTube". */
  providerName: string;
  id: string;
  /** The public page (the link readers follow without JavaScript). */
  watchUrl: string;
  /** The player, from the privacy-enhanced host, started on load (the reader already clicked). */
  embedUrl: string;
}

/** Origins the players load from: the CSP's frame-src must allow them. */
export const videoEmbedOrigins = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const youtubeId = /^[A-Za-z0-9_-]{11}$/;

/** "1m30s", "90", "90s" → 90. */
function parseStart(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value);
  if (!match || !match[0]) return undefined;
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  return seconds > 0 ? seconds : undefined;
}

function youtube(id: string, start?: number): VideoSource {
  const startQuery = start ? `&start=${start}` : '';
  return {
    provider: 'youtube',
    providerName: 'YouTube',
    id,
    watchUrl: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
    embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1${startQuery}`,
  };
}

/** The video behind a YouTube or Vimeo URL, or undefined when the URL is not one we can embed. */
export function parseVideoUrl(input: string): VideoSource | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  const start = parseStart(url.searchParams.get('t') ?? url.searchParams.get('start'));

  if (host === 'youtu.be' && segments[0] && youtubeId.test(segments[0])) return youtube(segments[0], start);
  if (youtubeHosts.has(host)) {
    const v = url.searchParams.get('v');
    if (segments[0] === 'watch' && v && youtubeId.test(v)) return youtube(v, start);
    if (['embed', 'shorts', 'live', 'v'].includes(segments[0] ?? '') && segments[1] && youtubeId.test(segments[1])) {
      return youtube(segments[1], start);
    }
    return undefined;
  }
  if (host === 'vimeo.com' || host === 'www.vimeo.com' || host === 'player.vimeo.com') {
    const id = [...segments].reverse().find((segment) => /^\d+$/.test(segment));
    if (!id) return undefined;
    return {
      provider: 'vimeo',
      providerName: 'Vimeo',
      id,
      watchUrl: `https://vimeo.com/${id}`,
      embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
    };
  }
  return undefined;
}
