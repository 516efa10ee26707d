// Facts about the AI lifecycle (phases) and the status of purposes that the purpose rules,
// the ROPA export and the documents ask. A purpose without a status is read as decided:
// decided carries every duty (a basis, a notice, the Art. 6(4) test), so it is the safe reading.
import { compareDates } from '../../model/dates.ts';
import type { Assessment, Phase, Purpose } from '../../model/schema.ts';
import { list } from '../facts.ts';
import { namesLaw } from '../legal-basis/basis-facts.ts';

/** Only possible, not decided: no processing may take place for it yet. */
export function possiblePurpose(purpose: Purpose | undefined): boolean {
  return purpose?.status === 'possible';
}

/** The purposes that count as decided or planned: every purpose except the possible ones. */
export function currentPurposes(data: Assessment): Purpose[] {
  return list(data.purposes).filter((p) => !possiblePurpose(p));
}

export function purposeById(data: Assessment, id: unknown): Purpose | undefined {
  return typeof id === 'string' ? list(data.purposes).find((p) => p.id === id) : undefined;
}

/** Art. 6(4) spares further processing based on consent or on a law the file names. */
export function compatibilityExempt(purpose: Purpose): boolean {
  return purpose.legalBasis === 'consent' || namesLaw(purpose);
}

/** The phase collects personal data (its steps include collection). */
export function collects(phase: Phase): boolean {
  return list(phase.steps).includes('collection');
}

/** Where a purpose enters a phase: through the phase's own purposes or a category's. */
export interface PhasePurpose {
  id: string;
  path: (string | number)[];
}

/**
 * The purposes a phase processes data for: its own, then those the phase's data
 * categories serve (each once, at the first place that names it).
 */
export function purposesInPhase(data: Assessment, phase: Phase, index: number): PhasePurpose[] {
  const out: PhasePurpose[] = [];
  const seen = new Set<string>();
  const add = (id: unknown, path: (string | number)[]) => {
    if (typeof id !== 'string' || seen.has(id)) return;
    seen.add(id);
    out.push({ id, path });
  };
  list(phase.purposes).forEach((id, k) => add(id, ['phases', index, 'purposes', k]));
  const categories = list(data.dataCategories);
  list(phase.dataCategories).forEach((categoryId, k) => {
    const category = categories.find((c) => c.id === categoryId);
    list(category?.purposes).forEach((id) => add(id, ['phases', index, 'dataCategories', k]));
  });
  return out;
}

/** A purpose of a later phase that uses data an earlier phase collected for other purposes. */
export interface LaterReuse {
  phase: number;
  /** Index in the later phase's `purposes`. */
  position: number;
  purpose: string;
  /** The earlier, collecting phase. */
  from: number;
  categories: string[];
}

/**
 * Where phases carry start dates: a purpose of a later phase whose data an earlier phase
 * collected is further processing unless the earlier phase stated it (Art. 5(1)(b), 6(4)).
 */
export function laterReuses(data: Assessment): LaterReuse[] {
  const phases = list(data.phases);
  const out: LaterReuse[] = [];
  phases.forEach((later, phase) => {
    list(later.purposes).forEach((purpose, position) => {
      if (typeof purpose !== 'string') return;
      for (const [from, earlier] of phases.entries()) {
        if (from === phase || !collects(earlier) || (compareDates(earlier.start, later.start) ?? 0) >= 0) continue;
        if (list(earlier.purposes).includes(purpose)) continue;
        const shared = list(later.dataCategories).filter((id) => list(earlier.dataCategories).includes(id));
        if (shared.length === 0) continue;
        out.push({ phase, position, purpose, from, categories: shared });
        return;
      }
    });
  });
  return out;
}

/** The purpose reuses data collected for another purpose: recorded so, or shown so by the phases. */
export function reusesData(data: Assessment, purpose: Purpose): boolean {
  return purpose.furtherProcessing === true || laterReuses(data).some((r) => r.purpose === purpose.id);
}
