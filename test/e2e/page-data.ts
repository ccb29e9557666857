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
