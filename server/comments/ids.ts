// Comment ids: sortable by time, unguessable ("m3x9k2ab-4f1c2e9a"). The pattern they match is
// commentIdPattern in src/lib/comments/validation.ts (the content collection checks it too).
export function newCommentId(now: number): string {
  const random = crypto.getRandomValues(new Uint8Array(4));
  return `${now.toString(36)}-${[...random].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
