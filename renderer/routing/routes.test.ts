import { describe, expect, it } from 'vitest';
import { parseRoute, sessionHref } from './routes';

const ID = '5757c36a-5bf8-49fc-b180-ad53fc08b2ec';

describe('parseRoute', () => {
  it('shows the list for an empty or root hash', () => {
    for (const hash of ['', '#', '#/', '#/sessions', '#/sessions/'])
      expect(parseRoute(hash)).toEqual({ name: 'sessions' });
  });
  it('reads a session id', () => {
    expect(parseRoute(sessionHref(ID))).toEqual({ name: 'session', id: ID });
    expect(parseRoute(`#/sessions/${ID.toUpperCase()}/`)).toEqual({ name: 'session', id: ID });
  });
  it('finds nothing elsewhere', () => {
    for (const hash of ['#/sessions/42', '#/people', '#token=abc', `#/sessions/${ID}/agenda`]) {
      expect(parseRoute(hash), hash).toEqual({ name: 'notFound' });
    }
  });
});
