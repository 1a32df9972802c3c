import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { HotStateCache } from '../cache/hot-state.cache';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { TokenService } from './token.service';

/**
 * Authentication for every route: the global AuthGuard, the token service other modules revoke
 * through, and the one hot-state cache every module keeps its hot rows in (src/common/README.md).
 */
@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [HotStateCache, AuthRepository, TokenService, AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [HotStateCache, TokenService, AuthService],
})
export class AuthModule {}
