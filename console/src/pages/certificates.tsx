import { useEffect, useState, type FormEvent } from 'react';
import { ImApiError, unwrap, type components } from '../api';
import type { PageProps } from '../route';
import { Card, DataTable, Field, useAction } from '../ui';

type Certificate = components['schemas']['PushCertificateResponseDto'];
const PROVIDERS: Record<number, string> = { 1: 'APNs', 2: 'Huawei', 3: 'Xiaomi', 4: 'Meizu', 5: 'vivo', 6: 'OPPO', 7: 'FCM' };
type Provider = components['schemas']['PushCertificateCreateDto']['provider'];
type Environment = 0 | 1;
const FIELDS = ['app_id', 'app_key', 'app_secret', 'certificate', 'key_id', 'team_id', 'bundle_id', 'package_name'] as const;

/** The app's push certificates, as the server shows them: secrets masked. One per provider and environment. */
export function CertificatesPage({ client }: PageProps) {
  const [certificates, setCertificates] = useState<Certificate[]>([]);
  const [form, setForm] = useState<Record<string, string>>({ provider: '2', environment: '1' });
  const [replacing, setReplacing] = useState(false);
  const load = useAction();
  const action = useAction();

  async function refresh() {
    await load.run(async () => {
      const found: Certificate[] = [];
      for (const provider of Object.keys(PROVIDERS).map(Number)) {
        for (const environment of [0, 1]) {
          try {
            const certificate = await unwrap(client.api.GET('/push/certificate', { params: { query: { provider: provider as Provider, environment: environment as Environment } } }));
            if (certificate && !found.some((known) => known.name === certificate.name)) found.push(certificate);
          } catch (error) {
            if (!(error instanceof ImApiError) || error.code === 401 || error.code === 10010) throw error;
          }
        }
      }
      setCertificates(found);
    });
  }
  useEffect(() => {
    void refresh();
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const fields = Object.fromEntries(FIELDS.filter((field) => form[field]).map((field) => [field, form[field]]));
    const body = { ...fields, name: form.name, environment: Number(form.environment) as Environment };
    const call = replacing
      ? () => unwrap(client.api.PUT('/push/certificate', { body }))
      : () => unwrap(client.api.POST('/push/certificate', { body: { ...body, provider: Number(form.provider) as Provider } }));
    if ((await action.run(call, replacing ? 'Certificate updated' : 'Certificate stored')) !== undefined) await refresh();
  }

  async function remove(name: string) {
    if (!window.confirm(`Delete certificate ${name}?`)) return;
    if ((await action.run(() => unwrap(client.api.DELETE('/push/certificate', { body: { name } })), 'Certificate deleted')) !== undefined) await refresh();
  }

  const set = (field: string) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });

  return (
    <div className="columns">
      <Card title="Certificates">
        {load.status}
        <DataTable
          rows={certificates}
          empty="No certificates"
          columns={[
            { accessorKey: 'name', header: 'Name' },
            { accessorKey: 'provider', header: 'Provider', cell: (cell) => PROVIDERS[cell.getValue() as number] },
            { accessorKey: 'environment', header: 'Environment', cell: (cell) => (cell.getValue() ? 'production' : 'development') },
            { accessorKey: 'app_id', header: 'Vendor app id' },
            { accessorKey: 'app_secret', header: 'Secret' },
            {
              id: 'actions',
              header: '',
              cell: (cell) => (
                <span className="row">
                  <button
                    type="button"
                    onClick={() => {
                      const certificate = cell.row.original;
                      setReplacing(true);
                      setForm({ name: certificate.name, provider: String(certificate.provider), environment: String(certificate.environment) });
                    }}
                  >
                    Edit
                  </button>
                  <button type="button" className="danger" onClick={() => remove(cell.row.original.name)}>
                    Delete
                  </button>
                </span>
              ),
            },
          ]}
        />
      </Card>
      <Card title={replacing ? `Update ${form.name}` : 'Add a certificate'}>
        <form onSubmit={save}>
          <Field label="Name (the notifier_name devices bind to)">
            <input required readOnly={replacing} value={form.name ?? ''} onChange={set('name')} />
          </Field>
          <Field label="Provider">
            <select disabled={replacing} value={form.provider} onChange={set('provider')}>
              {Object.entries(PROVIDERS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Environment">
            <select value={form.environment} onChange={set('environment')}>
              <option value="1">production</option>
              <option value="0">development</option>
            </select>
          </Field>
          {FIELDS.map((field) => (
            <Field key={field} label={replacing ? `${field} (left empty: unchanged)` : field}>
              {field === 'certificate' ? <textarea value={form[field] ?? ''} onChange={set(field)} /> : <input value={form[field] ?? ''} onChange={set(field)} />}
            </Field>
          ))}
          <div className="row">
            <button type="submit" disabled={action.busy}>
              {replacing ? 'Update' : 'Store'}
            </button>
            {replacing && (
              <button type="button" onClick={() => (setReplacing(false), setForm({ provider: '2', environment: '1' }))}>
                Cancel
              </button>
            )}
          </div>
        </form>
        {action.status}
      </Card>
    </div>
  );
}
