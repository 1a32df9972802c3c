import { createHash } from 'node:crypto';
import { loadConfig } from '../../src/common/config/config';
import { aliyunSignature } from '../../src/verification/senders/aliyun/aliyun-sign';
import { AliyunSender } from '../../src/verification/senders/aliyun/aliyun.sender';
import { CodeMessage, CodeSender, SendFailedError, SenderCredential, SenderVendor } from '../../src/verification/senders/code-sender';
import { tc3CanonicalRequest, tc3StringToSign } from '../../src/verification/senders/tencent/tencent-sign';
import { TencentSender } from '../../src/verification/senders/tencent/tencent.sender';
import { TwilioSender } from '../../src/verification/senders/twilio/twilio.sender';
import { YunpianSender } from '../../src/verification/senders/yunpian/yunpian.sender';
import { SmsStub, startAliyunStub, startTencentStub, startTwilioStub, startYunpianStub } from './sms-stubs';

const message = (to: string, overrides: Partial<CodeMessage> = {}): CodeMessage => ({
  to,
  code: '482913',
  minutes: 5,
  text: '【MyApp】Your verification code is 482913. It expires in 5 minutes.',
  subject: 'Your verification code',
  templateId: 'SMS_71390007',
  ...overrides,
});

function credential(vendor: SenderVendor, settings: Record<string, string>, secret: string): SenderCredential {
  return { appId: 'app-1', channel: 'sms', vendor, version: 1, settings, secret };
}

