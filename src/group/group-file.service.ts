import { Injectable } from '@nestjs/common';
import { CallerContext } from '../common/auth/caller';
import { Clock } from '../common/clock';
import { ApiError, ErrorCode } from '../common/errors/error-codes';
import { FileReferenceService } from '../file/file-reference.service';
import { ConversationType } from '../file/file.types';
import { GroupNoticeType } from '../notice/notice.types';
import { GroupAccessService, GroupActor, GroupPermission } from './group-access.service';
import {
  GroupFileDeleteDto,
  GroupFileDeleteResultDto,
  GroupFileDto,
  GroupFileRenameDto,
  GroupFileUploadDto,
  mapGroupFile,
} from './group-file.dto';
import { GroupFileRepository } from './group-file.repository';
import { GroupInfoService } from './group-info.service';
import { GroupFileEntity } from './group-record.entity';
import { distinctIds } from './group.dto';

function fileNotFound(groupId: number, fileId: number): string {
  return `file ${fileId} does not exist in group ${groupId}`;
}

function notYours(groupId: number, fileId: number, verb: string): string {
  return `only the uploader of file ${fileId} or the admins and owner of group ${groupId} may ${verb} it`;
}

/**
 * Records of a group's shared files (their bytes are the file module's). Members record files;
 * a file's uploader, and the group's admins and owner, rename and delete it.
 */
@Injectable()
export class GroupFileService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly info: GroupInfoService,
    private readonly files: GroupFileRepository,
    private readonly clock: Clock,
    private readonly fileReferences: FileReferenceService,
  ) {}

  /** A file URL of ours (a /file/upload/chat answer for this group) is retained under the record's referrer, so its bytes live as long as the record (or a message) needs them; other URLs are kept as given. */
  upload(caller: CallerContext, body: GroupFileUploadDto): Promise<GroupFileDto> {
    return this.info.change(caller, body.group_id, GroupPermission.ShareFiles, async ({ tx, actor, notify }) => {
      const file = await this.files.insert(
        tx,
        { uploaderId: actor.userId, name: body.name, size: body.size, type: body.type ?? null, url: body.url },
        this.clock.now(),
      );
      await this.fileReferences.retainUrl(tx.group.appId, body.url, groupFileReferrer(file.id), {
        transaction: tx,
        conversation: { toType: ConversationType.Group, toId: tx.group.id },
      });
      await notify(GroupNoticeType.FileUploaded, { file_id: file.id, name: file.name });
      return mapGroupFile(file);
    });
  }

  async get(caller: CallerContext, groupId: number, fileId: number): Promise<GroupFileDto> {
    await this.access.authorize(caller, groupId, GroupPermission.ViewGroup);
    const file = await this.files.find(caller.appId, groupId, fileId);
    if (!file) throw new ApiError(ErrorCode.SharedFileNotFound, fileNotFound(groupId, fileId));
    return mapGroupFile(file);
  }

  /** Every file of the group, newest first. */
  async list(caller: CallerContext, groupId: number): Promise<GroupFileDto[]> {
    await this.access.authorize(caller, groupId, GroupPermission.ViewGroup);
    return (await this.files.list(caller.appId, groupId)).map(mapGroupFile);
  }

  /** Renames a file; renaming it to its current name changes nothing. */
  rename(caller: CallerContext, body: GroupFileRenameDto): Promise<boolean> {
    return this.info.change(caller, body.group_id, GroupPermission.ShareFiles, async ({ tx, actor, notify }) => {
      const file = (await this.files.findInGroup(tx, [body.file_id])).get(body.file_id);
      if (!file) throw new ApiError(ErrorCode.SharedFileNotFound, fileNotFound(body.group_id, body.file_id));
      if (!this.mayManage(actor, file)) throw new ApiError(ErrorCode.SharedFileNoPermission, notYours(body.group_id, body.file_id, 'rename'));
      if (file.name === body.name) return true;
      await this.files.rename(tx, file.id, body.name, this.clock.now());
      await notify(GroupNoticeType.FileUpdated, { file_id: file.id, name: body.name }, uploaderOf(file));
      return true;
    });
  }

  /** Deletes each file the caller may delete; the others fail on their own, with the reason. Bytes no message still references go too, after the commit. */
  async delete(caller: CallerContext, body: GroupFileDeleteDto): Promise<GroupFileDeleteResultDto[]> {
    const fileIds = distinctIds(body.file_list);
    let released: string[] = [];
    const results = await this.info.change(caller, body.group_id, GroupPermission.ShareFiles, async ({ tx, actor, notify }) => {
      const files = await this.files.findInGroup(tx, fileIds);
      const deletable: GroupFileEntity[] = [];
      const results = fileIds.map((fileId): GroupFileDeleteResultDto => {
        const file = files.get(fileId);
        if (!file) return { file_id: fileId, result: 'fail', reason: fileNotFound(body.group_id, fileId) };
        if (!this.mayManage(actor, file)) return { file_id: fileId, result: 'fail', reason: notYours(body.group_id, fileId, 'delete') };
        deletable.push(file);
        return { file_id: fileId, result: 'success', reason: null };
      });
      if (deletable.length > 0) {
        const deleted = deletable.map((file) => file.id);
        await this.files.delete(tx, deleted);
        released = await this.fileReferences.release(tx.group.appId, deleted.map(groupFileReferrer), tx);
        await notify(GroupNoticeType.FileDeleted, { file_list: deleted }, distinctIds(deletable.flatMap(uploaderOf)));
      }
      return results;
    });
    await this.fileReferences.purge(caller.appId, released);
    return results;
  }

  /** The uploader may change their own file; the group's staff may change any. */
  private mayManage(actor: GroupActor, file: GroupFileEntity): boolean {
    if (actor.userId !== null && file.uploaderId === actor.userId) return true;
    try {
      this.access.assertAllowed(actor, GroupPermission.ManageFiles);
      return true;
    } catch (error) {
      if (error instanceof ApiError) return false;
      throw error;
    }
  }
}

/** The name a shared-file record holds its stored object under (FileReferenceService). */
function groupFileReferrer(fileId: number): string {
  return `group_file:${fileId}`;
}

/** The file's uploader, as the users a notice about it affects. */
function uploaderOf(file: GroupFileEntity): number[] {
  return file.uploaderId === null ? [] : [file.uploaderId];
}
