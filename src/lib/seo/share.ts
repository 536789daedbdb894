// Share links: plain URLs of each service's share endpoint (no third-party script on our pages).

export type ShareService = 'whatsapp' | 'telegram' | 'x' | 'facebook' | 'email';

export interface ShareLink {
  service: ShareService;
  href: string;
}

export function shareLinks(url: string, title: string, emailBody: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  return [
    { service: 'whatsapp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { service: 'telegram', href: `https://t.me/share/url?url=${u}&text=${text}` },
    { service: 'x', href: `https://x.com/intent/post?url=${u}&text=${text}` },
    { service: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { service: 'email', href: `mailto:?subject=${text}&body=${encodeURIComponent(emailBody)}` },
  ];
}
