import type { AppDeps } from '../../app-deps';
import type { AuthUser } from '../../http/request-context';
import { renderOfficialDocument } from '../../pdf/official-document';
import { sampleOfficialDocument, type SampleDocumentInput } from '../../pdf/sample-document';
import { vietnamDate } from '../../pdf/vn-date';
import { findUnitIn } from '../units/units.service';
import type { Unit } from '../../../shared/domain/Unit';

type Issuer = Omit<SampleDocumentInput, 'number' | 'date' | 'signerName'> & { symbol: string };

/** "Phường Bắc Nha Trang" → "phường Bắc Nha Trang", as the unit reads inside a sentence. */
function inSentence(unit: Unit): string {
  return `${unit.type} ${unit.shortName}`;
}

/**
 * Who issues a document at the user's level. The bodies in charge of children since 2025 (domain.md §11): the
 * commune People's Committee; at the province the Department of Health (Sở Y tế); nationally the Department of
 * Mothers and Children of the Ministry of Health (Nghị định 42/2025/NĐ-CP). A sample only: real forms take the
 * issuer from the case.
 */
function issuerFor(unit: Unit | undefined): Issuer {
  if (unit?.level === 'commune') {
    return {
      issuer: { name: `Ủy ban nhân dân\n${inSentence(unit)}` },
      issuerInText: `Ủy ban nhân dân ${inSentence(unit)}`,
      areaInText: inSentence(unit),
      symbol: 'KH-UBND',
      place: unit.shortName,
      authority: 'TM. Ủy ban nhân dân',
      position: 'Chủ tịch',
    };
  }
  if (unit) {
    return {
      issuer: { parent: `UBND ${inSentence(unit)}`, name: 'Sở Y tế' },
      issuerInText: `Sở Y tế ${inSentence(unit)}`,
      areaInText: inSentence(unit),
      symbol: 'KH-SYT',
      place: unit.shortName,
      position: 'Giám đốc',
    };
  }
  return {
    issuer: { parent: 'Bộ Y tế', name: 'Cục Bà mẹ và Trẻ em' },
    issuerInText: 'Cục Bà mẹ và Trẻ em',
    areaInText: 'toàn quốc',
    symbol: 'KH-BMTE',
    place: 'Hà Nội',
    position: 'Cục trưởng',
  };
}

/** A sample official document (PDF) issued in the name of the user's unit, signed with the user's name. */
export async function renderSampleDocument(
  deps: Pick<AppDeps, 'db' | 'now'>,
  user: AuthUser,
): Promise<Buffer> {
  const unit = user.unitCode ? await findUnitIn(deps.db, '2025', user.unitCode) : undefined;
  const { symbol, ...issuer } = issuerFor(unit);
  const doc = sampleOfficialDocument({
    ...issuer,
    number: `01/${symbol}`,
    date: vietnamDate(deps.now()),
    signerName: user.displayName,
  });
  return renderOfficialDocument(doc);
}
