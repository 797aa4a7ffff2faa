import type { Journey } from '../lib/journey';

/** Placeholder: the browser journey of issue #5 replaces it. */
export const fundJ5: Journey = {
  name: 'fund-j5',
  run: () => Promise.reject(new Error('journey fund-j5 not written yet')),
};
