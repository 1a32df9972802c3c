import { useEffect, useState, type ReactNode } from 'react';
import { flexRender, type RowData } from '@tanstack/react-table';
import { getCoreRowModel, getFilteredRowModel, getPaginationRowModel, useLegacyTable, type LegacyColumnDef } from '@tanstack/react-table/legacy';
import { describeError, unwrapEnvelope, type Answered, type ItemOf } from './api';

/** A refused call, with its MaxIM code and message. */
export function ErrorBox({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {describeError(error)}
    </p>
  );
}

/** Runs one action at a time and keeps its error (or its success note) for display. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<string | null>(null);
  async function run<T>(action: () => Promise<T>, done?: string): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const result = await action();
      if (done) setNote(done);
      return result;
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  const status = (
    <>
      <ErrorBox error={error} />
      {note && <p className="note" role="status">{note}</p>}
    </>
  );
  return { busy, error, run, status };
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

export function Card({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="card">
      <header>
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

/** Every field of an answer as a term and its value: empty ones as a dash, objects as JSON. */
export function Facts({ of, testId }: { of: Record<string, unknown>; testId?: string }) {
  return (
    <dl className="facts" data-testid={testId}>
      {Object.entries(of).map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{value === null || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface TableProps<Row extends RowData> {
  rows: Row[];
  columns: LegacyColumnDef<Row, any>[];
  /** Rows per page when the table pages in the browser (lists the API answers whole). */
  pageSize?: number;
  filter?: string;
  empty?: string;
  testId?: string;
}

/** A table (TanStack Table) that pages and filters what it holds; server-paged lists page around it. */
export function DataTable<Row extends RowData>({ rows, columns, pageSize = 20, filter = '', empty = 'Nothing to show', testId }: TableProps<Row>) {
  const table = useLegacyTable<Row>({
    data: rows,
    columns,
    state: { globalFilter: filter },
    initialState: { pagination: { pageIndex: 0, pageSize } },
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
  });
  const pageCount = table.getPageCount();
  return (
    <div className="table-wrap" data-testid={testId}>
      <table>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id}>{flexRender(header.column.columnDef.header, header.getContext())}</th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} data-label={String(cell.column.columnDef.header ?? '')}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">{empty}</p>}
      {pageCount > 1 && (
        <Pager page={table.getState().pagination.pageIndex + 1} pages={pageCount} onPage={(page) => table.setPageIndex(page - 1)} />
      )}
    </div>
  );
}

export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  return (
    <nav className="pager">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹ Previous
      </button>
      <span>
        Page {page} of {Math.max(pages, 1)}
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next ›
      </button>
    </nav>
  );
}

/**
 * A cursor-paged list (the API answers a page and the cursor of the next): the cursors of the pages
 * visited are kept, so Previous goes back without the server paging backwards. A change of `query`
 * (a keyword, a kind) starts again at the first page; `refresh` reloads the page shown.
 */
export function useCursorPages<R extends Answered>(fetchPage: (cursor: string | undefined) => Promise<R>, query: string) {
  const [visited, setVisited] = useState<(string | undefined)[]>([undefined]);
  const [shownQuery, setShownQuery] = useState(query);
  const [items, setItems] = useState<ItemOf<R>[]>([]);
  const [next, setNext] = useState<string | undefined>();
  const [version, setVersion] = useState(0);
  const load = useAction();
  if (shownQuery !== query) {
    setShownQuery(query);
    setVisited([undefined]);
  }
  const cursor = visited[visited.length - 1];
  useEffect(() => {
    let current = true;
    void load.run(async () => {
      const page = await unwrapEnvelope(fetchPage(cursor));
      if (!current) return;
      setItems((page.data ?? []) as ItemOf<R>[]);
      setNext(page.cursor || undefined);
    });
    return () => {
      current = false;
    };
  }, [query, visited, version]);
  const pager = (
    <CursorPager
      page={visited.length}
      hasNext={next !== undefined}
      onPrevious={() => setVisited(visited.slice(0, -1))}
      onNext={() => setVisited([...visited, next])}
    />
  );
  return { items, pager, status: load.status, refresh: () => setVersion((known) => known + 1) };
}

export function CursorPager({ page, hasNext, onPrevious, onNext }: { page: number; hasNext: boolean; onPrevious: () => void; onNext: () => void }) {
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="pager">
      <button type="button" disabled={page <= 1} onClick={onPrevious}>
        ‹ Previous
      </button>
      <span>Page {page}</span>
      <button type="button" disabled={!hasNext} onClick={onNext}>
        Next ›
      </button>
    </nav>
  );
}

export const time = (ms: number | null | undefined) => (ms ? new Date(ms).toLocaleString() : '—');
