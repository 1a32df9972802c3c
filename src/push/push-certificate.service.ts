import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { DuplicateKeyError } from '../common/database/duplicate-key';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { PushCredential, PushEnvironment, PushProvider, PushVendor, VENDOR_OF_PROVIDER } from './channels/push-channel';
import {
  PushCertificateCreateDto,
  PushCertificateQueryDto,
  PushCertificateResponseDto,
  PushCertificateUpdateDto,
} from './push-certificate.dto';
import { CertificateValues, PushCertificateRepository, StoredCertificate } from './push-certificate.repository';
import { SecretCipher } from '../common/secrets/secret.cipher';

type CertificateFields = Omit<PushCertificateCreateDto, 'name' | 'provider' | 'environment'>;
type FieldName = keyof CertificateFields;

/** The fields each provider needs (README "Certificates"). */
const REQUIRED_FIELDS: Readonly<Record<PushProvider, FieldName[]>> = {
  [PushProvider.Apns]: ['certificate', 'key_id', 'team_id', 'bundle_id'],
  [PushProvider.Fcm]: ['certificate'],
  [PushProvider.Huawei]: ['app_id', 'app_secret'],
  [PushProvider.Xiaomi]: ['app_secret', 'package_name'],
  [PushProvider.Meizu]: ['app_id', 'app_secret'],
  [PushProvider.Vivo]: ['app_id', 'app_key', 'app_secret'],
  [PushProvider.Oppo]: ['app_key', 'app_secret'],
};

const SETTINGS_FIELDS = ['key_id', 'team_id', 'bundle_id', 'package_name'] as const;

/** The fields of an FCM service-account JSON we use. */
interface ServiceAccount {
  project_id: string;
  client_email: string;
  private_key: string;
  private_key_id: string;
  token_uri?: string;
}

function parseServiceAccount(text: string): ServiceAccount | null {
  try {
    const account = JSON.parse(text) as Partial<ServiceAccount>;
    const ok = ['project_id', 'client_email', 'private_key', 'private_key_id'].every((key) => typeof account[key as keyof ServiceAccount] === 'string');
    return ok ? (account as ServiceAccount) : null;
  } catch {
    return null;
  }
}

/** Shows that a secret is set without showing it: its last four characters at most. */
function mask(secret: string | null): string | null {
  if (secret === null) return null;
  return secret.length <= 12 ? '****' : `****${secret.slice(-4)}`;
}

/**
 * The app's vendor credentials ("certificates"): named, one per (provider, environment), secrets
 * sealed at rest. The admin routes write them, GET /push/certificate shows them masked, workers
 * read them decrypted as PushCredential.
 */
@Injectable()
export class PushCertificateService {
  constructor(
    private readonly repository: PushCertificateRepository,
    private readonly cipher: SecretCipher,
  ) {}

  async find(caller: CallerContext, query: PushCertificateQueryDto): Promise<PushCertificateResponseDto> {
    const environment = query.environment ?? PushEnvironment.Production;
    const stored = await this.repository.findByProvider(caller.appId, query.provider, environment);
    if (!stored) {
      throw ApiError.badParameter(`provider: this app has no certificate for provider ${query.provider} in environment ${environment}`);
    }
    return this.masked(stored);
  }

  async create(caller: CallerContext, request: PushCertificateCreateDto): Promise<PushCertificateResponseDto> {
    const environment = request.environment ?? PushEnvironment.Production;
    const values = this.values(caller.appId, request.name, request.provider, environment, request, null);
    try {
      await this.repository.insert(caller.appId, values);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      if (error.constraint === 'push_certificates_app_name_key') {
        throw new ApiError(ErrorCode.AlreadyBound, `name: this app already has a certificate named ${JSON.stringify(request.name)}; update it with PUT`);
      }
      throw new ApiError(
        ErrorCode.AlreadyBound,
        `provider: this app already has a certificate for provider ${request.provider} in environment ${environment}; update or delete it first`,
      );
    }
    return this.masked((await this.repository.findByName(caller.appId, request.name))!);
  }

  async update(caller: CallerContext, request: PushCertificateUpdateDto): Promise<PushCertificateResponseDto> {
    const stored = await this.repository.findByName(caller.appId, request.name);
    if (!stored) throw ApiError.badParameter(`name: this app has no certificate named ${JSON.stringify(request.name)}`);
    const environment = request.environment ?? stored.environment;
    const values = this.values(caller.appId, stored.name, stored.provider, environment, request, stored);
    try {
      await this.repository.update(caller.appId, stored.id, values);
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
      throw new ApiError(ErrorCode.AlreadyBound, `environment: this app already has a certificate for provider ${stored.provider} in environment ${environment}`);
    }
    return this.masked((await this.repository.findByName(caller.appId, request.name))!);
  }

  async delete(caller: CallerContext, name: string): Promise<boolean> {
    if (!(await this.repository.delete(caller.appId, name))) {
      throw ApiError.badParameter(`name: this app has no certificate named ${JSON.stringify(name)}`);
    }
    return true;
  }

  /** Push is enabled for an app once it stores a certificate (README "Enabling push"). */
  isPushEnabled(appId: string): Promise<boolean> {
    return this.repository.hasAny(appId);
  }

  /** certificate name → vendor, for routing devices by their notifier_name. */
  async vendorsByName(appId: string): Promise<Map<string, PushVendor>> {
    const providers = await this.repository.providersByName(appId);
    return new Map([...providers].map(([name, provider]) => [name, VENDOR_OF_PROVIDER[provider as PushProvider]]));
  }

