import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// Art. 25 binds every controller for every processing, so the rule asks every file.
export const rule: Rule = {
  id: 'accountability/by-design',
  principle: 'accountability',
  article: 'GDPR Art. 25(1)-(2)',
  severity: 'error',
  messages: {
    en: 'the file does not record {missing?:how data protection is built into the design and what the processing does by default}{noDesign?:how data protection is built into the design (minimisation, pseudonymisation, separation of purposes)}{noDefaults?:what the processing does by default (only the data each purpose needs, who sees results, opt-outs, retention)}',
    nb: 'filen registrerer ikke {missing?:hvordan personvernet er bygget inn i løsningen, og hva behandlingen gjør som standard}{noDesign?:hvordan personvernet er bygget inn i løsningen (dataminimering, pseudonymisering, atskilte formål)}{noDefaults?:hva behandlingen gjør som standard (bare opplysningene hvert formål trenger, hvem som ser resultatene, reservasjoner, lagringstid)}',
  },
  hint: {
    en: 'Describe in `byDesign.design` the technical and organisational measures that put the principles into practice in this system (e.g. features limited to what the model needs, pseudonymised training data, scores kept apart from other purposes), and in `byDesign.defaults` what happens when nobody changes a setting: which data each purpose uses, who can see scores or AI outputs, which processing people must opt into or can opt out of, and when data is deleted.',
    nb: 'Beskriv i `byDesign.design` de tekniske og organisatoriske tiltakene som gjennomfører prinsippene i akkurat denne løsningen (f.eks. bare de feltene modellen trenger, pseudonymiserte treningsdata, poengsummer holdt atskilt fra andre formål), og i `byDesign.defaults` hva som skjer når ingen endrer en innstilling: hvilke opplysninger hvert formål bruker, hvem som kan se poengsummer eller KI-resultater, hvilken behandling folk må velge selv eller kan reservere seg mot, og når opplysningene slettes.',
  },
  why: {
    en: 'The controller must, both when deciding the means of processing and during it, implement appropriate technical and organisational measures, such as pseudonymisation, designed to implement the data protection principles, such as data minimisation, effectively (Art. 25(1)); and must ensure that by default only the personal data necessary for each specific purpose are processed, as to the amount collected, the extent of processing, the period of storage and accessibility, and that data are not by default made accessible to an indefinite number of people (Art. 25(2)). The DPIA is where these choices are recorded and weighed against the risks.',
    nb: 'Den behandlingsansvarlige skal, både når midlene for behandlingen fastsettes og under selve behandlingen, gjennomføre egnede tekniske og organisatoriske tiltak, f.eks. pseudonymisering, utformet for en effektiv gjennomføring av personvernprinsippene, f.eks. dataminimering (art. 25 nr. 1), og sørge for at det som standard bare behandles personopplysninger som er nødvendige for hvert spesifikke formål, med hensyn til mengden som samles inn, hvor omfattende de behandles, hvor lenge de lagres og hvem som har tilgang, og at de som standard ikke gjøres tilgjengelige for et ubegrenset antall personer (art. 25 nr. 2, innebygd personvern og personvern som standardinnstilling). Vurderingen av personvernkonsekvenser er stedet der disse valgene registreres og veies mot risikoene.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\nbyDesign:\n  design: The model uses banded features only; training data is pseudonymised\n',
    good: 'schemaVersion: 1\nid: lead-scoring\nbyDesign:\n  design: The model uses banded features only; training data is pseudonymised\n  defaults: Scores are visible only to sales in the lead\'s territory; leads are not scored after an objection; scores are deleted after 13 months\n',
  },
  check({ data }, report) {
    const byDesign = data.byDesign;
    const design = filled(byDesign?.design);
    const defaults = filled(byDesign?.defaults);
    if (!design && !defaults) {
      report(['byDesign'], { missing: 'yes' });
      return;
    }
    if (!design) report(['byDesign', 'design'], { noDesign: 'yes' });
    if (!defaults) report(['byDesign', 'defaults'], { noDefaults: 'yes' });
  },
};
