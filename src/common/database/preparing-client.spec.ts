import { ADMIN_DATABASE_URL } from '../../../test/database';
import { PreparingClient } from './preparing-client';

describe(PreparingClient.name, () => {
  let client: PreparingClient;

  beforeEach(async () => {
    client = new PreparingClient({ connectionString: ADMIN_DATABASE_URL });
    await client.connect();
  });

  afterEach(() => client.end());

  const prepared = async (): Promise<string[]> =>
    (await client.query(`SELECT statement FROM pg_prepared_statements WHERE name LIKE $1 ORDER BY prepare_time`, ['im\\_%'])).rows.map((row: { statement: string }) => row.statement);

  it('prepares a parameterised statement once and reuses it', async () => {
    const text = 'SELECT $1::int + 1 AS next';
    for (const value of [1, 2, 3]) expect((await client.query(text, [value])).rows).toEqual([{ next: value + 1 }]);
    // The listing query is parameterised too, so it is the second prepared statement.
    expect(await prepared()).toEqual([text, expect.stringContaining('pg_prepared_statements')]);
  });

  it('runs statements without parameters unnamed (transaction control keeps the simple protocol)', async () => {
    await client.query('BEGIN');
    expect((await client.query('SELECT 41 + 1 AS answer')).rows).toEqual([{ answer: 42 }]);
    await client.query('COMMIT');
    expect(await prepared()).toEqual([expect.stringContaining('pg_prepared_statements')]);
  });

  it('keeps a prepared statement usable after an execution of it failed', async () => {
    const text = 'SELECT 10 / $1::int AS quotient';
    await expect(client.query(text, [0])).rejects.toThrow('division by zero');
    expect((await client.query(text, [5])).rows).toEqual([{ quotient: 2 }]);
  });

  it('stops naming at 500 texts per connection and runs the rest unnamed', async () => {
    for (let index = 0; index < 520; index++) {
      expect((await client.query(`SELECT $1::int AS n${index}`, [index])).rows).toEqual([{ [`n${index}`]: index }]);
    }
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_prepared_statements`);
    expect(rows).toEqual([{ n: 500 }]);
  });
});