  /** The decrypted credential for the workers; null when the certificate is gone. */
  async credential(appId: string, name: string): Promise<PushCredential | null> {
    const stored = await this.repository.findByName(appId, name);
    return stored ? this.decrypt(stored) : null;
  }

  private decrypt(stored: StoredCertificate): PushCredential {
    const base = { id: stored.id, version: stored.version, appId: stored.appId, name: stored.name, environment: stored.environment as PushEnvironment };
    const secret = stored.appSecretSealed === null ? '' : this.cipher.open(stored.appSecretSealed, this.context(stored.appId, 'app_secret'));
    const certificate = stored.certificateSealed === null ? '' : this.cipher.open(stored.certificateSealed, this.context(stored.appId, 'certificate'));
    const settings = stored.settings;
    switch (stored.provider as PushProvider) {
      case PushProvider.Apns:
        return { ...base, vendor: PushVendor.Apns, teamId: settings.team_id, keyId: settings.key_id, bundleId: settings.bundle_id, privateKey: certificate };
      case PushProvider.Fcm: {
        const account = parseServiceAccount(certificate)!;
        return {
          ...base,
          vendor: PushVendor.Fcm,
          projectId: account.project_id,
          clientEmail: account.client_email,
          privateKey: account.private_key,
          privateKeyId: account.private_key_id,
          tokenUri: account.token_uri ?? 'https://oauth2.googleapis.com/token',
        };
      }
      case PushProvider.Huawei:
        return { ...base, vendor: PushVendor.Huawei, clientId: stored.vendorAppId ?? '', clientSecret: secret };
      case PushProvider.Xiaomi:
        return { ...base, vendor: PushVendor.Xiaomi, appSecret: secret, packageName: settings.package_name, vendorAppId: stored.vendorAppId };
      case PushProvider.Oppo:
        return { ...base, vendor: PushVendor.Oppo, appKey: stored.appKey ?? '', masterSecret: secret };
      case PushProvider.Vivo:
        return { ...base, vendor: PushVendor.Vivo, vendorAppId: stored.vendorAppId ?? '', appKey: stored.appKey ?? '', appSecret: secret };
      case PushProvider.Meizu:
        return { ...base, vendor: PushVendor.Flyme, vendorAppId: stored.vendorAppId ?? '', appSecret: secret };
    }
  }

  /** Merges the request over the stored values, checks the provider's required fields, seals secrets. */
  private values(
    appId: string,
    name: string,
    provider: PushProvider,
    environment: PushEnvironment,
    request: CertificateFields,
    stored: StoredCertificate | null,
  ): CertificateValues {
    const present = (field: FieldName): boolean =>
      request[field] !== undefined ||
      (stored !== null &&
        ({
          app_id: stored.vendorAppId,
          app_key: stored.appKey,
          app_secret: stored.appSecretSealed,
          certificate: stored.certificateSealed,
        }[field as string] ??
          stored.settings[field]) != null);
    const missing = REQUIRED_FIELDS[provider].filter((field) => !present(field));
    if (missing.length > 0) {
      throw ApiError.badParameter(`${missing[0]}: is required for provider ${provider} (needs ${REQUIRED_FIELDS[provider].join(', ')})`);
    }
    if (provider === PushProvider.Fcm && request.certificate !== undefined && !parseServiceAccount(request.certificate)) {
      throw ApiError.badParameter('certificate: for FCM send the service-account JSON with project_id, client_email, private_key and private_key_id');
    }
    if (provider === PushProvider.Apns && request.certificate !== undefined && !/-----BEGIN PRIVATE KEY-----/.test(request.certificate)) {
      throw ApiError.badParameter('certificate: for APNs send the .p8 key file text (PEM "-----BEGIN PRIVATE KEY-----")');
    }
    const settings: Record<string, string> = { ...(stored?.settings ?? {}) };
    for (const field of SETTINGS_FIELDS) if (request[field] !== undefined) settings[field] = request[field]!;
    return {
      name,
      provider,
      environment,
      vendorAppId: request.app_id ?? stored?.vendorAppId ?? null,
      appKey: request.app_key ?? stored?.appKey ?? null,
      appSecretSealed: request.app_secret !== undefined ? this.cipher.seal(request.app_secret, this.context(appId, 'app_secret')) : (stored?.appSecretSealed ?? null),
      certificateSealed:
        request.certificate !== undefined ? this.cipher.seal(request.certificate, this.context(appId, 'certificate')) : (stored?.certificateSealed ?? null),
      settings,
    };
  }

  private context(appId: string, field: string): string {
    return `${appId}\npush_certificates.${field}`;
  }

  private masked(stored: StoredCertificate): PushCertificateResponseDto {
    const open = (sealed: string | null, field: string) => (sealed === null ? null : this.cipher.open(sealed, this.context(stored.appId, field)));
    return {
      name: stored.name,
      provider: stored.provider,
      environment: stored.environment,
      app_id: stored.vendorAppId,
      app_key: stored.appKey,
      app_secret: mask(open(stored.appSecretSealed, 'app_secret')),
      certificate: mask(open(stored.certificateSealed, 'certificate')),
      key_id: stored.settings.key_id ?? null,
      team_id: stored.settings.team_id ?? null,
      bundle_id: stored.settings.bundle_id ?? null,
      package_name: stored.settings.package_name ?? null,
    };
  }
}
