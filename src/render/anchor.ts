// The anchor a Markdown viewer (GitHub's, and most others) gives a heading, which the
// notice's Markdown links to (notice-view.ts) and the Word writer turns into a bookmark
// (docx.ts): lower case, punctuation dropped, spaces as hyphens.
/** A heading's anchor as GitHub (and most Markdown viewers) make it. */
export function markdownAnchor(heading: string): string {
  return heading.toLowerCase().trim().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}
