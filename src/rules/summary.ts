// One line that says what a rule reports, made from its message template, for the
// rule list, the generated docs and SARIF's shortDescription. A template made only of
// adjacent conditional parts are alternatives ("{missing?:A}{harder?:B}" → "A / B"); a
// lone conditional at the end after plain text is an optional addition and is left out.
import type { Rule } from './types.ts';

type Part = { kind: 'text'; text: string } | { kind: 'arg'; name: string } | { kind: 'when'; name: string; body: string };

function parts(template: string): Part[] {
  const out: Part[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) {
      out.push({ kind: 'text', text: template.slice(i) });
      break;
    }
    if (open > i) out.push({ kind: 'text', text: template.slice(i, open) });
    let depth = 0;
    let close = template.length - 1;
    for (let j = open; j < template.length; j++) {
      if (template[j] === '{') depth++;
      else if (template[j] === '}' && --depth === 0) {
        close = j;
        break;
      }
    }
    const inner = template.slice(open + 1, close);
    const conditional = /^(\w+)\?:([\s\S]*)$/.exec(inner);
    out.push(conditional ? { kind: 'when', name: conditional[1], body: conditional[2] } : { kind: 'arg', name: inner });
    i = close + 1;
  }
  return out;
}

/** Placeholders become `<name>`; adjacent conditionals are alternatives; a last lone one is optional. */
export function summariseTemplate(template: string): string {
  const all = parts(template);
  let out = '';
  for (let i = 0; i < all.length; i++) {
    const part = all[i];
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'arg') out += `<${part.name}>`;
    else {
      const run: string[] = [];
      for (; i < all.length && all[i].kind === 'when'; i++) run.push(summariseTemplate((all[i] as { body: string }).body));
      i--;
      const optionalTail = run.length === 1 && i === all.length - 1 && out.trim() !== '';
      if (!optionalTail) out += run.join(' / ');
    }
  }
  return out.trim();
}

export function ruleSummary(rule: Pick<Rule, 'messages'>, lang: 'en' | 'nb'): string {
  return summariseTemplate(rule.messages[lang]);
}

/** The HTML anchor of a rule's section in docs/rules.md: `consent/withdrawal` → `consent-withdrawal`. */
export function ruleAnchor(id: string): string {
  return id.replace(/[^a-z0-9]+/g, '-');
}
