import { Injectable } from '@nestjs/common';
import { AliyunSender } from './aliyun/aliyun.sender';
import { CodeSender, SenderVendor } from './code-sender';
import { LogSender } from './log/log.sender';
import { SmtpSender } from './smtp/smtp.sender';
import { TencentSender } from './tencent/tencent.sender';
import { TwilioSender } from './twilio/twilio.sender';
import { YunpianSender } from './yunpian/yunpian.sender';

export const CODE_SENDERS = [LogSender, AliyunSender, TencentSender, YunpianSender, TwilioSender, SmtpSender];

/** Every code sender by vendor, through DI. */
@Injectable()
export class CodeSenderRegistry {
  private readonly byVendor: ReadonlyMap<SenderVendor, CodeSender>;

  constructor(
    readonly log: LogSender,
    aliyun: AliyunSender,
    tencent: TencentSender,
    yunpian: YunpianSender,
    twilio: TwilioSender,
    smtp: SmtpSender,
  ) {
    this.byVendor = new Map<SenderVendor, CodeSender>([log, aliyun, tencent, yunpian, twilio, smtp].map((sender) => [sender.vendor, sender]));
  }

  senderFor(vendor: SenderVendor): CodeSender {
    const sender = this.byVendor.get(vendor);
    if (!sender) throw new Error(`no code sender for vendor ${vendor}`);
    return sender;
  }
}
