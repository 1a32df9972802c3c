import { useState, type FormEvent } from 'react';
import { adminClient, unwrapEnvelope, type Session } from '../api';
import { ErrorBox, Field } from '../ui';

/**
 * The operator's app id and admin token, checked with an admin-only call (GET /user/list) before
 * the console opens: a user token or a wrong token is refused here with the server's code.
 */
export function SignInPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [appId, setAppId] = useState('');
  const [adminToken, setAdminToken] = useState('');
  const [baseUrl, setBaseUrl] = useState(location.origin);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    const session = { baseUrl: baseUrl.replace(/\/+$/, ''), appId: appId.trim(), adminToken: adminToken.trim() };
    setBusy(true);
    setError(null);
    try {
      const client = adminClient(session);
      await unwrapEnvelope(client.api.GET('/user/list', { params: { query: { page_num: 1, page_size: 1 } } }));
      onSignedIn(session);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="card" onSubmit={signIn}>
        <h1>IM console</h1>
        <p className="muted">Sign in with your app id and its admin token (npm run app -- create prints both).</p>
        <Field label="App id">
          <input name="app_id" required value={appId} onChange={(event) => setAppId(event.target.value)} />
        </Field>
        <Field label="Admin token">
          <input name="admin_token" type="password" required value={adminToken} onChange={(event) => setAdminToken(event.target.value)} />
        </Field>
        <Field label="Server">
          <input name="base_url" required value={baseUrl} onChange={(event) => setBaseUrl(event.target.value)} />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        {error != null && <p className="error-title">Sign-in refused</p>}
        <ErrorBox error={error} />
      </form>
    </main>
  );
}
