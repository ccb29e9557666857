import { text, missing, expectEq, field, length } from './case-checks';
import type { Case } from './procedure-cases';

/** The cases of the registry (organizations, people) and of the list of speakers. */
export const REGISTRY_CASES: Record<string, Case> = {
  'organizations.list': {
    happy: () => ({ query: 'mexico' }),
    expect: (v) =>
      expectEq(
        (v as { code: string }[]).map((o) => o.code),
        ['MEX'],
        'accent-blind search',
      ),
    bad: () => ({ kind: 'planet' }),
    badCode: 'validation',
  },
  'organizations.get': {
    happy: (c) => ({ id: c.memberStateId }),
    expect: (v) => expectEq(field(v, 'code'), 'URY', 'code'),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'organizations.create': {
    happy: () => ({
      kind: 'observer',
      code: null,
      acronym: text(''),
      name: { en: 'Spain', es: 'España', fr: 'Espagne', pt: 'Espanha' },
      email: '',
      phone: '',
      notes: '',
    }),
    expect: (v) => expectEq(field(v, 'isReference'), false, 'user row'),
    bad: () => ({
      kind: 'observer',
      code: null,
      acronym: text(''),
      name: text('x'),
      email: '',
      phone: '',
      notes: '',
      isReference: true,
    }),
    badCode: 'validation',
  },
  'organizations.update': {
    happy: (c) => ({ id: c.memberStateId, patch: { email: 'mission@example.org' } }),
    expect: (v) => expectEq(field(v, 'email'), 'mission@example.org', 'contact'),
    bad: (c) => ({ id: c.memberStateId, patch: { name: text('Renamed') } }),
    badCode: 'reference_fixed',
  },
  'organizations.delete': {
    happy: (c) => ({ id: c.userOrganizationId }),
    bad: (c) => ({ id: c.memberStateId }),
    badCode: 'reference_fixed',
  },
  'people.list': {
    happy: () => ({ query: 'lefevre' }),
    expect: (v) => expectEq(length(v), 1, 'accent-blind search'),
    bad: () => ({ query: 7 }),
    badCode: 'validation',
  },
  'people.get': { happy: (c) => ({ id: c.personId }), bad: () => ({ id: missing }), badCode: 'not_found' },
  'people.create': {
    happy: (c) => ({
      name: 'Ana Pérez',
      honorific: 'Ambassador',
      position: 'Permanent Representative',
      organizationId: c.memberStateId,
      email: '',
    }),
    expect: (v) => expectEq(field(v, 'honorific'), 'Ambassador', 'honorific'),
    bad: () => ({ name: 'Ana Pérez', honorific: '', position: '', organizationId: missing, email: '' }),
    badCode: 'not_found',
  },
  'people.update': {
    happy: (c) => ({ id: c.personId, patch: { position: 'Chair' } }),
    expect: (v) => expectEq(field(v, 'position'), 'Chair', 'position'),
    bad: (c) => ({ id: c.personId, patch: { name: '   ' } }),
    badCode: 'validation',
  },
  'people.delete': { happy: (c) => ({ id: c.sparePersonId }), bad: (c) => ({ id: c.personId }), badCode: 'in_use' },
  'speakers.list': {
    happy: (c) => ({ agendaItemId: c.panelId }),
    expect: (v) => expectEq(length(v), 6, 'panelists'),
    bad: () => ({ agendaItemId: 'x' }),
    badCode: 'validation',
  },
  'speakers.get': {
    happy: (c) => ({ id: c.speakerIds[0] }),
    expect: (v) => expectEq(field(v, 'role'), 'panelist', 'role'),
    bad: () => ({ id: missing }),
    badCode: 'not_found',
  },
  'speakers.create': {
    happy: (c) => ({
      agendaItemId: c.panelId,
      personId: null,
      organizationId: c.memberStateId,
      role: 'delegation',
      allottedMinutes: 5,
      status: 'requested',
      requestedAt: '2023-05-09T10:42:00',
    }),
    expect: (v) => expectEq(field(v, 'position'), 6, 'appended'),
    bad: (c) => ({
      agendaItemId: c.panelId,
      personId: null,
      organizationId: null,
      role: 'delegation',
      allottedMinutes: 5,
      status: 'requested',
      requestedAt: '2023-05-09T10:42:00',
    }),
    badCode: 'validation',
  },
  'speakers.update': {
    happy: (c) => ({ id: c.speakerIds[0], patch: { status: 'spoke' } }),
    expect: (v) => expectEq(field(v, 'status'), 'spoke', 'status'),
    bad: (c) => ({ id: c.speakerIds[0], patch: { personId: null, organizationId: null } }),
    badCode: 'validation',
  },
  'speakers.delete': { happy: (c) => ({ id: c.speakerIds[0] }), bad: () => ({ id: missing }), badCode: 'not_found' },
  'speakers.reorder': {
    happy: (c) => ({ agendaItemId: c.panelId, ids: [...c.speakerIds].reverse() }),
    expect: (v, c) =>
      expectEq(
        (v as { id: string }[]).map((s) => s.id),
        [...c.speakerIds].reverse(),
        'order',
      ),
    bad: (c) => ({ agendaItemId: c.panelId, ids: [...c.speakerIds, missing] }),
    badCode: 'validation',
  },
};
