import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'security/measures',
  principle: 'data-security',
  article: 'GDPR Art. 32(1), Art. 35(7)(d)',
  severity: 'error',
  messages: {
    en: '{none?:no security measures are recorded}{undescribed?:the file does not describe measure {measure}}',
    nb: '{none?:ingen sikkerhetstiltak er registrert}{undescribed?:filen beskriver ikke tiltak {measure}}',
  },
  hint: {
    en: 'List the technical and organisational measures under `security.measures`, each with an `id`, a `type` (encryption, access-control, backup, logging, ...), a `description` of what is actually done and a `status` (implemented or planned).',
    nb: 'List opp de tekniske og organisatoriske tiltakene under `security.measures`, hvert med `id`, `type` (encryption, access-control, backup, logging, ...), en `description` av hva som faktisk gjøres, og `status` (implemented eller planned).',
  },
  why: {
    en: 'The controller must implement appropriate technical and organisational measures to ensure a level of security appropriate to the risk (Art. 32(1)), and the DPIA must describe the measures envisaged to address the risks (Art. 35(7)(d)). A measure without a description cannot be assessed or audited.',
    nb: 'Den behandlingsansvarlige skal gjennomføre egnede tekniske og organisatoriske tiltak for å oppnå et sikkerhetsnivå som er egnet med hensyn til risikoen (art. 32 nr. 1), og vurderingen skal beskrive de planlagte tiltakene for å håndtere risikoene (art. 35 nr. 7 bokstav d). Et tiltak uten beskrivelse kan verken vurderes eller kontrolleres.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures: []\n',
    good: 'schemaVersion: 1\nid: scoring\nsecurity:\n  measures:\n    - id: tls\n      type: encryption\n      description: TLS 1.2 or later between the CRM and the scoring service\n      status: implemented\n',
  },
  check({ data }, report) {
    const measures = list(data.security?.measures);
    if (measures.length === 0) {
      report(['security', 'measures'], { none: 'yes' });
      return;
    }
    measures.forEach((measure, index) => {
      if (!filled(measure?.description)) {
        report(['security', 'measures', index, 'description'], { undescribed: 'yes', measure: measure?.id ?? String(index + 1) });
      }
    });
  },
};
