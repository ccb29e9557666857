import { describe, expect, it } from 'vitest';
import type { SpeakerRole, SpeakerStatus } from '../domain/speaker';
import { orderByRule, orderSpeakers } from './order-speakers';

const speaker = (
  id: string,
  role: SpeakerRole,
  position: number,
  requestedAt: string,
  status: SpeakerStatus = 'requested',
) => ({
  id,
  role,
  position,
  requestedAt,
  status,
});

describe('the order of the list of speakers', () => {
  const list = [
    speaker('observer', 'observer', 0, '2023-05-01T09:00:00'),
    speaker('late-state', 'delegation', 1, '2023-05-08T09:00:00'),
    speaker('panel-b', 'panelist', 2, '2023-05-09T09:00:00'),
    speaker('early-state', 'delegation', 3, '2023-05-02T09:00:00'),
    speaker('moderator', 'moderator', 4, '2023-05-09T09:00:00'),
    speaker('panel-a', 'panelist', 5, '2023-04-01T09:00:00'),
    speaker('withdrawn-state', 'delegation', 6, '2023-05-01T08:00:00', 'withdrawn'),
    speaker('organization', 'organization', 7, '2023-05-01T09:00:00'),
  ];

  it('by rule: moderator, panelists in their set order, delegations by request time, observers, organizations, withdrawn last', () => {
    expect(orderByRule(list).map((s) => s.id)).toEqual([
      'moderator',
      'panel-b',
      'panel-a',
      'early-state',
      'late-state',
      'observer',
      'organization',
      'withdrawn-state',
    ]);
  });

  it("by the chair's hand: the stored positions", () => {
    expect(orderSpeakers(list, 'manual').map((s) => s.id)).toEqual(list.map((s) => s.id));
  });
});
