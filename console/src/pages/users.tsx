import { useEffect, useState } from 'react';
import { unwrap, unwrapEnvelope, type components, type ImClient } from '../api';
import { navigate, type PageProps } from '../route';
import { Card, DataTable, Facts, Field, Pager, useAction, useCursorPages } from '../ui';
import type { LegacyColumnDef } from '@tanstack/react-table/legacy';

type ListedUser = components['schemas']['UserListItemDto'] & { nick_name?: string | null };

const PAGE_SIZE = 50;
const statusName = (status: number) => (status === 0 ? 'active' : 'disabled');

/**
 * The app's users: every user a page at a time (GET /user/list), or those the server finds for a
 * keyword (GET /user/search: part of a username or nick name, an exact id or email), and one
 * user's panel. The keyword lives in the address (`#/users?q=…`), so a reload keeps the search.
 */
export function UsersPage({ client, params }: PageProps) {
  const keyword = params.get('q') ?? '';
  const [lookup, setLookup] = useState(keyword);
  useEffect(() => setLookup(keyword), [keyword]);
  const [reload, setReload] = useState(0);
  const selected = Number(params.get('user') ?? 0);
  const open = (userId: number) => navigate('users', { ...(keyword ? { q: keyword } : {}), user: userId });
  const columns: LegacyColumnDef<ListedUser, any>[] = [
    { accessorKey: 'user_id', header: 'Id' },
    { accessorKey: 'username', header: 'Username' },
    { accessorKey: 'nick_name', header: 'Nick name', cell: (cell) => cell.getValue() || '—' },
    { accessorKey: 'status', header: 'Status', cell: (cell) => statusName(cell.getValue() as number) },
    {
      id: 'open',
      header: '',
      cell: (cell) => (
        <button type="button" onClick={() => open(cell.row.original.user_id)}>
          Open
        </button>
      ),
    },
  ];

  return (
    <div className="columns">
      <div>
        <form
          className="row search"
          onSubmit={(event) => {
            event.preventDefault();
            const wanted = lookup.trim();
            const target: Record<string, string> = wanted ? { q: wanted } : {};
            // A number may be a user id: its panel opens beside the matches.
            if (/^\d+$/.test(wanted)) target.user = wanted;
            navigate('users', target);
          }}
        >
          <Field label="Search: part of a username or nick name, a user id or an email">
            <input name="user_lookup" type="search" value={lookup} onChange={(event) => setLookup(event.target.value)} placeholder="alice, 10000012 or a@example.com" />
          </Field>
          <button type="submit">Search</button>
        </form>
        {keyword ? <UserSearch client={client} keyword={keyword} columns={columns} reload={reload} /> : <UserList client={client} columns={columns} reload={reload} />}
      </div>
      {selected > 0 && <UserPanel key={selected} client={client} userId={selected} onChanged={() => setReload(reload + 1)} />}
    </div>
  );
}

interface ListProps {
  client: ImClient;
  columns: LegacyColumnDef<ListedUser, any>[];
  reload: number;
}

/** Every user, by page number (GET /user/list answers a total). */
function UserList({ client, columns, reload }: ListProps) {
  const [page, setPage] = useState(1);
  const [users, setUsers] = useState<ListedUser[]>([]);
  const [total, setTotal] = useState(0);
  const list = useAction();
  useEffect(() => {
    void list.run(async () => {
      const answer = await unwrapEnvelope(client.api.GET('/user/list', { params: { query: { page_num: page, page_size: PAGE_SIZE } } }));
      setUsers(answer.data ?? []);
      setTotal(answer.total ?? 0);
    });
  }, [page, reload]);
  return (
    <Card title={`Users (${total})`}>
      {list.status}
      <DataTable testId="user-table" rows={users} pageSize={PAGE_SIZE} columns={columns} />
      <Pager page={page} pages={Math.ceil(total / PAGE_SIZE)} onPage={setPage} />
    </Card>
  );
}

/** The server's matches for a keyword, a cursor page at a time (GET /user/search). */
function UserSearch({ client, keyword, columns, reload }: ListProps & { keyword: string }) {
  const found = useCursorPages((cursor) => client.api.GET('/user/search', { params: { query: { keyword, cursor, limit: PAGE_SIZE } } }), keyword);
  useEffect(() => {
    if (reload) found.refresh();
  }, [reload]);
  return (
    <Card
      title={`Users matching “${keyword}”`}
      actions={
        <a className="button" href="#/users">
          All users
        </a>
      }
    >
      {found.status}
      <DataTable testId="user-table" rows={found.items} pageSize={PAGE_SIZE} columns={columns} empty="No user matches" />
      {found.pager}
    </Card>
  );
}

interface Device {
  device_sn: number;
  platform?: number;
  device_info?: string;
  notifier_name?: string | null;
  push_token?: string | null;
}

