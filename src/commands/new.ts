// `dpia new`: the interview from nothing (or from a draft, resuming at the first
// unanswered question) to an assessment that passes `dpia check`.
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { useColour, type Io } from '../io.ts';
import { getIn } from '../model/write.ts';
import { SECTIONS } from '../interview/catalogue.ts';
import { slugify } from '../interview/input.ts';
import { dpiaCommand } from '../interview/invocation.ts';
import { Interview } from '../interview/runner.ts';
import { choosePrompter, guarded, newDocument, openAssessment, saveNew, summary } from '../interview/session.ts';
import { basicsSection } from '../interview/sections/system.ts';
import { fileLanguage, settings, type InterviewCommandOptions } from '../interview/start.ts';
import { words } from '../interview/words.ts';

export interface NewOptions extends InterviewCommandOptions {
  id?: string;
}

export async function newAssessment(options: NewOptions, io: Io): Promise<number> {
  const { config, today, lang: chosen } = settings(options, io);
  let lang = chosen ?? 'en';
  // A draft named on the command line speaks its own language from the first prompt (yes/no keys too).
  let opened = options.file ? openAssessment(resolve(io.cwd, options.file), options.file) : undefined;
  if (opened && !opened.created) lang = chosen ?? fileLanguage(opened.doc.toJS() ?? {}) ?? lang;
  const { prompter, interactive } = choosePrompter(io, lang, 'new', options.answers);
  const out = (text: string) => io.stdout.write(text);
  const colour = useColour(io);

  let display = options.file;
  let title: unknown;
  let id = options.id;
  if (!display) {
    // Without a file, the title and id come first: the id names privacy/<id>.dpia.yaml.
    const scratch = parseDocument('{}');
    if (id) scratch.set('id', id);
    const first = new Interview({ doc: scratch, lang, today, config, prompter, mode: 'new', verbose: interactive, colour, out });
    const code = await guarded(io, lang, '', `${dpiaCommand(io)} new`, async () => {
      await first.runSection({ ...basicsSection, questions: basicsSection.questions.filter((q) => q.id === 'title' || q.id === 'id') });
      return 0;
    });
    if (code !== 0) return code;
    title = getIn(scratch, ['title']);
    id = (getIn(scratch, ['id']) as string | undefined) ?? (slugify(String(title ?? '')) || 'assessment');
    display = `privacy/${id}.dpia.yaml`;
  }
  const file = resolve(io.cwd, display);
  opened ??= openAssessment(file, display);
  let doc = opened.doc;
  let written: string | undefined;
  if (opened.created) {
    doc = newDocument(file, { id: id ?? (slugify(display.replace(/^.*[\\/]/, '').replace(/\.dpia\.ya?ml$|\.ya?ml$/i, '')) || undefined), lang });
    if (title !== undefined) doc.set('title', title);
    written = saveNew(file, doc, display);
    if (interactive) out(`${words(lang).created(display)}\n`);
  } else {
    lang = chosen ?? fileLanguage(doc.toJS() ?? {}) ?? lang;
    if (interactive) out(`${words(lang).resuming(display)}\n`);
  }
  const interview = new Interview({
    file, display, doc, original: opened.created ? undefined : opened.original, onDisk: written, lang, today, config, prompter, mode: 'new', verbose: interactive, colour, out,
  });
  return guarded(io, lang, display, `${dpiaCommand(io)} new ${display}`, async () => {
    await interview.run(SECTIONS);
    out(summary(io, file, display, lang, today, config));
    return 0;
  });
}
