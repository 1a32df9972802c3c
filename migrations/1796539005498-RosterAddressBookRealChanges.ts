import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A friend entry's address-book version moves only when what a sync shows of it changes: its
 * status (friend or removed) and the owner's alias, ext, mute and star on it. Before this the
 * trigger fired on every UPDATE of `roster_items`, so a write that changed nothing (the same alias
 * sent again: the update still stamps `updated_at`) made every device sync the entry again. Group
 * members and groups already had such WHEN clauses (migration AddressBookVersions).
 */
export class RosterAddressBookRealChanges1796539005498 implements MigrationInterface {
  name = 'RosterAddressBookRealChanges1796539005498';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER roster_items_address_book ON roster_items`);
    // Rows are deleted only by the cascade of a deleted user: the friend must still learn it went.
    await queryRunner.query(`CREATE TRIGGER roster_items_address_book_change AFTER INSERT OR DELETE ON roster_items FOR EACH ROW EXECUTE FUNCTION address_book_roster_item()`);
    await queryRunner.query(`
      CREATE TRIGGER roster_items_address_book_update AFTER UPDATE ON roster_items FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.alias IS DISTINCT FROM NEW.alias OR OLD.ext IS DISTINCT FROM NEW.ext
              OR OLD.mute_notification IS DISTINCT FROM NEW.mute_notification OR OLD.starred IS DISTINCT FROM NEW.starred)
        EXECUTE FUNCTION address_book_roster_item()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER roster_items_address_book_update ON roster_items`);
    await queryRunner.query(`DROP TRIGGER roster_items_address_book_change ON roster_items`);
    await queryRunner.query(`CREATE TRIGGER roster_items_address_book AFTER INSERT OR UPDATE OR DELETE ON roster_items FOR EACH ROW EXECUTE FUNCTION address_book_roster_item()`);
  }
}
