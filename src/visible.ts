// Text from outside (file names, git refs, values of a file) on one line: control
// characters would break the one-line-per-message layout or drive the terminal, so every
// printer of messages shows them escaped. Kept free of imports: `check` loads it.

/** `text` with every control character shown as an escape: `\n`, `\r`, `\t`, `\x1b`. */
export function visible(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
