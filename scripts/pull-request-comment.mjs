// The GitHub Action's pull-request comment (action.yml): the semantic diff as ONE comment,
// edited in place on every push. The comment is recognised by the hidden marker it starts
// with; the pull request's comments are read page by page until it is found.
// Usage: node scripts/pull-request-comment.mjs BODY.md, with GITHUB_TOKEN, GITHUB_REPOSITORY,
// DPIA_PULL_REQUEST and (as on every runner) GITHUB_API_URL; writes comment-url to GITHUB_OUTPUT.
import { appendFileSync, readFileSync } from 'node:fs';

const MARKER = '<!-- dpia:diff -->';
// GitHub refuses a comment longer than 65,536 characters.
const LIMIT = 65_000;

const env = process.env;
const api = env.GITHUB_API_URL || 'https://api.github.com';

async function request(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${env.GITHUB_TOKEN}`,
      'x-github-api-version': '2022-11-28',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(`${method} ${url}: ${response.status} ${data.message ?? response.statusText}`), { status: response.status });
  return { data, next: /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1] };
}

async function existingComment(issue) {
  let url = `${issue}/comments?per_page=100`;
  while (url) {
    const page = await request('GET', url);
    const found = page.data.find((comment) => typeof comment.body === 'string' && comment.body.startsWith(MARKER));
    if (found) return found;
    url = page.next;
  }
  return undefined;
}

function body(file) {
  let text = readFileSync(file, 'utf8');
  if (text.length > LIMIT) text = `${text.slice(0, text.lastIndexOf('\n', LIMIT))}\n\n…\n`;
  return `${MARKER}\n${text}`;
}

async function run() {
  const [file] = process.argv.slice(2);
  const issue = `${api}/repos/${env.GITHUB_REPOSITORY}/issues/${env.DPIA_PULL_REQUEST}`;
  const existing = await existingComment(issue);
  const { data } = existing
    ? await request('PATCH', `${api}/repos/${env.GITHUB_REPOSITORY}/issues/comments/${existing.id}`, { body: body(file) })
    : await request('POST', `${issue}/comments`, { body: body(file) });
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `comment-url=${data.html_url}\n`);
}

run().catch((error) => {
  // A token that may not write (a pull request from a fork) leaves a warning, not a failure.
  const level = error.status === 403 ? 'warning' : 'error';
  process.stdout.write(`::${level}::dpia: ${String(error.message).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exitCode = level === 'error' ? 1 : 0;
});
