// What the privacy notice's templates need beyond the file: the people's own name for
// themselves, links from the first layer to the full sections, and which negative
// statements the file allows. A negative sentence ("we share your data with no one",
// "no decision … is made by the machine alone") needs an explicit answer in the file:
// an empty list, `exists: false`; a missing answer is a gap, never "none".
import { markdownAnchor } from './anchor.ts';
import { message } from '../i18n/catalogue.ts';
import type { Assessment } from '../model/schema.ts';
import { filled, list, outsideEEA } from '../rules/facts.ts';
import { article22Applies, automatedDecisionStated, told } from './notice-elements.ts';
import { slug } from './markdown.ts';
import { objectablePurposes } from '../rules/right-to-object.ts';
import { currentPurposes } from '../rules/purpose/lifecycle-facts.ts';

/** The notice's sections the first layer links to, by the catalogue key of their heading. */
const SECTIONS = {
  controller: 'notice-controller.who-responsible-data',
  purposes: 'notice-purposes.what-use-data-why',
  objection: 'notice-objection.right-object',
  data: 'notice-data.what-data-use-where',
  ai: 'notice-ai.how-use-ai',
  recipients: 'notice-recipients.who-share-data',
  retention: 'notice-retention.how-long-keep-data',
  rights: 'notice-rights.rights',
} as const;


/** Links to the notice's sections: `#…` as the HTML layout (markdown.ts) or a Markdown viewer names them. */
export { markdownAnchor };

export function noticeLinks(words: string, format: 'md' | 'html'): Record<keyof typeof SECTIONS, string> {
  const links = {} as Record<keyof typeof SECTIONS, string>;
  for (const [name, key] of Object.entries(SECTIONS) as [keyof typeof SECTIONS, string][]) {
    const heading = message(words, 'documents', key);
    links[name] = `#${format === 'html' ? slug(heading) : markdownAnchor(heading)}`;
  }
  return links;
}

export function noticeView(data: Assessment, words: string, format: 'md' | 'html'): Record<string, unknown> {
  const recipients = data.recipients;
  const recorded = Array.isArray(recipients);
  const decisionStated = automatedDecisionStated(data);
  return {
    // What the file calls the people the notice speaks to (leads, users, patients).
    noticeSubjects: list(data.dataSubjects).map((s) => s.name).filter((name): name is string => filled(name)),
    noticeLinks: noticeLinks(words, format),
    // The first layer's lists: only what has a name.
    noticeCategories: list(data.dataCategories).map((c) => c.name).filter((name): name is string => filled(name)),
    noticePurposes: currentPurposes(data).map((p) => p.name).filter((name): name is string => filled(name)),
    // How to object, per purpose that records it (the gap list names those that do not).
    noticeObjectionHow: objectablePurposes(told(data)).filter((p) => filled(p.objection?.how) && filled(p.name ?? p.id))
      .map((p) => ({ purpose: p.name ?? p.id, how: p.objection!.how })),
    // "We do not share your data": only with an explicit empty list.
    recipientsNone: recorded && recipients.length === 0,
    // "No recipient processes it outside the EU/EEA": only where every recipient's country is recorded.
    transfersNone: recorded && recipients.length > 0 && recipients.every((r) => filled(r.country) && !outsideEEA(r.country)),
    // "No decision … is made by the machine alone": only where the file says so.
    noSignificantAutomatedDecision: decisionStated && !article22Applies(data),
  };
}
