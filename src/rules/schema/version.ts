import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'schema/version',
  principle: 'structure',
  article: 'GDPR Art. 5(2)',
  severity: 'warning',
  messages: {
    en: 'the file does not say which version of the file format it uses; it is read as schemaVersion 1',
    nb: 'filen sier ikke hvilken versjon av filformatet den bruker; den leses som schemaVersion 1',
  },
  hint: {
    en: 'Add `schemaVersion: 1` at the top of the file, so that later versions of dpia read it the same way (and can migrate it).',
    nb: 'Legg til `schemaVersion: 1` øverst i filen, så leser senere versjoner av dpia den på samme måte (og kan migrere den).',
  },
  why: {
    en: 'An assessment is kept for years as evidence of compliance (accountability, Art. 5(2)); the format version lets newer tools read, migrate or refuse an old file instead of misreading it.',
    nb: 'En vurdering oppbevares i årevis som dokumentasjon på etterlevelse (ansvarlighet, art. 5 nr. 2); formatversjonen gjør at nyere verktøy kan lese, migrere eller avvise en gammel fil i stedet for å lese den feil.',
  },
  example: {
    bad: 'id: lead-scoring\ntitle: AI lead scoring in the CRM\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ntitle: AI lead scoring in the CRM\n',
  },
  check({ data }, report) {
    // A value of the wrong type is schema/invalid's finding; the engine drops a report
    // at a path that is already invalid, so only a really absent key shows up here.
    if (!('schemaVersion' in data)) report(['schemaVersion']);
  },
};
