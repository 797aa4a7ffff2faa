import { z } from 'zod';

/** What plans and result reports of the Action Month share (src/shared/domain/ActionMonth.ts re-exports it). */
/** Activity types of issue #5 item 2 (Thông tư 15/2014 and the yearly guidance, domain.md §4). */
export const AmActivityType = z.enum([
  'communication',
  'launch_ceremony',
  'visits_gifts',
  'health_screening',
  'summer_activities',
  'training',
  'fund_drive',
  'children_forum',
  'facility',
  'inspection',
  'other',
]);
export type AmActivityType = z.infer<typeof AmActivityType>;

/** Money in whole Vietnamese đồng (bigint in the database, safe integers here: up to 9 × 10^15). */
export const Vnd = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const Count = z.number().int().min(0).max(100_000_000);
