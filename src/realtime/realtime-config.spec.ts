import { ConfigError, loadConfig } from '../common/config/config';

describe('realtime settings', () => {
  it('has defaults matching MaxIM’s SDK', () => {
    expect(loadConfig({}).realtime).toEqual({
      publicUrl: null,
      socketPath: '/socket.io',
      maxFrameBytes: 1024 * 1024,
      sendBufferBytes: 4 * 1024 * 1024,
      heartbeatTimeoutSeconds: 150,
      provisionTimeoutSeconds: 10,
      presenceHeartbeatSeconds: 30,
      framesPerSecond: 50,
      syncConcurrency: 6,
      syncMaxWaitMs: 5000,
      syncQueueLimit: 20_000,
      positionFlushMs: 250,
      websocketPingSeconds: 25,
    });
  });

  it('reads every variable', () => {
    const settings = loadConfig({
      PUBLIC_URL: 'https://im.example.com/api/',
      REALTIME_SOCKET_PATH: '/ws',
      REALTIME_MAX_FRAME_BYTES: '2048',
      REALTIME_SEND_BUFFER_BYTES: '65536',
      REALTIME_HEARTBEAT_TIMEOUT_SECONDS: '60',
      REALTIME_PROVISION_TIMEOUT_SECONDS: '3',
      REALTIME_PRESENCE_HEARTBEAT_SECONDS: '10',
      REALTIME_FRAMES_PER_SECOND: '5',
      REALTIME_SYNC_CONCURRENCY: '3',
      REALTIME_SYNC_MAX_WAIT_MS: '800',
      REALTIME_SYNC_QUEUE_LIMIT: '50',
      REALTIME_POSITION_FLUSH_MS: '100',
      REALTIME_WEBSOCKET_PING_SECONDS: '5',
    }).realtime;
    expect(settings).toEqual({
      publicUrl: 'https://im.example.com/api',
      socketPath: '/ws',
      maxFrameBytes: 2048,
      sendBufferBytes: 65536,
      heartbeatTimeoutSeconds: 60,
      provisionTimeoutSeconds: 3,
      presenceHeartbeatSeconds: 10,
      framesPerSecond: 5,
      syncConcurrency: 3,
      syncMaxWaitMs: 800,
      syncQueueLimit: 50,
      positionFlushMs: 100,
      websocketPingSeconds: 5,
    });
  });

  it.each([
    ['PUBLIC_URL', 'ftp://x', 'expected a URL starting with https: or http:'],
    ['REALTIME_SOCKET_PATH', 'socket', 'expected a URL path starting with /'],
    ['REALTIME_SOCKET_PATH', '/', 'expected a path other than /'],
    ['REALTIME_WEBSOCKET_PING_SECONDS', '0', 'expected a whole number from 1 to 3600'],
    ['REALTIME_MAX_FRAME_BYTES', '10', 'expected a whole number from 1024'],
    ['REALTIME_PRESENCE_HEARTBEAT_SECONDS', '90', 'expected a whole number from 1 to 60'],
    ['REALTIME_FRAMES_PER_SECOND', 'many', 'expected a whole number'],
    ['REALTIME_SYNC_CONCURRENCY', '0', 'expected a whole number from 1 to 1000'],
    ['REALTIME_POSITION_FLUSH_MS', '5', 'expected a whole number from 10 to 60000'],
  ])('refuses %s=%s naming the variable', (name, value, expectation) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}=.*${expectation.replace(/[/:]/g, '.')}`));
  });
});
