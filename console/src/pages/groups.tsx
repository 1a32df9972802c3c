import { useEffect, useState } from 'react';
import { pagesOf, unwrap, type ImClient } from '../api';
import { navigate, type PageProps } from '../route';
import { Card, DataTable, Field, useAction } from '../ui';

interface Member {
  user_id: number;
  display_name?: string;
  join_time?: number;
}

/**
 * One group, run as its admin (the admin token's group_id header): info, members, muting
 * (/group/ban: no sending for a while), banning (/group/block: out, and may not come back), dissolving.
 */
export function GroupsPage({ client, params }: PageProps) {
  const groupId = Number(params.get('group') ?? 0);
  const [text, setText] = useState(groupId ? String(groupId) : '');
  return (
    <div className="columns">
      <Card title="Find a group">
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            navigate('groups', { group: text.trim() });
          }}
        >
          <Field label="Group id">
            <input name="group_id" required value={text} onChange={(event) => setText(event.target.value)} />
          </Field>
          <button type="submit">Open</button>
        </form>
      </Card>
      {groupId > 0 && <GroupPanel key={groupId} client={client.asGroupAdmin(groupId)} groupId={groupId} />}
    </div>
  );
}

function GroupPanel({ client, groupId }: { client: ImClient; groupId: number }) {
  const [info, setInfo] = useState<Record<string, unknown> | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [minutes, setMinutes] = useState(60);
  const [gone, setGone] = useState(false);
  const load = useAction();
  const action = useAction();

  async function refresh() {
    await load.run(async () => {
      setInfo((await unwrap(client.api.GET('/group/info', { params: { query: { group_id: groupId } } }))) as Record<string, unknown>);
      const listed: Member[] = [];
      for await (const member of pagesOf((cursor: string | undefined) => client.api.GET('/group/member_list', { params: { query: { group_id: groupId, cursor, limit: 1000 } } }))) listed.push(member as Member);
      setMembers(listed);
    });
  }
  useEffect(() => {
    void refresh();
  }, [groupId]);

  const act = async (done: string, call: () => Promise<unknown>) => {
    if ((await action.run(call, done)) !== undefined) await refresh();
  };

  async function dissolve() {
    if (!window.confirm(`Dissolve group ${groupId}? Every member is removed.`)) return;
    if ((await action.run(() => unwrap(client.api.POST('/group/destroy', { params: { query: { group_id: groupId } } })), 'Group dissolved')) !== undefined) setGone(true);
  }

  return (
    <Card title={`Group ${groupId}`}>
      {load.status}
      {action.status}
      {info && !gone && (
        <>
          <dl className="facts">
            {Object.entries(info).map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{value === null || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value)}</dd>
              </div>
            ))}
          </dl>
          <div className="row">
            <Field label="Mute for (minutes)">
              <input type="number" min={1} max={525600} value={minutes} onChange={(event) => setMinutes(Number(event.target.value))} />
            </Field>
            <button type="button" className="danger" onClick={dissolve}>
              Dissolve
            </button>
          </div>
          <h3>Members ({members.length})</h3>
          <DataTable
            rows={members}
            columns={[
              { accessorKey: 'user_id', header: 'User' },
              { accessorKey: 'display_name', header: 'Display name' },
              {
                id: 'actions',
                header: '',
                cell: (cell) => {
                  const userId = cell.row.original.user_id;
                  return (
                    <span className="row">
                      <button type="button" onClick={() => act(`User ${userId} muted`, () => unwrap(client.api.POST('/group/ban', { body: { group_id: groupId, user_list: [userId], duration: minutes } })))}>
                        Mute
                      </button>
                      <button type="button" onClick={() => act(`User ${userId} unmuted`, () => unwrap(client.api.POST('/group/unban', { body: { group_id: groupId, user_list: [userId] } })))}>
                        Unmute
                      </button>
                      <button type="button" onClick={() => act(`User ${userId} banned`, () => unwrap(client.api.POST('/group/block', { body: { group_id: groupId, user_list: [userId] } })))}>
                        Ban
                      </button>
                    </span>
                  );
                },
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
