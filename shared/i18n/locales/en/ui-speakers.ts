/** The time check of a list of speakers (issue 13, part 5), English: the reference the other languages match. */
export const speakersTimeUi = {
  /** Whom "Give every speaker N minutes" changes: always those from the floor, the panel only when ticked. */
  reach: {
    legend: 'The limit applies to delegations, observers and organizations, and also to',
    panelists: 'Panelists and keynote speakers',
    moderators: 'Moderators',
  },
  /** Details → Documents, when an exported list of speakers would run past an item's slot. */
  pastSlot: {
    title:
      'The list of speakers runs past the item’s slot: its export marks the speakers beyond the slot and says so under the item.',
    item: 'Item {{number}}: {{minutes}} past the end of its slot ({{end}})',
  },
};

export type SpeakersTimeUiMessages = typeof speakersTimeUi;
