import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PushEnvironment, PushProvider } from './channels/push-channel';
import { NumberFromText } from '../common/number-text';

const PROVIDERS = [1, 2, 3, 4, 5, 6, 7];
const PROVIDER_DOC = '1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM';

/** Query of GET /push/certificate. */
export class PushCertificateQueryDto {
  @ApiProperty({ enum: PROVIDERS, description: PROVIDER_DOC })
  @NumberFromText()
  @IsInt({ message: 'provider: must be 1 to 7 (1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM)' })
  @IsIn(PROVIDERS, { message: 'provider: must be 1 to 7 (1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM)' })
  provider!: PushProvider;

  @ApiPropertyOptional({ enum: [0, 1], default: 1, description: '0 development, 1 production' })
  @IsOptional()
  @NumberFromText()
  @IsInt({ message: 'environment: must be 0 (development) or 1 (production)' })
  @IsIn([0, 1], { message: 'environment: must be 0 (development) or 1 (production)' })
  environment?: PushEnvironment;
}

function Text(field: string, max: number, description?: string) {
  return [
    ApiPropertyOptional({ maxLength: max, description }),
    IsOptional(),
    IsString({ message: `${field}: must be a string` }),
    MinLength(1, { message: `${field}: must be 1 to ${max} characters` }),
    MaxLength(max, { message: `${field}: must be 1 to ${max} characters` }),
  ];
}

function apply(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

/** The fields a certificate may carry; which are required depends on the provider (README "Certificates"). */
class PushCertificateFieldsDto {
  @apply(...Text('app_id', 256, "the vendor's app id (Huawei client id, Xiaomi/Meizu/vivo AppID)"))
  app_id?: string;

  @apply(...Text('app_key', 256, 'vivo/OPPO AppKey'))
  app_key?: string;

  @apply(...Text('app_secret', 1024, 'Huawei client secret, Xiaomi/Meizu/vivo AppSecret, OPPO MasterSecret (stored encrypted)'))
  app_secret?: string;

  @apply(...Text('certificate', 16_384, 'APNs .p8 private key (PEM) or the FCM service-account JSON (stored encrypted)'))
  certificate?: string;

  @apply(...Text('key_id', 64, 'APNs Key ID'))
  key_id?: string;

  @apply(...Text('team_id', 64, 'APNs Team ID'))
  team_id?: string;

  @apply(...Text('bundle_id', 256, 'APNs topic: the iOS bundle id'))
  bundle_id?: string;

  @apply(...Text('package_name', 256, 'Android package name (Xiaomi restricted_package_name)'))
  package_name?: string;
}

/** Body of POST /push/certificate (ours: store a vendor credential; admin token). */
export class PushCertificateCreateDto extends PushCertificateFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: 64, description: 'the certificate name: /user/token/bind notifier_name' })
  @IsString({ message: 'name: must be a string' })
  @MinLength(1, { message: 'name: must be 1 to 64 characters' })
  @MaxLength(64, { message: 'name: must be 1 to 64 characters' })
  @Matches(/^\S(.*\S)?$/, { message: 'name: must not start or end with spaces' })
  name!: string;

  @ApiProperty({ enum: PROVIDERS, description: PROVIDER_DOC })
  @IsInt({ message: 'provider: must be 1 to 7 (1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM)' })
  @IsIn(PROVIDERS, { message: 'provider: must be 1 to 7 (1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM)' })
  provider!: PushProvider;

  @ApiPropertyOptional({ enum: [0, 1], default: 1 })
  @IsOptional()
  @IsIn([0, 1], { message: 'environment: must be 0 (development) or 1 (production)' })
  environment?: PushEnvironment;
}

/** Body of PUT /push/certificate (ours): the named certificate's fields to replace; provider stays. */
export class PushCertificateUpdateDto extends PushCertificateFieldsDto {
  @ApiProperty({ minLength: 1, maxLength: 64 })
  @IsString({ message: 'name: must be a string' })
  @MinLength(1, { message: 'name: must be 1 to 64 characters' })
  @MaxLength(64, { message: 'name: must be 1 to 64 characters' })
  name!: string;

  @ApiPropertyOptional({ enum: [0, 1] })
  @IsOptional()
  @IsIn([0, 1], { message: 'environment: must be 0 (development) or 1 (production)' })
  environment?: PushEnvironment;
}

/** Body of DELETE /push/certificate (ours). */
export class PushCertificateDeleteDto {
  @ApiProperty({ minLength: 1, maxLength: 64 })
  @IsString({ message: 'name: must be a string' })
  @MinLength(1, { message: 'name: must be 1 to 64 characters' })
  @MaxLength(64, { message: 'name: must be 1 to 64 characters' })
  name!: string;
}

/** MaxIM NotifierDto, secrets masked, plus what our routes store. */
export class PushCertificateResponseDto {
  @ApiProperty({ description: 'the notifier_name of /user/token/bind' }) name!: string;
  @ApiProperty({ type: 'integer', description: '1 APNs, 2 Huawei, 3 Xiaomi, 4 Meizu, 5 vivo, 6 OPPO, 7 FCM' }) provider!: number;
  @ApiProperty({ type: 'integer', description: '0 development, 1 production' }) environment!: number;
  @ApiProperty({ type: String, nullable: true }) app_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) app_key!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'masked' }) app_secret!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'masked' }) certificate!: string | null;
  @ApiProperty({ type: String, nullable: true }) key_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) team_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) bundle_id!: string | null;
  @ApiProperty({ type: String, nullable: true }) package_name!: string | null;
}
