import { flymeSign } from '../../../src/push/channels/flyme/flyme-sign';
import { oppoAuthSign } from '../../../src/push/channels/oppo/oppo-sign';
import { msUntilShanghaiMidnight, retryAfterMs } from '../../../src/push/channels/vendor-common/vendor-http';
import { vivoAuthSign } from '../../../src/push/channels/vivo/vivo-sign';

/** The test vectors of the protocol sheet (push-vendors.md §6–§8). */
describe('vendor signatures', () => {
  it('signs OPPO auth with sha256(app_key + timestamp + master_secret)', () => {
    expect(oppoAuthSign('app-1', 12345, 'secret-1')).toBe('05a06f1365e72caebd94912a00386f8b92a88ca876abcef4fe939ed6b6e71f44');
  });

  it('signs vivo auth with md5(appId + appKey + timestamp + appSecret)', () => {
    expect(vivoAuthSign(10004, '25509283-3767-4b9e-83fe-b6e55ac6243e', 1501484120000, '7265f2a4-ebbb-44bf-88b9-b03e67dfdc21')).toBe('fe3b46a2befc60334c2388676a752bd6');
  });

  it('signs Meizu requests with md5 over the sorted raw key=value pairs and the appSecret, ignoring sign', () => {
    const params = {
      pushIds: 'RA50c6348036344485d01776773577c64740465480a6b',
      messageJson: '{"title":"title","content":"content","pushTimeInfo":{"offLine":1,"validTime":24}}',
      appId: '10000',
    };
    expect(flymeSign(params, 'SECRET123')).toBe('ab21e81715efd3bc006294c787d3e49e');
    expect(flymeSign({ ...params, sign: 'ignored' }, 'SECRET123')).toBe('ab21e81715efd3bc006294c787d3e49e');
  });
});

describe(retryAfterMs.name, () => {
  it('reads delta-seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe(msUntilShanghaiMidnight.name, () => {
  it('counts to the next midnight in UTC+8, when Chinese vendors reset daily quotas', () => {
    expect(msUntilShanghaiMidnight(Date.parse('2026-01-01T15:00:00Z'))).toBe(1 * 3600_000);
    expect(msUntilShanghaiMidnight(Date.parse('2026-01-01T16:00:00Z'))).toBe(24 * 3600_000);
  });
});
