// What `--format docx` loads on first use (render.ts's docxWriter): the Markdown read as
// blocks, the tracked-changes diff and the Word writer, with marked's lexer, jsdiff and the
// docx library. One bundle of its own in dist/ (scripts/build.mjs), so that md, HTML and PDF never parse it.
export { markdownBlocks, plainText } from './blocks.ts';
export { attribute, diffBlocks } from './block-diff.ts';
export { writeDocx } from './docx.ts';
