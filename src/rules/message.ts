// Words come last: a finding's message is made from its rule's template and args when
// it is printed. `{name}` is replaced by an arg; `{name?:text}` shows text only when the
// arg is given and not empty (text may hold placeholders of its own).
import type { Args } from './types.ts';

export function formatMessage(template: string, args: Args): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) {
      out += template.slice(i);
      break;
    }
    out += template.slice(i, open);
    const close = matchingBrace(template, open);
    const inner = template.slice(open + 1, close);
    const conditional = /^(\w+)\?:([\s\S]*)$/.exec(inner);
    if (conditional) {
      const value = args[conditional[1]];
      if (value !== undefined && value !== '') out += formatMessage(conditional[2], args);
    } else {
      const value = args[inner];
      out += value === undefined ? `{${inner}}` : String(value);
    }
    i = close + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length - 1;
}
