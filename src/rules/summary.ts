// One line that says what a rule reports, made from its message template, for the
// rule list, the generated docs and SARIF's shortDescription. A template made only of
// conditional parts holds alternatives ("{missing?:A}{harder?:B}" → "A / B"); a
// conditional after plain text is an optional addition and is left out.
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

/** Placeholders become `<name>`; optional additions are dropped. */
export function summariseTemplate(template: string): string {
  const all = parts(template);
  const alternatives = all.every((p) => p.kind === 'when' || (p.kind === 'text' && p.text.trim() === ''));
  if (alternatives && all.some((p) => p.kind === 'when')) {
    return all.filter((p) => p.kind === 'when').map((p) => summariseTemplate((p as { body: string }).body)).join(' / ');
  }
  return all.map((p) => (p.kind === 'text' ? p.text : p.kind === 'arg' ? `<${p.name}>` : '')).join('').trim();
}

export function ruleSummary(rule: Pick<Rule, 'messages'>, lang: 'en' | 'nb'): string {
  return summariseTemplate(rule.messages[lang]);
}

/** The HTML anchor of a rule's section in docs/rules.md: `consent/withdrawal` → `consent-withdrawal`. */
export function ruleAnchor(id: string): string {
  return id.replace(/[^a-z0-9]+/g, '-');
}
