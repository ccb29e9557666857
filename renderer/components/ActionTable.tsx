import type { ReactNode } from 'react';

/**
 * A table of rows with actions in the last column: its column heads, the actions' head said to screen readers
 * only, and the rows, in the frame that scrolls a wide table on a narrow window.
 */
export function ActionTable({
  testId,
  columns,
  actions,
  children,
}: {
  testId: string;
  columns: readonly string[];
  /** The name of the last column, for screen readers (its buttons say what they do). */
  actions: string;
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
