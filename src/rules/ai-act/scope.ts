// Where the AI Act's deployer duties apply, read from what the file records. Nothing is
// guessed: a duty whose condition the file does not state is not asserted, except that a
// high-risk system whose role is unrecorded is asked for its role (ai-act/deployer-duties).
import type { Config } from '../../config.ts';
import { mergeController } from '../../model/parties.ts';
import type { Assessment } from '../../model/schema.ts';
import { aiUsed, decisionSupport, list } from '../facts.ts';

/** The class as the Act has it (a schemaVersion 1 file's `limited` or `minimal` arrives migrated to `not-high`). */
export function aiActClass(data: Assessment): 'prohibited' | 'high' | 'not-high' | 'none' | undefined {
  return data.system?.ai?.aiActRisk;
}

/** An AI system the Act covers (any class but `none`, including an unstated one). */
export function inAiAct(data: Assessment): boolean {
  return aiUsed(data) && aiActClass(data) !== 'none';
}

/** A high-risk system that the controller deploys (Art. 26): role `deployer`. */
export function highRiskDeployer(data: Assessment): boolean {
  return aiUsed(data) && aiActClass(data) === 'high' && data.system?.ai?.aiAct?.role === 'deployer';
}

/** Annex III points as recorded, normalised (`5 (b)` → `5(b)`). */
export function annexIIIPoints(data: Assessment): string[] {
  return list(data.system?.ai?.annexIII).map((p) => String(p).replace(/\s+/g, '').toLowerCase());
}

/**
 * The system is recorded under an Annex III point other than point 2 (critical
 * infrastructure), the exception that Art. 27(1), 86(1) and (for 26(11)) the Annex make.
 */
export function annexIIIOutsidePoint2(data: Assessment): boolean {
  return annexIIIPoints(data).some((p) => !/^2(\(|$)/.test(p));
}

/** Art. 27(1): a body governed by public law, a private entity providing public services, or Annex III 5(b)/5(c). */
export function friaRequired(data: Assessment, config: Config): boolean {
  if (!highRiskDeployer(data) || !annexIIIOutsidePoint2(data)) return false;
  const points = annexIIIPoints(data);
  return mergeController(data, config)?.type === 'public-authority'
    || data.system?.ai?.aiAct?.publicService === true
    || points.includes('5(b)') || points.includes('5(c)');
}

/** The AI decides, or helps a person decide, about natural persons (Art. 26(11)). */
export function decidesAboutPeople(data: Assessment): boolean {
  return data.system?.ai?.automatedDecision?.exists === true || decisionSupport(data);
}

/** A decision with legal or similarly significant effect is taken on the AI's output (Art. 86(1)). */
export function significantDecision(data: Assessment): boolean {
  const ai = data.system?.ai;
  return (ai?.automatedDecision?.exists === true && ai.automatedDecision.significantEffect === true)
    || (ai?.decisionSupport?.exists === true && ai.decisionSupport.significantEffect === true);
}
