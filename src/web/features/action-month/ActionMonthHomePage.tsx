/** Placeholder: replaced by the Action Month web work of issue #5. */
export function ActionMonthHomePage() {
  return null;
}
