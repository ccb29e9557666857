/** Where the reader is, for messages: "paragraph 12", "footnote 3". */
export interface Place {
  label: string;
}
