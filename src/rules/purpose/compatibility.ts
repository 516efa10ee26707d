import { filled, hasKind, list } from '../facts.ts';
import type { Purpose } from '../../model/schema.ts';
import type { Rule } from '../types.ts';
import { nameOf, namesLaw } from '../legal-basis/basis-facts.ts';

const FACTORS = [['link', 'a'], ['context', 'b'], ['nature', 'c'], ['consequences', 'd'], ['safeguards', 'e']] as const;

// Art. 6(4) spares only further processing based on consent or on a Union or member-state
// law (one that safeguards an Art. 23(1) objective). A legal obligation or public task is
// such a law only when the file names it; an unnamed one is legal-basis/law's finding and
// leaves the compatibility question open here.
function exempt(purpose: Purpose): boolean {
  return purpose.legalBasis === 'consent' || namesLaw(purpose);
}

export const rule: Rule = {
  id: 'purpose/compatibility',
  principle: 'purpose',
  article: 'GDPR Art. 6(4), Art. 5(1)(b)',
  severity: 'error',
  messages: {
    en: '{factor?:purpose {purpose} uses data collected for another purpose, but its compatibility assessment does not record `{factor}` (Art. 6(4)({point}))}{conclusion?:purpose {purpose} uses data collected for another purpose, but the file does not record whether the further processing is compatible with the purpose of collection (`compatible`)}{incompatible?:purpose {purpose}: the file concludes that the further processing is not compatible with the purpose of collection, so it needs the person\'s consent or a basis in Union or member-state law, or must stop}{unstated?:purpose {purpose} trains a model, but the file does not record whether the training reuses data collected for another purpose (`furtherProcessing`)}',
    nb: '{factor?:formål {purpose} bruker opplysninger som ble samlet inn for et annet formål, men forenlighetsvurderingen angir ikke `{factor}` (art. 6 nr. 4 bokstav {point})}{conclusion?:formål {purpose} bruker opplysninger som ble samlet inn for et annet formål, men det er ikke angitt om viderebehandlingen er forenlig med formålet opplysningene ble samlet inn for (`compatible`)}{incompatible?:formål {purpose}: vurderingen konkluderer med at viderebehandlingen ikke er forenlig med formålet opplysningene ble samlet inn for, så den krever samtykke fra den registrerte eller et grunnlag i unionsretten eller nasjonal rett, ellers må den stanses}{unstated?:formål {purpose} trener en modell, men det er ikke angitt om treningen gjenbruker opplysninger som ble samlet inn for et annet formål (`furtherProcessing`)}',
  },
  hint: {
    en: 'Set `furtherProcessing` on the purpose (true when it uses data first collected for another purpose, e.g. a model trained on CRM history). Where it is true and the purpose rests on neither consent nor a named law, record under `compatibility`: `link` between the purposes, `context` of collection and what people expect, `nature` of the data (special categories, offences), `consequences` for the people, `safeguards` such as pseudonymisation, and the conclusion `compatible`. If the reuse is not compatible, ask for consent, point to a law that provides for it, or stop it.',
    nb: 'Sett `furtherProcessing` på formålet (true når det bruker opplysninger som først ble samlet inn for et annet formål, f.eks. en modell som trenes på historikk fra CRM). Er den true og formålet bygger verken på samtykke eller på en angitt lov, fyll ut under `compatibility`: `link` (sammenhengen mellom formålene), `context` (sammenhengen opplysningene ble samlet inn i og hva de registrerte forventer), `nature` (opplysningenes art: særlige kategorier, straffbare forhold), `consequences` (mulige konsekvenser for de registrerte), `safeguards` (garantier som pseudonymisering) og konklusjonen `compatible`. Er viderebehandlingen ikke forenlig, be om samtykke, vis til en lov som gir adgang til den, eller stans den.',
  },
  why: {
    en: 'Personal data may not be further processed in a manner incompatible with the purposes for which it was collected (Art. 5(1)(b)). Where processing for another purpose is based neither on consent nor on a Union or member-state law that is a necessary and proportionate measure to safeguard an objective in Art. 23(1), the controller must take into account, among other things, (a) the link between the purposes, (b) the context of collection and the relationship with the people, (c) the nature of the data, (d) the possible consequences and (e) appropriate safeguards (Art. 6(4)). A compatible further purpose still needs its own basis under Art. 6(1); that is Datatilsynet\'s view too.',
    nb: 'Personopplysninger skal ikke viderebehandles på en måte som er uforenlig med formålene de ble samlet inn for (art. 5 nr. 1 bokstav b). Når behandling for et annet formål verken bygger på samtykke eller på unionsretten eller nasjonal rett som er et nødvendig og forholdsmessig tiltak for å ivareta målene i art. 23 nr. 1, skal den behandlingsansvarlige blant annet ta hensyn til a) sammenhengen mellom formålene, b) sammenhengen opplysningene ble samlet inn i og forholdet til de registrerte, c) opplysningenes art, d) mulige konsekvenser og e) nødvendige garantier (art. 6 nr. 4). Et forenlig nytt formål trenger fortsatt sitt eget behandlingsgrunnlag etter art. 6 nr. 1; det mener også Datatilsynet.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: model-training\n    kinds: [model-training]\n    legalBasis: legitimate-interests\n',
    good: 'schemaVersion: 1\nid: lead-scoring\npurposes:\n  - id: model-training\n    kinds: [model-training]\n    legalBasis: legitimate-interests\n    furtherProcessing: true\n    compatibility:\n      link: The model ranks the same enquiries the data was collected to answer\n      context: Business contacts who asked to be contacted expect their enquiry to be prioritised\n      nature: Work contact data and activity with us; no special categories or offence data\n      consequences: None for the individual beyond the score itself\n      safeguards: Pseudonymised training extract; objectors are excluded\n      compatible: true\n',
  },
  check({ data }, report) {
    list(data.purposes).forEach((purpose, index) => {
      if (exempt(purpose)) return;
      const name = nameOf(purpose, index);
      if (purpose.furtherProcessing === undefined) {
        if (hasKind(purpose, 'model-training')) report(['purposes', index, 'furtherProcessing'], { purpose: name, unstated: 'yes' });
        return;
      }
      if (purpose.furtherProcessing !== true) return;
      const assessment = purpose.compatibility;
      // Once the file concludes "not compatible", the missing factors no longer matter.
      if (assessment?.compatible === false) {
        report(['purposes', index, 'compatibility', 'compatible'], { purpose: name, incompatible: 'yes' });
        return;
      }
      for (const [factor, point] of FACTORS) {
        if (!filled(assessment?.[factor])) report(['purposes', index, 'compatibility', factor], { purpose: name, factor, point });
      }
      if (assessment?.compatible === undefined) report(['purposes', index, 'compatibility', 'compatible'], { purpose: name, conclusion: 'yes' });
    });
  },
};
