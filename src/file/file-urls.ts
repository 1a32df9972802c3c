import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../common/config/config';

/** Which of our download URLs a string is. */
export type ParsedDownloadUrl = { fileSign: string } | { objectName: string };

/** Builds the download URLs handed to clients and recognises them when they come back (group files, message attachments). */
@Injectable()
export class FileUrls {
  private readonly base: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.base = config.files.publicUrl;
  }

  chat(fileSign: string): string {
    return `${this.base}/file/download/chat?file_sign=${encodeURIComponent(fileSign)}`;
  }

  avatar(objectName: string): string {
    return `${this.base}/file/download/avatar?object_name=${encodeURIComponent(objectName)}`;
  }

  /** Our download URL's parameters, for a URL under FILE_PUBLIC_URL or a bare path; null for anything else. */
  parse(url: string): ParsedDownloadUrl | null {
    let parsed: URL;
    try {
      parsed = new URL(url, `${this.base}/`);
    } catch {
      return null;
    }
    const base = new URL(`${this.base}/`);
    if (parsed.origin !== base.origin) return null;
    const prefix = base.pathname.replace(/\/$/, '');
    if (parsed.pathname === `${prefix}/file/download/chat`) {
      const fileSign = parsed.searchParams.get('file_sign');
      return fileSign ? { fileSign } : null;
    }
    if (parsed.pathname === `${prefix}/file/download/avatar`) {
      const objectName = parsed.searchParams.get('object_name');
      return objectName ? { objectName } : null;
    }
    return null;
  }
}
