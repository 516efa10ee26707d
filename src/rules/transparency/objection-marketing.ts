import { hasKind, list } from '../facts.ts';
import { directMarketing } from '../right-to-object.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/objection-marketing',
  principle: 'transparency',
  article: 'GDPR Art. 21(2)-(3)',
  severity: 'error',
  messages: {
    en: 'purpose {purpose} is direct marketing{profiling?: with profiling related to it}, but the file {unset?:does not record}{notAlways?:records} that an objection {unset?:always stops}{notAlways?:does not always stop} the processing for it',
    nb: 'formålet {purpose} er direkte markedsføring{profiling?: med profilering knyttet til den}, men filen {unset?:registrerer ikke at en protest alltid stanser}{notAlways?:registrerer at en protest ikke alltid stanser} behandlingen for formålet',
  },
  hint: {
    en: 'An objection to direct marketing, including profiling related to it, ends the processing for that purpose without any balancing: set `objection.alwaysStops: true` and make it so (a suppression flag that the marketing and scoring jobs respect), and say in `objection.how` how people object. If the purpose is not direct marketing, remove `direct-marketing` from its `kinds`.',
    nb: 'En protest mot direkte markedsføring, herunder profilering knyttet til slik markedsføring, avslutter behandlingen for formålet uten noen avveining: sett `objection.alwaysStops: true` og sørg for at det skjer (et sperreflagg som markedsførings- og poengjobbene respekterer), og beskriv i `objection.how` hvordan de registrerte protesterer. Er formålet ikke direkte markedsføring, fjern `direct-marketing` fra `kinds`.',
  },
  why: {
    en: 'Where personal data are processed for direct marketing, people may object at any time, and this includes profiling to the extent that it is related to such marketing (Art. 21(2)). When they object, the data may no longer be processed for that purpose (Art. 21(3)): unlike Art. 21(1), the controller cannot weigh compelling grounds against the objection.',
    nb: 'Når personopplysninger behandles for direkte markedsføring, kan den registrerte når som helst protestere, også mot profilering i den grad den er knyttet til slik markedsføring (art. 21 nr. 2). Protesterer den registrerte, skal opplysningene ikke lenger behandles for dette formålet (art. 21 nr. 3): i motsetning til art. 21 nr. 1 kan den behandlingsansvarlige ikke veie tvingende grunner mot protesten.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: nurture\npurposes:\n  - id: nurture-emails\n    kinds: [profiling, direct-marketing]\n    legalBasis: legitimate-interests\n',
    good: 'schemaVersion: 1\nid: nurture\npurposes:\n  - id: nurture-emails\n    kinds: [profiling, direct-marketing]\n    legalBasis: legitimate-interests\n    objection:\n      how: The unsubscribe link in every e-mail, or personvern@kvarts.example\n      alwaysStops: true\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (!purpose || !directMarketing(purpose) || purpose.objection?.alwaysStops === true) return;
      report(['purposes', index, 'objection', 'alwaysStops'], {
        purpose: purpose.id ?? String(index + 1),
        profiling: hasKind(purpose, 'profiling') ? 'yes' : '',
        notAlways: purpose.objection?.alwaysStops === false ? 'yes' : '',
        unset: purpose.objection?.alwaysStops === false ? '' : 'yes',
      });
    });
  },
};
