import { filled, list } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'data/minimisation',
  principle: 'data-quality',
  article: 'GDPR Art. 5(1)(c)',
  severity: 'error',
  messages: {
    en: '{none?:no categories of personal data are listed}{category?:data category {category} does not say why it is adequate, relevant and limited to what is necessary}',
    nb: '{none?:ingen kategorier av personopplysninger er oppført}{category?:opplysningskategori {category} sier ikke hvorfor opplysningene er adekvate, relevante og begrenset til det som er nødvendig}',
  },
  hint: {
    en: 'List each category of personal data under `dataCategories`, and explain in `minimisation` why the purpose needs it and which fields were left out (e.g. year of birth instead of date of birth, no free-text notes in the model).',
    nb: 'Før opp hver kategori av personopplysninger under `dataCategories`, og forklar i `minimisation` hvorfor formålet trenger den og hvilke felt som er utelatt (f.eks. fødselsår i stedet for fødselsdato, ingen fritekstnotater i modellen).',
  },
  why: {
    en: 'Personal data must be adequate, relevant and limited to what is necessary for the purposes (data minimisation, Art. 5(1)(c)); that can only be shown category by category.',
    nb: 'Personopplysninger skal være adekvate, relevante og begrenset til det som er nødvendig for formålene (dataminimering, art. 5 nr. 1 bokstav c); det kan bare vises kategori for kategori.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Name, e-mail and phone of the contact person\n',
    good: 'schemaVersion: 1\nid: lead-scoring\ndataCategories:\n  - id: contact\n    name: Name, e-mail and phone of the contact person\n    minimisation: Needed to reach the lead; the model sees only the e-mail domain, never the name\n',
  },
  check({ data }, report) {
    const categories = list(data.dataCategories);
    if (categories.length === 0) {
      report(['dataCategories'], { none: 'yes' });
      return;
    }
    categories.forEach((category, index) => {
      if (!filled(category.minimisation)) report(['dataCategories', index, 'minimisation'], { category: category.id ?? String(index + 1) });
    });
  },
};
