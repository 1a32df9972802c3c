import { useEffect, useState } from 'react';
import { pagesOf, unwrap, type ImClient } from '../api';
import { navigate, type PageProps } from '../route';
import { Card, DataTable, Facts, Field, time, useAction, useCursorPages } from '../ui';

interface Member {
  user_id: number;
  display_name?: string | null;
  join_time?: number;
}

const PAGE_SIZE = 20;

/**
 * The app's live groups, newest first, a cursor page at a time (GET /group/app_list, by part of the
 * name), and one group run as its admin (the admin token's group_id header): info, members, muting
 * (/group/ban: no sending for a while), banning (/group/block: out, and may not come back), dissolving.
 */
export function GroupsPage({ client, params }: PageProps) {
  const keyword = params.get('q') ?? '';
  const groupId = Number(params.get('group') ?? 0);
  const [text, setText] = useState(keyword);
  useEffect(() => setText(keyword), [keyword]);
  const groups = useCursorPages((cursor) => client.api.GET('/group/app_list', { params: { query: { keyword: keyword || undefined, cursor, limit: PAGE_SIZE } } }), keyword);
  const open = (id: number) => navigate('groups', { ...(keyword ? { q: keyword } : {}), group: id });
  return (
    <div className="columns">
      <Card title={keyword ? `Groups named like “${keyword}”` : 'Groups, newest first'}>
        <form
          className="row search"
          onSubmit={(event) => {
            event.preventDefault();
            const wanted = text.trim();
            // A number is taken as a group id and opened; anything else searches the names.
            if (/^\d+$/.test(wanted)) navigate('groups', { group: wanted });
            else navigate('groups', wanted ? { q: wanted } : {});
          }}
        >
          <Field label="Part of a group name, or a group id">
            <input name="group_lookup" type="search" value={text} onChange={(event) => setText(event.target.value)} />
          </Field>
          <button type="submit">Find</button>
        </form>
        {groups.status}
        <DataTable
          testId="group-table"
          rows={groups.items}
          pageSize={PAGE_SIZE}
          empty={keyword ? 'No group matches' : 'No groups'}
          columns={[
            { accessorKey: 'group_id', header: 'Id' },
            { accessorKey: 'name', header: 'Name' },
            { accessorKey: 'owner_id', header: 'Owner', cell: (cell) => <a href={`#/users?user=${cell.getValue()}`}>{String(cell.getValue())}</a> },
            { accessorKey: 'member_count', header: 'Members' },
            { accessorKey: 'created_at', header: 'Created', cell: (cell) => time(cell.getValue() as number) },
            {
              id: 'open',
              header: '',
              cell: (cell) => (
                <button type="button" onClick={() => open(cell.row.original.group_id)}>
                  Open
                </button>
              ),
            },
          ]}
        />
        {groups.pager}
      </Card>
      {groupId > 0 && <GroupPanel key={groupId} client={client.asGroupAdmin(groupId)} groupId={groupId} onDissolved={groups.refresh} />}
    </div>
  );
}

function GroupPanel({ client, groupId, onDissolved }: { client: ImClient; groupId: number; onDissolved: () => void }) {
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
    if ((await action.run(() => unwrap(client.api.POST('/group/destroy', { params: { query: { group_id: groupId } } })), 'Group dissolved')) !== undefined) {
      setGone(true);
      onDissolved();
    }
  }

  return (
    <Card title={`Group ${groupId}`}>
      {load.status}
      {action.status}
      {info && !gone && (
        <>
          <Facts of={info} />
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
            testId="group-members"
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
