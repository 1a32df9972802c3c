import { Module } from '@nestjs/common';
import { AttachmentHostResolver, AttachmentUrlPolicy } from './attachment-url.policy';

/**
 * The piece of push other modules reuse without depending on the push module (which imports it):
 * the URL policy against SSRF. One instance, so a test that swaps the host resolver swaps it for
 * every user. (Secrets are sealed by the global SecretCipher of src/common/secrets.)
 */
@Module({
  providers: [AttachmentHostResolver, AttachmentUrlPolicy],
  exports: [AttachmentHostResolver, AttachmentUrlPolicy],
})
export class PushPoliciesModule {}
