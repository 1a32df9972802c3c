import { ConfigError, loadConfig } from '../../src/common/config/config';

describe('message settings', () => {
  it('default to a 2-minute recall window and history kept forever', () => {
    expect(loadConfig({}).messages).toEqual({ recallWindowSeconds: 120, retentionDays: 0 });
    expect(loadConfig({ MESSAGE_RECALL_WINDOW_SECONDS: '300', MESSAGE_RETENTION_DAYS: '30' }).messages).toEqual({ recallWindowSeconds: 300, retentionDays: 30 });
  });

  it('refuse malformed values naming the variable', () => {
    expect(() => loadConfig({ MESSAGE_RECALL_WINDOW_SECONDS: 'two minutes' })).toThrow(ConfigError);
    expect(() => loadConfig({ MESSAGE_RECALL_WINDOW_SECONDS: '-1' })).toThrow(/MESSAGE_RECALL_WINDOW_SECONDS/);
    expect(() => loadConfig({ MESSAGE_RETENTION_DAYS: '1.5' })).toThrow(/MESSAGE_RETENTION_DAYS/);
  });
});
