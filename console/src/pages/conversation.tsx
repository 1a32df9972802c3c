import { useEffect, useState } from 'react';
import { unwrap, type components } from '../api';
import { navigate, type PageProps } from '../route';
import { Card, DataTable, Field, useAction, time } from '../ui';

type Message = components['schemas']['MessageDto'];
const PAGE = 30;

/**
 * A user's messages with a peer or in a group, read as that user (the admin token's user_id
 * header). A recall acts as the sender in a 1:1 chat and as the group's admin in a group, the two
 * identities the server lets recall.
 */
export function ConversationPage({ client, params }: PageProps) {
  const userId = Number(params.get('user') ?? 0);
  const peerId = Number(params.get('peer') ?? 0);
  const [userText, setUserText] = useState(userId ? String(userId) : '');
  const [peerText, setPeerText] = useState(peerId ? String(peerId) : '');
  useEffect(() => {
    setUserText(userId ? String(userId) : '');
    setPeerText(peerId ? String(peerId) : '');
  }, [userId, peerId]);
  const [groups, setGroups] = useState<number[]>([]);
  const [unread, setUnread] = useState<{ id: number; num: number }[]>([]);
  const [messages, setMessages] = useState<Message[]>([]);
  const [older, setOlder] = useState(0);
  const load = useAction();
  const action = useAction();

  useEffect(() => {
    if (!userId) return;
    const acting = client.asUser(userId);
    void load.run(async () => {
      setGroups(((await unwrap(acting.api.GET('/group/user_joined'))) ?? []) as number[]);
      const counts = ((await unwrap(acting.api.GET('/message/unread'))) ?? []) as { conversation_id: { uid: number }; num: number }[];
      setUnread(counts.map((entry) => ({ id: entry.conversation_id.uid, num: entry.num })));
    });
  }, [userId]);

  async function fetchPage(start: number) {
    const acting = client.asUser(userId);
    const history = await unwrap(acting.api.GET('/message/conversation', { params: { query: { opposite_id: peerId, msg_id_start: start, limit: PAGE } } }));
    return { messages: history?.messages ?? [], next: history?.is_last ? 0 : (history?.next_msg_id ?? 0) };
  }

  useEffect(() => {
    if (!userId || !peerId) return;
    void load.run(async () => {
      const page = await fetchPage(0);
      setMessages(page.messages);
      setOlder(page.next);
    });
  }, [userId, peerId]);

  async function loadOlder() {
    await load.run(async () => {
      const page = await fetchPage(older);
      setMessages([...messages, ...page.messages]);
      setOlder(page.next);
    });
  }

  async function recall(message: Message) {
    const inGroup = message.type === 'GROUPCHAT';
    const sender = message.from_xid.uid;
    const conversationId = inGroup ? message.to_xid.uid : sender === userId ? peerId : userId;
    const recaller = inGroup ? client.asGroupAdmin(conversationId) : client.asUser(sender);
    const done = await action.run(() => unwrap(recaller.api.POST('/message/recall', { body: { conversation_id: conversationId, msg_id: message.msg_id } })), `Message ${message.msg_id} recalled`);
    if (done !== undefined) setMessages(messages.filter((kept) => kept.msg_id !== message.msg_id));
  }

  return (
    <div className="columns">
      <Card title="Open a conversation">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            navigate('conversation', { user: userText.trim(), peer: peerText.trim() });
          }}
        >
          <Field label="As user id">
            <input name="acting_user" required value={userText} onChange={(event) => setUserText(event.target.value)} />
          </Field>
          <Field label="With user id or group id">
            <input name="peer" required value={peerText} onChange={(event) => setPeerText(event.target.value)} />
          </Field>
          <button type="submit">Open</button>
        </form>
        {userId > 0 && (
          <>
            <h3>Conversations with unread messages</h3>
            <ul className="links">
              {unread.length === 0 && <li className="muted">none</li>}
              {unread.map((entry) => (
                <li key={entry.id}>
                  <a href={`#/conversation?user=${userId}&peer=${entry.id}`}>
                    {entry.id} ({entry.num} unread)
                  </a>
                </li>
              ))}
            </ul>
            <h3>Groups</h3>
            <ul className="links">
              {groups.length === 0 && <li className="muted">none</li>}
              {groups.map((group) => (
                <li key={group}>
                  <a href={`#/conversation?user=${userId}&peer=${group}`}>group {group}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
      {userId > 0 && peerId > 0 && (
        <Card title={`As user ${userId}: with ${peerId}`}>
          {load.status}
          {action.status}
          <DataTable
            testId="messages"
            rows={messages}
            pageSize={PAGE}
            empty="No messages"
            columns={[
              { accessorKey: 'msg_id', header: 'Message' },
              { id: 'from', header: 'From', cell: (cell) => cell.row.original.from_xid.uid },
              { accessorKey: 'ctype', header: 'Type' },
              { accessorKey: 'content', header: 'Content' },
              { accessorKey: 'timestamp', header: 'Sent', cell: (cell) => time(cell.getValue() as number) },
              {
                id: 'recall',
                header: '',
                cell: (cell) => (
                  <button type="button" disabled={action.busy} onClick={() => recall(cell.row.original)}>
                    Recall
                  </button>
                ),
              },
            ]}
          />
          {older > 0 && (
            <button type="button" onClick={loadOlder}>
              Older messages
            </button>
          )}
        </Card>
      )}
    </div>
  );
}
