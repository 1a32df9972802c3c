import { useEffect, useState, type FormEvent } from 'react';
import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { unwrap, type components, type operations } from '../api';
import type { PageProps } from '../route';
import { Card, DataTable, Field, time, useAction, useCursorPages } from '../ui';

Chart.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type Audience = components['schemas']['PushNotifyDto']['audience'];
type Task = components['schemas']['PushTaskSummaryDto'];
type TaskKind = NonNullable<NonNullable<operations['PushController_taskList']['parameters']['query']>['kind']>;

const PAGE_SIZE = 20;
/** Statuses after which a task's counts stay put; while a task shown is in another, the page asks again every 3 s. */
const SETTLED = new Set<Task['status']>(['done', 'expired']);

const audienceOf = (task: Task) => (task.audience.size === null ? task.audience.kind : `${task.audience.kind} (${task.audience.size})`);

function parseAudience(kind: string, list: string): Audience {
  if (kind === 'all') return 'all';
  const items = list
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  return kind === 'user_id' ? { user_id: items.map(Number) } : { [kind]: items };
}

/**
 * Compose a notification (POST /push/notify) and read the app's push tasks from the server
 * (GET /push/task/list, newest first, cursor pages): each task's status and counts, and the chosen
 * task's per-channel chart (target, sent, received, failed).
 */
export function PushPage({ client }: PageProps) {
  const [kind, setKind] = useState<TaskKind | ''>('');
  const tasks = useCursorPages((cursor) => client.api.GET('/push/task/list', { params: { query: { kind: kind || undefined, cursor, limit: PAGE_SIZE } } }), kind);
  const [chosen, setChosen] = useState(0);
  const [audienceKind, setAudienceKind] = useState('user_id');
  const [list, setList] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const send = useAction();

  const counting = tasks.items.some((task) => !SETTLED.has(task.status));
  useEffect(() => {
    if (!counting) return;
    const timer = setInterval(tasks.refresh, 3000);
    return () => clearInterval(timer);
  }, [counting]);

  async function compose(event: FormEvent) {
    event.preventDefault();
    const audience = parseAudience(audienceKind, list);
    const answer = await send.run(() => unwrap(client.api.POST('/push/notify', { body: { audience, message: { type: 'text', title, body } } })), 'Notification queued');
    if (!answer) return;
    setChosen(answer.task_id);
    tasks.refresh();
  }

  const task = tasks.items.find((item) => item.task_id === chosen) ?? tasks.items[0];
  const channels = task?.channels.filter((channel) => channel.target + channel.sent + channel.failed > 0) ?? [];

  return (
    <div className="columns">
      <Card title="Compose">
        <form onSubmit={compose}>
          <Field label="Audience">
            <select name="audience_kind" value={audienceKind} onChange={(event) => setAudienceKind(event.target.value)}>
              <option value="user_id">user ids</option>
              <option value="tag">tags</option>
              <option value="alias">aliases</option>
              <option value="all">every device of the app</option>
            </select>
          </Field>
          {audienceKind !== 'all' && (
            <Field label="List (comma separated)">
              <input name="audience_list" required value={list} onChange={(event) => setList(event.target.value)} />
            </Field>
          )}
          <Field label="Title">
            <input name="title" required value={title} onChange={(event) => setTitle(event.target.value)} />
          </Field>
          <Field label="Body">
            <textarea name="body" required value={body} onChange={(event) => setBody(event.target.value)} />
          </Field>
          <button type="submit" disabled={send.busy}>
            Send
          </button>
        </form>
        {send.status}
      </Card>
      <Card title={task ? `Task ${task.task_id} per channel: target, sent, received, failed` : 'Per channel'}>
        {channels.length > 0 ? (
          <div className="chart" data-testid="push-chart">
            <Bar
              options={{ responsive: true, maintainAspectRatio: false, animation: false }}
              data={{
                labels: channels.map((channel) => channel.channel),
                datasets: [
                  { label: 'target', data: channels.map((channel) => channel.target), backgroundColor: '#94a3b8' },
                  { label: 'sent', data: channels.map((channel) => channel.sent), backgroundColor: '#3b82f6' },
                  { label: 'received', data: channels.map((channel) => channel.received), backgroundColor: '#22c55e' },
                  { label: 'failed', data: channels.map((channel) => channel.failed), backgroundColor: '#ef4444' },
                ],
              }}
            />
          </div>
        ) : (
          <p className="muted">{task ? 'No counts yet' : 'No task yet'}</p>
        )}
        {task?.channels.some((channel) => channel.failure) && (
          <ul className="links">
            {task.channels
              .filter((channel) => channel.failure)
              .map((channel) => (
                <li key={channel.channel}>
                  {channel.channel}: {channel.failure}
                </li>
              ))}
          </ul>
        )}
        <h3>Tasks</h3>
        <Field label="Show">
          <select name="task_kind" value={kind} onChange={(event) => setKind(event.target.value as TaskKind | '')}>
            <option value="">every task</option>
            <option value="notify">notifications (/push/notify)</option>
            <option value="message">offline-message pushes</option>
          </select>
        </Field>
        {tasks.status}
        <DataTable
          testId="push-tasks"
          rows={tasks.items}
          pageSize={PAGE_SIZE}
          empty="No push task yet"
          columns={[
            { accessorKey: 'task_id', header: 'Task' },
            { accessorKey: 'created_at', header: 'Created', cell: (cell) => time(cell.getValue() as number) },
            { accessorKey: 'status', header: 'Status' },
            { id: 'audience', header: 'Audience', cell: (cell) => audienceOf(cell.row.original) },
            { id: 'what', header: 'Title / text', cell: (cell) => cell.row.original.title ?? cell.row.original.summary ?? '—' },
            { id: 'counts', header: 'Sent / target', cell: (cell) => `${cell.row.original.totals.sent} / ${cell.row.original.totals.target}` },
            {
              id: 'chart',
              header: '',
              cell: (cell) =>
                cell.row.original.task_id === task?.task_id ? (
                  <span className="muted">charted</span>
                ) : (
                  <button type="button" onClick={() => setChosen(cell.row.original.task_id)}>
                    Chart
                  </button>
                ),
            },
          ]}
        />
        {tasks.pager}
      </Card>
    </div>
  );
}
