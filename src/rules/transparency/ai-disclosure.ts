import { aiUsed, filled } from '../facts.ts';
import type { Rule } from '../types.ts';

// The GDPR has no stand-alone "AI notice"; telling people that AI processes their data
// follows from transparency and the duty to describe the purposes. The AI Act duty to
// tell people they are talking to an AI (Art. 50(1)) is ai/chatbot-disclosure's job.
export const rule: Rule = {
  id: 'transparency/ai-disclosure',
  principle: 'transparency',
  article: 'GDPR Art. 5(1)(a), Art. 12(1), Art. 13(1)(c), Art. 14(1)(c)',
  severity: 'warning',
  messages: {
    en: 'the file records that the feature uses AI, but not how people are told',
    nb: 'filen registrerer at funksjonen bruker KI, men ikke hvordan de registrerte får vite det',
  },
  hint: {
    en: 'Describe in `transparency.aiDisclosure` where and in what words people learn that an AI system processes their data, what it does (e.g. ranks leads, summarises e-mails) and what that means for them, e.g. a paragraph in the privacy notice and a label in the customer portal.',
    nb: 'Beskriv i `transparency.aiDisclosure` hvor og med hvilke ord de registrerte får vite at et KI-system behandler opplysningene deres, hva det gjør (f.eks. rangerer kundeemner, oppsummerer e-post) og hva det betyr for dem, f.eks. et avsnitt i personvernerklæringen og en merking i kundeportalen.',
  },
  why: {
    en: 'Personal data must be processed lawfully, fairly and in a transparent manner (Art. 5(1)(a)); the purposes must be described (Art. 13(1)(c), Art. 14(1)(c)) in clear and plain language (Art. 12(1)), and Recital 60 says people should be told of the existence of profiling and its consequences. Processing by an AI model that people would not expect is not transparent unless they are told. Disclosing chatbots under AI Act Art. 50(1) is checked by ai/chatbot-disclosure.',
    nb: 'Personopplysninger skal behandles på en lovlig, rettferdig og åpen måte (art. 5 nr. 1 bokstav a); formålene skal beskrives (art. 13 nr. 1 bokstav c, art. 14 nr. 1 bokstav c) på et klart og enkelt språk (art. 12 nr. 1), og fortalens punkt 60 sier at den registrerte bør informeres om at profilering finner sted og om konsekvensene. Behandling i en KI-modell som folk ikke venter seg, er ikke åpen med mindre de får vite om den. Merking av chatboter etter KI-forordningen art. 50 nr. 1 sjekkes av ai/chatbot-disclosure.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\nsystem:\n  ai: {used: true, type: predictive model}\n',
    good: 'schemaVersion: 1\nid: scoring\nsystem:\n  ai: {used: true, type: predictive model}\ntransparency:\n  aiDisclosure: The privacy notice explains that a model ranks leads by likely interest, and that a salesperson always makes the contact decision\n',
  },
  check({ data }, report) {
    const ai = data.system?.ai;
    // A chatbot or emotion recognition without disclosure is ai/chatbot-disclosure's
    // error (AI Act Art. 50); saying it twice at the same place helps nobody.
    if (ai?.interactsWithPeople === true || ai?.emotionRecognition === true) return;
    if (aiUsed(data) && !filled(data.transparency?.aiDisclosure)) report(['transparency', 'aiDisclosure']);
  },
};
