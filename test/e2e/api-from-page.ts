import type { Page } from '@playwright/test';

/**
 * Calls one API procedure from inside the page, which holds the host's token, and returns its value.
 * Tests read a few fields of the loosely typed answer; the app itself goes through the typed client.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function callApi(page: Page, name: string, input: unknown): Promise<any> {
  return page.evaluate(
    async ({ name, input }) => {
      const token = sessionStorage.getItem('sessionDesk.token');
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    { name, input },
  );
}
