// Walks the sections: asks each question through a Prompter, writes the answer into the
// yaml Document, saves atomically after every answer and shows the findings of the rules
// for the part just answered. `new` asks what is unanswered (resuming a draft); `edit`
// asks everything with the current value as the default.
import { Chalk } from 'chalk';
import type { Document } from 'yaml';
import { isMap, isScalar } from 'yaml';
import type { Config } from '../config.ts';
import { ui } from '../i18n/index.ts';
import { localiseCitation } from '../i18n/articles.ts';
import { formatDate, formatDuration } from '../i18n/format.ts';
import { parsePath, pathToString, type PathSegment } from '../model/locate.ts';
import { ID_PATTERN, type Assessment } from '../model/schema.ts';
import { renderEdited } from '../model/save-edited.ts';
import { saveGuarded } from '../model/update.ts';
import { deleteIn, getIn, sameValue, serialise, setIn } from '../model/write.ts';
import { runRules } from '../rules/engine.ts';
import { ruleHint, ruleMessage } from '../rules/words.ts';
import { RULES_BY_ID } from '../rules/registry.ts';
import { BACK, type PromptChoice, type Prompter, type PromptRequest } from './ask.ts';
import { parseDate, parseDuration, slugify } from './input.ts';
import { mootAfter, settleMoot } from './consistency.ts';
import { fieldOutcome, guardField } from './field-check.ts';
import { confirmRemoval, referencesTo } from './references.ts';
import { reachesNotice } from './notice-fields.ts';
import { choiceDescription, choiceLabel, choiceShort, draftArgs, questionText, say, sectionTitle } from './text.ts';
import type { InterviewLang, Item, Question, Scope, Section } from './types.ts';
import { runnerText, words, type RunnerKey } from './words.ts';

export interface InterviewOptions {
  /** Where to save after every answer; none for a screening that is only printed. */
  file?: string;
  doc: Document;
  /** The text the document was read from (keeps its sequence indentation style). */
  original?: string;
  /** The text on disk when the interview starts, when it is not `original` (a file just created). */
  onDisk?: string;
  /** The file as the user named it, for error messages. */
  display?: string;
  lang: InterviewLang;
  today: string;
  config: Config;
  prompter: Prompter;
  mode: 'new' | 'edit';
  /** Help lines, findings as you go: only for a person at a terminal. */
  verbose: boolean;
  colour: boolean;
  out: (text: string) => void;
  /** Where the answers come from, for error messages (an --answers file). */
  source?: string;
}

/** An answer that cannot be used (only from an answers file; the terminal validates first). */
export class AnswerError extends Error {}

const LEAVE_OPEN = '\u0000leave-open';

type Outcome = { kind: 'set'; value: unknown } | { kind: 'skip' } | { kind: 'remove' };

/** The user asked to go back: the run walks its sections again from `section`, up to the question `seek` names. */
class GoBack {
  constructor(readonly section: number) {}
}

/** A question that was asked and answered, in the order asked: where "back" returns to. */
interface Asked {
  /** The dotted path it writes (its place in the file). */
  key: string;
  /** Index of its section in the current run. */
  section: number;
}

export class Interview {
  /** Something was written. */
  changed = false;
  private readonly chalk: InstanceType<typeof Chalk>;
  /** What this interview last read or wrote: a save that finds other bytes on disk fails (update.ts). */
  private onDisk: string | null;

  constructor(readonly options: InterviewOptions) {
    this.chalk = new Chalk({ level: options.colour ? 1 : 0 });
    this.onDisk = options.original ?? options.onDisk ?? null;
  }

  get data(): Assessment {
    return (this.options.doc.toJS() ?? {}) as Assessment;
  }

  private scope(extra: Partial<Scope> = {}): Scope {
    const { today, config, lang } = this.options;
    return { data: this.data, today, config, lang, ...extra };
  }

  /** The questions answered so far, in order (going back pops them). */
  private readonly history: Asked[] = [];
  /** While going back: the question (dotted path) to ask again; everything before it is passed over in silence. */
  private seek: string | undefined;
  private sectionIndex = 0;

