import { randomBytes } from 'node:crypto';
import { CatalogueOperationWithFields, catalogueOperationsWithFields } from '../catalogue';
import { fileTestConfig, sendUpload, UploadAnswer } from '../file/fixtures';
import { createGroup } from '../group/fixtures';
import { createTenant, createUser, RequestOptions, startTestServer, Tenant, TestServer, TestUser } from '../server';

/**
 * Issue 9, test 10 (run by authorization-sweep-*.e2e.spec.ts): every catalogue operation called by
 * callers who must be refused, against two apps seeded with canary strings. Each canary names who
 * may read it; an answer that shows a canary to anyone else is a leak, whatever its code.
 */

export type Method = NonNullable<RequestOptions['method']>;

/** A unique string planted in one app's data, readable by `readers` only (null: any user of its app). */
export interface Canary {
  text: string;
  label: string;
  appId: string;
  readers: Set<number> | null;
}

/** The objects of one seeded app, named from its group owner's point of view. */
export interface SeededApp {
  tenant: Tenant;
  /** Owns the group, is friends with `member`. */
  owner: TestUser;
  groupAdmin: TestUser;
  member: TestUser;
  /** In the app, in no group. */
  outsider: TestUser;
  /** Has a pending application to the group. */
  applicant: TestUser;
  /** Has a pending invitation to the group. */
  invitee: TestUser;
  groupId: number;
  groupMessageId: number;
  directMessageId: number;
  announcementId: number;
  groupFileId: number;
  /** Signature of a chat file sent to the group. */
  fileSign: string;
  /** A valid QR code of the group, signed by its owner. */
  qrInfo: string;
}

export interface SweepWorld {
  server: TestServer;
  a: SeededApp;
  b: SeededApp;
  canaries: Canary[];
  close(): Promise<void>;
}

const everyone = null;
const only = (...users: TestUser[]) => new Set(users.map((user) => user.userId));

async function ok(server: TestServer, tenant: Tenant, user: TestUser, method: Method, url: string, body?: unknown) {
  const response = await server.request({ method, url, appId: tenant.appId, token: user.token, body });
  if (response.body.code !== 200) throw new Error(`seeding: ${method} ${url} failed: ${JSON.stringify(response.body)}`);
  return response.body as typeof response.body & { msg_ids: number[] };
}

