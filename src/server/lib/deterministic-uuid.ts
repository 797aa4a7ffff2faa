import crypto from 'node:crypto';

/**
 * A UUID derived from its parts (SHA-256, formatted with version 8 "custom" and the RFC 4122 variant). Used where a
 * retried system step must produce the same transactionId, so the UNIQUE constraint makes it happen once (the
 * sweeper flagging a deadline, the RECEIVE action of a report).
 */
export function deterministicUuid(...parts: string[]): string {
  const h = crypto.createHash('sha256').update(parts.join('\u0000')).digest();
  h.writeUInt8((h.readUInt8(6) & 0x0f) | 0x80, 6);
  h.writeUInt8((h.readUInt8(8) & 0x3f) | 0x80, 8);
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