  /**
   * Walks the sections. Going back (BACK from the prompter) walks them again from the
   * section of the previous question, passing over everything up to it: the answers are
   * all saved, so nothing is lost, and that question is asked with its answer prefilled.
   */
  async run(sections: readonly Section[]): Promise<void> {
    let index = 0;
    while (index < sections.length) {
      this.sectionIndex = index;
      try {
        await this.runOne(sections[index]);
        // The question sought is no longer asked (an answer before it made it moot): carry on from here.
        if (this.seek !== undefined) {
          this.seek = undefined;
          continue;
        }
        index += 1;
      } catch (error) {
        if (!(error instanceof GoBack)) throw error;
        index = error.section;
      }
    }
  }

  async runSection(section: Section): Promise<void> {
    await this.run([section]);
  }

  /** Back to the question answered before this one; at the first, there is nowhere to go (returns). */
  private back(): void {
    const previous = this.history.pop();
    if (!previous) return;
    this.seek = previous.key;
    throw new GoBack(previous.section);
  }

  private async runOne(section: Section): Promise<void> {
    if (section.when && !section.when(this.scope())) return;
    // Shown with the section's first question: a section with nothing left to ask stays silent,
    // and going back into a section does not show its heading again.
    this.header = this.seek === undefined ? `\n${this.chalk.bold(`── ${sectionTitle(this.options.lang, section)} ──`)}\n` : undefined;
    for (const question of section.questions) {
      if (question.kind === 'list-of-items') await this.runList(question, section);
      else await this.ask(question, [], undefined, section);
      this.derive(section);
    }
  }

  private header: string | undefined;

  private showHeader(): void {
    if (this.header && this.options.verbose) {
      // How to go back is said once, under the first heading.
      this.options.out(this.backHinted ? this.header : `${this.header}${this.chalk.dim(words(this.options.lang).backHint)}\n`);
      this.backHinted = true;
    }
    this.header = undefined;
  }

  private backHinted = false;

  private derive(section: Section): void {
    const result = section.derive?.(this.scope());
    if (!result) return;
    let changed = false;
    for (const [path, value] of result.writes) changed = setIn(this.options.doc, parsePath(path), value) || changed;
    if (changed) this.save();
    if (result.message && this.options.verbose) this.options.out(`${this.chalk.cyan(`→ ${result.message}`)}\n`);
  }

  private save(): void {
    const { file, doc, original, display } = this.options;
    // An existing file keeps its own formatting outside the edited nodes (save-edited.ts).
    // No lock is held while the user thinks: a save finds out whether the file changed meanwhile.
    if (file) {
      const text = original !== undefined ? renderEdited(original, doc) : serialise(doc);
      if (text !== this.onDisk) saveGuarded(file, display ?? file, text, this.onDisk);
      this.onDisk = text;
    }
    this.changed = true;
  }

  private write(path: PathSegment[], outcome: Outcome): void {
    const doc = this.options.doc;
    let changed = false;
    if (outcome.kind === 'set') changed = setIn(doc, path, outcome.value);
    else if (outcome.kind === 'remove') changed = deleteIn(doc, path);
    if (changed) {
      if (path[path.length - 1] === 'id') moveFirst(doc, path.slice(0, -1));
      this.save();
    }
  }