/** Seeds one app: a private group with a staff, a member, files, an announcement, messages, requests, and users' private data. */
async function seedApp(server: TestServer, name: 'A' | 'B', canaries: Canary[]): Promise<SeededApp> {
  const tenant = await createTenant(server, `sweep ${name}`);
  const canary = (label: string, readers: Set<number> | null) => {
    const text = `cnry${name}${randomBytes(8).toString('hex')}`;
    canaries.push({ text, label: `${name}: ${label}`, appId: tenant.appId, readers });
    return text;
  };
  const [owner, groupAdmin, member, outsider, applicant, invitee] = await Promise.all(Array.from({ length: 6 }, () => createUser(server, tenant)));
  const call = (user: TestUser, method: Method, url: string, body?: unknown) => ok(server, tenant, user, method, url, body);

  for (const [role, user] of Object.entries({ owner, groupAdmin, member, outsider, applicant, invitee })) {
    await call(user, 'POST', '/user/profile', {
      nick_name: canary(`${role} nick_name`, everyone),
      description: canary(`${role} description`, everyone),
      public_info: canary(`${role} public_info`, everyone),
      private_info: canary(`${role} private_info`, only(user)),
    });
    await call(user, 'POST', '/user/push/tag', { tags: [canary(`${role} push tag`, only(user))] });
  }
  await call(owner, 'POST', '/user/settings', {
    auth_answer: canary('owner auth_answer', only(owner)),
    push_nick_name: canary('owner push_nick_name', only(owner)),
  });
  await call(invitee, 'POST', '/user/settings', { group_confirm: true });
  await call(member, 'POST', '/user/settings', { auth_mode: 1 });

  await call(owner, 'POST', '/roster/apply', { user_id: member.userId, reason: canary('roster application reason', only(owner, member)), alias: canary('roster application alias', only(owner)) });
  await call(member, 'POST', `/roster/accept?user_id=${owner.userId}`);
  await call(owner, 'POST', '/roster/ext', { user_id: member.userId, alias: canary('roster alias', only(owner)), ext: canary('roster ext', only(owner)) });
  const directMessageId = (await call(owner, 'POST', '/message/send', { type: 1, targets: [member.userId], content_type: 0, content: canary('1:1 message', only(owner, member)) })).msg_ids[0];

  const staff = [owner, groupAdmin];
  const members = [owner, groupAdmin, member];
  const groupId = await createGroup(server, tenant, owner, { name: canary('group name', only(...members)), members: [member], admins: [groupAdmin] });
  await call(owner, 'POST', '/group/info/description', { group_id: groupId, value: canary('group description', only(...members)) });
  await call(owner, 'POST', '/group/info/ext', { group_id: groupId, value: canary('group ext', only(...members)) });
  await call(owner, 'POST', '/group/settings/allow_member_invitation', { group_id: groupId, value: false });
  await call(member, 'POST', '/group/display_name', { group_id: groupId, value: canary('member display_name', only(...members)) });
  const announcementId = (
    await call(owner, 'POST', '/group/announcement/edit', { group_id: groupId, title: canary('announcement title', only(...members)), content: canary('announcement content', only(...members)) })
  ).data.id;
  const groupFileId = (
    await call(owner, 'POST', '/group/file/upload', { group_id: groupId, name: canary('group file name', only(...members)), size: 5, type: 'text/plain', url: 'http://files.test/shared' })
  ).data.file_id;
  await call(applicant, 'POST', '/group/apply', { group_id: groupId, reason: canary('group application reason', only(applicant, ...staff)) });
  await call(owner, 'POST', '/group/invite', { group_id: groupId, user_list: [invitee.userId], reason: canary('group invitation reason', only(invitee, ...staff)) });

  const upload: UploadAnswer = (await call(owner, 'GET', `/file/upload/chat?file_type=100&to_id=${groupId}&to_type=2`)).data;
  const stored = await sendUpload(server, upload, Buffer.from(canary('chat file bytes', only(...members))), { fileName: 'notes.txt' });
  if (stored.body.code !== 200) throw new Error(`seeding: upload failed: ${JSON.stringify(stored.body)}`);
  const fileSign = new URL(upload.download_url).searchParams.get('file_sign')!;
  const groupMessageId = (
    await call(owner, 'POST', '/message/send', {
      type: 2,
      targets: [groupId],
      content_type: 4,
      content: canary('group message', only(...members)),
      attachment: JSON.stringify({ url: upload.download_url, dName: canary('group attachment name', only(...members)), fLen: 5 }),
    })
  ).msg_ids[0];
  const qrInfo = (await call(owner, 'GET', `/group/qrcode/sign?group_id=${groupId}`)).data.qr_info;

  return { tenant, owner, groupAdmin, member, outsider, applicant, invitee, groupId, groupMessageId, directMessageId, announcementId, groupFileId, fileSign, qrInfo };
}

