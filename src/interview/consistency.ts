// Answers that another answer makes moot. One policy everywhere: when an answer leaves
// others without meaning (a recipient now inside the EEA keeps a transfer block, AI switched
// off keeps its AI answers, a purpose no longer on consent is still listed by a consent, a
// recipient's new role keeps an agreement only another role has), the interview names them
// and asks once whether to remove them; Enter removes them. What is kept, `check` flags
// (transfer/inside-eea, ai/answers-without-ai, consent/other-basis).
import { label } from '../i18n/labels.ts';
import { purposeOnConsent } from '../rules/consent/consents.ts';
import { insideEEA, list } from '../rules/facts.ts';
import { pathToString, type PathSegment } from '../model/locate.ts';
import type { Assessment } from '../model/schema.ts';
import type { Prompter } from './ask.ts';
import type { InterviewLang, Item } from './types.ts';
import { runnerText, type RunnerKey } from './words.ts';

export interface Moot {
  reason: RunnerKey;
  args: Record<string, string>;
  paths: PathSegment[][];
}

/** Art. 46-47 tools, which need a transfer impact assessment (C-311/18). */
const TOOLS = new Set(['scc', 'bcr', 'code-of-conduct', 'certification']);
const name = (item: Item | undefined, index: number) => String(item?.id ?? item?.name ?? index + 1);

/** What the answer just written at `path` makes moot, if anything. */
export function mootAfter(data: Assessment, path: readonly PathSegment[], lang: InterviewLang = 'en'): Moot | undefined {
  const [head, index, key, sub] = path;
  const at = (...segments: PathSegment[]) => [...path.slice(0, 2), ...segments];
  if (head === 'recipients' && typeof index === 'number') {
    const recipient = list(data.recipients)[index] as Item | undefined;
    const transfer = recipient?.transfer as Item | undefined;
    const args = { item: name(recipient, index) };
    if (key === 'country' && transfer && insideEEA(recipient?.country) === true) return { reason: 'moot.insideEea', args, paths: [at('transfer')] };
    if (key === 'country' && transfer?.dpfCertified !== undefined && recipient?.country !== 'US') return { reason: 'moot.notUs', args, paths: [at('transfer', 'dpfCertified')] };
    if (key === 'transfer' && sub === 'mechanism') {
      const paths: PathSegment[][] = [];
      if (transfer?.tia !== undefined && !TOOLS.has(String(transfer.mechanism))) paths.push(at('transfer', 'tia'));
      if (transfer?.dpfCertified !== undefined && transfer.mechanism !== 'adequacy') paths.push(at('transfer', 'dpfCertified'));
      if (paths.length) return { reason: 'moot.mechanism', args, paths };
    }
    if (key === 'role') {
      const role = recipient?.role;
      const paths: PathSegment[][] = [];
      if (recipient?.agreement !== undefined && role !== 'processor' && role !== 'joint-controller') paths.push(at('agreement'));
      if (recipient?.arrangementEssence !== undefined && role !== 'joint-controller') paths.push(at('arrangementEssence'));
      if (role !== 'processor' && recipient?.id !== undefined) {
        list(data.dataCategories).forEach((category, c) => list(category?.storage?.processors).forEach((id, p) => {
          if (id === recipient.id) paths.push(['dataCategories', c, 'storage', 'processors', p]);
        }));
      }
      if (paths.length) return { reason: 'moot.role', args: { ...args, role: label(lang, 'role', role) }, paths };
    }
  }
  if (pathToString(path) === 'system.ai.used' && data.system?.ai?.used === false) {
    const paths = Object.keys(data.system.ai).filter((k) => k !== 'used').map((k): PathSegment[] => ['system', 'ai', k]);
    if (paths.length) return { reason: 'moot.aiOff', args: {}, paths };
  }
  if (head === 'purposes' && typeof index === 'number' && (key === 'legalBasis' || key === 'specialCategoryCondition')) {
    const purpose = list(data.purposes)[index];
    if (purpose?.id === undefined || purposeOnConsent(purpose)) return undefined;
    const paths: PathSegment[][] = [];
    list(data.consents).forEach((consent, c) => list(consent?.purposes).forEach((id, p) => {
      if (id === purpose.id) paths.push(['consents', c, 'purposes', p]);
    }));
    if (paths.length) return { reason: 'moot.notConsent', args: { item: purpose.id }, paths };
  }
  return undefined;
}

/** Asks whether to remove what `moot` names; returns the paths to remove, last list index first. */
export async function settleMoot(prompter: Prompter, lang: InterviewLang, moot: Moot | undefined): Promise<PathSegment[][]> {
  if (!moot) return [];
  const why = runnerText(lang, moot.reason, moot.args);
  const answers = moot.paths.map((p) => pathToString(p)).join(', ');
  const answer = await prompter.ask({ id: 'moot', kind: 'confirm', message: runnerText(lang, 'moot', { why, answers }), default: true });
  if (answer === false || ['n', 'no', 'nei'].includes(String(answer).trim().toLowerCase())) return [];
  return removalOrder(moot.paths);
}

/** Removing list entries from the last index back keeps the other indexes right. */
export function removalOrder(paths: PathSegment[][]): PathSegment[][] {
  return [...paths].sort((a, b) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      return typeof a[i] === 'number' && typeof b[i] === 'number' ? (b[i] as number) - (a[i] as number) : String(a[i]).localeCompare(String(b[i]));
    }
    return b.length - a.length;
  });
}
