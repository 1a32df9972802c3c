import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { TokenService } from './token.service';

/** Authentication for every route: the global AuthGuard, and the token service other modules revoke through. */
@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [AuthRepository, TokenService, AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenService, AuthService],
})
export class AuthModule {}
