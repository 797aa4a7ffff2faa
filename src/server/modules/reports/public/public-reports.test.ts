import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/test-app';
import type { ReportContent } from '../../../../shared/domain/Report';
import { caseCipher } from '../../cases/case-cipher';
import {
  GPS_MARKER,
  JPEG,
  jpegWithMetadata,
  multipart,
  photo,
  PNG,
  pngWithMetadata,
  pow,
  publicReport,
  send,
  solve,
  webpWithMetadata,
} from './public.test-helpers';

let t: TestContext;
beforeAll(async () => {
  // Easy work for tests; a limit high enough that only the flood test (its own file) meets it.
  t = await createTestContext({
    env: { TREEM_PUBLIC_POW_BITS: '4', TREEM_PUBLIC_REPORTS_PER_HOUR: '10000' },
  });
});
afterAll(async () => t.close());

const CODE = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

async function reportOf(trackingCode: string) {
  return t.db
    .selectFrom('reports')
    .selectAll()
    .where('tracking_code', '=', trackingCode)
    .executeTakeFirstOrThrow();
}

const countReports = async () =>
  Number(
    (
      await t.db
        .selectFrom('reports')
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function fieldsOf(res: { json: () => unknown }): Array<{ path: string; messageId: string; message: string }> {
  return (
    (res.json() as { error: { fields?: Array<{ path: string; messageId: string; message: string }> } }).error
      .fields ?? []
  );
}

describe('the proof-of-work challenge', () => {
  it('is public and says how much work to do', async () => {
    const res = await t.anonymous().get('/api/public/reports/challenge');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['bits', 'challenge']);
    expect(res.json()).toMatchObject({ bits: 4 });
  });
});

describe('a public report', () => {
  it('is recorded anonymously with two photos whose metadata is gone, and answers only a tracking code', async () => {
    const res = await send(t, await publicReport(t), [
      photo(jpegWithMetadata(), 'IMG_0001.jpg'),
      photo(pngWithMetadata(), 'screenshot.png', 'image/png'),
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(Object.keys(res.json())).toEqual(['trackingCode']);
    const { trackingCode } = res.json<{ trackingCode: string }>();
    expect(trackingCode).toMatch(CODE);

    const report = await reportOf(trackingCode);
    expect(report).toMatchObject({
      channel: 'online',
      commune_code: '22333',
      province_code: '56',
      received_by: null,
      reporter_anonymous: true,
      reporter_enc: null,
      attachment_count: 2,
      child_sex: 'female',
      child_age_years: 8,
    });
    const cipher = caseCipher(t.config.encryptionKey);
    const rows = await t.db
      .selectFrom('report_attachments')
      .selectAll()
      .where('report_id', '=', report.id)
      .orderBy('content_type')
      .execute();
    expect(rows.map((r) => r.content_type)).toEqual(['image/jpeg', 'image/png']);
    for (const row of rows) {
      const data = cipher.decryptAttachment(row.id, row.data_enc);
      expect(data.length).toBe(row.byte_size);
      expect(data.includes(Buffer.from(GPS_MARKER))).toBe(false);
    }
    const jpeg = cipher.decryptAttachment(rows[0]!.id, rows[0]!.data_enc);
    expect(jpeg).toEqual(JPEG);
    expect(cipher.decryptAttachment(rows[1]!.id, rows[1]!.data_enc)).toEqual(PNG);

    const kase = await t.db
      .selectFrom('cases')
      .selectAll()
      .where('id', '=', report.case_id)
      .executeTakeFirstOrThrow();
    expect(kase).toMatchObject({ status: 'received', commune_code: '22333' });
    // Nobody in the audit log: no IP or browser kept beside an anonymous report.
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('operation', '=', 'report.public.create')
      .where(sql<boolean>`${report.id} = ANY(target_ids)`)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: null, ip: null, user_agent: null });
  });

  it('strips a WebP too', async () => {
    const res = await send(t, await publicReport(t), [photo(webpWithMetadata(), 'a.webp', 'image/webp')]);
    expect(res.statusCode, res.body).toBe(201);
    const report = await reportOf(res.json<{ trackingCode: string }>().trackingCode);
    const row = await t.db
      .selectFrom('report_attachments')
      .selectAll()
      .where('report_id', '=', report.id)
      .executeTakeFirstOrThrow();
    const data = caseCipher(t.config.encryptionKey).decryptAttachment(row.id, row.data_enc);
    expect(row.content_type).toBe('image/webp');
    expect(data.includes(Buffer.from(GPS_MARKER))).toBe(false);
  });

  it('needs only the commune and what happened; keeps a named reporter only with consent', async () => {
    const minimal = await publicReport(t, { harmTypes: undefined, child: undefined, whereNow: undefined });
    const res = await send(t, minimal);
    expect(res.statusCode, res.body).toBe(201);
    expect(await reportOf(res.json<{ trackingCode: string }>().trackingCode)).toMatchObject({
      harm_types: ['other'],
      environment: 'unknown',
      urgency: 'normal',
    });
    const noConsent = await send(
      t,
      await publicReport(t, {
        reporter: { anonymous: false, consent: false, name: 'Lan', phone: '0901234567' },
      }),
    );
    expect((await reportOf(noConsent.json<{ trackingCode: string }>().trackingCode)).reporter_enc).toBeNull();
    const named = await send(
      t,
      await publicReport(t, {
        reporter: { anonymous: false, consent: true, name: 'Lan', phone: '0901234567' },
      }),
    );
    const row = await reportOf(named.json<{ trackingCode: string }>().trackingCode);
    expect(caseCipher(t.config.encryptionKey).decryptReporter(row.id, row.reporter_enc!)).toMatchObject({
      name: 'Lan',
      phone: '0901234567',
    });
  });

  it('answers a retry (same transactionId, same challenge) with the same code and records once', async () => {
    const body = await publicReport(t);
    const first = await send(t, body);
    const before = await countReports();
    const again = await send(t, body);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await countReports()).toBe(before);
  });

  it('stores a script as text and answers 201, not 500', async () => {
    const description = `<script>alert('xss')</script><img src=x onerror=alert(1)> '; DROP TABLE reports; --`;
    const res = await send(t, await publicReport(t, { description, eventPlace: '"><svg/onload=alert(2)>' }));
    expect(res.statusCode, res.body).toBe(201);
    const row = await reportOf(res.json<{ trackingCode: string }>().trackingCode);
    const content = caseCipher(t.config.encryptionKey).decryptReportContent<ReportContent>(
      row.id,
      row.content_enc,
    );
    expect(content.description).toBe(description);
    expect(content.eventPlace).toBe('"><svg/onload=alert(2)>');
  });
});

