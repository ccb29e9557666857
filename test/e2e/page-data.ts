import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';

/** The bytes of a download. */
export async function bytesOf(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!);
}

/**
 * Calls a procedure of the API from the page, with the page's own token (as the screens do), for a
 * test to set up or read data the screens under test are not about. Throws with the error's code.
 */
export async function callApi<T = unknown>(page: Page, name: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([procedure, body]) => {
      const token = sessionStorage.getItem('sessionDesk.token');
      const response = await fetch(`/api/${procedure}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${procedure}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    [name, input] as const,
  ) as Promise<T>;
}

/**
 * Calls a file procedure (an export) as the tab does: POST /files/<procedure>, then each file's
 * binary download; answers the call's answer and each file's bytes.
 */
export async function deliverApi<A = unknown>(
  page: Page,
  name: string,
  input: unknown,
): Promise<{ answer: A; files: { fileName: string; bytes: Buffer }[] }> {
  const delivered = await page.evaluate(
    async ([procedure, body]) => {
      const token = sessionStorage.getItem('sessionDesk.token');
      const response = await fetch(`/files/${procedure}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as {
        ok: boolean;
        value: { answer: unknown; files: { fileName: string; href: string }[] };
        error?: unknown;
      };
      if (!result.ok) throw new Error(`${procedure}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    [name, input] as const,
  );
  const files = [];
  for (const file of delivered.files) {
    const download = await page.request.get(new URL(file.href, page.url()).href);
    files.push({ fileName: file.fileName, bytes: await download.body() });
  }
  return { answer: delivered.answer as A, files };
}

interface Version {
  id: string;
  language: string;
  content: { titleBlock: { title: string } };
}

/**
 * Gives the demo's concept paper a received Spanish version, so the translation screens have two
 * sides: its English text under a Spanish title, or `content` in both languages when given.
 */
export async function demoPaperWithSpanish(
  page: Page,
  content?: unknown,
): Promise<{ sessionId: string; documentId: string }> {
  const [session] = await callApi<{ id: string }[]>(page, 'sessions.list', {});
  const docs = await callApi<{ id: string; kind: string }[]>(page, 'documents.list', { sessionId: session!.id });
  const paper = docs.find((d) => d.kind === 'concept_paper')!;
  const versions = await callApi<Version[]>(page, 'documentVersions.list', { documentId: paper.id });
  const english = versions.find((v) => v.language === 'en')!;
  let spanish = content;
  if (content) {
    await callApi(page, 'documentVersions.update', { id: english.id, patch: { content } });
  } else {
    const translated = structuredClone(english.content);
    translated.titleBlock.title = 'Sesión anual sobre la gobernanza de la migración';
    spanish = translated;
  }
  await callApi(page, 'documentVersions.create', {
    documentId: paper.id,
    language: 'es',
    status: 'received',
    content: spanish,
    controlNumber: '',
  });
  return { sessionId: session!.id, documentId: paper.id };
}
