import { InitialSchema1795420800000 } from './1795420800000-InitialSchema';
import { UserAccountData1795507200000 } from './1795507200000-UserAccountData';
import { Notices1795593600000 } from './1795593600000-Notices';
import { Roster1795680000000 } from './1795680000000-Roster';
import { Groups1795852800000 } from './1795852800000-Groups';
import { AppGroupLimit1795939200000 } from './1795939200000-AppGroupLimit';
import { Messages1796025600000 } from './1796025600000-Messages';
import { Files1796112000000 } from './1796112000000-Files';
import { Push1796198400000 } from './1796198400000-Push';
import { PushVendorTokens1796284800000 } from './1796284800000-PushVendorTokens';
import { SocketIoAttachments1796371200000 } from './1796371200000-SocketIoAttachments';
import { Verification1796519230743 } from './1796519230743-Verification';
import { RosterStars1796521357817 } from './1796521357817-RosterStars';
import { PrivacySwitches1796521970472 } from './1796521970472-PrivacySwitches';
import { ClientMidPerBody1796522262932 } from './1796522262932-ClientMidPerBody';
import { FileReleasedAt1796522858261 } from './1796522858261-FileReleasedAt';
import { Webhooks1796527447567 } from './1796527447567-Webhooks';
import { AddressBookVersions1796527450547 } from './1796527450547-AddressBookVersions';
import { Discovery1796527544449 } from './1796527544449-Discovery';
import { OrgDepartments1796527544450 } from './1796527544450-OrgDepartments';
import { ProfileExtras1796528230912 } from './1796528230912-ProfileExtras';
import { FriendGroupsAndFavourites1796528679713 } from './1796528679713-FriendGroupsAndFavourites';
import { AppContent1796529416382 } from './1796529416382-AppContent';
import { StatsIndexes1796532009185 } from './1796532009185-StatsIndexes';
import { AppGroupList1796538822733 } from './1796538822733-AppGroupList';

/** Every migration, oldest first: listed here so the server, the CLI and the tests load the same set. */
export const migrations = [InitialSchema1795420800000, UserAccountData1795507200000, Notices1795593600000, Roster1795680000000, Groups1795852800000, AppGroupLimit1795939200000, Messages1796025600000, Files1796112000000, Push1796198400000, PushVendorTokens1796284800000, SocketIoAttachments1796371200000, Verification1796519230743, RosterStars1796521357817, PrivacySwitches1796521970472, ClientMidPerBody1796522262932, FileReleasedAt1796522858261, Webhooks1796527447567, AddressBookVersions1796527450547, Discovery1796527544449, OrgDepartments1796527544450, ProfileExtras1796528230912, FriendGroupsAndFavourites1796528679713, AppContent1796529416382, StatsIndexes1796532009185, AppGroupList1796538822733];
