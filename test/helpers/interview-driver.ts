// Types an interview into a real terminal from an answers map (the same format as an
// --answers file): reads the active prompt from the screen, finds its question in the
// catalogues, and presses the keys a person would.
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { allQuestions } from '../../src/interview/catalogue.ts';
import type { Answers } from '../../src/interview/answers.ts';
import { choiceLabel, draftArgs, questionText, type QuestionPart } from '../../src/interview/text.ts';
import type { Assessment } from '../../src/model/schema.ts';
import type { Choice, Question, Scope } from '../../src/interview/types.ts';
import { words } from '../../src/interview/words.ts';
import type { Lang } from '../../src/rules/types.ts';
import type { Terminal } from './tmux.ts';

interface Active {
  line: string;
  question?: Question;
  list?: Question;
  index?: number;
  menu?: Question;
  seeds?: Question;
}

export class InterviewDriver {
  private answered = 0;
  private readonly counts = new Map<string, number>();
  readonly asked: string[] = [];
  private readonly catalogue = allQuestions();
  private readonly lists: Question[];

  constructor(private readonly term: Terminal, private readonly answers: Answers, private readonly lang: Lang, private readonly file: string) {
    this.lists = this.catalogue.filter((q) => q.question.kind === 'list-of-items').map((q) => q.question);
  }

  private doneLines(history: string): number {
    return history.split('\n').filter((l) => l.startsWith('✔ ')).length;
  }

  /** The active prompt, once the previous answer has been taken. */
  async active(timeoutMs = 15_000): Promise<Active | { exit: number }> {
    return this.term.waitFor(() => {
      const history = this.term.history();
      const exit = /\[exit:(\d+)\]/.exec(history);
      if (exit) return { exit: Number(exit[1]) };
      if (this.doneLines(history) < this.answered) return undefined;
      const lines = history.split('\n');
      const line = [...lines].reverse().find((l) => l.startsWith('? '));
      if (!line) return undefined;
      const found = this.identify(line.slice(2));
      return found ?? undefined;
    }, `prompt ${this.answered + 1}`, timeoutMs);
  }

  private identify(line: string): Active | undefined {
    const m = this.lang;
    // A question may name the groups of people the draft records (text.ts draftArgs).
    const args = draftArgs(m, this.data() as Assessment);
    const text = (question: Question, part: QuestionPart) => questionText(m, question, part, args);
    for (const list of this.lists) {
      if (line.startsWith(text(list, 'message'))) return { line, menu: list };
      if (list.seeds && line.startsWith(text(list, 'seeds.message'))) return { line, seeds: list };
    }
    // An item is named by its label ("Measure 'x': ", "Tiltak «x»: ") or, while it has none, its number.
    const items = this.catalogue.filter((entry) => entry.list && line.startsWith(`${text(entry.list, 'noun')} `))
      .map((entry) => ({ entry, rest: /^(?:(\d+)|'(.*?)'|«(.*?)»): (.*)$/.exec(line.slice(text(entry.list!, 'noun').length + 1)) }))
      .filter(({ entry, rest }) => rest && rest[4].startsWith(text(entry.question, 'message')))
      .sort((a, b) => text(b.entry.question, 'message').length - text(a.entry.question, 'message').length);
    if (items[0]) {
      const { entry, rest } = items[0];
      const name = rest![2] ?? rest![3];
      const list = (get(this.data(), entry.list!.path) as Array<Record<string, unknown>> | undefined) ?? [];
      const index = name === undefined ? Number(rest![1]) - 1 : list.findIndex((item) => entry.list!.label?.(item) === name);
      return { line, question: entry.question, list: entry.list, index };
    }
    const q = this.catalogue.filter(({ question, list }) => !list && question.kind !== 'list-of-items' && line.startsWith(text(question, 'message')))
      .sort((a, b) => text(b.question, 'message').length - text(a.question, 'message').length)[0];
    return q ? { line, question: q.question } : undefined;
  }

  private data(): Record<string, unknown> {
    return existsSync(this.file) ? (parse(readFileSync(this.file, 'utf8')) ?? {}) : {};
  }

  /** Answers prompts until the command exits; returns its exit code. `stopAfter` answers, then returns -1. */
  async run(stopAfter = Infinity): Promise<number> {
    for (;;) {
      if (this.answered >= stopAfter) return -1;
      const active = await this.active();
      if ('exit' in active) return active.exit;
      await this.answer(active);
      this.answered++;
    }
  }

