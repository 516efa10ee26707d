// `dpia render --format pdf`: the HTML document printed by a Chromium-based browser found on
// the machine (Chromium, Chrome or Edge), with the print stylesheet (A4, the title and
// "page / pages" in the page margins), the document outline from the headings, and tags
// (Chromium writes tagged PDF, its structure from the HTML, the language from <html lang>).
// The browser runs headless on a private profile in a temporary folder, reads the page
// from a file, and may not reach any network: no request leaves the machine.
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Environment variables naming the browser, the first set one wins: dpia's own, then the one Lighthouse and chrome-launcher read. */
export const BROWSER_VARIABLES = ['DPIA_BROWSER', 'CHROME_PATH'] as const;

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable', 'msedge'];

const PLACES: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge'],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

export type BrowserLookup = { path: string } | { variable: string; path: string; missing: true } | undefined;

function executable(path: string): boolean {
  try {
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to print with: the variable's, else the first of the usual names on PATH, else the first of the usual places (`places`, for tests). */
export function findBrowser(env: NodeJS.ProcessEnv, places: readonly string[] = PLACES[process.platform] ?? []): BrowserLookup {
  for (const variable of BROWSER_VARIABLES) {
    const path = env[variable];
    if (path === undefined || path === '') continue;
    return executable(path) ? { path } : { variable, path, missing: true };
  }
  const folders = (env.PATH ?? '').split(delimiter).filter((f) => f !== '');
  const suffixes = process.platform === 'win32' ? ['.exe'] : [''];
  for (const name of NAMES) {
    for (const folder of folders) {
      for (const suffix of suffixes) {
        const path = join(folder, name + suffix);
        if (executable(path)) return { path };
      }
    }
  }
  for (const path of places) if (executable(path)) return { path };
  return undefined;
}

export class PrintError extends Error {}

/** The HTML printed to PDF by `browser`; a PrintError with the browser's last words when it fails or takes longer than `timeout` ms. */
export async function printPdf(html: string, browser: string, timeout = 120_000): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'dpia-pdf-'));
  try {
    const page = join(dir, 'document.html');
    const out = join(dir, 'document.pdf');
    writeFileSync(page, html);
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--mute-audio',
      // No name resolves: whatever the page asked for could not leave the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      '--generate-pdf-document-outline',
      `--print-to-pdf=${out}`,
      // Chromium's sandbox refuses to start as root (containers, CI): there, without it.
      ...(typeof process.getuid === 'function' && process.getuid() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ];
    const { code, output } = await run(browser, args, timeout);
    let pdf: Buffer | undefined;
    try {
      pdf = readFileSync(out);
    } catch {
      pdf = undefined;
    }
    if (code !== 0 || pdf === undefined || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      const last = output.split('\n').map((l) => l.trim()).filter((l) => l !== '').at(-1);
      throw new PrintError(code === null ? `no PDF after ${Math.round(timeout / 1000)} s` : last ?? `exit code ${code}`);
    }
    return new Uint8Array(pdf);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeout: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // node:child_process on first use (as in src/git.ts): an HTML or Markdown render never loads it.
    const child = process.getBuiltinModule('node:child_process').spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new PrintError(error.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: signal === 'SIGKILL' ? null : code, output });
    });
  });
}