  /** Asks one question; returns whether it was asked. */
  private async ask(question: Question, base: PathSegment[], list?: { question: Question; index: number }, section?: Section): Promise<boolean> {
    const path = [...base, ...parsePath(question.path)];
    const key = pathToString(path);
    const doc = this.options.doc;
    const current = getIn(doc, path);
    // Going back: pass over every question until the one sought, which is asked whatever the mode.
    if (this.seek !== undefined && this.seek !== key) return false;
    const sought = this.seek === key;
    if (!sought && this.options.mode === 'new' && current !== undefined) return false;
    const item = list ? (getIn(doc, base) as Item | undefined) ?? {} : undefined;
    const scope = this.scope({ item, index: list?.index });
    if (question.when && !question.when(scope)) return false;
    this.seek = undefined;
    this.showHeader();
    const lang = this.options.lang;
    // Editing, Enter keeps what is there; a suggested default would write a value nobody chose.
    const editing = this.options.mode === 'edit';
    const fallback = current ?? (editing ? undefined : this.defaultFor(question, scope));
    // The item by its name or id ("Measure 'pseudonymisation': …"); its number only while it has neither.
    const named = list && item ? list.question.label?.(item) : undefined;
    const prefix = list ? runnerText(lang, named && named !== '?' ? 'item.named' : 'item.numbered', { noun: questionText(lang, list.question, 'noun'), name: named, n: String(list.index + 1) }) : '';
    const request: PromptRequest = {
      id: question.id,
      kind: question.kind === 'confirm' || question.kind === 'select' || question.kind === 'checkbox' ? question.kind : 'text',
      message: `${prefix}${questionText(lang, question, 'message', draftArgs(lang, this.data))}${reachesNotice(question, list?.question) ? ` ${runnerText(lang, 'notice.marker')}` : ''}`,
      list: list ? { id: list.question.id, index: list.index, key: question.path } : undefined,
    };
    this.fillRequest(request, question, scope, fallback, list ? { base, index: list.index } : undefined);
    if (sought) request.prefill = true;
    if (editing && current === undefined && (question.kind === 'confirm' || question.kind === 'select')) this.offerLeaveOpen(request, question, scope);
    guardField(request, question, path, lang);
    request.help = this.helpText(question, list?.question);
    let raw = await this.options.prompter.ask(request);
    while (raw === BACK) {
      this.back();
      raw = await this.options.prompter.ask(request);
    }
    const refuse = (why: string) => new AnswerError(runnerText(lang, 'error.answer', { path: pathToString(path), id: question.id, why }));
    const { outcome, note } = fieldOutcome(question, path, lang, this.interpret(question, raw === undefined ? fallback : raw, fallback, path), refuse);
    if (note && this.options.verbose) this.options.out(`${this.chalk.cyan(note)}\n`);
    for (const [p, v] of outcome.kind === 'set' ? question.resolve?.(outcome.value, scope) ?? [] : []) this.write(parsePath(p), { kind: 'set', value: v });
    this.write(path, outcome);
    this.history.push({ key, section: this.sectionIndex });
    const moot = sameValue(current, getIn(doc, path)) ? undefined : mootAfter(this.data, path, lang);
    for (const p of await settleMoot(this.options.prompter, lang, moot)) this.write(p, { kind: 'remove' });
    this.showFindings(path);
    void section;
    return true;
  }

  /** Confirm and select always return a value on Enter; when editing an unanswered one, Enter leaves it open. */
  private offerLeaveOpen(request: PromptRequest, question: Question, scope: Scope): void {
    const w = words(this.options.lang);
    if (question.kind === 'confirm') {
      request.kind = 'select';
      request.choices = [{ value: LEAVE_OPEN, name: w.leaveOpen }, { value: 'yes', name: w.yes }, { value: 'no', name: w.no }];
    } else {
      request.choices = [{ value: LEAVE_OPEN, name: w.leaveOpen }, ...(request.choices ?? []).filter((c) => c.value !== '')];
    }
    request.default = LEAVE_OPEN;
    void scope;
  }

  private defaultFor(question: Question, scope: Scope): unknown {
    if (question.slugOf) {
      const source = (scope.item ?? (scope.data as Item))[question.slugOf];
      const slug = typeof source === 'string' ? slugify(source) : '';
      if (slug) return this.uniqueId(slug, scope);
    }
    return typeof question.default === 'function' ? (question.default as (s: Scope) => unknown)(scope) : question.default;
  }

  private uniqueId(slug: string, scope: Scope): string {
    const taken = new Set(this.siblingIds(scope));
    let id = slug;
    for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
    return id;
  }

  private siblingIds(scope: Scope): string[] {
    if (scope.index === undefined || !this.currentList) return [];
    const items = (getIn(this.options.doc, this.currentList) as Item[] | undefined) ?? [];
    return items.filter((_, i) => i !== scope.index).map((x) => String(x.id));
  }

  private currentList: PathSegment[] | undefined;

