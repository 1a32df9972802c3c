import { Global, Module } from '@nestjs/common';
import { SecretCipher } from './secret.cipher';

/** The one SecretCipher of the process, for every module that stores credentials. */
@Global()
@Module({ providers: [SecretCipher], exports: [SecretCipher] })
export class SecretsModule {}
