import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module';
import { LoginService } from './login.service';
import { TokenController } from './token.controller';

/** The /token/* login routes; token signing and revocation live in common/auth. */
@Module({
  imports: [UserModule],
  controllers: [TokenController],
  providers: [LoginService],
})
export class TokenModule {}