export async function startSweepWorld(): Promise<SweepWorld> {
  const server = await startTestServer(fileTestConfig());
  const canaries: Canary[] = [];
  try {
    const a = await seedApp(server, 'A', canaries);
    const b = await seedApp(server, 'B', canaries);
    return { server, a, b, canaries, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** The ids a probe names: a user, a group, its objects. Probes are built from the group owner's world, or a mix of two apps'. */
export interface ProbeIds {
  userId: number;
  memberId: number;
  applicantId: number;
  inviterId: number;
  groupId: number;
  groupMessageId: number;
  announcementId: number;
  groupFileId: number;
  fileSign: string;
  qrInfo: string;
  /** Fill /group/create's user_list (left out by default: it would add other users to the prober's new group). */
  createWithUsers?: boolean;
}

export function probeIdsOf(app: SeededApp): ProbeIds {
  return {
    userId: app.member.userId,
    memberId: app.member.userId,
    applicantId: app.applicant.userId,
    inviterId: app.owner.userId,
    groupId: app.groupId,
    groupMessageId: app.groupMessageId,
    announcementId: app.announcementId,
    groupFileId: app.groupFileId,
    fileSign: app.fileSign,
    qrInfo: app.qrInfo,
  };
}

export const operations = catalogueOperationsWithFields();

/** Register and log-in calls: open to anonymous callers by design (MaxIM's SDK calls them before it has a token). */
export const PUBLIC_OPERATIONS = new Set(['/user/register', '/user/register/v2', '/user/register/push', '/token/id', '/token/login', '/token/user']);

const fresh = () => `sweep_${randomBytes(5).toString('hex')}`;
const freshMobile = () => `+86139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
/** Wrong on purpose: a probe must never log in, change or delete an account. */
const WRONG_PASSWORD = 'not-the-password-1';
/** No device has it: a probe must never kick or forget the caller's own device. */
const NO_DEVICE = 99_999;

function listFor(path: string, ids: ProbeIds): unknown[] {
  switch (path) {
    case '/user/avatar/batch':
      return [{ user_id: ids.userId, avatar: 'probe' }];
    case '/user/profile/batch':
      return [{ user_id: ids.userId, nick_name: 'probe' }];
    case '/user/register/batch':
      return [{ username: fresh(), password: WRONG_PASSWORD }];
    case '/push/task/detail':
      return [1];
    default:
      return [ids.userId];
  }
}

function queryValue(path: string): string {
  if (path === '/user/authmode') return '0';
  if (path === '/user/push/nickname') return 'probe';
  return 'true';
}

/** A value for one field of the catalogue, chosen so that the operation passes validation and reaches its permission check. */
function fieldValue(operation: CatalogueOperationWithFields, name: string, type: string | undefined, ids: ProbeIds): unknown {
  const { path } = operation;
  switch (name) {
    case 'group_id':
      return ids.groupId;
    case 'group_list':
      return [ids.groupId];
    case 'user_id':
      if (path === '/group/apply/handle') return ids.applicantId;
      if (path === '/group/invite/handle') return ids.inviterId;
      return ids.userId;
    case 'roster_id':
      return ids.userId;
    case 'user_list':
      return path === '/group/create' && !ids.createWithUsers ? undefined : [ids.userId];
    case 'list':
      return listFor(path, ids);
    case 'new_owner':
      return ids.memberId;
    case 'targets':
      return [ids.groupId];
    case 'type':
      if (path === '/group/create') return 0;
      if (path === '/group/file/upload') return 'text/plain';
      if (path === '/user/bind_openid') return '1';
      return path === '/message/broadcast' ? 1 : 2;
    case 'msg_id':
      return ids.groupMessageId;
    case 'conversation_id':
    case 'opposite_id':
    case 'to_id':
      return ids.groupId;
    case 'to_type':
      return 2;
    case 'file_type':
      return 100;
    case 'msg_id_start':
      return 0;
    case 'limit':
    case 'page_size':
      return 10;
    case 'page_num':
      return 1;
    case 'file_id':
      return ids.groupFileId;
    case 'file_list':
      return [ids.groupFileId];
    case 'announcement_id':
      return ids.announcementId;
    case 'file_sign':
      return ids.fileSign;
    case 'object_name':
      return `avatar/${'0'.repeat(32)}`;
    case 'qr_info':
      return ids.qrInfo;
    case 'device_sn':
    case 'deviceSn':
      return NO_DEVICE;
    case 'password':
    case 'old_password':
      return WRONG_PASSWORD;
    case 'new_password':
      return 'sweep-new-password-1';
    case 'username':
    case 'name':
    case 'login_name':
      return path === '/group/create' || path.startsWith('/group/file') ? 'probe' : fresh();
    case 'mobile':
      return freshMobile();
    case 'email':
      return `${fresh()}@example.com`;
    case 'content_type':
      return 0;
    case 'duration':
      return 10;
    case 'msg_mute_mode':
    case 'msg_push_mode':
    case 'apply_approval':
    case 'badge':
    case 'environment':
    case 'provider':
    case 'no_push_end_hour':
      return 1;
    case 'auth_mode':
    case 'no_push_start_hour':
      return 0;
    case 'approval':
      return false;
    case 'size':
      return 1;
    case 'url':
      return 'http://files.test/probe';
    case 'tags':
      return ['probe'];
    case 'audience':
      return { user_list: [ids.userId] };
    case 'setting':
      return {};
    case 'message':
      return { title: 'probe', content: 'probe' };
    case 'value':
      if (operation.query.some((field) => field.name === 'value')) return queryValue(path);
      return type === 'boolean' ? true : 'probe';
    case 'content':
    case 'title':
    case 'reason':
    case 'alias':
    case 'ext':
    case 'avatar':
    case 'description':
    case 'nick_name':
    case 'open_id':
    case 'device_guid':
    case 'device_token':
    case 'notifier_name':
    case 'push_token':
    case 'sign':
      return 'probe';
    default:
      // Optional extras (cursor, version, formats, settings flags...): left out, as most clients do.
      return undefined;
  }
}

export interface Probe {
  method: Method;
  path: string;
  url: string;
  body?: unknown;
}

/** The request for one operation: its query and JSON body filled from the catalogue's field list. */
export function buildProbe(operation: CatalogueOperationWithFields, ids: ProbeIds): Probe {
  const query = new URLSearchParams();
  for (const field of operation.query) {
    const value = fieldValue(operation, field.name, field.type, ids);
    if (value !== undefined) query.set(field.name, String(value));
  }
  let body: unknown;
  if (operation.body.length > 0) {
    const entries = operation.body.map((field) => [field.name, fieldValue(operation, field.name, field.type, ids)] as const).filter(([, value]) => value !== undefined);
    body = Object.fromEntries(entries);
    if (operation.path === '/roster/apply/batch') body = [body];
  }
  const search = query.toString();
  return { method: operation.method, path: operation.path, url: search ? `${operation.path}?${search}` : operation.path, body };
}

/** Operations whose fields name users, groups or their objects: the ones a foreign id can be put into. */
export function namesObjects(operation: CatalogueOperationWithFields): boolean {
  const objectFields = /^(group_id|group_list|user_id|roster_id|user_list|new_owner|targets|msg_id|conversation_id|opposite_id|to_id|file_id|file_list|announcement_id|file_sign|qr_info)$/;
  const listsUsers = operation.body.some((field) => field.name === 'list') && !['/push/task/detail', '/user/register/batch'].includes(operation.path);
  return [...operation.query, ...operation.body].some((field) => objectFields.test(field.name)) || listsUsers;
}

/** Who calls: headers to send, and which canaries they may read (those of `readerId`'s app readable by that user). */
export interface SweepCaller {
  name: string;
  appId: string;
  token?: string;
  headers?: Record<string, string>;
  /** The user whose view the caller may share; null: the caller may read no canary at all. */
  reader: { appId: string; userId: number | null } | null;
}

export interface Answer {
  status: number;
  code: number | null;
  message: string | null;
  data: unknown;
  text: string;
}

export async function send(server: TestServer, caller: SweepCaller, probe: Probe): Promise<Answer> {
  const headers: Record<string, string> = { app_id: caller.appId, ...(caller.headers ?? {}) };
  if (caller.token !== undefined) headers['access-token'] = caller.token;
  let payload: string | undefined;
  if (probe.body !== undefined) {
    payload = JSON.stringify(probe.body);
    headers['content-type'] = 'application/json';
  }
  const response = await server.app.inject({ method: probe.method, url: probe.url, headers, payload });
  // Headers too: a redirect's Location or a download's disposition may carry what the body does not.
  const text = `${JSON.stringify(response.headers)}\n${response.body}`;
  try {
    const envelope = JSON.parse(response.body) as { code: number; message: string | null; data: unknown };
    return { status: response.statusCode, code: envelope.code, message: envelope.message, data: envelope.data, text };
  } catch {
    return { status: response.statusCode, code: null, message: null, data: null, text };
  }
}

/** The canaries this caller may not read that the answer shows. */
export function leakedCanaries(canaries: Canary[], caller: SweepCaller, answer: Answer): Canary[] {
  return canaries.filter((canary) => {
    if (!answer.text.includes(canary.text)) return false;
    const reader = caller.reader;
    if (reader === null || reader.appId !== canary.appId) return true;
    if (canary.readers === null) return false;
    return reader.userId === null || !canary.readers.has(reader.userId);
  });
}

/**
 * What a caller must get: a denial with its published code; `perItem`, a 200 whose every item
 * failed (batch operations answer per user or file); or `allowed` (only leaks are checked).
 */
export type Expectation = { deny: number } | { perItem: true } | { allowed: string };

export const deny = (code: number): Expectation => ({ deny: code });
export const PER_ITEM: Expectation = { perItem: true };
export const allowed = (reason: string): Expectation => ({ allowed: reason });

/** Batch answers: `[{result|success}]`, /group/create's `user_list_results`, /roster/apply/batch's `{success: [], fails}`; lists that leave out what the caller may not see answer `[]`. */
function everyItemFailed(data: unknown): boolean {
  const shaped = data as { user_list_results?: unknown[]; success?: unknown[]; fails?: unknown[] } | null;
  if (Array.isArray(shaped?.success) && Array.isArray(shaped?.fails)) return shaped.success.length === 0;
  const items = Array.isArray(data) ? data : shaped?.user_list_results;
  if (!Array.isArray(items)) return false;
  return items.every((item: { result?: string; success?: boolean }) => item.result === 'fail' || item.success === false);
}

export interface SweepTally {
  tried: number;
  denied: number;
  perItemRefused: number;
  allowed: number;
  /** Allowed calls that were nonetheless refused as bad input (10002): how many the probes failed to exercise fully. */
  allowedButBadInput: number;
  wronglyAllowed: number;
  wrongCode: number;
  leaks: number;
  failures: string[];
}

export const newTally = (): SweepTally => ({ tried: 0, denied: 0, perItemRefused: 0, allowed: 0, allowedButBadInput: 0, wronglyAllowed: 0, wrongCode: 0, leaks: 0, failures: [] });

export function tallyLine(tally: SweepTally, callers: number): string {
  return (
    `${tally.tried} calls (ops x ${callers} callers): denied ${tally.denied} with the published code, ${tally.perItemRefused} batch answers with every item refused, ` +
    `${tally.allowed} allowed by design (${tally.allowedButBadInput} of them refused as bad input); wrongly allowed ${tally.wronglyAllowed}, wrong denial code ${tally.wrongCode}, canaries leaked ${tally.leaks}`
  );
}

/** Sends one probe as one caller, records the verdict in `tally`. */
export async function check(world: SweepWorld, caller: SweepCaller, probe: Probe, expectation: Expectation, tally: SweepTally): Promise<void> {
  const answer = await send(world.server, caller, probe);
  tally.tried++;
  const where = `${caller.name}: ${probe.method} ${probe.url}`;
  const got = `HTTP ${answer.status} code ${answer.code} ${JSON.stringify(answer.message)}`;
  if (answer.status >= 500) tally.failures.push(`${where}: server fault ${got}`);
  const leaks = leakedCanaries(world.canaries, caller, answer);
  if (leaks.length > 0) {
    tally.leaks += leaks.length;
    tally.failures.push(`${where}: leaked ${leaks.map((canary) => canary.label).join(', ')}`);
  }
  if ('allowed' in expectation) {
    tally.allowed++;
    if (answer.code === 10002) tally.allowedButBadInput++;
    return;
  }
  if ('perItem' in expectation && answer.code === 200 && everyItemFailed(answer.data)) {
    tally.perItemRefused++;
    return;
  }
  if ('deny' in expectation && answer.code === expectation.deny) {
    tally.denied++;
    return;
  }
  const wanted = 'deny' in expectation ? `code ${expectation.deny}` : 'every item refused';
  if (answer.code === 200 || answer.code === null) {
    tally.wronglyAllowed++;
    tally.failures.push(`${where}: wrongly allowed (${got}: ${JSON.stringify(answer.data)?.slice(0, 200)}), wanted ${wanted}`);
  } else {
    tally.wrongCode++;
    tally.failures.push(`${where}: ${got}, wanted ${wanted}`);
  }
}

/** Runs `work` over `items`, `parallel` at a time. */
export async function inPool<T>(items: T[], parallel: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

/**
 * A digest of the rows of `appId` in every table that holds one, leaving out rows owned by users not
 * in `owners` (the prober's own rows, users the probes registered): what probes must never change.
 */
export async function appDigest(server: TestServer, appId: string, owners?: number[]): Promise<Record<string, string>> {
  const ownerColumns: Record<string, string> = {
    users: 'id',
    groups: 'owner_id',
    group_invitations: 'invitee_id',
    group_announcements: 'author_id',
    group_files: 'uploader_id',
    messages: 'from_user_id',
    roster_applications: 'applicant_id',
    notices: 'recipient_id',
    file_objects: 'uploader_id',
  };
  const tables: { table_name: string; columns: string[] }[] = await server.sql(
    `SELECT table_name, array_agg(column_name::text) AS columns FROM information_schema.columns
      WHERE table_schema = 'public' GROUP BY table_name HAVING bool_or(column_name = 'app_id')`,
  );
  const digest: Record<string, string> = {};
  for (const { table_name: table, columns } of tables) {
    // Shared or derived rows an allowed call of the excluded user may touch; address_book_changes is
    // the version log of roster, block, group and member rows, which are compared themselves.
    const derived = ['notices', 'live_sessions', 'file_app_usage', 'file_references', 'message_conversations', 'push_vendor_tokens', 'address_book_changes'];
    if (owners && derived.includes(table)) continue;
    const owner = ownerColumns[table] ?? (columns.includes('user_id') ? 'user_id' : null);
    const filter = owners && owner ? ` AND ${owner} = ANY($2::bigint[])` : '';
    const [row] = await server.sql(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${table} t WHERE app_id = $1${filter}`, owners && owner ? [appId, owners] : [appId]);
    digest[table] = row.digest;
  }
  return digest;
}

export const userIdsOf = (app: SeededApp, ...except: TestUser[]) =>
  [app.owner, app.groupAdmin, app.member, app.outsider, app.applicant, app.invitee].filter((user) => !except.includes(user)).map((user) => user.userId);