  private async answer(active: Active): Promise<void> {
    const w = words(this.lang);
    if (active.menu) {
      const list = active.menu;
      const wanted = this.answers[list.id];
      const count = this.counts.get(list.id) ?? 0;
      const add = Array.isArray(wanted) && count < wanted.length;
      this.asked.push(`${list.id}:${add ? 'add' : 'done'}`);
      if (add) this.counts.set(list.id, count + 1);
      // The menu opens on "Add" when the list is empty and on "Done" otherwise; they are neighbours.
      const labels = [w.add(questionText(this.lang, list, 'noun')), count === 0 ? w.skip : w.done];
      await this.pick(labels, add ? 0 : 1, count === 0 ? 0 : 1);
      return;
    }
    if (active.seeds) {
      const list = active.seeds;
      const picked = (this.answers[`${list.id}.seeds`] as string[] | undefined) ?? [];
      const seeds = list.seeds!.choices(this.scope());
      this.asked.push(`${list.id}.seeds`);
      this.counts.set(list.id, picked.length);
      await this.tick(seeds.map((s) => s.value), picked);
      return;
    }
    const q = active.question!;
    this.asked.push(q.id);
    let value: unknown;
    if (active.list) {
      const items = this.answers[active.list.id] as Array<Record<string, unknown>> | undefined;
      value = items?.[active.index!]?.[q.path];
    } else value = this.answers[q.id];
    const scope = this.scope(active);
    switch (q.kind) {
      case 'confirm':
        this.term.type(value === undefined ? '' : value === true || value === 'yes' ? (this.lang === 'nb' ? 'j' : 'y') : 'n');
        this.term.keys('Enter');
        return;
      case 'select': {
        const choices = this.choices(q, scope);
        const start = Math.max(0, choices.findIndex((c) => String(c.value) === String(this.current(active) ?? (typeof q.default === 'function' ? undefined : q.default) ?? (choices.some((x) => x.value === '') ? '' : choices[0].value))));
        const target = value === undefined ? start : choices.findIndex((c) => String(c.value) === String(value));
        if (target < 0) throw new Error(`${q.id}: "${String(value)}" is not a choice`);
        const labels = choices.map((c) => choiceLabel(this.lang, q, c));
        await this.pick(labels, target, start);
        return;
      }
      case 'checkbox': {
        const choices = this.choices(q, scope);
        await this.tick(choices.map((c) => String(c.value)), ((value as unknown[] | undefined) ?? []).map(String));
        return;
      }
      default:
        this.term.type(value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value));
        this.term.keys('Enter');
    }
  }

  private current(active: Active): unknown {
    const data = this.data();
    const base: unknown = active.list ? (get(data, active.list.path) as unknown[] | undefined)?.[active.index!] : data;
    return get(base, active.question!.path);
  }

  private scope(active?: Active): Scope {
    const data = this.data();
    const item = active?.list ? (get(data, active.list.path) as Array<Record<string, unknown>> | undefined)?.[active.index!] : undefined;
    return { data, item, index: active?.index, today: '2026-03-01', config: { root: '.' }, lang: this.lang } as Scope;
  }

  private choices(q: Question, scope: Scope): Choice[] {
    return typeof q.choices === 'function' ? q.choices(scope) : q.choices ?? [];
  }

  /** Moves the select cursor from `start` to `target`, checks it is on the right label, presses Enter. */
  private async pick(labels: string[], target: number, start: number): Promise<void> {
    const steps = target - start;
    for (let i = 0; i < Math.abs(steps); i++) this.term.keys(steps > 0 ? 'Down' : 'Up');
    const label = labels[target];
    await this.term.waitFor(() => this.term.screen().split('\n').some((l) => l.startsWith(`❯ ${label}`)), `cursor on "${label}"`);
    this.term.keys('Enter');
  }

  private async tick(values: string[], wanted: string[]): Promise<void> {
    let position = 0;
    const indices = wanted.map((value) => {
      const index = values.indexOf(value);
      if (index < 0) throw new Error(`"${value}" is not one of ${values.join(', ')}`);
      return index;
    }).sort((a, b) => a - b);
    for (const index of indices) {
      for (; position < index; position++) this.term.keys('Down');
      this.term.keys('Space');
    }
    const ticked = wanted.length;
    await this.term.waitFor(() => (this.term.screen().match(/◉/g) ?? []).length >= ticked, `${ticked} ticked boxes`);
    this.term.keys('Enter');
  }
}

function get(data: unknown, dotted: string): unknown {
  let node = data;
  for (const part of dotted.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}
