import { Module } from '@nestjs/common';
import { AttachmentHostResolver, AttachmentUrlPolicy } from './attachment-url.policy';
import { PushSecretCipher } from './push-secret.cipher';

/**
 * The pieces of push other modules reuse without depending on the push module (which imports
 * them): the URL policy against SSRF and the cipher sealing secrets at rest. One instance each,
 * so a test that swaps the host resolver swaps it for every user.
 */
@Module({
  providers: [AttachmentHostResolver, AttachmentUrlPolicy, PushSecretCipher],
  exports: [AttachmentHostResolver, AttachmentUrlPolicy, PushSecretCipher],
})
export class PushPoliciesModule {}
