import { useEffect, useState, type FormEvent } from 'react';
import { unwrap, type components } from '../api';
import type { PageProps } from '../route';
import { Card, useAction } from '../ui';

type Settings = components['schemas']['AppSettingsDto'];
type Changes = components['schemas']['AppSettingsUpdateDto'];

/** What the form holds: the two limits as text, each with "none / default" as its own choice. */
interface Draft {
  registration_open: boolean;
  stranger_messages: boolean;
  groupsCapped: boolean;
  max_groups: string;
  ownQuota: boolean;
  file_quota_bytes: string;
}

const draftOf = (settings: Settings): Draft => ({
  registration_open: settings.registration_open,
  stranger_messages: settings.stranger_messages,
  groupsCapped: settings.max_groups !== null,
  max_groups: settings.max_groups === null ? '' : String(settings.max_groups),
  ownQuota: settings.file_quota_bytes !== null,
  file_quota_bytes: settings.file_quota_bytes === null ? '' : String(settings.file_quota_bytes),
});

/** 1536 → "1.5 KiB"; the exact byte count stays beside it where it is edited. */
function bytes(count: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = count;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${count} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * The app's own rules (GET/POST /app/settings, our admin route; the CLI's registration,
 * stranger-messages, group-limit and file-quota): only the fields changed are sent, and the page
 * shows what the server answers, so a refused value leaves the stored one on screen.
 */
export function SettingsPage({ client }: PageProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const load = useAction();
  const save = useAction();

  useEffect(() => {
    void load.run(async () => {
      const stored = await unwrap(client.api.GET('/app/settings'));
      if (stored) {
        setSettings(stored);
        setDraft(draftOf(stored));
      }
    });
  }, []);

  function changes(current: Settings, wanted: Draft): Changes {
    const changed: Changes = {};
    if (wanted.registration_open !== current.registration_open) changed.registration_open = wanted.registration_open;
    if (wanted.stranger_messages !== current.stranger_messages) changed.stranger_messages = wanted.stranger_messages;
    const maxGroups = wanted.groupsCapped ? Number(wanted.max_groups) : null;
    if (maxGroups !== current.max_groups) changed.max_groups = maxGroups;
    const quota = wanted.ownQuota ? Number(wanted.file_quota_bytes) : null;
    if (quota !== current.file_quota_bytes) changed.file_quota_bytes = quota;
    return changed;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!settings || !draft) return;
    const changed = changes(settings, draft);
    if (Object.keys(changed).length === 0) return;
    const stored = await save.run(() => unwrap(client.api.POST('/app/settings', { body: changed })), 'Settings saved');
    if (stored) {
      setSettings(stored);
      setDraft(draftOf(stored));
    }
  }

  const set = (field: Partial<Draft>) => draft && setDraft({ ...draft, ...field });
  const unchanged = !settings || !draft || Object.keys(changes(settings, draft)).length === 0;

  return (
    <div className="columns">
      <Card title="App settings">
        {load.status}
        {settings && draft && (
          <form onSubmit={submit} data-testid="settings-form">
            <fieldset className="choice">
              <legend>Registration</legend>
              <label>
                <input type="checkbox" name="registration_open" checked={draft.registration_open} onChange={(event) => set({ registration_open: event.target.checked })} />
                <span>Open: anyone may register (/user/register); closed, only the admin token registers users</span>
              </label>
            </fieldset>
            <fieldset className="choice">
              <legend>Messages between strangers</legend>
              <label>
                <input type="checkbox" name="stranger_messages" checked={draft.stranger_messages} onChange={(event) => set({ stranger_messages: event.target.checked })} />
                <span>Allowed: users who are not friends may message each other</span>
              </label>
            </fieldset>
            <fieldset className="choice">
              <legend>Group limit</legend>
              <label>
                <input type="radio" name="groups_capped" checked={!draft.groupsCapped} onChange={() => set({ groupsCapped: false })} />
                No limit
              </label>
              <label>
                <input type="radio" name="groups_capped" checked={draft.groupsCapped} onChange={() => set({ groupsCapped: true })} />
                At most
                <input
                  type="number"
                  name="max_groups"
                  min={0}
                  step={1}
                  required={draft.groupsCapped}
                  disabled={!draft.groupsCapped}
                  value={draft.max_groups}
                  onChange={(event) => set({ max_groups: event.target.value })}
                />
                live groups
              </label>
            </fieldset>
            <fieldset className="choice">
              <legend>File quota</legend>
              <label>
                <input type="radio" name="own_quota" checked={!draft.ownQuota} onChange={() => set({ ownQuota: false })} />
                The server default: {settings.file_quota_default_bytes === 0 ? 'no quota' : bytes(settings.file_quota_default_bytes)}
              </label>
              <label>
                <input type="radio" name="own_quota" checked={draft.ownQuota} onChange={() => set({ ownQuota: true })} />
                This app:
                <input
                  type="number"
                  name="file_quota_bytes"
                  min={0}
                  step={1}
                  required={draft.ownQuota}
                  disabled={!draft.ownQuota}
                  value={draft.file_quota_bytes}
                  onChange={(event) => set({ file_quota_bytes: event.target.value })}
                />
                bytes{draft.ownQuota && draft.file_quota_bytes !== '' && ` (${bytes(Number(draft.file_quota_bytes))})`}
              </label>
              <p className="muted" data-testid="file-used">
                Stored now: {bytes(settings.file_used_bytes ?? 0)}
              </p>
            </fieldset>
            <div className="row">
              <button type="submit" disabled={save.busy || unchanged}>
                Save
              </button>
              <button type="button" disabled={save.busy || unchanged} onClick={() => setDraft(draftOf(settings))}>
                Undo changes
              </button>
            </div>
            {save.status}
          </form>
        )}
      </Card>
    </div>
  );
}
