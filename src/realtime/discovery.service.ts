import { Inject, Injectable } from '@nestjs/common';
import { AppContentService } from '../app/app-content.service';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ApiError } from '../common/errors/error-codes';
import { AppConfigResponseDto, AppDnsResponseDto, ServerAddressDto } from './discovery.dto';

/** The request headers the public address is read from when PUBLIC_URL is not set. */
export interface RequestAddress {
  host?: string;
  forwardedHost?: string;
  forwardedProto?: string;
  /** The protocol of the connection itself. */
  protocol: 'http' | 'https';
}

/** Version of our discovery answer's format; MaxIM's SDK stores it and does not interpret it. */
const DNS_VERSION = 1;

function firstValue(header: string | undefined): string | undefined {
  const value = header?.split(',')[0]?.trim();
  return value ? value : undefined;
}

/**
 * MaxIM's SDK finds its servers through a DNS service; this server is its own: the answer points
 * REST (ratel), the socket (webim) and RTC at the address the client reached us by.
 */
@Injectable()
export class DiscoveryService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly content: AppContentService,
  ) {}

  appDns(appId: string, queryAppId: string | undefined, address: RequestAddress): AppDnsResponseDto {
    if (queryAppId !== undefined && queryAppId !== appId) {
      throw ApiError.badParameter(`app_id: the query names ${JSON.stringify(queryAppId)} but the app_id header ${JSON.stringify(appId)}`);
    }
    const { ratel, socket } = this.publicAddress(address);
    return {
      version: DNS_VERSION,
      app_status: 'normal',
      dns_list: [{ group_level: 0, clusters: [{ ratel: [{ ...ratel, ip_list: [] }], webim: [socket], rtc: [socket] }] }],
      dns_server_list: [],
      link_server_list: [],
    };
  }

  /** The operator's client configuration rides along, so a client reads it before logging in too. */
  async appConfig(appId: string, platform: number | undefined): Promise<AppConfigResponseDto> {
    const { configs } = await this.content.clientConfig(appId);
    return { app_id: appId, platform: platform ?? 6, hide_member_info: false, configs };
  }

  /**
   * PUBLIC_URL when set (its path, if any, prefixes REST only: socket.io clients read a URL path as
   * a namespace, so the socket is always at the origin); otherwise the forwarded or Host header.
   */
  private publicAddress(address: RequestAddress): { ratel: ServerAddressDto; socket: ServerAddressDto } {
    const configured = this.config.realtime.publicUrl;
    if (configured) {
      const url = new URL(configured);
      const protocol = url.protocol.replace(':', '');
      const path = url.pathname.replace(/\/+$/, '');
      return { ratel: { protocol, host: `${url.host}${path}` }, socket: { protocol, host: url.host } };
    }
    const forwardedProto = firstValue(address.forwardedProto)?.toLowerCase();
    const protocol = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : address.protocol;
    const host = firstValue(address.forwardedHost) ?? firstValue(address.host) ?? `localhost:${this.config.port}`;
    return { ratel: { protocol, host }, socket: { protocol, host } };
  }
}
