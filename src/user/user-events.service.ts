import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

/** A change of what other users see of a user: nick_name, avatar, description, public_info or username. */
export interface PublicProfileChanged {
  appId: string;
  userId: number;
}

const PUBLIC_PROFILE_CHANGED = 'public-profile-changed';

/**
 * Tells the modules built on users (the roster tells friends) that a user changed, without the user
 * module depending on them. Listeners run after the change committed.
 */
@Injectable()
export class UserEvents {
  private readonly events = new EventEmitter();

  publicProfileChanged(change: PublicProfileChanged): void {
    this.events.emit(PUBLIC_PROFILE_CHANGED, change);
  }

  /** Returns the function that unsubscribes. The listener's failures are its own to log. */
  onPublicProfileChanged(listener: (change: PublicProfileChanged) => Promise<void>): () => void {
    const run = (change: PublicProfileChanged) => void listener(change);
    this.events.on(PUBLIC_PROFILE_CHANGED, run);
    return () => this.events.off(PUBLIC_PROFILE_CHANGED, run);
  }
}
