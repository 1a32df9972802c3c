import { Module } from '@nestjs/common';
import { DeviceRepository } from './device.repository';
import { PasswordService } from './password.service';
import { UserController } from './user.controller';
import { UserRepository } from './user.repository';
import { UserService } from './user.service';

@Module({
  controllers: [UserController],
  providers: [UserRepository, DeviceRepository, PasswordService, UserService],
  exports: [UserService],
})
export class UserModule {}
