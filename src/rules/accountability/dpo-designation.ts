import { mergeController } from '../../model/parties.ts';
import { dpoDesignated, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'accountability/dpo-designation',
  principle: 'accountability',
  article: 'GDPR Art. 37(1)',
  severity: 'error',
  messages: {
    en: 'the file names no data protection officer and does not record why Art. 37(1) does not require one',
    nb: 'filen navngir ikke noe personvernombud og registrerer ikke hvorfor art. 37 nr. 1 ikke krever et',
  },
  hint: {
    en: "Either name the DPO in `controller.dpo` (here or in dpia.config.yaml), or record in `controller.noDpoReason` the analysis that none is required: the controller is not a public authority, and its core activities are neither large-scale regular and systematic monitoring of people nor large-scale processing of special-category or criminal-offence data (Art. 37(1)(a)-(c)).",
    nb: 'Navngi personvernombudet i `controller.dpo` (her eller i dpia.config.yaml), eller skriv i `controller.noDpoReason` vurderingen av at det ikke kreves: den behandlingsansvarlige er ikke en offentlig myndighet, og kjerneaktiviteten består verken av regelmessig og systematisk overvåking av registrerte i stor skala eller av behandling i stor skala av særlige kategorier av personopplysninger eller opplysninger om straffedommer og lovovertredelser (art. 37 nr. 1 bokstav a til c).',
  },
  why: {
    en: "A DPO is mandatory for public authorities and where the core activities consist of large-scale regular and systematic monitoring or large-scale processing of Art. 9 or Art. 10 data (Art. 37(1)); otherwise it is optional, and the DPO's contact in the notice (Art. 13(1)(b), 14(1)(b)) and advice on the DPIA (Art. 35(2)) apply only where one is designated. The WP29 guidelines on DPOs (WP243 rev.01) recommend documenting the analysis behind a decision not to designate one, unless it is obvious.",
    nb: 'Personvernombud er påkrevd for offentlige myndigheter og der kjerneaktiviteten består av regelmessig og systematisk overvåking i stor skala eller behandling i stor skala av opplysninger etter art. 9 eller art. 10 (art. 37 nr. 1); ellers er det frivillig, og ombudets kontaktopplysninger i personvernerklæringen (art. 13 nr. 1 bokstav b, art. 14 nr. 1 bokstav b) og rådet om vurderingen (art. 35 nr. 2) gjelder bare når et ombud er utpekt. Artikkel 29-gruppens retningslinjer om personvernombud (WP243 rev.01) anbefaler å dokumentere vurderingen bak en beslutning om ikke å utpeke et ombud, med mindre svaret er åpenbart.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ncontroller:\n  name: Kvarts Software AS\n',
    good: 'schemaVersion: 1\nid: scoring\ncontroller:\n  name: Kvarts Software AS\n  type: private\n  noDpoReason: >-\n    A software company of 40 people. Not a public authority; our core activity is\n    developing and selling software. Lead scoring supports sales and is ancillary;\n    no special-category or criminal-offence data is processed. Reviewed 2026-03-01.\n',
  },
  check({ data, config }, report) {
    const controller = mergeController(data, config);
    if (dpoDesignated(controller) || filled(controller.noDpoReason)) return;
    report(['controller', 'noDpoReason']);
  },
};
