// Speed of dpia, measured against references run in the same session so that machine
// speed cancels out. Not a test: `npm run bench` prints a Markdown table (the README
// quotes it) and exits 1 when a target is missed.
//
// Each row runs a subject and its reference as pairs, alternating which goes first, and
// takes the ratio of each pair: the table gives the median ratio and its spread (the
// middle half of the pairs, p25–p75, and the extremes). Targets apply to the median.
//   check, cold    `dpia check` of the lead-scoring example with a new, empty cache folder
//                  for every run (no code cache, no results) vs `node -e 0`     <= 2.0
//   check, cached  the same with one cache folder for all runs (filled by two untimed
//                  runs), as a developer re-runs it                             <= 1.5
//   render, cold   `dpia render --format html` of the same file, new cache folder
//                  every run, vs `node -e 0`                                    <= 4.0
//   its floor      under the cold `check` and the cold `render`: a script that only
//                  loads the modules of dist/ the command loads and reads the file with
//                  js-yaml, as the command does, vs `node -e 0`; no target: what the
//                  command's design costs before any rule or template runs
//   and libraries  under the cold `render`: its floor, then marked and sanitize-html
//                  turning the report's Markdown into HTML as `render` runs them; no
//                  target: what the libraries dpia renders with cost before its own work
//   10,000 files   `dpia check` of 10,000 assessments (the four examples, each a distinct
//                  file), new cache folder, vs a script that only reads and parses the
//                  same files with the parser check reads a plain file with (js-yaml,
//                  src/model/plain-yaml.ts): the floor                          <= 1.4
//                  check uses a worker thread per core there (--concurrency auto) and
//                  the floor one thread, so the row after it is check on one thread
//                  (--concurrency off) against the same floor; BENCH_YAML_FLOOR=1 adds
//                  check against the yaml library's parse (the floor before js-yaml)
//   fairness       `dpia fairness` of the lead-scoring example's three tests from a CSV of
//                  10,000,000 scored leads (the example's columns, 340 MB), vs a script that
//                  only reads the same file with the same parser and options (csv-parse):
//                  the floor; no target, and the peak memory (max RSS) of one run with a
//                  tenth of the rows beside one with all of them, to show it stays flat
//   scan           `dpia scan` of a CRM's 3,000 SQL migrations (BENCH_SCAN_FILES) with an
//                  assessment that declares every field, cold (new cache folder) and with the
//                  fields of every unchanged file in the cache, vs a script that only reads the
//                  same files; no target (BENCH_ROWS=scan, left out of the default run)
// Every row is measured on each Node.js given: BENCH_NODES (paths separated by ':') or,
// by default, this node and those `node scripts/install-node.mjs 22 24` installed.
// BENCH_RUNS: pairs per row (default 21); BENCH_FILE_RUNS: pairs for the 10,000 files
// (default 3); BENCH_FILES: how many files (default 10000); BENCH_ROWS: a subset, e.g. "cold,cached"
// (the default leaves out "fairness", which takes minutes); BENCH_FAIRNESS_ROWS: rows of its CSV
// (default 10000000).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'dpia.js');
const example = join(root, 'examples', 'lead-scoring', 'lead-scoring.dpia.yaml');
const runs = Number(process.env.BENCH_RUNS ?? 21);
const fileCount = Number(process.env.BENCH_FILES ?? 10000);
const fileRuns = Number(process.env.BENCH_FILE_RUNS ?? 3);
const rows = (process.env.BENCH_ROWS ?? 'cold,cached,render,files').split(',');
const fairnessRows = Number(process.env.BENCH_FAIRNESS_ROWS ?? 10_000_000);
const scanFiles = Number(process.env.BENCH_SCAN_FILES ?? 3000);

function nodes() {
  if (process.env.BENCH_NODES) return process.env.BENCH_NODES.split(':').filter(Boolean);
  const found = [process.execPath];
  const installed = join(root, '.nodes');
  if (existsSync(installed)) {
    for (const major of readdirSync(installed).sort((a, b) => Number(a) - Number(b))) {
      const dir = join(installed, major, 'node_modules');
      const pkg = existsSync(dir) ? readdirSync(dir).find((name) => name.startsWith('node-')) : undefined;
      if (pkg) found.push(join(dir, pkg, 'bin', 'node'));
    }
  }
  return found;
}

