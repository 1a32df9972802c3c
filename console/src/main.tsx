import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { adminClient, saveSession, savedSession, type Session } from './api';
import { CertificatesPage } from './pages/certificates';
import { ConversationPage } from './pages/conversation';
import { GroupsPage } from './pages/groups';
import { OverviewPage } from './pages/overview';
import { PushPage } from './pages/push';
import { SettingsPage } from './pages/settings';
import { SignInPage } from './pages/sign-in';
import { UsersPage } from './pages/users';
import { WebhooksPage } from './pages/webhooks';
import { readHash } from './route';
import './styles.css';

const PAGES = [
  { path: 'overview', title: 'Overview', Page: OverviewPage },
  { path: 'users', title: 'Users', Page: UsersPage },
  { path: 'groups', title: 'Groups', Page: GroupsPage },
  { path: 'conversation', title: 'Conversations', Page: ConversationPage },
  { path: 'push', title: 'Push', Page: PushPage },
  { path: 'certificates', title: 'Certificates', Page: CertificatesPage },
  { path: 'webhooks', title: 'Webhooks', Page: WebhooksPage },
  { path: 'settings', title: 'Settings', Page: SettingsPage },
] as const;

function App() {
  const [session, setSession] = useState<Session | null>(savedSession);
  const [route, setRoute] = useState(readHash);
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    const onHash = () => {
      setRoute(readHash());
      setMenuOpen(false);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  if (!session) {
    return (
      <SignInPage
        onSignedIn={(signedIn) => {
          saveSession(signedIn);
          setSession(signedIn);
        }}
      />
    );
  }
  const current = PAGES.find((page) => page.path === route.path) ?? PAGES[0];
  const client = adminClient(session);
  return (
    <div className="shell">
      <header className="topbar">
        <button type="button" className="menu-toggle" aria-label="Menu" onClick={() => setMenuOpen(!menuOpen)}>
          ☰
        </button>
        <strong>IM console</strong>
        <span className="muted app-id">app {session.appId}</span>
        <button
          type="button"
          onClick={() => {
            saveSession(null);
            setSession(null);
          }}
        >
          Sign out
        </button>
      </header>
      <nav className={`sidebar${menuOpen ? ' open' : ''}`}>
        {PAGES.map((page) => (
          <a key={page.path} href={`#/${page.path}`} className={page === current ? 'active' : ''}>
            {page.title}
          </a>
        ))}
      </nav>
      <main>
        <h1>{current.title}</h1>
        {/* Keyed by page only: opening a user or a group (a parameter) keeps the list page and its paging. */}
        <current.Page key={current.path} client={client} params={route.params} />
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
