import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/overdue',
  principle: 'data-security',
  article: 'GDPR Art. 32(1), Art. 35(7)(d)',
  severity: 'error',
  messages: {
    en: '{overdue?:planned measure {measure} was due on {due} and is still not implemented}{noDue?:planned measure {measure} has no due date}{noOwner?:planned measure {measure} has no owner}',
    nb: '{overdue?:planlagt tiltak {measure} hadde frist {due} og er ennå ikke gjennomført}{noDue?:planlagt tiltak {measure} har ingen frist}{noOwner?:planlagt tiltak {measure} har ingen ansvarlig}',
  },
  hint: {
    en: 'Implement the measure and set `status: implemented`, or agree a new `due` date with its `owner` and check whether the risk assessment still holds meanwhile. Every planned measure needs an `owner` and a `due` date.',
    nb: 'Gjennomfør tiltaket og sett `status: implemented`, eller avtal en ny frist (`due`) med den ansvarlige (`owner`) og sjekk om risikovurderingen fortsatt holder i mellomtiden. Hvert planlagte tiltak trenger en ansvarlig (`owner`) og en frist (`due`).',
  },
  why: {
    en: 'The residual risk in a DPIA assumes that the measures envisaged (Art. 35(7)(d)) are in place; security measures must actually be implemented (Art. 32(1)). A plan without an owner and a date is not a plan, and an overdue measure means the assessment no longer describes reality.',
    nb: 'Restrisikoen i vurderingen forutsetter at de planlagte tiltakene (art. 35 nr. 7 bokstav d) er på plass; sikkerhetstiltak skal faktisk gjennomføres (art. 32 nr. 1). En plan uten ansvarlig og frist er ingen plan, og et tiltak på overtid betyr at vurderingen ikke lenger beskriver virkeligheten.',
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
      // Dates are YYYY-MM-DD (the schema's pattern), so string order is date order.
      if (!filled(measure.due)) report([...path, 'due'], { noDue: 'yes', measure: name });
      else if (measure.due! < today) report([...path, 'due'], { overdue: 'yes', measure: name, due: measure.due! });
      if (!filled(measure.owner)) report([...path, 'owner'], { noOwner: 'yes', measure: name });
    });
  },
};
