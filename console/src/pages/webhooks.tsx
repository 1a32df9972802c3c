import { useEffect, useState, type FormEvent } from 'react';
import { unwrap, unwrapEnvelope, type components } from '../api';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../../src/webhook/webhook.types';
import type { PageProps } from '../route';
import { Card, DataTable, Field, useAction, time } from '../ui';

type Endpoint = components['schemas']['WebhookEndpointDto'];
type Attempt = components['schemas']['WebhookAttemptDto'];
type EndpointChanges = Omit<components['schemas']['WebhookEndpointUpdateDto'], 'id'>;

/** Our admin routes /webhook/* (src/webhook/README.md): endpoints, their delivery log, replays. */
export function WebhooksPage({ client }: PageProps) {
  const [endpoints, setEndpoints] = useState<Endpoint[]>([]);
  const [selected, setSelected] = useState<number>(0);
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [url, setUrl] = useState('');
  const [types, setTypes] = useState<WebhookEventType[]>(['message.stored']);
  const [createdSecret, setCreatedSecret] = useState<string | null>(null);
  const load = useAction();
  const action = useAction();

  async function refresh() {
    await load.run(async () => setEndpoints((await unwrap(client.api.GET('/webhook/endpoint/list'))) ?? []));
  }
  useEffect(() => {
    void refresh();
  }, []);

  async function loadLog(endpointId: number, cursor?: string) {
    await load.run(async () => {
      const page = await unwrapEnvelope(client.api.GET('/webhook/delivery/list', { params: { query: { endpoint_id: endpointId, cursor, limit: 20 } } }));
      setAttempts(page.data ?? []);
      setCursors((known) => (page.cursor && !known.includes(page.cursor) ? [...known, page.cursor] : known));
    });
  }
  useEffect(() => {
    if (!selected) return;
    setCursors([undefined]);
    void loadLog(selected);
    const timer = setInterval(() => void loadLog(selected), 3000);
    return () => clearInterval(timer);
  }, [selected]);

  async function create(event: FormEvent) {
    event.preventDefault();
    const created = await action.run(() => unwrap(client.api.POST('/webhook/endpoint', { body: { url, event_types: types, enabled: true, with_content: true } })), 'Endpoint added');
    if (!created) return;
    setCreatedSecret(created.secret);
    await refresh();
    setSelected(created.id);
  }

  const update = async (id: number, changes: EndpointChanges) => {
    if ((await action.run(() => unwrap(client.api.PUT('/webhook/endpoint', { body: { id, ...changes } })), 'Endpoint updated')) !== undefined) await refresh();
  };
  const remove = async (id: number) => {
    if (!window.confirm(`Delete endpoint ${id}?`)) return;
    if ((await action.run(() => unwrap(client.api.DELETE('/webhook/endpoint', { body: { id } })), 'Endpoint deleted')) !== undefined) await refresh();
  };
  const replay = (eventId: string) =>
    action.run(() => unwrap(client.api.POST('/webhook/replay', { body: { endpoint_id: selected, event_id: eventId } })), `Event ${eventId} queued again`);

  return (
    <div className="columns">
      <Card title="Endpoints">
        {load.status}
        {action.status}
        {createdSecret && (
          <p className="note">
            Signing secret (shown once): <code data-testid="webhook-secret">{createdSecret}</code>
          </p>
        )}
        <DataTable
          testId="webhook-endpoints"
          rows={endpoints}
          empty="No endpoints"
          columns={[
            { accessorKey: 'id', header: 'Id' },
            { accessorKey: 'url', header: 'URL' },
            { accessorKey: 'event_types', header: 'Events', cell: (cell) => (cell.getValue() as WebhookEventType[]).join(', ') },
            { accessorKey: 'secret_hint', header: 'Secret', cell: (cell) => `…${cell.getValue()}` },
            { accessorKey: 'enabled', header: 'On', cell: (cell) => (cell.getValue() ? 'on' : 'off') },
            {
              id: 'actions',
              header: '',
              cell: (cell) => {
                const endpoint = cell.row.original;
                return (
                  <span className="row">
                    <button type="button" onClick={() => setSelected(endpoint.id)}>
                      Log
                    </button>
                    <button type="button" onClick={() => update(endpoint.id, { enabled: !endpoint.enabled })}>
                      {endpoint.enabled ? 'Turn off' : 'Turn on'}
                    </button>
                    <button type="button" className="danger" onClick={() => remove(endpoint.id)}>
                      Delete
                    </button>
                  </span>
                );
              },
            },
          ]}
        />
        <form onSubmit={create}>
          <h3>Add an endpoint</h3>
          <Field label="URL">
            <input name="webhook_url" type="url" required value={url} onChange={(event) => setUrl(event.target.value)} />
          </Field>
          <fieldset className="checks">
            <legend>Events</legend>
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type}>
                <input
                  type="checkbox"
                  checked={types.includes(type)}
                  onChange={(event) => setTypes(event.target.checked ? [...types, type] : types.filter((kept) => kept !== type))}
                />
                {type}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={action.busy}>
            Add endpoint
          </button>
        </form>
      </Card>
      {selected > 0 && (
        <Card title={`Delivery log of endpoint ${selected}`}>
          <DataTable
            testId="webhook-log"
            rows={attempts}
            pageSize={20}
            empty="No deliveries yet"
            columns={[
              { accessorKey: 'created_at', header: 'When', cell: (cell) => time(cell.getValue() as number) },
              { accessorKey: 'event_type', header: 'Event' },
              { accessorKey: 'attempt', header: 'Attempt' },
              { accessorKey: 'delivered', header: 'Status', cell: (cell) => (cell.getValue() ? 'delivered' : (cell.row.original.error ?? 'failed')) },
              { accessorKey: 'response_code', header: 'HTTP' },
              { accessorKey: 'latency_ms', header: 'ms' },
              {
                id: 'replay',
                header: '',
                cell: (cell) => (
                  <button type="button" onClick={() => replay(cell.row.original.event_id)}>
                    Replay
                  </button>
                ),
              },
            ]}
          />
          {cursors.length > 1 && (
            <nav className="pager">
              {cursors.map((cursor, index) => (
                <button key={cursor ?? 'newest'} type="button" onClick={() => loadLog(selected, cursor)}>
                  {index === 0 ? 'Newest' : `Page ${index + 1}`}
                </button>
              ))}
            </nav>
          )}
        </Card>
      )}
    </div>
  );
}
