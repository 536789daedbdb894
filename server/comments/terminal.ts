// Text from the database shown in a terminal: control characters (ESC and the rest of C0/C1, DEL)
// and bidirectional overrides are shown as visible escapes, so stored text can never move the
// cursor, change colours, rewrite the screen or reorder the moderator's terminal line.
const unsafe =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function forTerminal(text: string, { keepNewlines = false } = {}): string {
  return text.replace(
    keepNewlines
      ? unsafe
      : /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (char) =>
      char === '\n' && keepNewlines
        ? char
        : char === '\t'
          ? ' '
          : `\\u{${char.codePointAt(0)!.toString(16)}}`,
  );
}
