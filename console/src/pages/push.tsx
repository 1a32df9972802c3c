import { useEffect, useState, type FormEvent } from 'react';
import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { unwrap, type components } from '../api';
import type { PageProps } from '../route';
import { Card, DataTable, Field, useAction, time } from '../ui';

Chart.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type Audience = components['schemas']['PushNotifyDto']['audience'];
type Counts = Record<string, number>;
interface SentTask {
  task_id: number;
  audience: string;
  title: string;
  sent_at: number;
}

const CHANNELS = ['mxpush', 'apns', 'fcm', 'huawei', 'xiaomi', 'oppo', 'vivo', 'meizu'];
/**
 * The API has no route listing an app's push tasks, so the console remembers the ones it sent
 * (in this browser, per app) and asks /push/task/detail for their counts.
 */
const tasksKey = (appId: string) => `im-console-push-tasks-${appId}`;

function parseAudience(kind: string, list: string): Audience {
  if (kind === 'all') return 'all';
  const items = list
    .split(/[\s,]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  return kind === 'user_id' ? { user_id: items.map(Number) } : { [kind]: items };
}

export function PushPage({ client }: PageProps) {
  const appId = client.options.appId;
  const [tasks, setTasks] = useState<SentTask[]>(() => JSON.parse(localStorage.getItem(tasksKey(appId)) ?? '[]'));
  const [details, setDetails] = useState<Counts[]>([]);
  const [kind, setKind] = useState('user_id');
  const [list, setList] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const send = useAction();
  const load = useAction();

  async function refresh(current = tasks) {
    if (!current.length) return;
    await load.run(async () => {
      const answer = await unwrap(client.api.POST('/push/task/detail', { body: { list: current.slice(0, 100).map((task) => task.task_id) } }));
      setDetails((answer ?? []) as Counts[]);
    });
  }
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, [tasks]);

  async function compose(event: FormEvent) {
    event.preventDefault();
    const audience = parseAudience(kind, list);
    const answer = await send.run(() => unwrap(client.api.POST('/push/notify', { body: { audience, message: { type: 'text', title, body } } })));
    if (!answer) return;
    const sent = [{ task_id: answer.task_id, audience: kind === 'all' ? 'all' : `${kind}: ${list}`, title, sent_at: Date.now() }, ...tasks];
    localStorage.setItem(tasksKey(appId), JSON.stringify(sent));
    setTasks(sent);
  }

  const totals = (suffix: string) => CHANNELS.map((channel) => details.reduce((sum, task) => sum + (task[`${channel}_${suffix}`] ?? 0), 0));
  const used = CHANNELS.map((_, index) => totals('target')[index] + totals('sent')[index] > 0);
  const pick = (values: number[]) => values.filter((_, index) => used[index]);

  return (
    <div className="columns">
      <Card title="Compose">
        <form onSubmit={compose}>
          <Field label="Audience">
            <select name="audience_kind" value={kind} onChange={(event) => setKind(event.target.value)}>
              <option value="user_id">user ids</option>
              <option value="tag">tags</option>
              <option value="alias">aliases</option>
              <option value="all">every device of the app</option>
            </select>
          </Field>
          {kind !== 'all' && (
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
      <Card title="Per channel: target, sent, received">
        {load.status}
        {used.some(Boolean) ? (
          <div className="chart" data-testid="push-chart">
            <Bar
              options={{ responsive: true, maintainAspectRatio: false, animation: false }}
              data={{
                labels: CHANNELS.filter((_, index) => used[index]),
                datasets: [
                  { label: 'target', data: pick(totals('target')), backgroundColor: '#94a3b8' },
                  { label: 'sent', data: pick(totals('sent')), backgroundColor: '#3b82f6' },
                  { label: 'received', data: pick(totals('received')), backgroundColor: '#22c55e' },
                ],
              }}
            />
          </div>
        ) : (
          <p className="muted">No counts yet</p>
        )}
        <DataTable
          testId="push-tasks"
          rows={tasks}
          empty="No task sent from this browser yet"
          columns={[
            { accessorKey: 'task_id', header: 'Task' },
            { accessorKey: 'audience', header: 'Audience' },
            { accessorKey: 'title', header: 'Title' },
            { accessorKey: 'sent_at', header: 'Sent', cell: (cell) => time(cell.getValue() as number) },
            {
              id: 'counts',
              header: 'Sent / target',
              cell: (cell) => {
                const counts = details.find((detail) => detail.task_id === cell.row.original.task_id);
                if (!counts) return '—';
                const sum = (suffix: string) => CHANNELS.reduce((total, channel) => total + (counts[`${channel}_${suffix}`] ?? 0), 0);
                return `${sum('sent')} / ${sum('target')}`;
              },
            },
          ]}
        />
      </Card>
    </div>
  );
}
