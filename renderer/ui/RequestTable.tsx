import { useCallback, useState, type ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { RequestSummary } from '../../shared/views/request-view';
import { LIST_PAGE, useRequestPages, type RequestFilter } from '../api/queries';
import { ROW_LIST } from './row-keys';

export interface Column {
  header: string;
  cell: (request: RequestSummary, asOf: string) => ReactNode;
}

/**
 * A table of requests of any length: only the rows in view (and a few either side) are in the
 * page, and main is asked only for the pages they fall in. It stays a real table, with its row
 * count and each row's position given to assistive technology.
 */
export function RequestTable({
  labelledBy,
  filter,
  matching,
  columns,
}: {
  labelledBy: string;
  filter: RequestFilter;
  matching: number;
  columns: Column[];
}) {
  // Where the table starts on the page: the window scrolls, and the rows are placed from there.
  const [top, setTop] = useState(0);
  const tableRef = useCallback((table: HTMLTableElement | null) => {
    if (table) setTop(table.getBoundingClientRect().top + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({ count: matching, estimateSize: () => 60, overscan: 10, scrollMargin: top });
  const items = virtualizer.getVirtualItems();
  const pages = [...new Set(items.map((item) => Math.floor(item.index / LIST_PAGE)))];
  const results = useRequestPages(filter, pages);
  const rowAt = (index: number) => {
    const result = results[pages.indexOf(Math.floor(index / LIST_PAGE))];
    return result?.data ? { request: result.data.requests[index % LIST_PAGE], asOf: result.data.asOf } : null;
  };
  const margin = virtualizer.options.scrollMargin;
  const before = items.length ? items[0]!.start - margin : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items.at(-1)!.end - margin) : 0;

  return (
    <table className="queue" aria-labelledby={labelledBy} aria-rowcount={matching + 1} ref={tableRef} {...ROW_LIST}>
      <thead>
        <tr aria-rowindex={1}>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {before > 0 && <Spacer height={before} columns={columns.length} />}
        {items.map((item) => {
          const row = rowAt(item.index);
          return (
            <tr
              key={row?.request?.id ?? `row-${item.index}`}
              data-index={item.index}
              ref={virtualizer.measureElement}
              aria-rowindex={item.index + 2}
            >
              {row?.request ? (
                columns.map((c) => <td key={c.header}>{c.cell(row.request!, row.asOf)}</td>)
              ) : (
                <td colSpan={columns.length} className="muted">
                  Loading…
                </td>
              )}
            </tr>
          );
        })}
        {after > 0 && <Spacer height={after} columns={columns.length} />}
      </tbody>
    </table>
  );
}

/** The height of the rows not drawn, so the scroll bar tells the truth about the list's length. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
