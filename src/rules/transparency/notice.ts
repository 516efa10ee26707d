import { filled, list, obtainedElsewhere } from '../facts.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'transparency/notice',
  principle: 'transparency',
  article: 'GDPR Art. 12(1), Art. 13(1), Art. 14(1), Art. 14(3)',
  severity: 'error',
  messages: {
    en: '{missing?:no privacy notice is recorded: where and how are people informed?}{timing?:the file records data from third parties or public sources ({categories}), but not when those people are told}',
    nb: '{missing?:ingen personvernerklæring er registrert: hvor og hvordan får folk informasjon?}{timing?:filen registrerer opplysninger fra tredjeparter eller offentlige kilder ({categories}), men ikke når de registrerte får informasjon}',
  },
  hint: {
    en: 'Record in `transparency.notice` where the privacy notice is published (`url`) and the `channels` that point to it (web form, app, e-mail, chat). Where data comes from others, set `timing`: within a reasonable period and at the latest within one month, at the first contact if the data is used to contact the person, or at the first disclosure to another recipient. `dpia render --doc notice` drafts the text.',
    nb: 'Registrer i `transparency.notice` hvor personvernerklæringen er publisert (`url`) og kanalene som viser til den (`channels`: nettskjema, app, e-post, chat). Kommer opplysningene fra andre, fyll ut `timing`: innen rimelig tid og senest innen én måned, ved første kontakt hvis opplysningene brukes til å kontakte personen, eller senest ved første utlevering til en annen mottaker. `dpia render --doc notice` lager et utkast til teksten.',
  },
  why: {
    en: 'People must be given the information in Art. 13 when data is collected from them, and the information in Art. 14 when it is obtained elsewhere, in a concise, transparent, intelligible and easily accessible form (Art. 12(1)). For data from others, Art. 14(3) sets the deadline: within a reasonable period and at the latest within one month, at the first communication, or at the first disclosure.',
    nb: 'De registrerte skal få informasjonen i art. 13 når opplysningene samles inn fra dem, og informasjonen i art. 14 når de hentes fra andre, i en kortfattet, åpen, forståelig og lett tilgjengelig form (art. 12 nr. 1). For opplysninger fra andre setter art. 14 nr. 3 fristen: innen rimelig tid og senest innen én måned, ved første kommunikasjon, eller senest ved første utlevering.',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ntransparency:\n  aiDisclosure: The notice says a model ranks leads\n',
    good: 'schemaVersion: 1\nid: scoring\ntransparency:\n  notice:\n    url: https://example.com/privacy\n    channels: [web form, welcome e-mail]\n',
  },
  check({ data }, report) {
    const notice = data.transparency?.notice;
    if (!filled(notice?.url) && !filled(notice?.channels)) report(['transparency', 'notice'], { missing: 'yes' });
    const indirect = list(data.dataCategories)
      .map((category, index) => ({ category, index }))
      .filter(({ category }) => category && obtainedElsewhere(category) === true);
    if (indirect.length > 0 && !filled(notice?.timing)) {
      report(['transparency', 'notice', 'timing'], {
        timing: 'yes',
        categories: indirect.map(({ category, index }) => category.id ?? String(index + 1)).join(', '),
      });
    }
  },
};
