import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsId } from '../common/validation';
import { ChatFileType, ConversationType } from './file.types';
import { NumberFromText } from '../common/number-text';

const FILE_TYPES = Object.values(ChatFileType).filter((value): value is number => typeof value === 'number');
const TO_TYPES = [ConversationType.User, ConversationType.Group];
/** Longest signed token we accept in a query (file_sign, store_token); ours are far shorter. */
const TOKEN_LENGTH = 2048;
/** Largest thumbnail edge (ours). */
export const MAX_THUMBNAIL_EDGE = 2048;

/** A signed token of ours in the query string. */
function IsSignedToken(options: { optional?: boolean; description: string }) {
  return applyDecorators(
    ...(options.optional ? [IsOptional(), ApiPropertyOptional({ description: options.description })] : [ApiProperty({ description: options.description })]),
    IsString({ message: '$property: must be a string' }),
    MinLength(1, { message: '$property: must not be empty' }),
    MaxLength(TOKEN_LENGTH, { message: `$property: must be at most ${TOKEN_LENGTH} characters` }),
  );
}

/** An optional string MaxIM clients send that changes nothing here (README "Downloads"). */
function IsIgnoredText(description: string) {
  return applyDecorators(
    ApiPropertyOptional({ description: `${description}; accepted and ignored` }),
    IsOptional(),
    IsString({ message: '$property: must be a string' }),
    MaxLength(TOKEN_LENGTH, { message: `$property: must be at most ${TOKEN_LENGTH} characters` }),
  );
}

/** `access-token` in the query, where MaxIM's web SDK puts it; the auth guard reads it (@TokenInQuery). */
function IsTokenInQuery() {
  return IsIgnoredText("access-token as MaxIM's web SDK puts it in the query (read by the auth guard; must equal the header when both are sent)");
}

function IsToType() {
  return applyDecorators(
    ApiPropertyOptional({ enum: TO_TYPES, default: 1, description: '1 user, 2 group' }),
    IsOptional(),
    NumberFromText(),
    IsIn(TO_TYPES, { message: '$property: must be 1 (user) or 2 (group)' }),
  );
}

function IsThumbnailEdge() {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: MAX_THUMBNAIL_EDGE, description: 'largest thumbnail width/height in pixels (image_type 2 and 3)' }),
    IsOptional(),
    NumberFromText(),
    IsInt({ message: '$property: must be a whole number of pixels' }),
    Min(1, { message: '$property: must be at least 1' }),
    Max(MAX_THUMBNAIL_EDGE, { message: `$property: must be at most ${MAX_THUMBNAIL_EDGE}` }),
  );
}

/** Query of GET /file/upload/avatar/group. */
export class FileGroupAvatarQueryDto {
  @IsId()
  @NumberFromText()
  group_id!: number;

  @IsTokenInQuery()
  'access-token'?: string;
}

/** Query of GET /file/upload/chat. */
export class FileUploadChatQueryDto {
  @ApiProperty({ enum: FILE_TYPES, description: '100 file, 101 voice amr, 102 image, 103 video, 104 voice mp3; 200-203 group shared file, voice, image, video' })
  @NumberFromText()
  @IsIn(FILE_TYPES, { message: `file_type: must be one of ${FILE_TYPES.join(', ')}` })
  file_type!: ChatFileType;

  @IsId()
  @NumberFromText()
  to_id!: number;

  @IsToType()
  to_type?: ConversationType;
}

/** Query of GET /file/upload/forward. */
export class FileForwardQueryDto {
  @IsSignedToken({ description: 'the file_sign of the chat file to forward' })
  file_sign!: string;

  @IsId()
  @NumberFromText()
  to_id!: number;

  @IsToType()
  to_type?: ConversationType;

  @IsTokenInQuery()
  'access-token'?: string;
}

/** What both download routes share. */
abstract class FileDownloadQueryBase {
  @ApiPropertyOptional({ enum: [1, 2, 3], default: 1, description: '1 original, 2 thumbnail, 3 cover (a larger preview); 2 and 3 for images only' })
  @IsOptional()
  @NumberFromText()
  @IsIn([1, 2, 3], { message: 'image_type: must be 1 (original), 2 (thumbnail) or 3 (cover)' })
  image_type?: 1 | 2 | 3;

  @IsThumbnailEdge()
  w?: number;

  @IsThumbnailEdge()
  h?: number;

  @IsSignedToken({ optional: true, description: 'the store_token of /token/*; stands for the access-token header when that cannot be sent' })
  store_token?: string;

  @IsIgnoredText('SDK signature')
  sdk_sign?: string;

  @IsIgnoredText('app_id for links a browser loads without headers (the app_id header wins)')
  app_id?: string;

  @IsTokenInQuery()
  'access-token'?: string;

  @ApiPropertyOptional({ enum: [1, 2], description: 'thumbnails are always made by this server; accepted and ignored' })
  @IsOptional()
  @NumberFromText()
  @IsIn([1, 2], { message: 'thumbnail_strategy: must be 1 or 2' })
  thumbnail_strategy?: number;
}

/** Query of GET /file/download/chat. */
export class FileDownloadChatQueryDto extends FileDownloadQueryBase {
  @IsSignedToken({ description: 'from the download_url of the upload answer' })
  file_sign!: string;

  @ApiPropertyOptional({ enum: ['amr', 'mp3'], description: 'audio only: the stored format; no conversion is made' })
  @IsOptional()
  @IsIn(['amr', 'mp3'], { message: 'format: must be amr or mp3' })
  format?: 'amr' | 'mp3';

  @IsIgnoredText('request source (miniprogram)')
  source?: string;
}

/** Query of GET /file/download/avatar. */
export class FileDownloadAvatarQueryDto extends FileDownloadQueryBase {
  @ApiProperty({ description: 'from the download_url of the avatar upload answer, e.g. avatar/0f3c…' })
  @IsString({ message: 'object_name: must be a string' })
  @MinLength(1, { message: 'object_name: must not be empty' })
  @MaxLength(200, { message: 'object_name: must be at most 200 characters' })
  object_name!: string;
}

/** MaxIM FileUploadDto: where to send the bytes and where they will be read. */
export class FileUploadResponseDto {
  @ApiProperty({ type: String, nullable: true, description: 'where to send the bytes; null for a forward (nothing to upload)' }) upload_url!: string | null;
  @ApiProperty({ type: String, enum: ['POST', 'PUT'], nullable: true, description: 'POST: multipart/form-data with the oss_body_param fields and the file last, in a part named "file"; null for a forward' })
  upload_method!: 'POST' | 'PUT' | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } }) oss_body_param!: Record<string, string>;
  @ApiProperty({ description: 'the URL messages and profiles carry' }) download_url!: string;
}