function UserPanel({ client, userId, onChanged }: { client: ImClient; userId: number; onChanged: () => void }) {
  const acting = client.asUser(userId);
  const [profile, setProfile] = useState<Record<string, unknown> | null>(null);
  const [devices, setDevices] = useState<Device[]>([]);
  const [deleted, setDeleted] = useState(false);
  const load = useAction();
  const action = useAction();

  async function refresh() {
    await load.run(async () => {
      setProfile((await unwrap(acting.api.GET('/user/profile'))) as Record<string, unknown>);
      setDevices(((await unwrap(acting.api.GET('/user/device/list'))) ?? []) as Device[]);
    });
  }
  useEffect(() => {
    void refresh();
  }, [userId]);

  async function setEnabled(enabled: boolean) {
    const path = enabled ? '/user/enable' : '/user/disable';
    await action.run(() => unwrap(client.api.PUT(path, { body: { list: [userId] } })), enabled ? 'User enabled' : 'User disabled: its tokens stop working');
    onChanged();
  }

  async function kick(deviceSn: number) {
    await action.run(() => unwrap(acting.api.POST('/user/kick', { body: { device_sn: deviceSn } })), `Device ${deviceSn} signed out`);
    await refresh();
  }

  async function remove() {
    if (!window.confirm(`Delete user ${userId}? This cannot be undone.`)) return;
    const done = await action.run(() => unwrap(acting.api.POST('/user/delete', { body: {} })), 'User deleted');
    if (done !== undefined) {
      setDeleted(true);
      onChanged();
    }
  }

  return (
    <Card title={`User ${userId}`}>
      {load.status}
      {action.status}
      {profile && !deleted && (
        <>
          <Facts of={profile} testId="user-profile" />
          <div className="row">
            <button type="button" disabled={action.busy} onClick={() => setEnabled(false)}>
              Disable
            </button>
            <button type="button" disabled={action.busy} onClick={() => setEnabled(true)}>
              Enable
            </button>
            <button type="button" className="danger" disabled={action.busy} onClick={remove}>
              Delete
            </button>
          </div>
          <ActingAs client={acting} userId={userId} />
          <h3>Devices</h3>
          <DataTable
            rows={devices}
            empty="No devices"
            columns={[
              { accessorKey: 'device_sn', header: 'Device' },
              { accessorKey: 'platform', header: 'Platform' },
              { accessorKey: 'device_info', header: 'Info' },
              { accessorKey: 'notifier_name', header: 'Push certificate' },
              {
                id: 'kick',
                header: '',
                cell: (cell) => (
                  <button type="button" onClick={() => kick(cell.row.original.device_sn)}>
                    Kick
                  </button>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}

const FRIENDS_PAGE = 50;

/**
 * What the user sees, read through the client's asUser (the admin token with the user_id header):
 * their friends a page at a time and their groups, each opening the conversation viewer as them.
 */
function ActingAs({ client, userId }: { client: ImClient; userId: number }) {
  const [friends, setFriends] = useState<number[]>([]);
  const [friendsCursor, setFriendsCursor] = useState<string | undefined>();
  const [groups, setGroups] = useState<number[]>([]);
  const load = useAction();

  async function loadFriends(cursor?: string) {
    await load.run(async () => {
      const page = await unwrapEnvelope(client.api.GET('/roster/list', { params: { query: { cursor, limit: FRIENDS_PAGE } } }));
      setFriends((known) => [...(cursor ? known : []), ...(page.data ?? [])]);
      setFriendsCursor(page.cursor || undefined);
    });
  }
  useEffect(() => {
    void loadFriends();
    void load.run(async () => setGroups((await unwrap(client.api.GET('/group/user_joined'))) ?? []));
  }, [userId]);

  const conversation = (peer: number) => `#/conversation?user=${userId}&peer=${peer}`;
  return (
    <section className="acting" data-testid="acting-as">
      <h3>As user {userId}</h3>
      <p className="muted">Read with the admin token acting as this user (user_id header): what their own app would show.</p>
      {load.status}
      <div className="row">
        <a className="button" href={`#/conversation?user=${userId}`}>
          Conversations as user {userId}
        </a>
      </div>
      <h4>Friends</h4>
      <ul className="links" data-testid="acting-friends">
        {friends.length === 0 && <li className="muted">none</li>}
        {friends.map((friend) => (
          <li key={friend}>
            <a href={`#/users?user=${friend}`}>user {friend}</a> · <a href={conversation(friend)}>chat as {userId}</a>
          </li>
        ))}
      </ul>
      {friendsCursor && (
        <button type="button" onClick={() => loadFriends(friendsCursor)}>
          More friends
        </button>
      )}
      <h4>Groups</h4>
      <ul className="links" data-testid="acting-groups">
        {groups.length === 0 && <li className="muted">none</li>}
        {groups.map((group) => (
          <li key={group}>
            <a href={`#/groups?group=${group}`}>group {group}</a> · <a href={conversation(group)}>chat as {userId}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
