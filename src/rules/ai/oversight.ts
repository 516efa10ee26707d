// What the AI's output is used for, and who looks at it: recorded once in the file and
// read by every rule that asks (fairness/human-review, ai/decision-support,
// accountability/screening-facts), so that two rules never ask the same question twice.
import type { Assessment } from '../../model/schema.ts';
import { decisionSupport, filled, significantAutomatedDecision } from '../facts.ts';

/** A decision about a person is made by automated processing alone (Art. 22(1)). */
export function aiDecides(data: Assessment): boolean {
  return data.system?.ai?.automatedDecision?.exists === true;
}

/** The AI decides or recommends something about a person: alone, or through a person who decides from its output. */
export function decidesAboutPeople(data: Assessment): boolean {
  return aiDecides(data) || decisionSupport(data);
}

/**
 * A person reviews the automated results about people: a described review route
 * (`fairness.humanReview`), or, short of a significant solely automated decision, the
 * person who decides from the output (a caseworker or agent who decides is the review,
 * WP251) or the oversight described for the system.
 */
export function humanReviewRecorded(data: Assessment): boolean {
  if (filled(data.fairness?.humanReview)) return true;
  // Art. 22(3) gives the person the right to obtain human intervention in that decision
  // itself; oversight of the system or people deciding other matters do not give it.
  if (significantAutomatedDecision(data)) return false;
  const ai = data.system?.ai;
  return (decisionSupport(data) && filled(ai?.decisionSupport?.decidedBy)) || filled(ai?.humanOversight);
}
