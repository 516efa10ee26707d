import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/overdue',
  principle: 'data-security',
  article: 'GDPR Art. 32(1), Art. 35(7)(d)',
  severity: 'error',
  messages: {
    en: '{overdue?:planned measure {measure} was due on {due}, and the file still records it as planned, not implemented}',
    nb: '{overdue?:planlagt tiltak {measure} hadde frist {due}, og filen registrerer det fortsatt som planlagt, ikke gjennomført}',
  },
  hint: {
    en: 'Implement the measure and set `status: implemented`, or agree a new `due` date with its `owner` and check whether the risk assessment still holds meanwhile.',
    nb: 'Gjennomfør tiltaket og sett `status: implemented`, eller avtal en ny frist (`due`) med den ansvarlige (`owner`) og sjekk om risikovurderingen fortsatt holder i mellomtiden.',
  },
  why: {
    en: 'The residual risk in a DPIA assumes that the measures envisaged (Art. 35(7)(d)) are in place; security measures must actually be implemented (Art. 32(1)). A measure past its due date means the assessment no longer describes reality. (A planned measure without a date or owner is a finding of security/planned-measure.)',
    nb: 'Restrisikoen i vurderingen forutsetter at de planlagte tiltakene (art. 35 nr. 7 bokstav d) er på plass; sikkerhetstiltak skal faktisk gjennomføres (art. 32 nr. 1). Et tiltak som har passert fristen, betyr at vurderingen ikke lenger beskriver virkeligheten. (Et planlagt tiltak uten frist eller ansvarlig er et funn for security/planned-measure.)',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: pseudonymise\n      type: pseudonymisation\n      description: Replace names with keys before scoring\n      status: planned\n      owner: CRM team\n      due: 2020-01-31\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: pseudonymise\n      type: pseudonymisation\n      description: Replace names with keys before scoring\n      status: planned\n      owner: CRM team\n      due: 2099-01-31\n',
  },
  check({ data, today }, report) {
    list(data.security?.measures).forEach((measure, index) => {
      if (measure?.status !== 'planned') return;
      const path = ['security', 'measures', index];
      const name = measure.id ?? String(index + 1);
      // A missing date is security/planned-measure's. Dates are YYYY-MM-DD (the schema's
      // pattern), so string order is date order.
      if (filled(measure.due) && measure.due! < today) report([...path, 'due'], { overdue: 'yes', measure: name, due: measure.due! });
    });
  },
};