const work = mkdtempSync(join(tmpdir(), 'dpia-bench-'));
// No cache outside the folders each row names: the user's cache folder stays out of it.
// (The bench's folder has no package.json, so dpia uses XDG_CACHE_HOME; CACHE_DIR would win.)
const env = { ...process.env, NO_COLOR: '1' };
delete env.CACHE_DIR;
delete env.NODE_OPTIONS;
// Node.js 20 reads NODE_EXTRA_CA_CERTS (a proxy's certificate authority, as on build
// machines) at every start, some 45 ms for Debian's bundle, which 22 and 24 put off until
// TLS is used: left in, it lengthens `node -e 0` more than dpia's run and flatters the ratio.
// dpia makes no network connection; the bench measures starts as a user's shell has them.
delete env.NODE_EXTRA_CA_CERTS;

/** One run; `cache` is the user's cache folder for it (XDG_CACHE_HOME), where dpia keeps its caches. */
function time(node, args, cache = join(work, 'xdg')) {
  const start = process.hrtime.bigint();
  const result = spawnSync(node, args, { cwd: work, env: { ...env, XDG_CACHE_HOME: cache }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${node} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/**
 * A command's floor: a script that only loads the modules of dist/ that the command loads
 * (found by running it once and listing them at exit, in the order they were loaded, so
 * each module's own start-up work runs too) and reads the assessment with js-yaml as
 * src/model/plain-yaml.ts does (events, then the data). No rule, template or output runs;
 * what the command does beyond this floor is all the rest of its cost.
 */
let floors = 0;
function floor(node, args) {
  const listing = join(work, `loaded-${floors}.txt`);
  const lister = join(work, `list-loaded-${floors}.cjs`);
  writeFileSync(lister, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listing)}, Object.keys(require.cache).join('\\n')));\n`);
  const result = spawnSync(node, ['--require', lister, ...args], { cwd: work, env: { ...env, XDG_CACHE_HOME: newCache() }, stdio: 'ignore' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${node} ${args.join(' ')} exited ${result.status}`);
  const dist = join(root, 'dist');
  const loaded = readFileSync(listing, 'utf8').split('\n').filter((file) => file.startsWith(dist));
  const yaml = join(dist, 'vendor', 'js-yaml.cjs');
  if (!loaded.includes(yaml)) throw new Error(`${args.join(' ')} did not load ${yaml}: the floor would not read the file as it does`);
  const script = join(work, `floor-${floors++}.cjs`);
  writeFileSync(script, [
    ...loaded.map((file) => `require(${JSON.stringify(file)});`),
    `const Y = require(${JSON.stringify(yaml)});`,
    `const text = require('node:fs').readFileSync(${JSON.stringify(example)}, 'utf8');`,
    `Y.constructFromEvents(Y.parseEvents(text, { maxDepth: 100 }), { source: text, schema: Y.CORE_SCHEMA, maxAliases: 0 });`,
  ].join('\n'));
  return [script];
}

/**
 * `render`'s floor with the libraries' own work on top: its floor script, then the render
 * bundle's Markdown → HTML (marked, then sanitize-html, as `render --format html` runs
 * them) of the report's Markdown, made beforehand by `render` (the HTML's Markdown differs
 * only in its risk matrices, written as HTML). No rule, no view, no template runs: what
 * `render` adds beyond this is dpia's own work.
 */
function libraryFloor(node, [script]) {
  const markdown = join(work, 'report.md');
  const made = spawnSync(node, [bin, 'render', example, '-o', markdown], { cwd: work, env: { ...env, XDG_CACHE_HOME: newCache() }, stdio: 'ignore' });
  if (made.status !== 0) throw new Error(`${node} render ${example} exited ${made.status}`);
  const withLibraries = script.replace(/\.cjs$/, '-libraries.cjs');
  writeFileSync(withLibraries, [
    readFileSync(script, 'utf8'),
    `require(${JSON.stringify(join(root, 'dist', 'commands', 'render.cjs'))}).markdownToHtml(require('node:fs').readFileSync(${JSON.stringify(markdown)}, 'utf8'));`,
  ].join('\n'));
  return [withLibraries];
}

let fresh = 0;
const newCache = () => join(work, 'caches', String(fresh++));

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];

