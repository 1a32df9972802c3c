import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Injectable } from '@nestjs/common';
import { ApiError, ErrorCode } from '../common/errors/error-codes';

/** How long one attachment host may take to resolve before the request is refused. */
const RESOLVE_DEADLINE_MS = 3_000;

/** IPv4 ranges that are not public unicast: this host, private, CGNAT, loopback, link-local (cloud metadata), documentation, benchmarking, multicast, reserved. */
const NON_PUBLIC_V4 = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const;

/**
 * IPv6 is judged by allow-list: only global unicast (2000::/3) passes, which leaves out ::, ::1,
 * IPv4-mapped and NAT64 forms of any v4 address, ULA fc00::/7, link-local fe80::/10 and multicast;
 * inside it, Teredo, 6to4 (both embed v4 addresses) and documentation are refused as well.
 */
const NON_PUBLIC_INSIDE_GLOBAL_V6 = [
  ['2001::', 32],
  ['2001:db8::', 32],
  ['2002::', 16],
] as const;

const nonPublicV4 = new BlockList();
for (const [network, prefix] of NON_PUBLIC_V4) nonPublicV4.addSubnet(network, prefix, 'ipv4');
const globalV6 = new BlockList();
globalV6.addSubnet('2000::', 3, 'ipv6');
const nonPublicV6 = new BlockList();
for (const [network, prefix] of NON_PUBLIC_INSIDE_GLOBAL_V6) nonPublicV6.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address literal is public unicast, i.e. neither this network nor a private, special or multicast one. */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !nonPublicV4.check(address, 'ipv4');
  if (family === 6) return globalV6.check(address, 'ipv6') && !nonPublicV6.check(address, 'ipv6');
  return false;
}

/** Answers the addresses a host name resolves to. A provider of its own so tests can answer from a hosts map (no DNS in tests). */
@Injectable()
export class AttachmentHostResolver {
  async resolve(host: string): Promise<string[]> {
    const answers = await lookup(host, { all: true, verbatim: true });
    return answers.map((answer) => answer.address);
  }
}

/**
 * Vets `message.attachment_url` of /push/notify against server-side request forgery and against
 * pointing devices and vendors at internal hosts: http(s) only, and every address its host
 * resolves to must be public unicast. The server never fetches the URL itself (vendors and devices
 * do), so there is no redirect for it to follow and no second DNS answer to trust (src/push/README.md
 * "Attachment URLs"). Webhook URLs go through the same check (`refusal`), with the operator's
 * allow-list (src/webhook/README.md "SSRF guard").
 */
@Injectable()
export class AttachmentUrlPolicy {
  constructor(private readonly resolver: AttachmentHostResolver) {}

  async assertPublic(raw: string, field = 'message.attachment_url'): Promise<void> {
    const why = await this.refusal(raw);
    if (why !== null) throw new ApiError(ErrorCode.PushImageUrlInvalid, `${field}: ${why}`);
  }

  /**
   * Why `raw` must not be reached, or null when it may: an http(s) URL whose host resolves to
   * public addresses only, or whose host `allowHosts` names (the operator's exceptions).
   */
  async refusal(raw: string, allowHosts: readonly string[] = []): Promise<string | null> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return 'is not a valid URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http(s) URL';
    // WHATWG parsing already turned 2130706433, 0x7f.1 and 127.1 into 127.0.0.1, and bracketed v6 into its compressed form.
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (allowHosts.includes(host)) return null;
    const resolved = isIP(host) ? [host] : await this.resolve(host);
    if (typeof resolved === 'string') return resolved;
    const internal = resolved.find((address) => !isPublicAddress(address));
    if (internal === undefined) return null;
    return `host ${JSON.stringify(host)} is ${internal === host ? '' : `${internal}, `}not a public address; it must be reachable on the Internet`;
  }

  /** The host's addresses, or why it has none. */
  private async resolve(host: string): Promise<string[] | string> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`host ${JSON.stringify(host)} did not resolve within ${RESOLVE_DEADLINE_MS} ms`), RESOLVE_DEADLINE_MS);
    });
    try {
      const addresses = await Promise.race([this.resolver.resolve(host), deadline]);
      if (addresses.length === 0) return `host ${JSON.stringify(host)} does not resolve`;
      return addresses;
    } catch {
      return `host ${JSON.stringify(host)} does not resolve`;
    } finally {
      clearTimeout(timer);
    }
  }
}
