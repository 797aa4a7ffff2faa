import type { Journey } from '../lib/journey';

/** Placeholder: the browser journey of issue #5 replaces it. */
export const actionMonthJ4: Journey = {
  name: 'action-month-j4',
  run: () => Promise.reject(new Error('journey action-month-j4 not written yet')),
};
