import { useCallback, useSyncExternalStore } from 'react';
import { useMe } from '../../api/useMe';
import type { CaseViewPurpose } from './cases-api';

/**
 * Why the user opens case files (audited with every view, Case.ts CaseViewPurpose), asked once per browser session
 * and per user like the child profile's purpose (children/view-purpose.ts), and changeable on any case.
 */
export const CASE_VIEW_PURPOSES: readonly CaseViewPurpose[] = ['case_work', 'supervision', 'inspection'];
const STORAGE_PREFIX = 'treem_case_purpose:';
const listeners = new Set<() => void>();
// Private mode or storage disabled: remembered in memory for this page instead.
const memory = new Map<string, CaseViewPurpose>();

function parse(value: string | null | undefined): CaseViewPurpose | null {
  return CASE_VIEW_PURPOSES.find((p) => p === value) ?? null;
}

function read(userId: string): CaseViewPurpose | null {
  try {
    return parse(window.sessionStorage.getItem(STORAGE_PREFIX + userId)) ?? memory.get(userId) ?? null;
  } catch {
    return memory.get(userId) ?? null;
  }
}

function store(userId: string, purpose: CaseViewPurpose): void {
  memory.set(userId, purpose);
  try {
    window.sessionStorage.setItem(STORAGE_PREFIX + userId, purpose);
  } catch {
    // see memory
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The purpose a role usually has, offered as the first choice (the user still confirms it). */
export function usualPurpose(role: string): CaseViewPurpose {
  if (role === 'inspector') return 'inspection';
  if (role === 'commune_officer' || role === 'commune_chairman') return 'case_work';
  return 'supervision';
}

export function useCaseViewPurpose(): [CaseViewPurpose | null, (purpose: CaseViewPurpose) => void] {
  const { id } = useMe();
  const purpose = useSyncExternalStore(
    subscribe,
    () => read(id),
    () => null,
  );
  const set = useCallback((p: CaseViewPurpose) => store(id, p), [id]);
  return [purpose, set];
}
