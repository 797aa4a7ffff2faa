import type { DbOrTx } from '../../../db/transaction';

/** Marks a proof-of-work challenge as spent; false when it already was (a replayed submission). */
export async function spendChallenge(db: DbOrTx, challengeHash: string, at: Date): Promise<boolean> {
  const row = await db
    .insertInto('public_challenges_used')
    .values({ challenge_hash: challengeHash, used_at: at })
    .onConflict((oc) => oc.column('challenge_hash').doNothing())
    .returning('challenge_hash')
    .executeTakeFirst();
  return row !== undefined;
}

/** Spent challenges older than `before` can no longer be replayed (they have expired): forget them. */
export async function purgeSpentChallenges(db: DbOrTx, before: Date): Promise<void> {
  await db.deleteFrom('public_challenges_used').where('used_at', '<', before).execute();
}
