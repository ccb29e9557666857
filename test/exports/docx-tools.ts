import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

/** The XML parts of a DOCX, by name (word/document.xml…). */
export async function docxParts(file: Buffer | string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(typeof file === 'string' ? fs.readFileSync(file) : file);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = await zip.file(name)!.async('string');
  }
  return parts;
}

export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `session-desk-${prefix}-`));

/**
 * Converts DOCX files to PDF with LibreOffice in one run (about 1.5 s for the first file, little
 * for the next), with a profile of its own so that parallel test files never share one. Returns
 * the PDF paths, in the order of the inputs; throws when LibreOffice could not load a file.
 */
export function convertToPdf(files: readonly string[], outDir: string): string[] {
  const profile = tempDir('lo-profile');
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((file) => {
    const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice could not load ${file}`);
    return pdf;
  });
}

/**
 * One export per language, written into `dir`, then converted to PDF in one LibreOffice run: each
 * language's document.xml and the path of its PDF.
 */
export async function exportedPerLanguage<L extends string>(
  languages: readonly L[],
  dir: string,
  exportIn: (language: L) => Promise<{ fileName: string; bytes: Uint8Array }>,
): Promise<Record<L, { xml: string; pdf: string }>> {
  const written: string[] = [];
  for (const language of languages) {
    const file = await exportIn(language);
    const out = path.join(dir, file.fileName);
    fs.writeFileSync(out, Buffer.from(file.bytes));
    written.push(out);
  }
  const pdfs = convertToPdf(written, dir);
  const result = {} as Record<L, { xml: string; pdf: string }>;
  for (const [index, language] of languages.entries()) {
    result[language] = { xml: (await docxParts(written[index]!))['word/document.xml']!, pdf: pdfs[index]! };
  }
  return result;
}

/**
 * The text of a PDF (or of some of its pages), as pdftotext reads it in content order (its default
 * mode joins a word hyphenated at a line end, and a long URL broken after a hyphen with it; its layout
 * mode may print a footnote's number inside its text).
 */
export function pdfText(pdf: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', ['-raw', ...range, pdf, '-'], { encoding: 'utf8' });
}

export const pdfPageCount = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

/** All matches of a regular expression's first group. */
export const allOf = (text: string, re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1] ?? m[0]);

/** The `<w:p>` elements of an XML part. */
export const paragraphsOf = (xml: string): string[] => allOf(xml, /(<w:p[ >](?:(?!<\/w:p>).)*<\/w:p>)/gs);

/** The text of a piece of WordprocessingML: its w:t elements, unescaped. */
export const textOf = (xml: string): string =>
  allOf(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The real footnotes (not the separators), by id, as their XML. */
export function footnotesOf(footnotesXml: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const m of footnotesXml.matchAll(/<w:footnote( [^>]*)>(.*?)<\/w:footnote>/gs)) {
    if (/w:type=/.test(m[1]!)) continue;
    notes.set(Number(/w:id="(-?\d+)"/.exec(m[1]!)![1]), m[2]!);
  }
  return notes;
}

/** Removes all whitespace: PDF text breaks lines (and long URLs) where the layout did. */
export const compact = (text: string) => text.replace(/\s+/g, '');