describe('vendor signature test vectors', () => {
  it("reproduces the signature of Alibaba Cloud's SendSms documentation example", () => {
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(aliyunSignature('GET', params, 'testSecret')).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it("builds the canonical request and string to sign of Tencent Cloud's TC3 documentation example", () => {
    const example = {
      host: 'cvm.tencentcloudapi.com',
      payload: '{"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}',
      contentType: 'application/json; charset=utf-8',
      timestamp: 1551113065,
      service: 'cvm',
    };
    const hashed = createHash('sha256').update(tc3CanonicalRequest(example)).digest('hex');
    expect(hashed).toBe('2815843035062fffda5fd6f2a44ea8a34818b0dc46f024b8b3786976a3adda7a');
    // The documentation's key is masked; its string to sign (UTC date, not UTC+8's 2019-02-26) is given in full.
    expect(tc3StringToSign(example)).toBe(`TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n${hashed}`);
  });
});

describe('SMS senders against vendor stubs', () => {
  const config = loadConfig({});
  const stubs: SmsStub[] = [];
  afterAll(async () => {
    for (const stub of stubs) await stub.close();
  });

  async function withStub(stub: SmsStub): Promise<SmsStub> {
    stubs.push(stub);
    return stub;
  }

  function senderFor<T extends CodeSender>(Sender: new (config: never) => T, key: keyof typeof config.verification, url: string): T {
    return new Sender({ ...config, verification: { ...config.verification, [key]: url } } as never);
  }

  describe(AliyunSender.name, () => {
    const settings = { access_key_id: 'LTAI-test', sign_name: 'MyApp' };
    it('sends the code in the template, signed so the stub recomputes the same signature', async () => {
      const stub = await withStub(await startAliyunStub({ accessKeyId: 'LTAI-test', accessKeySecret: 'ali-secret' }));
      const sender = senderFor(AliyunSender, 'aliyunBaseUrl', stub.url);
      await sender.send(credential(SenderVendor.Aliyun, settings, 'ali-secret'), message('13800138000'));
      await sender.send(credential(SenderVendor.Aliyun, settings, 'ali-secret'), message('+85291234567'));
      expect(stub.messages).toEqual([
        { to: '13800138000', templateId: 'SMS_71390007', params: { code: '482913' } },
        { to: '85291234567', templateId: 'SMS_71390007', params: { code: '482913' } },
      ]);
      expect(stub.state.requests[0].query.SignName).toBe('MyApp');
      expect(stub.state.violations).toEqual([]);
    });

    it('fails with the vendor code on a wrong secret or key id, and when unreachable', async () => {
      const stub = await withStub(await startAliyunStub({ accessKeyId: 'LTAI-test', accessKeySecret: 'ali-secret' }));
      const sender = senderFor(AliyunSender, 'aliyunBaseUrl', stub.url);
      await expect(sender.send(credential(SenderVendor.Aliyun, settings, 'wrong'), message('13800138000'))).rejects.toThrow('aliyun SignatureDoesNotMatch');
      await expect(sender.send(credential(SenderVendor.Aliyun, { ...settings, access_key_id: 'other' }, 'ali-secret'), message('13800138000'))).rejects.toThrow('aliyun InvalidAccessKeyId.NotFound');
      await expect(senderFor(AliyunSender, 'aliyunBaseUrl', 'http://127.0.0.1:1').send(credential(SenderVendor.Aliyun, settings, 'ali-secret'), message('13800138000'))).rejects.toBeInstanceOf(SendFailedError);
      expect(stub.messages).toEqual([]);
    });
  });

  describe(TencentSender.name, () => {
    const settings = { secret_id: 'AKID-test', sdk_app_id: '1400000000', sign_name: 'MyApp' };
    it('sends the code as the first template parameter (and the minutes when asked), TC3-signed', async () => {
      const stub = await withStub(await startTencentStub({ secretId: 'AKID-test', secretKey: 'tc-secret', sdkAppId: '1400000000' }));
      const sender = senderFor(TencentSender, 'tencentBaseUrl', stub.url);
      await sender.send(credential(SenderVendor.Tencent, settings, 'tc-secret'), message('13800138000', { templateId: '449739' }));
      await sender.send(credential(SenderVendor.Tencent, { ...settings, template_params: 'code,minutes' }, 'tc-secret'), message('+14155550100', { templateId: '449739' }));
      expect(stub.messages).toEqual([
        { to: '+8613800138000', templateId: '449739', params: ['482913'] },
        { to: '+14155550100', templateId: '449739', params: ['482913', '5'] },
      ]);
      expect(stub.state.requests[0].headers['x-tc-region']).toBe('ap-guangzhou');
      expect(stub.state.violations).toEqual([]);
    });

    it('fails on a wrong SecretKey or SmsSdkAppId with the vendor error code', async () => {
      const stub = await withStub(await startTencentStub({ secretId: 'AKID-test', secretKey: 'tc-secret', sdkAppId: '1400000000' }));
      const sender = senderFor(TencentSender, 'tencentBaseUrl', stub.url);
      await expect(sender.send(credential(SenderVendor.Tencent, settings, 'wrong'), message('13800138000'))).rejects.toThrow('tencent AuthFailure.SignatureFailure');
      await expect(sender.send(credential(SenderVendor.Tencent, { ...settings, sdk_app_id: '1' }, 'tc-secret'), message('13800138000'))).rejects.toThrow('tencent InvalidParameterValue.SdkAppIdNotExist');
      expect(stub.messages).toEqual([]);
    });
  });

  describe(YunpianSender.name, () => {
    it('sends our text with the apikey, mainland numbers as they are and others with +', async () => {
      const stub = await withStub(await startYunpianStub({ apikey: 'yp-key' }));
      const sender = senderFor(YunpianSender, 'yunpianBaseUrl', stub.url);
      await sender.send(credential(SenderVendor.Yunpian, {}, 'yp-key'), message('13800138000'));
      await sender.send(credential(SenderVendor.Yunpian, {}, 'yp-key'), message('+447700900123'));
      expect(stub.messages).toEqual([
        { to: '13800138000', text: '【MyApp】Your verification code is 482913. It expires in 5 minutes.' },
        { to: '+447700900123', text: '【MyApp】Your verification code is 482913. It expires in 5 minutes.' },
      ]);
      expect(stub.state.violations).toEqual([]);
    });

    it('fails on a wrong apikey and on a text without its 【signature】', async () => {
      const stub = await withStub(await startYunpianStub({ apikey: 'yp-key' }));
      const sender = senderFor(YunpianSender, 'yunpianBaseUrl', stub.url);
      await expect(sender.send(credential(SenderVendor.Yunpian, {}, 'wrong'), message('13800138000'))).rejects.toThrow('yunpian -1: 非法的apikey');
      await expect(sender.send(credential(SenderVendor.Yunpian, {}, 'yp-key'), message('13800138000', { text: 'code 482913' }))).rejects.toThrow('yunpian 5');
    });
  });

  describe(TwilioSender.name, () => {
    const settings = { account_sid: 'AC0123456789abcdef0123456789abcdef', from: '+15005550006' };
    it('sends our text to the E.164 number with Basic auth', async () => {
      const stub = await withStub(await startTwilioStub({ accountSid: settings.account_sid, authToken: 'tw-token' }));
      const sender = senderFor(TwilioSender, 'twilioBaseUrl', stub.url);
      await sender.send(credential(SenderVendor.Twilio, settings, 'tw-token'), message('13800138000'));
      expect(stub.messages).toEqual([{ to: '+8613800138000', text: '【MyApp】Your verification code is 482913. It expires in 5 minutes.' }]);
      expect(stub.state.requests[0].form.From).toBe('+15005550006');
      expect(stub.state.violations).toEqual([]);
    });

    it('fails on a wrong auth token with the vendor error', async () => {
      const stub = await withStub(await startTwilioStub({ accountSid: settings.account_sid, authToken: 'tw-token' }));
      const sender = senderFor(TwilioSender, 'twilioBaseUrl', stub.url);
      await expect(sender.send(credential(SenderVendor.Twilio, settings, 'wrong'), message('13800138000'))).rejects.toThrow('twilio 20003: Authenticate');
    });
  });
});
