// An assessment as a git revision holds it, read as `dpia` reads a file (a newer
// schemaVersion refused, an older one migrated in memory): for `dpia diff`, in text and in Word.
import { showAtRevision } from '../git.ts';
import { checkSchemaVersion } from './load.ts';
import { parseAssessment } from './parse.ts';

/** The file at `rev`, named `rev:display` in messages; undefined when the revision does not hold it. */
export async function loadAtRevision(rev: string, file: string, display: string): Promise<ReturnType<typeof checkSchemaVersion> | undefined> {
  const text = await showAtRevision(rev, file);
  return text === undefined ? undefined : checkSchemaVersion(parseAssessment(text, `${rev}:${display}`));
}
