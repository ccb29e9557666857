/** The time check of a list of speakers (issue 13, part 5), English: the reference the other languages match. */
export const speakersTimeUi = {
  /** Whom "Give every speaker N minutes" changes: always those from the floor, the panel only when ticked. */
  reach: {
    legend: 'The limit applies to delegations, observers and organizations, and also to',
    panelists: 'Panelists and keynote speakers',
    moderators: 'Moderators',
  },
};

export type SpeakersTimeUiMessages = typeof speakersTimeUi;
