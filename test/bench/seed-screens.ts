import type { Page } from '@playwright/test';

/* The big session the screens benchmark opens, filled through the API from inside the page. */

// The benchmark reads a few fields of loosely typed answers; the app itself goes through the typed client.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Call = (name: string, input: unknown) => Promise<any>;

/** Fills a session through the API, from inside the page (the page holds the host's token). */
export async function seedBigSession(
  page: Page,
  items: number,
  speakers: number,
): Promise<{ sessionId: string; itemId: string }> {
  return page.evaluate(
    async ({ items, speakers }) => {
      const token = sessionStorage.getItem('sessionDesk.token');
      const call: Call = async (name, input) => {
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        });
        const result = await response.json();
        if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
        return result.value;
      };
      const empty = { en: '', es: '', fr: '', pt: '' };
      // Written out, not imported: this function runs inside the page.
      const doc = { type: 'doc', content: [] };
      const emptyRich = { en: doc, es: doc, fr: doc, pt: doc };
      const [body] = await call('bodies.list', {});
      const session = await call('sessions.create', {
        bodyId: body.id,
        title: { ...empty, en: 'Benchmark session' },
        date: '2026-06-01',
        startTime: '09:00',
        endTime: '18:00',
        room: '',
        modality: 'in_person',
        originalLanguage: 'en',
        status: 'draft',
      });
      const created: { id: string }[] = [];
      for (let i = 0; i < items; i += 1) {
        created.push(
          await call('agendaItems.create', {
            sessionId: session.id,
            kind: i === 1 ? 'dialogue' : 'presentation',
            title: { ...empty, en: `Item number ${i + 1} of the benchmark` },
            annotation: {
              ...emptyRich,
              en: {
                type: 'doc',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: 'An annotation of one sentence.' }] }],
              },
            },
            durationMinutes: 5,
            documentSymbols: [],
            speakerOrder: 'by_rule',
          }),
        );
      }
      const itemId = created[1]!.id;
      const states = await call('organizations.list', { kind: 'member_state' });
      const roles = ['panelist', 'observer', 'organization', 'keynote'];
      const jobs: Promise<unknown>[] = [];
      for (let i = 0; i < speakers; i += 1) {
        const state = states[i % states.length];
        const job = (async () => {
          if (i < states.length) {
            return call('speakers.create', {
              agendaItemId: itemId,
              personId: null,
              organizationId: state.id,
              role: 'delegation',
              allottedMinutes: 3,
              status: 'requested',
              requestedAt: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00`,
            });
          }
          const person = await call('people.create', {
            name: `Speaker ${String(i).padStart(3, '0')} Benchmark`,
            honorific: 'Ms.',
            position: '',
            organizationId: state.id,
            email: '',
          });
          return call('speakers.create', {
            agendaItemId: itemId,
            personId: person.id,
            organizationId: null,
            role: roles[i % roles.length],
            allottedMinutes: 3,
            status: i % 17 === 0 ? 'withdrawn' : 'confirmed',
            requestedAt: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T11:${String(i % 60).padStart(2, '0')}:00`,
          });
        })();
        jobs.push(job);
        if (jobs.length >= 8) await Promise.all(jobs.splice(0));
      }
      await Promise.all(jobs);
      return { sessionId: session.id, itemId };
    },
    { items, speakers },
  );
}
