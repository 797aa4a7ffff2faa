import { sql } from 'kysely';
import type { DbOrTx } from '../../../db/transaction';

/** The columns of one page of an export (the search gives the ids and the order). */
export type ExportRow = {
  id: string;
  personal_id: string | null;
  full_name: string;
  birth_date: string;
  birth_precision: 'day' | 'month' | 'year';
  sex: 'male' | 'female' | 'unknown';
  ethnicity_name: string | null;
  commune_code: string;
  commune_name: string | null;
  province_code: string;
  province_name: string | null;
  village: string | null;
  address_line: string | null;
  household_poverty: string;
  schooling: string;
  school_name: string | null;
  disability_type: string | null;
  disability_level: string | null;
  health_insurance: boolean | null;
  birth_registered: boolean | null;
  sensitive_enc: string | null;
  caregiver_relation: string | null;
  caregiver_name: string | null;
  caregiver_phone: string | null;
  group_keys: string[];
};

export async function loadExportRows(
  db: DbOrTx,
  ids: readonly string[],
  asOf: string,
  withSensitive: boolean,
): Promise<Map<string, ExportRow>> {
  if (ids.length === 0) return new Map();
  // The encrypted column is not even read for an export without the sensitive columns.
  const sensitive = withSensitive ? sql`c.sensitive_enc` : sql`NULL::text`;
  const { rows } = await sql<ExportRow>`
    SELECT c.id, c.personal_id, c.full_name, c.birth_date, c.birth_precision, c.sex, e.name_vi AS ethnicity_name,
           c.commune_code, cu.name AS commune_name, c.province_code, pu.name AS province_name, c.village,
           c.address_line, c.household_poverty, c.schooling, c.school_name, c.disability_type, c.disability_level,
           c.health_insurance, c.birth_registered, ${sensitive} AS sensitive_enc,
           g.relation AS caregiver_relation, g.full_name AS caregiver_name, g.phone AS caregiver_phone,
           COALESCE((SELECT array_agg(ci.group_key) FROM child_circumstances ci
                      WHERE ci.child_id = c.id AND ci.start_date <= ${asOf}::date
                        AND (ci.end_date IS NULL OR ci.end_date > ${asOf}::date)), '{}') AS group_keys
      FROM children c
      LEFT JOIN ethnic_groups e ON e.code = c.ethnicity_code
      LEFT JOIN admin_units cu ON cu.era = '2025' AND cu.code = c.commune_code
      LEFT JOIN admin_units pu ON pu.era = '2025' AND pu.code = c.province_code
      LEFT JOIN LATERAL (SELECT relation, full_name, phone FROM child_caregivers
                          WHERE child_id = c.id ORDER BY is_primary DESC, sort LIMIT 1) g ON true
     WHERE c.id = ANY (${[...ids]}::uuid[])`.execute(db);
  return new Map(rows.map((r) => [r.id, r]));
}
