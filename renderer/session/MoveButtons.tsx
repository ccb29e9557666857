/**
 * The up and down buttons of a reorderable row. `data-role` is how focus finds the same button after the row moved;
 * at an end the button is aria-disabled rather than disabled so that it keeps focus.
 */
export function MoveButtons({
  upLabel,
  downLabel,
  atTop,
  atBottom,
  downTestId,
  onUp,
  onDown,
  words,
}: {
  upLabel: string;
  downLabel: string;
  atTop?: boolean;
  atBottom?: boolean;
  downTestId?: string;
  onUp: () => void;
  onDown: () => void;
  /** The buttons' visible words, from the list: a translation hook in each of sixty rows costs when it opens. */
  words: { moveUp: string; moveDown: string };
}) {
  return (
    <>
      <button
        type="button"
        className="button button--small"
        data-role="move-up"
        aria-disabled={atTop ? true : undefined}
        aria-label={upLabel}
        onClick={onUp}
      >
        ↑ <span aria-hidden="true">{words.moveUp}</span>
      </button>
      <button
        type="button"
        className="button button--small"
        data-role="move-down"
        data-testid={downTestId}
        aria-disabled={atBottom ? true : undefined}
        aria-label={downLabel}
        onClick={onDown}
      >
        ↓ <span aria-hidden="true">{words.moveDown}</span>
      </button>
    </>
  );
}
