import { useEffect, useState } from 'react';
import { CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { unwrap, type components } from '../api';
import type { PageProps } from '../route';
import { Card, useAction } from '../ui';

Chart.register(LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

type Stats = components['schemas']['AppStatsDto'];

const FIGURES: [Exclude<keyof Stats, 'days'>, string][] = [
  ['users', 'Users'],
  ['disabled_users', 'Disabled users'],
  ['groups', 'Groups'],
  ['messages_today', 'Messages today'],
  ['live_sockets', 'Live sockets'],
  ['push_tasks', 'Push tasks'],
];

/** The app's counts and its last days (GET /app/stats, our admin route). */
export function OverviewPage({ client }: PageProps) {
  const [stats, setStats] = useState<Stats | null>(null);
  const load = useAction();
  useEffect(() => {
    void load.run(async () => setStats((await unwrap(client.api.GET('/app/stats', { params: { query: { days: 14 } } }))) ?? null));
  }, []);
  return (
    <>
      {load.status}
      {stats && (
        <>
          <div className="figures" data-testid="overview-figures">
            {FIGURES.map(([key, label]) => (
              <div className="figure" key={key}>
                <span className="value">{String(stats[key])}</span>
                <span className="muted">{label}</span>
              </div>
            ))}
          </div>
          <Card title="Messages and new users per day (UTC)">
            <div className="chart">
              <Line
                options={{ responsive: true, maintainAspectRatio: false, animation: false }}
                data={{
                  labels: stats.days.map((day) => day.day),
                  datasets: [
                    { label: 'messages', data: stats.days.map((day) => day.messages), borderColor: '#3b82f6', backgroundColor: '#3b82f6' },
                    { label: 'new users', data: stats.days.map((day) => day.new_users), borderColor: '#22c55e', backgroundColor: '#22c55e' },
                  ],
                }}
              />
            </div>
          </Card>
        </>
      )}
    </>
  );
}
