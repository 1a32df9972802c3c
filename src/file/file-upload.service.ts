import { Inject, Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { AppConfig, APP_CONFIG } from '../common/config/config';
import { ApiError } from '../common/errors/error-codes';
import { GroupAccessService, GroupPermission } from '../group/group-access.service';
import { FileAccessService } from './file-access.service';
import { FileObjectService } from './file-object.service';
import { FileSigner } from './file-signer.service';
import { FileUrls } from './file-urls';
import { FileForwardQueryDto, FileUploadChatQueryDto, FileUploadResponseDto } from './file.dto';
import { contentClassOf, ConversationType, FileSignClaims, isSharedFileType, OBJECT_KEY_PATTERN } from './file.types';

/**
 * Hands out upload URLs (GET /file/upload/*): each reserves a fresh server-generated key, signs
 * an upload bound to that key, its size limit, what the bytes must be and an expiry, and answers
 * the download URL the file will be read at. Chat files are named by a `file_sign` that binds
 * the key to its conversation, so reading it back needs a seat in that conversation.
 */
@Injectable()
export class FileUploadService {
  constructor(
    private readonly objects: FileObjectService,
    private readonly access: FileAccessService,
    private readonly groupAccess: GroupAccessService,
    private readonly signer: FileSigner,
    private readonly urls: FileUrls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async userAvatar(caller: CallerContext): Promise<FileUploadResponseDto> {
    const userId = caller.requireUserId();
    const { objectKey, target } = await this.objects.reserve(caller.appId, 'avatar', 'image', this.config.files.maxImageBytes, userId);
    return { ...target, download_url: this.urls.avatar(objectKey) };
  }

  /** Who may change the group's info may upload its avatar (GroupPermission.ModifyInfo: admins, or members under member_modify). */
  async groupAvatar(caller: CallerContext, groupId: number): Promise<FileUploadResponseDto> {
    const actor = await this.groupAccess.authorize(caller, groupId, GroupPermission.ModifyInfo);
    const { objectKey, target } = await this.objects.reserve(caller.appId, 'avatar', 'image', this.config.files.maxImageBytes, actor.userId);
    return { ...target, download_url: this.urls.avatar(objectKey) };
  }

  async chat(caller: CallerContext, query: FileUploadChatQueryDto): Promise<FileUploadResponseDto> {
    const toType = query.to_type ?? ConversationType.User;
    if (isSharedFileType(query.file_type) && toType !== ConversationType.Group) {
      throw ApiError.badParameter(`file_type: ${query.file_type} is a group shared file; send to_type 2 and the group's id as to_id`);
    }
    const from = await this.access.assertMaySend(caller, toType, query.to_id);
    const contentClass = contentClassOf(query.file_type);
    const maxBytes = contentClass === 'image' ? this.config.files.maxImageBytes : this.config.files.maxFileBytes;
    const { objectKey, target } = await this.objects.reserve(caller.appId, 'chat', contentClass, maxBytes, from);
    const claims: FileSignClaims = { k: objectKey, f: from, t: toType, i: query.to_id };
    return { ...target, download_url: this.urls.chat(await this.signer.sign(caller.appId, 'file', claims)) };
  }

  /**
   * Re-issues a stored chat file for another conversation without uploading it again: the caller
   * must be able to read the file and to send to the target. Nothing is uploaded, so `upload_url`
   * and `upload_method` are null; `download_url` carries the new conversation's `file_sign`.
   */
  async forward(caller: CallerContext, query: FileForwardQueryDto): Promise<FileUploadResponseDto> {
    const source = await this.signer.verify<FileSignClaims>(caller.appId, 'file', query.file_sign);
    if (!source || typeof source.k !== 'string' || !OBJECT_KEY_PATTERN.test(source.k)) {
      throw ApiError.badParameter('file_sign: is not a valid file signature of this app');
    }
    await this.access.assertMaySee(caller, source);
    if (!(await this.objects.stored(caller.appId, source.k))) throw ApiError.badParameter('file_sign: the file has not been uploaded, or was deleted');
    const toType = query.to_type ?? ConversationType.User;
    const from = await this.access.assertMaySend(caller, toType, query.to_id);
    const claims: FileSignClaims = { k: source.k, f: from, t: toType, i: query.to_id };
    return {
      upload_url: null,
      upload_method: null,
      oss_body_param: {},
      download_url: this.urls.chat(await this.signer.sign(caller.appId, 'file', claims)),
    };
  }
}
