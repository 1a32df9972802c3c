import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP's minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane.
const ARGON2ID = { algorithm: Algorithm.Argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 };

/** Hashes and checks passwords; plain passwords never leave this class. */
@Injectable()
export class PasswordService {
  /** Checked when the account does not exist, so a miss costs as much time as a wrong password. */
  private readonly decoy = hash('decoy-password-for-unknown-accounts', ARGON2ID);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2ID);
  }

  async matches(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      await verify(await this.decoy, password);
      return false;
    }
    return verify(passwordHash, password);
  }
}
