import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

// A plan needs someone who carries it out and a date to check it against; whether the
// date has passed is security/overdue's question.
export const rule: Rule = {
  id: 'security/planned-measure',
  principle: 'data-security',
  article: 'GDPR Art. 32(1), Art. 35(7)(d)',
  severity: 'warning',
  messages: {
    en: '{noDue?:planned measure {measure} has no due date recorded}{noOwner?:planned measure {measure} has no owner recorded}',
    nb: '{noDue?:planlagt tiltak {measure} har ingen registrert frist}{noOwner?:planlagt tiltak {measure} har ingen registrert ansvarlig}',
  },
  hint: {
    en: 'Give every planned measure an `owner` (a role or team that will carry it out) and a `due` date (YYYY-MM-DD) by which it will be in place, agreed with that owner. Until then, the risks it treats should be scored as if it were not there.',
    nb: 'Gi hvert planlagte tiltak en ansvarlig (`owner`: rollen eller teamet som skal gjennomføre det) og en frist (`due`, ÅÅÅÅ-MM-DD) for når det skal være på plass, avtalt med den ansvarlige. Fram til da bør risikoene tiltaket skal håndtere, vurderes som om det ikke fantes.',
  },
  why: {
    en: 'A DPIA must set out the measures envisaged to address the risks (Art. 35(7)(d)), and security measures must actually be implemented (Art. 32(1)). The residual risk in the assessment assumes that planned measures will be in place; a plan without an owner or a date cannot be followed up, and no one can tell when the assessment stops describing reality.',
    nb: 'En vurdering av personvernkonsekvenser skal beskrive tiltakene som planlegges for å håndtere risikoene (art. 35 nr. 7 bokstav d), og sikkerhetstiltak skal faktisk gjennomføres (art. 32 nr. 1). Restrisikoen i vurderingen forutsetter at de planlagte tiltakene kommer på plass; en plan uten ansvarlig eller frist kan ikke følges opp, og ingen kan se når vurderingen slutter å beskrive virkeligheten.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: pseudonymise\n      type: pseudonymisation\n      description: Replace names with keys before scoring\n      status: planned\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: pseudonymise\n      type: pseudonymisation\n      description: Replace names with keys before scoring\n      status: planned\n      owner: CRM team\n      due: 2099-01-31\n',
  },
  check({ data }, report) {
    list(data.security?.measures).forEach((measure, index) => {
      if (measure?.status !== 'planned') return;
      const path = ['security', 'measures', index];
      const name = measure.id ?? String(index + 1);
      if (!filled(measure.due)) report([...path, 'due'], { noDue: 'yes', measure: name });
      if (!filled(measure.owner)) report([...path, 'owner'], { noOwner: 'yes', measure: name });
    });
  },
};
