import { filled } from '../facts.ts';
import type { Rule } from '../types.ts';

/** True when an ISO 8601 duration is surely longer than one month (a month being up to 31 days). */
function longerThanAMonth(duration: string): boolean {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!m) return false;
  const [years, months, weeks, days, hours, minutes, seconds] = m.slice(1).map((part) => Number(part ?? 0));
  const rest = weeks * 7 + days + hours / 24 + minutes / 1440 + seconds / 86400;
  if (years > 0 || months > 1) return true;
  return months === 1 ? rest > 0 : rest > 31;
}

export const rule: Rule = {
  id: 'transparency/rights',
  principle: 'transparency',
  article: 'GDPR Art. 12(2), Art. 12(3)',
  severity: 'error',
  messages: {
    en: '{missing?:it is not recorded how people exercise their rights}{noContact?:it is not recorded where people send requests about their rights}{noProcess?:it is not recorded how requests about rights are handled}{tooLong?:the recorded response time {responseTime} is longer than the one month allowed}',
    nb: '{missing?:det er ikke registrert hvordan de registrerte kan utøve rettighetene sine}{noContact?:det er ikke registrert hvor de registrerte sender henvendelser om rettighetene sine}{noProcess?:det er ikke registrert hvordan henvendelser om rettigheter behandles}{tooLong?:den registrerte svartiden {responseTime} er lengre enn fristen på én måned}',
  },
  hint: {
    en: 'Fill in `transparency.rights`: the `contact` (e-mail, form or portal) for requests, the `process` (who handles access, rectification, erasure, restriction, objection and portability requests, and how scores and AI outputs are included in access requests), and a `responseTime` of at most P1M.',
    nb: 'Fyll ut `transparency.rights`: hvor henvendelser sendes (`contact`: e-post, skjema eller portal), hvordan de behandles (`process`: hvem som håndterer krav om innsyn, retting, sletting, begrensning, protest og dataportabilitet, og hvordan poengsummer og KI-resultater tas med ved innsyn), og en svartid (`responseTime`) på høyst P1M.',
  },
  why: {
    en: 'The controller must facilitate the exercise of the rights in Art. 15–22 (Art. 12(2)) and answer requests without undue delay and at the latest within one month of receipt; only where necessary, given the complexity and number of requests, may this be extended by two further months, and the person must be told so within the first month (Art. 12(3)).',
    nb: 'Den behandlingsansvarlige skal legge til rette for at de registrerte kan utøve rettighetene i art. 15–22 (art. 12 nr. 2), og svare uten ugrunnet opphold og senest én måned etter at henvendelsen er mottatt; bare når det er nødvendig på grunn av kompleksitet og antall henvendelser, kan fristen forlenges med ytterligere to måneder, og den registrerte skal da få beskjed innen den første måneden (art. 12 nr. 3).',
  },
  example: {
    bad: 'schemaVersion: 1\nid: scoring\ntransparency:\n  rights:\n    contact: privacy@example.com\n    process: The privacy team answers within the deadline\n    responseTime: P2M\n',
    good: 'schemaVersion: 1\nid: scoring\ntransparency:\n  rights:\n    contact: privacy@example.com\n    process: The privacy team answers; access requests include the current lead score and its main factors\n    responseTime: P30D\n',
  },
  check({ data }, report) {
    const rights = data.transparency?.rights;
    if (!filled(rights?.contact) && !filled(rights?.process)) {
      report(['transparency', 'rights'], { missing: 'yes' });
    } else {
      if (!filled(rights?.contact)) report(['transparency', 'rights', 'contact'], { noContact: 'yes' });
      if (!filled(rights?.process)) report(['transparency', 'rights', 'process'], { noProcess: 'yes' });
    }
    if (rights?.responseTime && longerThanAMonth(rights.responseTime)) {
      report(['transparency', 'rights', 'responseTime'], { tooLong: 'yes', responseTime: rights.responseTime });
    }
  },
};
