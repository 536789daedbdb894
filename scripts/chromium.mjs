// Debian's Chromium (apt-get install -y chromium) and the flags every tool here starts it with:
// no sandbox (root in CI), no GPU, and none of the background connections a closed network refuses.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