/**
 * Pairs of (subject, reference), alternating which runs first; `subject` gives the arguments,
 * `cache` the cache folder of each run (a new one for a cold run).
 */
function measure(node, subject, reference, pairs, cache = newCache) {
  const s = [];
  const r = [];
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    let a;
    let b;
    if (i % 2 === 0) {
      a = time(node, subject, cache());
      b = time(node, reference);
    } else {
      b = time(node, reference);
      a = time(node, subject, cache());
    }
    s.push(a);
    r.push(b);
    ratios.push(a / b);
  }
  const sort = (v) => [...v].sort((x, y) => x - y);
  const sr = sort(ratios);
  return { subject: quantile(sort(s), 0.5), reference: quantile(sort(r), 0.5), ratio: quantile(sr, 0.5), p25: quantile(sr, 0.25), p75: quantile(sr, 0.75), min: sr[0], max: sr.at(-1), pairs };
}


try {
  const corpus = join(work, 'files');
  const parseOnly = join(work, 'parse-only.mjs');
  const parseOnlyYaml = join(work, 'parse-only-yaml.mjs');
  if (rows.includes('files')) {
    mkdirSync(corpus);
    const sources = ['lead-scoring', 'kundeservice-chatbot', 'personlige-tilbud', 'churn-prediction']
      .map((name) => readFileSync(join(root, 'examples', name, `${name}.dpia.yaml`), 'utf8'));
    for (let i = 0; i < fileCount; i++) {
      // Distinct bytes, same content: a comment line differs, so sign-offs stay valid.
      writeFileSync(join(corpus, `a${String(i).padStart(5, '0')}.dpia.yaml`), `# copy ${i}\n${sources[i % sources.length]}`);
    }
    // The floor before check read plain files with js-yaml: the yaml library's parse, shown beside it.
    writeFileSync(parseOnlyYaml, [
      `import { readdirSync, readFileSync } from 'node:fs';`,
      `import { parse } from ${JSON.stringify(join(root, 'node_modules', 'yaml', 'dist', 'index.js'))};`,
      `const dir = process.argv[2];`,
      `let n = 0;`,
      `for (const name of readdirSync(dir).sort()) if (name.endsWith('.dpia.yaml')) { parse(readFileSync(dir + '/' + name, 'utf8')); n++; }`,
      `if (n !== ${fileCount}) process.exit(3);`,
    ].join('\n'));
    writeFileSync(parseOnly, [
      `import { readdirSync, readFileSync } from 'node:fs';`,
      `import { CORE_SCHEMA, load } from ${JSON.stringify(join(root, 'node_modules', 'js-yaml', 'dist', 'js-yaml.mjs'))};`,
      `const dir = process.argv[2];`,
      `let n = 0;`,
      `for (const name of readdirSync(dir).sort()) if (name.endsWith('.dpia.yaml')) { load(readFileSync(dir + '/' + name, 'utf8'), { schema: CORE_SCHEMA }); n++; }`,
      `if (n !== ${fileCount}) process.exit(3);`,
    ].join('\n'));
  }

  // dpia scan over a CRM of many schema files: migrations (one table each, or columns added
  // to one), with an assessment that declares every field (so the run does all its work
  // and reports nothing); against a script that only reads the same files.
  const scanRepo = join(work, 'crm');
  const readFiles = join(work, 'read-files.mjs');
  if (rows.includes('scan')) {
    mkdirSync(join(scanRepo, 'migrations'), { recursive: true });
    const columns = ['email text', 'phone text', 'first_name text', 'last_name text', 'date_of_birth date', 'postcode char(4)', 'created_at timestamptz', 'status text', 'total numeric(10, 2)', 'notes text'];
    for (let i = 0; i < scanFiles; i++) {
      const name = `${String(i).padStart(5, '0')}_${i % 3 === 2 ? 'alter' : 'create'}.sql`;
      const table = `crm.t${Math.floor(i / 3)}`;
      const sql = i % 3 === 2
        ? `-- Migration ${i}\nALTER TABLE ${table} ADD COLUMN extra_${i} text; -- added later\nALTER TABLE ${table} ADD COLUMN mobile_${i} text;\n`
        : `-- Migration ${i}\nCREATE TABLE ${table}_${i % 3} (\n  id bigint PRIMARY KEY,\n${columns.map((c) => `  ${c}`).join(',\n')}\n);\nCREATE INDEX ON ${table}_${i % 3} (email);\n`;
      writeFileSync(join(scanRepo, 'migrations', name), sql);
    }
    writeFileSync(join(scanRepo, 'crm.dpia.yaml'), 'schemaVersion: 2\nid: bench\ndataCategories:\n  - id: everything\n    name: Every field\n    special: true\n    types: [national-id]\n    fields: ["**"]\ndataModel:\n  paths: [migrations]\n');
    writeFileSync(readFiles, [
      `import { readdirSync, readFileSync } from 'node:fs';`,
      `const dir = process.argv[2];`,
      `let n = 0;`,
      `for (const name of readdirSync(dir).sort()) if (name.endsWith('.sql')) { readFileSync(dir + '/' + name, 'utf8'); n++; }`,
      `if (n !== ${scanFiles}) process.exit(3);`,
    ].join('\n'));
  }

  const predictions = join(work, 'leads.csv');
  const predictionsTenth = join(work, 'leads-tenth.csv');
  const readOnly = join(work, 'read-only.mjs');
  if (rows.includes('fairness')) {
    // Scored leads as the example's evaluation table has them; a seeded generator, so the same file every run.
    const write = (file, count) => {
      let a = 7;
      const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const regions = ['Østlandet', 'Vestlandet', 'Nord-Norge', 'Trøndelag', 'Sørlandet'];
      const fd = openSync(file, 'w');
      writeSync(fd, 'lead_id,gender_estimate,region,score,opportunity\n');
      let chunk = '';
      for (let i = 0; i < count; i++) {
        const g = next();
        const score = Math.floor(next() * 101);
        const outcome = next() < 0.03 ? '' : next() < score / 100 ? '1' : '0';
        chunk += `L${String(i).padStart(8, '0')},${g < 0.43 ? 'female' : g < 0.92 ? 'male' : ''},${regions[Math.floor(next() * 5)]},${score},${outcome}\n`;
        if (chunk.length > 1 << 20) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      writeSync(fd, chunk);
      closeSync(fd);
    };
    write(predictions, fairnessRows);
    write(predictionsTenth, Math.round(fairnessRows / 10));
    writeFileSync(readOnly, [
      `import { createReadStream } from 'node:fs';`,
      `import { parse } from ${JSON.stringify(join(root, 'node_modules', 'csv-parse', 'lib', 'index.js'))};`,
      `let n = 0;`,
      `for await (const { record } of createReadStream(process.argv[2]).pipe(parse({ bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: false }))) if (record) n++;`,
      `if (n !== ${fairnessRows} && n !== ${Math.round(fairnessRows / 10)}) process.exit(3);`,
    ].join('\n'));
  }

  /** Peak memory (max RSS, MB) of one run, by GNU time where the machine has it. */
  const peak = (node, args) => {
    if (!existsSync('/usr/bin/time')) return undefined;
    const result = spawnSync('/usr/bin/time', ['-f', '%M', node, ...args], { cwd: work, env: { ...env, XDG_CACHE_HOME: newCache() }, encoding: 'utf8' });
    if (result.status !== 0 && result.status !== 1) throw new Error(`${node} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    const kb = Number(result.stderr.trim().split('\n').at(-1));
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
  };

  const table = [];
  const notes = [];
  let ok = true;
  // A row without a target is shown for comparison only.
  const row = (node, name, target, result) => {
    const missed = target !== undefined && result.ratio > target;
    ok &&= !missed;
    const goal = target === undefined ? '—' : `≤ ${target}${missed ? ' **missed**' : ''}`;
    table.push(`| ${node} | ${name} | ${result.subject.toFixed(0)} ms | ${result.reference.toFixed(0)} ms | ${result.ratio.toFixed(2)} | ${result.p25.toFixed(2)}–${result.p75.toFixed(2)} (${result.min.toFixed(2)}–${result.max.toFixed(2)}) | ${goal} |`);
    process.stderr.write(`${table.at(-1)}\n`);
  };
  for (const node of nodes()) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    const zero = ['-e', '0'];
    if (rows.includes('cold')) {
      row(version, '`check` one file, cold', 2.0, measure(node, [bin, 'check', example], zero, runs));
      row(version, '— its floor: only loading what `check` loads and reading the file, cold', undefined, measure(node, floor(node, [bin, 'check', example]), zero, runs));
    }
    if (rows.includes('cached')) {
      const cache = newCache();
      // A folder's first run writes the results, its second the code cache (src/boot/compile-cache.ts).
      for (let i = 0; i < 2; i++) time(node, [bin, 'check', example], cache);
      row(version, '`check` one file, cached', 1.5, measure(node, [bin, 'check', example], zero, runs, () => cache));
    }
    if (rows.includes('render')) {
      const out = join(work, 'out.html');
      row(version, '`render --format html`, cold', 4.0, measure(node, [bin, 'render', example, '--format', 'html', '-o', out], zero, runs));
      const renderFloor = floor(node, [bin, 'render', example, '--format', 'html', '-o', out]);
      row(version, '— its floor: only loading what `render` loads and reading the file, cold', undefined, measure(node, renderFloor, zero, runs));
      row(version, '— its floor and marked\'s and sanitize-html\'s work on the report, cold', undefined, measure(node, libraryFloor(node, renderFloor), zero, runs));
    }
    if (rows.includes('files')) {
      row(version, `\`check\` ${fileCount.toLocaleString('en')} files, cold`, 1.4, measure(node, [bin, 'check', corpus], [parseOnly, corpus], fileRuns));
      // The floor reads on one thread; check uses a worker per core (--concurrency auto). On one thread too, for comparison:
      row(version, `\`check\` ${fileCount.toLocaleString('en')} files, cold, one thread (\`--concurrency off\`)`, undefined, measure(node, [bin, 'check', corpus, '--concurrency', 'off'], [parseOnly, corpus], fileRuns));
      if (process.env.BENCH_YAML_FLOOR === '1') row(version, `\`check\` ${fileCount.toLocaleString('en')} files, cold, vs the yaml library's parse (the floor before)`, undefined, measure(node, [bin, 'check', corpus], [parseOnlyYaml, corpus], fileRuns));
    }
    if (rows.includes('scan')) {
      const args = [bin, 'scan', '--assessment', join(scanRepo, 'crm.dpia.yaml')];
      row(version, `\`scan\` ${scanFiles.toLocaleString('en')} SQL migrations, cold, vs reading them`, undefined, measure(node, args, [readFiles, join(scanRepo, 'migrations')], fileRuns));
      const cache = newCache();
      time(node, args, cache);
      row(version, `\`scan\` ${scanFiles.toLocaleString('en')} SQL migrations, cached (unchanged files), vs reading them`, undefined, measure(node, args, [readFiles, join(scanRepo, 'migrations')], fileRuns, () => cache));
    }
    if (rows.includes('fairness')) {
      const args = (data) => [bin, 'fairness', example, '--data', data, '--no-record'];
      row(version, `\`fairness\`, three tests, ${fairnessRows.toLocaleString('en')} rows of CSV, vs csv-parse reading them`, undefined, measure(node, args(predictions), [readOnly, predictions], fileRuns));
      // In a heap of 64 MB (V8 otherwise lets it grow while memory is plentiful): it finishes, with the same peak, whatever the number of rows.
      const capped = (data) => ['--max-old-space-size=64', ...args(data)];
      const [tenth, all] = [peak(node, capped(predictionsTenth)), peak(node, capped(predictions))];
      if (tenth !== undefined && all !== undefined) notes.push(`${version}: \`fairness\` in a 64 MB heap: peak memory (max RSS) ${tenth} MB for ${Math.round(fairnessRows / 10).toLocaleString('en')} rows, ${all} MB for ${fairnessRows.toLocaleString('en')}`);
    }
    rmSync(join(work, 'caches'), { recursive: true, force: true });
  }
  const header = [
    `${new Date().toISOString().slice(0, 10)}, ${runs} pairs per row (${fileCount.toLocaleString('en')} files: ${fileRuns}), subject and reference alternating; ratio = median of the pairs' ratios`,
    '',
    '| Node.js | measurement | dpia (median) | reference (median) | ratio | spread: p25–p75 (min–max) | target |',
    '|---|---|---|---|---|---|---|',
  ];
  process.stdout.write(`${[...header, ...table, ...(notes.length > 0 ? ['', ...notes.map((note) => `- ${note}`)] : [])].join('\n')}\n`);
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