describe('hostile or broken input gets a clear 4xx', () => {
  it('refuses a PDF or an SVG called .jpg, by its bytes', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const file of [pdf, svg]) {
      const res = await send(t, await publicReport(t), [photo(JPEG), photo(file, 'anh.jpg', 'image/jpeg')]);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual([
        {
          path: 'body.photo.1',
          messageId: 'publicReport.photoType',
          message: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP.',
        },
      ]);
    }
  });

  it('refuses a damaged photo', async () => {
    const res = await send(t, await publicReport(t), [photo(JPEG.subarray(0, 200))]);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)[0]).toMatchObject({
      path: 'body.photo.0',
      messageId: 'publicReport.photoMalformed',
    });
  });

  it('refuses a photo over 5 MB (413), more than 3 photos, and 12 MB in all', async () => {
    const big = Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await send(t, await publicReport(t), [photo(big)]);
    expect(tooBig.statusCode).toBe(413);
    expect(fieldsOf(tooBig)[0]).toMatchObject({
      path: 'body.photo.0',
      messageId: 'publicReport.photoTooLarge',
    });

    const four = await send(t, await publicReport(t), [photo(JPEG), photo(JPEG), photo(JPEG), photo(JPEG)]);
    expect(four.statusCode).toBe(400);
    expect(fieldsOf(four)[0]).toMatchObject({ path: 'body.photo', messageId: 'publicReport.tooManyPhotos' });

    const large = Buffer.concat([JPEG, Buffer.alloc(4.5 * 1024 * 1024)]);
    const total = await send(t, await publicReport(t), [photo(large), photo(large), photo(large)]);
    expect(total.statusCode).toBe(413);
    expect(fieldsOf(total)[0]).toMatchObject({ messageId: 'publicReport.photosTooLarge' });
  });

  it('names the missing or wrong field', async () => {
    const noDescription = await send(t, await publicReport(t, { description: '   ' }));
    expect(noDescription.statusCode).toBe(400);
    expect(fieldsOf(noDescription)).toEqual([
      expect.objectContaining({ path: 'body.description', messageId: 'field.required' }),
    ]);
    const { communeCode: _c, ...noCommune } = await publicReport(t);
    expect(fieldsOf(await send(t, noCommune))[0]).toMatchObject({ path: 'body.communeCode' });
    const unknown = await send(t, await publicReport(t, { communeCode: '99999' }));
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)[0]).toMatchObject({ path: 'body.communeCode', messageId: 'field.unitUnknown' });
    const harm = await send(t, await publicReport(t, { harmTypes: ['not_a_type'] }));
    expect(fieldsOf(harm)[0]).toMatchObject({ path: 'body.harmTypes.0' });
  });

  it('refuses malformed JSON, a missing report part, and a JSON body', async () => {
    const broken = await send(t, '{"communeCode": "22333", "description": ');
    expect(broken.statusCode).toBe(400);
    expect(fieldsOf(broken)[0]).toMatchObject({
      path: 'body.report',
      messageId: 'publicReport.reportMalformed',
    });
    const onlyPhoto = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      payload: multipart([photo(JPEG)], 'b'),
    });
    expect(onlyPhoto.statusCode).toBe(400);
    expect(fieldsOf(onlyPhoto)[0]).toMatchObject({ messageId: 'publicReport.reportMissing' });
    const json = await t.anonymous().post('/api/public/reports', await publicReport(t));
    expect(json.statusCode).toBe(415);
    expect(fieldsOf(json)[0]).toMatchObject({ messageId: 'publicReport.multipartRequired' });
  });

  it('refuses a filled honeypot with the generic error and stores nothing', async () => {
    const before = await countReports();
    for (const website of ['http://cheap-pills.example', 42, { url: 'x' }]) {
      const res = await send(t, await publicReport(t, { website }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        error: { code: 'VALIDATION', messageId: 'error.validation', message: 'Dữ liệu không hợp lệ.' },
      });
    }
    expect(await countReports()).toBe(before);
    const empty = await send(t, await publicReport(t, { website: '' }));
    expect(empty.statusCode, empty.body).toBe(201);
  });

  it('refuses a missing, wrong, forged, reused or expired proof of work', async () => {
    const { pow: _p, ...noPow } = await publicReport(t);
    expect(fieldsOf(await send(t, noPow))[0]).toMatchObject({ path: 'body.pow' });

    const good = await pow(t);
    // With 4 bits, 1 nonce in 16 passes by chance: pick one that fails.
    const failing = Array.from({ length: 64 }, (_, i) => String(i + 1000)).find(
      (n) => crypto.createHash('sha256').update(`${good.challenge}:${n}`).digest()[0]! >= 16,
    )!;
    const wrong = await send(
      t,
      await publicReport(t, { pow: { challenge: good.challenge, nonce: failing } }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(fieldsOf(wrong)[0]).toMatchObject({ path: 'body.pow', messageId: 'publicReport.powInvalid' });

    const [v, expiry, random, mac] = good.challenge.split('.');
    const later = (parseInt(expiry!, 36) + 86_400_000).toString(36);
    const forged = [v, later, random, mac].join('.');
    const forgedRes = await send(
      t,
      await publicReport(t, { pow: { challenge: forged, nonce: solve(forged, 4) } }),
    );
    expect(fieldsOf(forgedRes)[0]).toMatchObject({ messageId: 'publicReport.powInvalid' });

    expect((await send(t, await publicReport(t, { pow: good }))).statusCode).toBe(201);
    const reused = await send(t, await publicReport(t, { pow: good }));
    expect(reused.statusCode).toBe(400);
    expect(fieldsOf(reused)[0]).toMatchObject({ messageId: 'publicReport.powReused' });

    const old = await pow(t);
    t.setNow(new Date(Date.now() + 11 * 60_000));
    try {
      const expired = await send(t, await publicReport(t, { pow: old }));
      expect(fieldsOf(expired)[0]).toMatchObject({ messageId: 'publicReport.powExpired' });
    } finally {
      t.setNow(null);
    }
  });

  it('never answers 5xx to a list of hostile bodies', async () => {
    const base = await publicReport(t);
    const boundary = 'x';
    const raw = (payload: Buffer | string, type = `multipart/form-data; boundary=${boundary}`) =>
      t.app.inject({
        method: 'POST',
        url: '/api/public/reports',
        headers: { 'content-type': type },
        payload,
      });
    const report = (r: unknown) => multipart([{ name: 'report', data: JSON.stringify(r) }], boundary);
    const cases: Array<[string, () => Promise<{ statusCode: number }>]> = [
      ['1 MB description', async () => send(t, { ...base, description: 'a'.repeat(1024 * 1024) })],
      ['NUL escaped in JSON', async () => send(t, { ...base, description: 'a\u0000b' })],
      ['raw NUL in JSON', async () => send(t, `{"communeCode":"22333","description":"a\u0000b"}`)],
      ['unknown commune', async () => send(t, { ...base, communeCode: '00000' })],
      ['SQL in commune', async () => send(t, { ...base, communeCode: "1' OR '1'='1" })],
      ['SQL in harm type', async () => send(t, { ...base, harmTypes: ["x'); DROP TABLE cases;--"] })],
      ['report is null', async () => send(t, 'null')],
      ['report is an array', async () => send(t, '[]')],
      ['deep nesting', async () => send(t, `${'['.repeat(5000)}${']'.repeat(5000)}`)],
      ['wrong types', async () => send(t, { ...base, description: 42, child: 'x', reporter: [] })],
      [
        'nonce too long',
        async () => send(t, { ...base, pow: { challenge: 'v1.a.b.c', nonce: '9'.repeat(500) } }),
      ],
      [
        'unexpected field',
        async () =>
          raw(
            multipart(
              [
                { name: 'x', data: '1' },
                { name: 'report', data: '{}' },
              ],
              boundary,
            ),
          ),
      ],
      ['two report fields', async () => raw(Buffer.concat([report(base), report(base)]))],
      ['cut short', async () => raw(report(base).subarray(0, 60))],
      ['no boundary', async () => raw(report(base), 'multipart/form-data')],
      ['empty body', async () => raw('')],
      ['garbage', async () => raw(crypto.randomBytes(4096))],
      ['text/plain', async () => raw('hello', 'text/plain')],
      [
        'photo as a field',
        async () =>
          raw(
            multipart(
              [
                { name: 'report', data: JSON.stringify(base) },
                { name: 'photo', data: 'abc' },
              ],
              boundary,
            ),
          ),
      ],
      ['zero-byte photo', async () => send(t, base, [photo(Buffer.alloc(0))])],
      ['other site', async () => send(t, base, [], { headers: { origin: 'https://evil.example' } })],
    ];
    for (const [name, run] of cases) {
      const res = await run();
      expect(res.statusCode, name).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, name).toBeLessThan(500);
    }
  });
});
