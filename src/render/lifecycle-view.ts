// The AI lifecycle and the status of purposes as the documents show them: each phase with
// the names and legal bases of its purposes and the names of its data; purposes that are
// only possible apart, so the notice never presents them as decided (Art. 13(3)).
import type { Assessment } from '../model/schema.ts';
import { filled, list } from '../rules/facts.ts';
import { possiblePurpose } from '../rules/purpose/lifecycle-facts.ts';

export function lifecycleView(data: Assessment): Record<string, unknown> {
  const purposes = new Map(list(data.purposes).filter((p) => p.id).map((p) => [p.id!, p]));
  const categories = new Map(list(data.dataCategories).filter((c) => c.id).map((c) => [c.id!, c]));
  const phaseList = list(data.phases).map((phase) => ({
    ...phase,
    displayName: phase.name ?? phase.id,
    purposeList: list(phase.purposes).map((id) => {
      const purpose = purposes.get(id);
      return { id, name: purpose?.name ?? id, legalBasis: purpose?.legalBasis, status: purpose?.status, missing: purpose === undefined };
    }),
    categoryNames: list(phase.dataCategories).map((id) => categories.get(id)?.name ?? id),
    // The notice names only purposes that are decided or planned, and only by their names.
    noticePurposeNames: list(phase.purposes).map((id) => purposes.get(id)).filter((p) => p !== undefined && !possiblePurpose(p))
      .map((p) => p!.name).filter((name): name is string => filled(name)),
  }));
  return {
    // The report shows the lifecycle where the file states it; no rule asks for it yet (ai/lifecycle-phases is held back).
    phasesKnown: Array.isArray(data.phases),
    phaseList,
    // The notice explains a phase that says something to the people: its own text or its purposes.
    noticePhases: phaseList.filter((p) => filled(p.notice?.text) || p.noticePurposeNames.length > 0),
  };
}
