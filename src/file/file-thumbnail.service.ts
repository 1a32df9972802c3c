import { Inject, Injectable, Logger } from '@nestjs/common';
import sharp from 'sharp';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { THUMBNAIL_SOURCES } from './file-content';
import { FileObjectRow } from './file.repository';
import { MAX_THUMBNAIL_EDGE } from './file.dto';
import { FileStorage } from './storage/file-storage';

/** Default boxes (ours): a thumbnail (image_type 2) fits 256×256, a cover (3) 720×720. */
const DEFAULT_EDGE = { 2: 256, 3: 720 } as const;
/** Requested edges are rounded up to this step, so a client cannot fill the cache with one variant per pixel. */
const EDGE_STEP = 16;
/** Decompression-bomb guard: sources above this many pixels are refused. */
const MAX_INPUT_PIXELS = 50_000_000;

export interface Thumbnail {
  variant: string;
  contentType: string;
}

/**
 * Thumbnails and covers of stored images, made with sharp on first request and kept beside the
 * original as derived variants (deleted with it). JPEG sources give JPEG; the others (PNG, GIF,
 * WebP…, which may be transparent) give PNG. EXIF orientation is applied; images are never enlarged.
 */
@Injectable()
export class FileThumbnailService {
  private readonly logger = new Logger(FileThumbnailService.name);

  constructor(
    private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async thumbnailOf(object: FileObjectRow, imageType: 2 | 3, width?: number, height?: number): Promise<Thumbnail> {
    const contentType = object.contentType ?? 'application/octet-stream';
    if (!THUMBNAIL_SOURCES.has(contentType)) {
      throw ApiError.badParameter(`image_type: ${imageType} needs an image (JPEG, PNG, GIF, WebP, AVIF or TIFF); this file is ${contentType}`);
    }
    if (object.size > this.config.files.maxImageBytes) {
      throw ApiError.badParameter(`image_type: ${imageType} is made of images up to ${this.config.files.maxImageBytes} bytes; this one has ${object.size}`);
    }
    const w = roundEdge(width ?? height ?? DEFAULT_EDGE[imageType]);
    const h = roundEdge(height ?? width ?? DEFAULT_EDGE[imageType]);
    const jpeg = contentType === 'image/jpeg';
    const thumbnail = { variant: `thumb-${w}x${h}.${jpeg ? 'jpg' : 'png'}`, contentType: jpeg ? 'image/jpeg' : 'image/png' };
    const address = { appId: object.appId, objectKey: object.objectKey, variant: thumbnail.variant };
    if (await this.storage.stat(address)) return thumbnail;
    let data: Buffer;
    try {
      const pipeline = sharp(await this.storage.read({ appId: object.appId, objectKey: object.objectKey }), { limitInputPixels: MAX_INPUT_PIXELS })
        .rotate()
        .resize(w, h, { fit: 'inside', withoutEnlargement: true });
      data = await (jpeg ? pipeline.jpeg({ quality: 80, mozjpeg: true }) : pipeline.png({ compressionLevel: 9 })).toBuffer();
    } catch (error) {
      this.logger.warn(`no thumbnail for ${object.appId}/${object.objectKey}: ${(error as Error).message}`);
      throw new ApiError(ErrorCode.StorageError, `image_type: no ${imageType === 2 ? 'thumbnail' : 'cover'} can be made of this image (it is damaged or too large)`);
    }
    await this.storage.write(address, data, thumbnail.contentType);
    return thumbnail;
  }
}

function roundEdge(edge: number): number {
  return Math.min(Math.ceil(edge / EDGE_STEP) * EDGE_STEP, MAX_THUMBNAIL_EDGE);
}