  private fillRequest(request: PromptRequest, question: Question, scope: Scope, fallback: unknown, list?: { base: PathSegment[]; index: number }): void {
    const lang = this.options.lang;
    const w = words(lang);
    const choices = typeof question.choices === 'function' ? question.choices(scope) : question.choices ?? [];
    switch (question.kind) {
      case 'confirm':
        if (typeof fallback === 'boolean') request.default = fallback;
        return;
      case 'select':
        request.choices = choices.map((c) => ({ value: c.value, name: choiceLabel(lang, question, c), short: choiceShort(lang, question, c), description: choiceDescription(lang, c) }));
        if (fallback !== undefined) request.default = fallback as string | number;
        else if (choices.some((c) => c.value === '')) request.default = '';
        return;
      case 'checkbox': {
        const ticked = new Set(Array.isArray(fallback) ? fallback.map(String) : []);
        request.choices = choices.map((c): PromptChoice => ({ value: c.value, name: choiceLabel(lang, question, c), short: choiceShort(lang, question, c), checked: ticked.has(String(c.value)), description: choiceDescription(lang, c) }));
        return;
      }
      default:
        if (fallback !== undefined && fallback !== null) request.default = Array.isArray(fallback) ? fallback.join(', ') : String(fallback);
        // Durations and dates in words, as people read them: the default and the answer once given.
        if (question.kind === 'duration' || question.kind === 'date') {
          const inWords = (text: string) => (question.kind === 'duration' ? formatDuration(parseDuration(text) ?? text, lang) : formatDate(parseDate(text) ?? text, lang));
          if (typeof request.default === 'string') request.default = inWords(request.default);
          request.shown = inWords;
        }
        request.validate = (value: string) => {
          const text = value.trim();
          if (text === '') return true;
          if (question.kind === 'duration' && !parseDuration(text)) return w.badDuration;
          if (question.kind === 'date' && !parseDate(text)) return w.badDate;
          if (question.kind === 'number') {
            const n = Number(text);
            if (!Number.isInteger(n) || (question.min !== undefined && n < question.min) || (question.max !== undefined && n > question.max)) return w.badNumber(question.min, question.max);
          }
          if (question.path === 'id' || question.path.endsWith('.id') || question.id === 'id') {
            if (!new RegExp(ID_PATTERN).test(text)) return w.badId;
            if (list && this.siblingIds(scope).includes(text)) return w.takenId(text);
          }
          return true;
        };
    }
  }

  /** From a raw answer (terminal string or answers-file value) to what is written. */
  private interpret(question: Question, raw: unknown, fallback: unknown, path: PathSegment[]): Outcome {
    const lang = this.options.lang;
    const fail = (key: RunnerKey, value: string, choices?: string[]): never => {
      const why = runnerText(lang, key, { value, choices: choices?.join(', ') });
      throw new AnswerError(runnerText(lang, 'error.answer', { path: pathToString(path), id: question.id, why }));
    };
    if (raw === undefined || raw === null || raw === LEAVE_OPEN) return { kind: 'skip' };
    if (question.kind === 'checkbox' && !question.emptyIsAnswer && fallback === undefined && this.options.mode === 'edit' && Array.isArray(raw) && raw.length === 0) return { kind: 'skip' };
    switch (question.kind) {
      case 'confirm': {
        if (typeof raw === 'boolean') return { kind: 'set', value: raw };
        const text = String(raw).trim().toLowerCase();
        if (['y', 'yes', 'true', 'j', 'ja'].includes(text)) return { kind: 'set', value: true };
        if (['n', 'no', 'false', 'nei'].includes(text)) return { kind: 'set', value: false };
        return fail('error.notYesNo', String(raw));
      }
      case 'select': {
        if (raw === '') return { kind: 'remove' };
        const choices = typeof question.choices === 'function' ? question.choices(this.scope()) : question.choices ?? [];
        const match = choices.find((c) => String(c.value) === String(raw));
        if (!match) return fail('error.notAChoice', String(raw), choices.map((c) => String(c.value)).filter(Boolean));
        return { kind: 'set', value: match.value };
      }
      case 'checkbox': {
        const values = Array.isArray(raw) ? raw : String(raw).split(',').map((s) => s.trim()).filter(Boolean);
        const choices = typeof question.choices === 'function' ? question.choices(this.scope({ item: getIn(this.options.doc, path.slice(0, -1)) as Item })) : question.choices ?? [];
        const known = new Map(choices.map((c) => [String(c.value), c.value]));
        for (const v of values) if (!known.has(String(v))) fail('error.notAChoice', String(v), [...known.keys()]);
        // In the catalogue's order, whoever answered: a terminal and an answers file write the same bytes.
        const wanted = new Set(values.map(String));
        const ordered = [...known.values()].filter((v) => wanted.has(String(v)));
        return { kind: 'set', value: Array.isArray(fallback) && sameValue([...fallback].map(String).sort(), [...wanted].sort()) ? fallback : ordered };
      }
      default: {
        const text = typeof raw === 'string' ? raw.trim() : Array.isArray(raw) ? raw.join(', ') : String(raw);
        if (text === '') return { kind: 'skip' };
        if (question.kind === 'duration') return { kind: 'set', value: parseDuration(text) ?? fail('error.notADuration', text) };
        if (question.kind === 'date') return { kind: 'set', value: parseDate(text) ?? fail('error.notADate', text) };
        if (question.kind === 'number') {
          const n = Number(text);
          if (!Number.isInteger(n)) fail('error.notANumber', text);
          return { kind: 'set', value: n };
        }
        if (question.path === 'id' && !new RegExp(ID_PATTERN).test(text)) fail('error.notAnId', text);
        if (question.split) {
          const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
          return Array.isArray(fallback) && parts.join(', ') === fallback.join(', ') ? { kind: 'set', value: fallback } : { kind: 'set', value: parts };
        }
        if (question.numeric && /^-?\d+([.,]\d+)?$/.test(text)) return { kind: 'set', value: Number(text.replace(',', '.')) };
        if (typeof raw !== 'string' && typeof fallback !== 'string' && raw === fallback) return { kind: 'set', value: raw };
        return { kind: 'set', value: text };
      }
    }
  }

