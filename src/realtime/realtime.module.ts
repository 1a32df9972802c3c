import { Module } from '@nestjs/common';
import { AppContentModule } from '../app/app-content.module';
import { GroupModule } from '../group/group.module';
import { MessageModule } from '../message/message.module';
import { MessageService } from '../message/message.service';
import { DeviceRepository } from '../user/device.repository';
import { UserModule } from '../user/user.module';
import { DiscoveryController } from './discovery.controller';
import { DiscoveryService } from './discovery.service';
import { PositionWriteBehind } from './position-write-behind';
import { RealtimeRepository } from './realtime.repository';
import { SocketIoTransport } from './transports/socket-io.transport';
import { WebSocketTransport } from './transports/websocket.transport';
import { XsyncDeliveryService } from './xsync-delivery.service';
import { XsyncFanOut } from './xsync-fan-out';
import { XsyncProvisionService } from './xsync-provision.service';
import { REALTIME_MESSAGES, XsyncSyncService } from './xsync-sync.service';
import { XsyncGateway } from './xsync.gateway';

/**
 * The realtime gateway speaking MaxIM's xsync protocol over socket.io (/socket.io/) and plain
 * WebSocket (/), and the discovery routes that point MaxIM's SDKs at it. README.md beside this file documents the protocol decisions.
 */
@Module({
  imports: [UserModule, MessageModule, AppContentModule, GroupModule],
  controllers: [DiscoveryController],
  providers: [
    DiscoveryService,
    RealtimeRepository,
    PositionWriteBehind,
    DeviceRepository,
    XsyncProvisionService,
    XsyncSyncService,
    XsyncGateway,
    SocketIoTransport,
    WebSocketTransport,
    XsyncFanOut,
    XsyncDeliveryService,
    { provide: REALTIME_MESSAGES, useExisting: MessageService },
  ],
})
export class RealtimeModule {}
