// Where the right to object (GDPR Art. 21) applies: shared by transparency/objection,
// transparency/objection-marketing and the notice's `objection` element, so that check
// and render agree on which purposes the notice must name.
import type { Assessment, Purpose } from '../model/schema.ts';
import { hasKind, list } from './facts.ts';

/** Art. 21(1): processing based on Art. 6(1)(e) public task or 6(1)(f) legitimate interests. */
export function objectionOnGrounds(purpose: Purpose): boolean {
  return purpose.legalBasis === 'public-task' || purpose.legalBasis === 'legitimate-interests';
}

/** Art. 21(2): direct marketing, on any legal basis, including profiling related to it. */
export function directMarketing(purpose: Purpose): boolean {
  return hasKind(purpose, 'direct-marketing');
}

/** The purposes people may object to under Art. 21(1) or 21(2). */
export function objectablePurposes(data: Assessment): Purpose[] {
  return list(data.purposes).filter((p) => p && (objectionOnGrounds(p) || directMarketing(p)));
}