  /** Shown on demand (`?` at the prompt), not by default; an answer the people concerned will read says how to write to them. */
  private helpText(question: Question, list?: Question): string {
    const lang = this.options.lang;
    const principle = ui(lang).principles[question.principle];
    const help = `  ${principle} · ${localiseCitation(question.article, lang)} — ${questionText(lang, question, 'help', draftArgs(lang, this.data))}`;
    return reachesNotice(question, list) ? `${help}\n  ${runnerText(lang, 'notice.guidance')}` : help;
  }

  /** The rules that `check` runs, limited to what was just answered. */
  private showFindings(path: PathSegment[]): void {
    if (!this.options.verbose) return;
    const dotted = pathToString(path);
    const findings = runRules(this.data as Record<string, unknown>, { today: this.options.today, config: this.options.config })
      .filter((f) => {
        const p = pathToString(f.path);
        return p === dotted || p.startsWith(`${dotted}.`);
      });
    const lang = this.options.lang;
    for (const finding of findings) {
      const rule = RULES_BY_ID.get(finding.rule)!;
      const mark = finding.severity === 'error' ? this.chalk.red('✖') : this.chalk.yellow('⚠');
      this.options.out(`  ${mark} ${ruleMessage(rule, lang, finding.args)} ${this.chalk.dim(`(${finding.rule})`)}\n    ${this.chalk.dim(ruleHint(rule, lang))}\n`);
    }
  }

  private async runList(question: Question, section: Section): Promise<void> {
    const listPath = parsePath(question.path);
    this.currentList = listPath;
    const items = () => ((getIn(this.options.doc, listPath) as Item[] | undefined) ?? []);
    const start = getIn(this.options.doc, listPath) as Item[] | undefined;
    // Going back to a question elsewhere: nothing here is asked. Going back into an item of this
    // list: walk its items to it, then the list's menu as it was (the user was adding items).
    const listKey = `${pathToString(listPath)}.`;
    if (this.seek !== undefined && !this.seek.startsWith(listKey)) return;
    if (this.seek !== undefined && !question.fixed) {
      for (let i = 0; i < items().length && this.seek !== undefined; i++) await this.runItem(question, listPath, i, this.options.mode);
      if (this.seek !== undefined) return;
      return this.listMenu(question, section, listPath, items, start);
    }
    if (question.fixed) {
      for (let i = 0; i < items().length; i++) await this.runItem(question, listPath, i, this.options.mode);
      return;
    }
    let showMenu = this.options.mode === 'edit' || start === undefined;
    if (this.options.mode === 'new' && start === undefined && question.seeds) await this.seed(question, listPath);
    if (this.options.mode === 'new') {
      for (let i = 0; i < items().length; i++) if (await this.runItem(question, listPath, i, 'new')) showMenu = true;
    }
    if (!showMenu) return;
    await this.listMenu(question, section, listPath, items, start);
  }

