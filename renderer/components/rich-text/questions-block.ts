/** What the guiding-questions block shows: the session's questions, numbered, in the text's language. */
export interface QuestionsView {
  texts: readonly string[];
  heading: string;
  none: string;
}

/** Draws the block's content into the node view's element. */
export function drawQuestions(dom: HTMLElement, { texts, heading, none }: QuestionsView): void {
  const doc = dom.ownerDocument;
  const title = doc.createElement('p');
  title.className = 'guiding-questions-block__title';
  title.textContent = heading;
  dom.append(title);
  if (!texts.length) {
    const p = doc.createElement('p');
    p.textContent = none;
    dom.append(p);
    return;
  }
  const list = doc.createElement('ol');
  for (const text of texts) {
    const li = doc.createElement('li');
    li.textContent = text;
    list.append(li);
  }
  dom.append(list);
}
