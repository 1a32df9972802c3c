import { Module } from '@nestjs/common';
import { FileStorageModule } from '../file/file-storage.module';
import { UserModule } from '../user/user.module';
import { LoginService } from './login.service';
import { TokenController } from './token.controller';

/** The /token/* login routes; token signing and revocation live in common/auth. */
@Module({
  imports: [UserModule, FileStorageModule],
  controllers: [TokenController],
  providers: [LoginService],
})
export class TokenModule {}