  /** Add, edit or remove items until done. */
  private async listMenu(question: Question, section: Section, listPath: PathSegment[], items: () => Item[], start: Item[] | undefined): Promise<void> {
    const lang = this.options.lang;
    const w = words(lang);
    for (;;) {
      const list = items();
      const label = (item: Item, i: number) => `${i + 1}. ${question.label ? question.label(item) : String(item.id ?? i + 1)}`;
      const choices: PromptChoice[] = [
        { value: 'add', name: w.add(questionText(lang, question, 'noun')) },
        ...(list.length > 0 ? [{ value: 'done', name: w.done }] : [{ value: 'done', name: w.skip }]),
        ...list.map((item, i) => ({ value: `edit:${i}`, name: `${w.edit} ${label(item, i)}` })),
        ...list.map((item, i) => ({ value: `remove:${i}`, name: `${w.remove} ${label(item, i)}` })),
      ];
      this.showHeader();
      const answer = await this.options.prompter.ask({
        id: question.id, kind: 'menu', message: questionText(lang, question, 'message'), choices, help: this.helpText(question),
        default: list.length > 0 ? 'done' : 'add', list: { id: question.id, index: list.length, key: '' },
      });
      if (answer === BACK) {
        this.back();
        continue;
      }
      if (answer === undefined || answer === 'done') break;
      if (answer === 'add') await this.runItem(question, listPath, list.length, 'new');
      else if (typeof answer === 'string' && answer.startsWith('edit:')) await this.runItem(question, listPath, Number(answer.slice(5)), 'edit');
      else if (typeof answer === 'string' && answer.startsWith('remove:')) {
        const references = referencesTo(this.data, listPath, Number(answer.slice(7)), lang);
        if (!(await confirmRemoval(this.options.prompter, lang, `${questionText(lang, question, 'noun')} '${label(list[Number(answer.slice(7))], Number(answer.slice(7))).replace(/^\d+\. /, '')}'`, references))) continue;
        for (const p of references.paths) this.write(p, { kind: 'remove' });
        this.write([...listPath, Number(answer.slice(7))], { kind: 'remove' });
        // The items after it move up: "back" no longer returns into this list.
        for (let i = this.history.length - 1; i >= 0; i--) if (this.history[i].key.startsWith(`${pathToString(listPath)}.`)) this.history.splice(i, 1);
        if (items().length === 0) this.write(listPath, { kind: 'remove' });
      } else break;
      this.derive(section);
    }
    // "None" to a list not yet answered is an answer: a resumed draft does not ask it again.
    if (this.options.mode === 'new' && start === undefined && items().length === 0) this.write(listPath, { kind: 'set', value: [] });
  }

  private async seed(question: Question, listPath: PathSegment[]): Promise<void> {
    const seeds = question.seeds!.choices(this.scope());
    if (seeds.length === 0) return;
    const lang = this.options.lang;
    this.showHeader();
    const answer = await this.options.prompter.ask({
      id: `${question.id}.seeds`, kind: 'checkbox', message: questionText(lang, question, 'seeds.message'),
      choices: seeds.map((s) => ({ value: s.value, name: say(lang, s.key), checked: false })),
    });
    const picked = Array.isArray(answer) ? answer.map(String) : [];
    const unknown = picked.filter((p) => !seeds.some((s) => s.value === p));
    if (unknown.length) throw new AnswerError(runnerText(lang, 'error.unknownSeeds', { id: `${question.id}.seeds`, unknown: unknown.join(', '), choices: seeds.map((s) => s.value).join(', ') }));
    const chosen = seeds.filter((s) => picked.includes(s.value)).map((s) => s.item);
    if (chosen.length > 0) this.write(listPath, { kind: 'set', value: chosen });
  }

  /** Asks the item questions; returns whether any was asked. */
  private async runItem(question: Question, listPath: PathSegment[], index: number, mode: 'new' | 'edit'): Promise<boolean> {
    const saved = this.options.mode;
    this.options.mode = mode;
    this.currentList = listPath;
    let asked = false;
    try {
      for (const q of question.item ?? []) {
        if (await this.ask(q, [...listPath, index], { question, index })) asked = true;
      }
    } finally {
      this.options.mode = saved;
    }
    return asked;
  }
}

/** Puts the `id` key first in its map: ids lead list items in our files. */
function moveFirst(doc: Document, mapPath: PathSegment[]): void {
  const node = doc.getIn(mapPath, true);
  if (!isMap(node)) return;
  const at = node.items.findIndex((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === 'id');
  if (at > 0) node.items.unshift(...node.items.splice(at, 1));
}
