import { useEffect, useState } from 'react';
import { unwrap, unwrapEnvelope, type Envelope, type ImClient } from '../api';
import { navigate, type PageProps } from '../route';
import { Card, DataTable, Field, Pager, useAction } from '../ui';

interface ListedUser {
  user_id: number;
  username: string;
  status: number;
}

const PAGE_SIZE = 50;
const statusName = (status: number) => (status === 0 ? 'active' : 'disabled');

/** The app's users a page at a time (GET /user/list), a filter over the page, and one user's panel. */
export function UsersPage({ client, params }: PageProps) {
  const [page, setPage] = useState(Number(params.get('page') ?? 1));
  const [users, setUsers] = useState<ListedUser[]>([]);
  const [total, setTotal] = useState(0);
  const [filter, setFilter] = useState('');
  const [lookup, setLookup] = useState('');
  const [reload, setReload] = useState(0);
  const list = useAction();
  const selected = Number(params.get('user') ?? 0);

  useEffect(() => {
    void list.run(async () => {
      const answer = (await unwrapEnvelope(client.api.GET('/user/list', { params: { query: { page_num: page, page_size: PAGE_SIZE } } }))) as unknown as Envelope<ListedUser[] | null>;
      setUsers(answer.data ?? []);
      setTotal(answer.total ?? 0);
    });
  }, [page, reload]);

  return (
    <div className="columns">
      <Card title={`Users (${total})`}>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (/^\d+$/.test(lookup.trim())) navigate('users', { user: lookup.trim(), page });
            else setFilter(lookup.trim());
          }}
        >
          <Field label="User id, or a name to filter this page">
            <input name="user_lookup" value={lookup} onChange={(event) => setLookup(event.target.value)} placeholder="12345 or alice" />
          </Field>
          <button type="submit">Find</button>
        </form>
        {list.status}
        <DataTable
          testId="user-table"
          rows={users}
          filter={filter}
          pageSize={PAGE_SIZE}
          columns={[
            { accessorKey: 'user_id', header: 'Id' },
            { accessorKey: 'username', header: 'Username' },
            { accessorKey: 'status', header: 'Status', cell: (cell) => statusName(cell.getValue() as number) },
            {
              id: 'open',
              header: '',
              cell: (cell) => (
                <button type="button" onClick={() => navigate('users', { user: cell.row.original.user_id, page })}>
                  Open
                </button>
              ),
            },
          ]}
        />
        <Pager page={page} pages={Math.ceil(total / PAGE_SIZE)} onPage={setPage} />
      </Card>
      {selected > 0 && <UserPanel key={selected} client={client} userId={selected} onChanged={() => setReload(reload + 1)} />}
    </div>
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
          <dl className="facts" data-testid="user-profile">
            {Object.entries(profile).map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{value === null || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value)}</dd>
              </div>
            ))}
          </dl>
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
