import { z } from 'zod';

export const Uuid = z.uuid();
/** Client-generated id of a mutation; a retry with the same id never creates twice (architecture.md convention 3). */
export const TransactionId = z.uuid();

export const UnitEra = z.enum(['2025', 'pre2025']);
export type UnitEra = z.infer<typeof UnitEra>;
export const ProvinceCode = z.string().regex(/^\d{2}$/);
export const CommuneCode = z.string().regex(/^\d{5}$/);
/** A province (2 digits), pre-2025 district (3) or commune (5) code. */
export const UnitCode = z.string().regex(/^(\d{2}|\d{3}|\d{5})$/);

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** PostgreSQL text cannot hold U+0000: refuse it as a field error rather than fail in the database (500). */
const noNul = (s: string) => !s.includes('\u0000');
/** Trimmed, NFC-normalised free text: Vietnamese typed on different keyboards compares equal. */
export const Text = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max).refine(noNul));
export const OptionalText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max).refine(noNul))
    .nullish()
    .transform((s) => (s ? s : null));
