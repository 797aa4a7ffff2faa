import { useCallback, useSyncExternalStore } from 'react';
import { ViewPurpose } from '../../../shared/domain/Child';
import { useMe } from '../../api/useMe';

/**
 * Why the user opens children's profiles (audited with every view, Child.ts ViewPurpose). Asked once and remembered
 * for the browser session (sessionStorage: a new tab or a new day asks again), per user (another officer signing in
 * on the same computer is asked again), and changeable on any profile.
 */
const STORAGE_PREFIX = 'treem_child_purpose:';
const listeners = new Set<() => void>();
// Private mode or storage disabled: remembered in memory for this page instead.
const memory = new Map<string, ViewPurpose>();

function read(userId: string): ViewPurpose | null {
  try {
    const parsed = ViewPurpose.safeParse(window.sessionStorage.getItem(STORAGE_PREFIX + userId));
    return parsed.success ? parsed.data : (memory.get(userId) ?? null);
  } catch {
    return memory.get(userId) ?? null;
  }
}

export function setViewPurpose(userId: string, purpose: ViewPurpose): void {
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

export function useViewPurpose(): [ViewPurpose | null, (purpose: ViewPurpose) => void] {
  const { id } = useMe();
  const purpose = useSyncExternalStore(
    subscribe,
    () => read(id),
    () => null,
  );
  const set = useCallback((p: ViewPurpose) => setViewPurpose(id, p), [id]);
  return [purpose, set];
}
