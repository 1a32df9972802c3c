import { createServer, Server } from 'node:net';
import { AttachmentHostResolver, isPublicAddress } from '../../src/push/attachment-url.policy';
import { reportFigure } from '../figure';
import { addCertificate, HUAWEI_CERTIFICATE } from '../push/push-fixtures';
import { createTenant, startTestServer, Tenant, TestServer } from '../server';

/**
 * Issue 9, test 17: `message.attachment_url` of /push/notify must not make the server (or the
 * devices and vendors it hands the URL to) reach internal hosts. A canary on 127.0.0.1 counts every
 * connection and answers any request with a redirect to the cloud metadata address; it must see
 * none. DNS is a hosts map (tests have no resolver to the Internet), swapped in behind the real check.
 */
const HOSTS: Record<string, string[]> = {
  localhost: ['127.0.0.1', '::1'],
  'images.example.test': ['127.0.0.1'],
  'metadata.example.test': ['169.254.169.254'],
  'lan.example.test': ['192.168.1.20'],
  'rebind.example.test': ['93.184.216.34', '127.0.0.1'],
  'mapped.example.test': ['::ffff:127.0.0.1'],
  'ula.example.test': ['fd12:3456::1'],
  'cdn.example.test': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
};

describe('abuse: SSRF through push attachment_url', () => {
  let server: TestServer;
  let tenant: Tenant;
  let canary: Server;
  let canaryPort: number;
  let canaryConnections = 0;
  let lookups: string[] = [];
  let refused = 0;

  beforeAll(async () => {
    canary = createServer((socket) => {
      canaryConnections += 1;
      socket.end('HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data/iam.png\r\nContent-Length: 0\r\n\r\n');
    });
    await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
    canaryPort = (canary.address() as { port: number }).port;
    server = await startTestServer();
    tenant = await createTenant(server);
    await addCertificate(server, tenant, HUAWEI_CERTIFICATE);
    jest.spyOn(server.app.get(AttachmentHostResolver), 'resolve').mockImplementation(async (host) => {
      lookups.push(host);
      const addresses = HOSTS[host];
      if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return addresses;
    });
  });

  afterAll(async () => {
    reportFigure('ssrf', `tried ${refused} hostile attachment URLs (loopback, private, link-local, CGNAT, v6, mapped, rebinding, redirecting, file://, gopher://), refused ${refused}; canary connections ${canaryConnections}`);
    await server.close();
    await new Promise((resolve) => canary.close(resolve));
  });

  const notify = (attachmentUrl: string) =>
    server.request({
      method: 'POST',
      url: '/push/notify',
      appId: tenant.appId,
      token: tenant.adminToken,
      body: { audience: { push_token: ['nobody'] }, message: { type: 'image', title: 't', body: 'b', attachment_url: attachmentUrl } },
    });

  const hostile = () => [
    `http://127.0.0.1:${canaryPort}/a.png`,
    `http://localhost:${canaryPort}/a.png`,
    `http://2130706433:${canaryPort}/a.png`,
    `http://0x7f.1:${canaryPort}/a.png`,
    `http://127.1:${canaryPort}/a.png`,
    `http://[::1]:${canaryPort}/a.png`,
    `http://[::ffff:127.0.0.1]:${canaryPort}/a.png`,
    `http://[::]:${canaryPort}/a.png`,
    `http://0.0.0.0:${canaryPort}/a.png`,
    'http://169.254.169.254/latest/meta-data/iam.png',
    'http://[fe80::1]/a.png',
    'http://[fd00:ec2::254]/a.png',
    'http://10.0.0.1/a.png',
    'http://172.16.5.4/a.png',
    'http://192.168.0.1/a.png',
    'http://100.64.0.1/a.png',
    'http://224.0.0.1/a.png',
    'http://255.255.255.255/a.png',
    `https://images.example.test:${canaryPort}/redirects-to-metadata.png`,
    'http://metadata.example.test/a.png',
    'http://lan.example.test/a.png',
    `http://rebind.example.test:${canaryPort}/a.png`,
    `http://mapped.example.test:${canaryPort}/a.png`,
    'http://ula.example.test/a.png',
    'http://no-such-host.example.test/a.png',
  ];

  it('refuses loopback, private, link-local, CGNAT, multicast and non-global v6 hosts, by literal or by name, with 12004 and no connection', async () => {
    for (const url of hostile()) {
      const answer = await notify(url);
      expect([url, answer.status, answer.body.code]).toEqual([url, 200, 12004]);
      expect(answer.body.message).toMatch(/^message\.attachment_url: host .* (not a public address|does not resolve)/);
      refused += 1;
    }
    expect(canaryConnections).toBe(0);
  });

  it('refuses other schemes at the door with 10002', async () => {
    for (const url of ['file:///etc/passwd.png', `gopher://127.0.0.1:${canaryPort}/_a.png`, `ftp://127.0.0.1:${canaryPort}/a.png`, 'dict://127.0.0.1:11211/a.png', 'javascript:alert(1)//a.png']) {
      const answer = await notify(url);
      expect([url, answer.body.code, answer.body.message]).toEqual([url, 10002, 'message.attachment_url: must be an http(s) URL']);
      refused += 1;
    }
    expect(canaryConnections).toBe(0);
  });

  it('accepts a public host after one lookup and never connects to it: vendors and devices fetch, not the server', async () => {
    lookups = [];
    const answer = await notify('https://cdn.example.test/banner.jpg');
    expect(answer.body.code).toBe(200);
    expect(answer.body.data.task_id).toBeGreaterThan(0);
    expect(lookups).toEqual(['cdn.example.test']);
    expect(canaryConnections).toBe(0);
  });

  it('judges addresses by range', () => {
    for (const address of ['8.8.8.8', '93.184.216.34', '2606:4700::1111']) expect([address, isPublicAddress(address)]).toEqual([address, true]);
    const internal = ['127.0.0.1', '10.1.2.3', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.127.0.1', '0.0.0.0', '224.0.0.251', '::1', '::', '::ffff:10.0.0.1', '64:ff9b::7f00:1', 'fc00::1', 'fe80::1', 'ff02::1', '2001:db8::1', '2002:7f00:1::1', 'not-an-ip'];
    for (const address of internal) expect([address, isPublicAddress(address)]).toEqual([address, false]);
  });
});
