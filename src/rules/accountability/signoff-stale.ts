import { changedSections, contentHash } from '../../model/hash.ts';
import { list } from '../facts.ts';
import type { Rule } from '../types.ts';

// A hash cannot say what changed; `approve` also stores a short hash per top-level
// section, so the finding can name the sections that changed since the sign-off.
export const rule: Rule = {
  id: 'accountability/signoff-stale',
  principle: 'accountability',
  article: 'GDPR Art. 5(2), Art. 24(1)',
  severity: 'error',
  messages: {
    en: 'the sign-off by {role}{name?: {name}}{date?: on {date}} {changed?:no longer matches: the assessment has changed since it was signed}{sections?: (changed: {sections})}{noHash?:has no content hash, so it cannot show what was signed}',
    nb: 'godkjenningen fra {role}{name?: {name}}{date?: datert {date}} {changed?:stemmer ikke lenger: vurderingen er endret etter at den ble signert}{sections?: (endret: {sections})}{noHash?:mangler innholdshash, så den kan ikke vise hva som ble signert}',
  },
  hint: {
    en: 'If the change is a new revision, run `dpia bump FILE -m "what changed"` and sign again; if the change is part of the signed version, sign again with `dpia approve FILE --role ROLE --name NAME`. Use `dpia diff` to see what changed.',
    nb: 'Er endringen en ny revisjon, kjør `dpia bump FIL -m "hva som er endret"` og signer på nytt; hører endringen til den signerte versjonen, signer på nytt med `dpia approve FIL --role ROLLE --name NAVN`. Bruk `dpia diff` for å se hva som er endret.',
  },
  why: {
    en: 'A sign-off binds to the content that was signed (a SHA-256 hash of everything except signoffs, history and status). If the content changed afterwards, the approval no longer covers what the file says, and the controller cannot demonstrate that the current assessment was approved (Art. 5(2), Art. 24(1)).',
    nb: 'En godkjenning er knyttet til innholdet som ble signert (en SHA-256-hash av alt unntatt signoffs, history og status). Er innholdet endret etterpå, dekker godkjenningen ikke lenger det filen sier, og den behandlingsansvarlige kan ikke påvise at den gjeldende vurderingen er godkjent (art. 5 nr. 2, art. 24 nr. 1).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nversion: "1.0"\nsignoffs:\n  - role: dpo\n    name: Kari Nordmann\n    date: 2026-03-01\n    version: "1.0"\n    contentHash: sha256:0000000000000000000000000000000000000000000000000000000000000000\n',
    good: 'schemaVersion: 1\nid: scoring\nversion: "1.1"\nsignoffs:\n  - role: dpo\n    name: Kari Nordmann\n    date: 2026-03-01\n    version: "1.0"\n    contentHash: sha256:0000000000000000000000000000000000000000000000000000000000000000\n',
  },
  check({ data }, report) {
    const signoffs = list(data.signoffs);
    if (signoffs.length === 0) return;
    const current = contentHash(data as Record<string, unknown>);
    signoffs.forEach((signoff, index) => {
      // Sign-offs of earlier versions are history; they were meant for other content.
      if (!signoff || signoff.version !== data.version) return;
      const who = { role: signoff.role ?? '?', name: signoff.name ?? '', date: signoff.date ?? '' };
      if (!signoff.contentHash) report(['signoffs', index], { ...who, noHash: 'yes' });
      else if (signoff.contentHash !== current) {
        const signed = signoff.sections && typeof signoff.sections === 'object' ? signoff.sections : undefined;
        const sections = signed ? changedSections(signed, data as Record<string, unknown>).join(', ') : '';
        report(['signoffs', index], { ...who, changed: 'yes', sections });
      }
    });
  },
};
