// Consent: asked only when a purpose relies on it (Art. 6(1)(a), 9(2)(a) or 22(2)(c)); after
// the data section, so that children among the data subjects are known (Art. 8).
import { childrenConcerned, needsExplicitConsent, reliesOnConsent } from '../../rules/facts.ts';
import { questions, t, type Section } from '../types.ts';

export const consentSection: Section = {
  name: 'consent',
  title: t('Consent', 'Samtykke'),
  when: ({ data }) => reliesOnConsent(data),
  questions: questions([
    { id: 'consent.mechanism', kind: 'text', message: t('How is consent asked for and given?', 'Hvordan bes det om samtykke, og hvordan gis det?'),
      help: t('Consent must be a clear, recorded choice.', 'Samtykke skal være et klart, registrert valg.'), principle: 'consent', article: 'GDPR Art. 4(11), 7' },
    { id: 'consent.freelyGiven', kind: 'text', message: t('Why is it freely given? (no imbalance, not a condition of the contract, no detriment for saying no)', 'Hvorfor er det frivillig? (ingen ubalanse, ikke et vilkår for avtalen, ingen ulempe ved å si nei)'),
      help: t('Consent tied to a service that does not need it is not free.', 'Samtykke som er koblet til en tjeneste som ikke trenger det, er ikke frivillig.'), principle: 'consent', article: 'GDPR Art. 7(4), recital 43' },
    { id: 'consent.specific', kind: 'text', message: t('How is consent asked separately for each purpose (no bundling)?', 'Hvordan bes det om samtykke for hvert formål for seg (ingen bunting)?'),
      help: t('One tick for many purposes is not specific.', 'Ett kryss for mange formål er ikke spesifikt.'), principle: 'consent', article: 'GDPR Art. 6(1)(a), 7(2)' },
    { id: 'consent.informed', kind: 'text', message: t('What is the person told before consenting? (who, what for, which data, right to withdraw)', 'Hva får personen vite før samtykket? (hvem, til hva, hvilke opplysninger, retten til å trekke tilbake)'),
      help: t('Consent without this information is not informed.', 'Samtykke uten denne informasjonen er ikke informert.'), principle: 'consent', article: 'GDPR Art. 4(11), 7(3), recital 42' },
    { id: 'consent.unambiguous', kind: 'text', message: t('What is the clear affirmative act? (no pre-ticked boxes, no silence)', 'Hva er den klare bekreftende handlingen? (ingen forhåndsavkryssede bokser, ikke taushet)'),
      help: t('Silence or inactivity is not consent.', 'Taushet eller passivitet er ikke samtykke.'), principle: 'consent', article: 'GDPR Art. 4(11), recital 32' },
    { id: 'consent.explicit', kind: 'text', when: ({ data }) => needsExplicitConsent(data), message: t('How is consent made explicit (e.g. a separate signed statement or two-step confirmation)?', 'Hvordan gjøres samtykket uttrykkelig (f.eks. egen erklæring eller bekreftelse i to trinn)?'),
      help: t('Special categories and automated decisions need explicit consent.', 'Særlige kategorier og automatiske avgjørelser krever uttrykkelig samtykke.'), principle: 'consent', article: 'GDPR Art. 9(2)(a), 22(2)(c)' },
    { id: 'consent.withdrawal.how', kind: 'text', message: t('How does the person withdraw consent?', 'Hvordan trekker personen tilbake samtykket?'),
      help: t('Withdrawal must be possible at any time.', 'Det skal være mulig å trekke tilbake samtykket når som helst.'), principle: 'consent', article: 'GDPR Art. 7(3)' },
    { id: 'consent.withdrawal.asEasyAsGiving', kind: 'confirm', default: true, message: t('Is withdrawing as easy as giving consent (same channel, same effort)?', 'Er det like enkelt å trekke tilbake som å gi samtykke (samme kanal, samme innsats)?'),
      help: t('It must be as easy to withdraw as to give consent.', 'Det skal være like enkelt å trekke tilbake som å gi samtykke.'), principle: 'consent', article: 'GDPR Art. 7(3)' },
    { id: 'consent.withdrawal.consequences', kind: 'text', optional: true, message: t('What happens to the data when consent is withdrawn?', 'Hva skjer med opplysningene når samtykket trekkes tilbake?'),
      help: t('Processing based on consent must stop.', 'Behandling basert på samtykke skal stanse.'), principle: 'consent', article: 'GDPR Art. 7(3), 17(1)(b)' },
    { id: 'consent.records', kind: 'text', message: t('How are consents recorded so you can prove them (who, when, what text)?', 'Hvordan registreres samtykkene så dere kan dokumentere dem (hvem, når, hvilken tekst)?'),
      help: t('The controller must be able to demonstrate consent.', 'Den behandlingsansvarlige skal kunne påvise samtykke.'), principle: 'consent', article: 'GDPR Art. 7(1)' },
    { id: 'consent.minimumAge', kind: 'number', optional: true, min: 0, max: 18, when: ({ data }) => childrenConcerned(data),
      message: t('Minimum age to consent to online services (13 in Norway)', 'Minstealder for å samtykke til informasjonssamfunnstjenester (13 år i Norge)'),
      help: t('Below this age a parent must consent.', 'Under denne alderen må en forelder samtykke.'), principle: 'consent', article: 'GDPR Art. 8, personopplysningsloven § 5' },
    { id: 'consent.parentalConsent', kind: 'text', when: ({ data }) => childrenConcerned(data),
      message: t('Below that age: how is consent by a parent obtained and verified?', 'Under den alderen: hvordan innhentes og kontrolleres samtykke fra foreldrene?'),
      help: t('Consent must be given or authorised by the holder of parental responsibility, and reasonable efforts made to verify it.', 'Samtykket skal gis eller godkjennes av den som har foreldreansvaret, og det skal gjøres rimelige anstrengelser for å kontrollere det.'),
      principle: 'consent', article: 'GDPR Art. 8(1)-(2)' },
  ]),
};
